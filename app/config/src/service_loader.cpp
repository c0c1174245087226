#include "service_loader.hpp"

#include "choices_loader.hpp"
#include "field_loader.hpp"
#include "ids.hpp"
#include "result_delivery_loader.hpp"
#include "toml_reader.hpp"

namespace kiosk::config::detail {
namespace {

forms::SourceLocation locationOf(TableReader& table) {
    return forms::SourceLocation{table.file().name(), table.at().line, table.at().column};
}

void checkIdSpelling(TableReader& entry, const std::string& id, const std::string& whatVi, const std::string& whatEn) {
    if (isIdentifier(id)) return;
    entry.error("id", "config.bad_id",
                "id " + whatVi + " '" + id + "' không hợp lệ / invalid " + whatEn + " id '" + id + "'",
                "bắt đầu bằng chữ cái, chỉ dùng chữ không dấu, số và '_' / start with a letter, use a-z, 0-9 and '_'");
}

void readDocuments(TableReader& root, forms::Service& service) {
    UniqueIds ids("giấy tờ", "document");
    root.tables("documents", Need::Optional, [&](TableReader& entry, size_t) {
        forms::RequiredDocument document;
        if (auto id = entry.string("id", Need::Required)) {
            checkIdSpelling(entry, *id, "giấy tờ", "document");
            ids.add(*id, entry.file(), entry.valueAt("id"), entry.pathOf("id"));
            document.id = std::move(*id);
        }
        document.name = entry.text("name", Need::Required);
        document.note = entry.text("note");
        document.required = entry.boolean("required").value_or(true);
        document.scan = entry.boolean("scan").value_or(false);
        service.documents.push_back(std::move(document));
    });
}

void readRoutes(TableReader& root, forms::Service& service, ServiceReferences& refs) {
    root.tables("routes", Need::Optional, [&](TableReader& entry, size_t) {
        forms::Route route;
        route.where = locationOf(entry);
        route.when = readExpression(entry, "when", refs, Scope::PreQuestions, Need::Required);
        route.service = readReference(entry, "service", refs.routeServices, Need::Required);
        route.reason = entry.text("reason");
        service.routes.push_back(std::move(route));
    });
}

void readRepeat(TableReader& repeat, forms::Page& page) {
    page.repeat = true;
    page.minRepeat = repeat.integerInRange("min", 0, 50).value_or(1);
    page.maxRepeat = repeat.integerInRange("max", 1, 50, Need::Required).value_or(page.minRepeat);
    if (page.minRepeat > page.maxRepeat) {
        repeat.error("max", "config.out_of_range", "max nhỏ hơn min / max is less than min");
    }
    page.addLabel = repeat.text("add_label");
}

void readPages(TableReader& root, forms::Service& service, FieldContext& fields) {
    UniqueIds pageIds("trang", "page");
    root.tables("pages", Need::Required, [&](TableReader& entry, size_t) {
        forms::Page page;
        page.where = locationOf(entry);
        if (auto id = entry.string("id", Need::Required)) {
            checkIdSpelling(entry, *id, "trang", "page");
            pageIds.add(*id, entry.file(), entry.valueAt("id"), entry.pathOf("id"));
            page.id = std::move(*id);
        }
        page.title = entry.text("title", Need::Required);
        page.help = entry.text("help");
        page.visibleIf = readExpression(entry, "visible_if", fields.refs, Scope::Form);
        entry.table("repeat", Need::Optional, [&](TableReader& repeat) { readRepeat(repeat, page); });
        entry.tables("fields", Need::Required,
                     [&](TableReader& field, size_t) { page.fields.push_back(readField(field, fields)); });
        service.pages.push_back(std::move(page));
    });
}

void readDelivery(TableReader& root, forms::Service& service) {
    const EnumNames<forms::Delivery> names{{"toan_trinh", forms::Delivery::ToanTrinh},
                                           {"mot_phan", forms::Delivery::MotPhan}};
    service.delivery = root.oneOf("delivery", names).value_or(forms::Delivery::ToanTrinh);
    service.inPersonNote = root.text("in_person_note");
    if (service.delivery == forms::Delivery::MotPhan && !root.has("in_person_note")) {
        root.file().report(root.valueAt("delivery"), "in_person_note", "config.missing_key",
                           "thủ tục một phần (mot_phan) cần in_person_note / a mot_phan service needs in_person_note",
                           "ghi rõ việc gì phải làm tại quầy và ai phải đến / say what is done at the desk and who "
                           "must come");
    }
}

}  // namespace

forms::Service loadService(const std::string& id, const toml::table& document, SourceFile& file,
                           const ExternalNames& names) {
    forms::Service service;
    service.id = id;
    service.where = forms::SourceLocation{file.name(), 1, 1};
    ServiceReferences refs;
    readDocument(document, file, [&](TableReader& root) {
        service.code = root.string("code", Need::Required).value_or("");
        service.name = root.text("name", Need::Required);
        service.summary = root.text("summary");
        std::vector<IdReference> category;
        service.category = readReference(root, "category", category, Need::Required);
        if (!category.empty()) refs.category = category.front();
        service.agency = root.text("agency");
        service.legalBasis = root.text("legal_basis");
        service.timeLimit = root.text("time_limit");
        service.dueWorkingDays = root.integerInRange("due_working_days", 0, 365);
        readDelivery(root, service);
        root.table("result_delivery", Need::Optional,
                   [&](TableReader& table) { readResultDelivery(table, service.resultDelivery); });
        root.table("fee", Need::Optional, [&](TableReader& fee) {
            service.fee.amount = readExpression(fee, "amount", refs, Scope::Form);
            service.fee.description = fee.text("description");
        });
        readDocuments(root, service);
        UniqueIds listIds("danh sách lựa chọn", "choice list");
        readChoiceLists(root, listIds, service.choiceLists);
        UniqueIds fieldIds("trường", "field");
        FieldContext preQuestions{fieldIds, refs, Scope::PreQuestions};
        root.tables("pre_questions", Need::Optional, [&](TableReader& entry, size_t) {
            service.preQuestions.push_back(readField(entry, preQuestions));
        });
        readRoutes(root, service, refs);
        FieldContext formFields{fieldIds, refs, Scope::Form};
        readPages(root, service, formFields);
    });
    checkReferences(service, refs, names, file);
    return service;
}

}  // namespace kiosk::config::detail
