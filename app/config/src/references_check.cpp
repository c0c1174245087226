#include <algorithm>
#include <map>

#include "kiosk/forms/expression.hpp"
#include "references_check.hpp"
#include "suggest.hpp"

namespace kiosk::config::detail {
namespace {

std::string inQuotes(const std::string& s) { return "'" + s + "'"; }

std::string didYouMean(const std::string& id, const std::vector<std::string>& known, std::string otherwise) {
    const std::string close = closestMatch(id, known);
    if (close.empty()) return otherwise;
    return "có phải ý bạn là " + inQuotes(close) + "? / did you mean " + inQuotes(close) + "?";
}

bool isIdentifierChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Byte offset of `id` used as a field name in `source` (outside quotes, not a function name,
// not an address part after '.'), so the error can point at it; 0 when not found.
size_t offsetOfName(std::string_view source, const std::string& id) {
    for (size_t i = 0; i < source.size();) {
        const char c = source[i];
        if (c == '\'' || c == '"') {
            const size_t close = source.find(c, i + 1);
            if (close == std::string_view::npos) break;
            i = close + 1;
            continue;
        }
        if (!isIdentifierChar(c)) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < source.size() && isIdentifierChar(source[end])) ++end;
        size_t next = end;
        while (next < source.size() && source[next] == ' ') ++next;
        const bool afterDot = i > 0 && source[i - 1] == '.';
        const bool isCall = next < source.size() && source[next] == '(';
        if (!afterDot && !isCall && source.substr(i, end - i) == id) return i;
        i = end;
    }
    return 0;
}

// Every id a service defines, by kind, for looking references up.
struct ServiceNames {
    std::map<std::string, const forms::Field*> fields;  // pre-questions and page fields
    std::vector<std::string> fieldIds, preQuestionIds, pageIds, documentIds, listIds;

    explicit ServiceNames(const forms::Service& service) {
        for (const auto& field : service.preQuestions) {
            fields.emplace(field.id, &field);
            preQuestionIds.push_back(field.id);
        }
        for (const auto& page : service.pages) {
            pageIds.push_back(page.id);
            for (const auto& field : page.fields) fields.emplace(field.id, &field);
        }
        for (const auto& [id, field] : fields) fieldIds.push_back(id);
        for (const auto& document : service.documents) documentIds.push_back(document.id);
        for (const auto& list : service.choiceLists) listIds.push_back(list.id);
    }
};

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void checkExpression(const ExpressionSite& site, const ServiceNames& names, SourceFile& file) {
    std::vector<std::string> used;
    site.expression->collectFieldRefs(used);
    std::vector<std::string> reported;
    for (const auto& id : used) {
        if (contains(reported, id)) continue;
        const auto at = [&] {
            return file.positionInString(site.at, site.expression->source(),
                                         offsetOfName(site.expression->source(), id));
        };
        if (site.scope == Scope::PreQuestions) {
            if (contains(names.preQuestionIds, id)) continue;
            reported.push_back(id);
            if (names.fields.count(id) > 0 || contains(names.pageIds, id)) {
                file.report(at(), site.keyPath, "config.scope",
                            "'" + id + "' chưa được hỏi lúc này: câu hỏi ban đầu và [[routes]] chỉ dùng được câu trả "
                            "lời của [[pre_questions]] / '" + id + "' is not asked yet: pre-questions and routes can "
                            "only use pre-question answers",
                            "chuyển câu hỏi này vào [[pre_questions]] / move the question to [[pre_questions]]");
            } else {
                file.report(at(), site.keyPath, "config.unknown_field",
                            "biểu thức dùng '" + id + "' nhưng không có câu hỏi ban đầu nào có id này / the expression "
                            "uses '" + id + "' but there is no pre-question with that id",
                            didYouMean(id, names.preQuestionIds, "kiểm tra id trong [[pre_questions]] / check the ids "
                                                                 "in [[pre_questions]]"));
            }
            continue;
        }
        if (names.fields.count(id) > 0 || contains(names.pageIds, id)) continue;
        reported.push_back(id);
        std::vector<std::string> known = names.fieldIds;
        known.insert(known.end(), names.pageIds.begin(), names.pageIds.end());
        file.report(at(), site.keyPath, "config.unknown_field",
                    "biểu thức dùng '" + id + "' nhưng thủ tục không có trường hay trang nào có id này / the "
                    "expression uses '" + id + "' but the service has no field or page with that id",
                    didYouMean(id, known, "kiểm tra chính tả id / check the id's spelling"));
    }
}

void checkChoiceLists(const ServiceReferences& refs, const ServiceNames& names, const ExternalNames& external,
                      SourceFile& file) {
    std::vector<std::string> known = names.listIds;
    if (external.sharedChoices) {
        for (const auto& list : *external.sharedChoices) known.push_back(list.id);
    }
    for (const auto& ref : refs.choiceLists) {
        if (contains(known, ref.id)) continue;
        if (!external.sharedChoices) continue;  // choices.toml is broken: it may well define it
        file.report(ref.at, ref.keyPath, "config.unknown_choices",
                    "không có danh sách lựa chọn " + inQuotes(ref.id) + " / there is no choice list " + inQuotes(ref.id),
                    didYouMean(ref.id, known,
                               "khai báo [[choices]] với id = \"" + ref.id + "\" trong tệp này hoặc trong "
                               "choices.toml / define [[choices]] with this id here or in choices.toml"));
    }
}

void checkChoiceDefaults(const forms::Service& service, const ServiceReferences& refs,
                         const ExternalNames& external, SourceFile& file) {
    for (const auto& ref : refs.choiceDefaults) {
        const forms::ChoiceList* list = nullptr;
        for (const auto& own : service.choiceLists) {
            if (own.id == ref.listId) list = &own;
        }
        if (list == nullptr && external.sharedChoices) {
            for (const auto& shared : *external.sharedChoices) {
                if (shared.id == ref.listId) list = &shared;
            }
        }
        if (list == nullptr) continue;  // the dangling list is reported on its own
        std::vector<std::string> options;
        for (const auto& choice : list->choices) options.push_back(choice.id);
        if (contains(options, ref.answer.id)) continue;
        file.report(ref.answer.at, ref.answer.keyPath, "config.unknown_choice",
                    inQuotes(ref.answer.id) + " không phải lựa chọn của danh sách " + inQuotes(ref.listId) + " / " +
                        inQuotes(ref.answer.id) + " is not an option of list " + inQuotes(ref.listId),
                    didYouMean(ref.answer.id, options, "dùng id trong options / use an id from options"));
    }
}

void checkFieldReferences(const ServiceReferences& refs, const ServiceNames& names, SourceFile& file) {
    const auto check = [&](const IdReference& ref, bool needsDate) {
        const auto it = names.fields.find(ref.id);
        if (it == names.fields.end()) {
            file.report(ref.at, ref.keyPath, "config.unknown_field",
                        "thủ tục không có trường " + inQuotes(ref.id) + " / the service has no field " + inQuotes(ref.id),
                        didYouMean(ref.id, names.fieldIds, "kiểm tra chính tả id / check the id's spelling"));
        } else if (needsDate && it->second->type != forms::FieldType::Date && !contains(refs.untypedFields, ref.id)) {
            file.report(ref.at, ref.keyPath, "config.wrong_field_type",
                        "trường " + inQuotes(ref.id) + " không phải trường ngày (type = \"date\") / field " +
                            inQuotes(ref.id) + " is not a date field",
                        "dob_field phải chỉ tới ngày sinh / dob_field must name the date of birth");
        }
    };
    for (const auto& ref : refs.dobFields) check(ref, true);
    for (const auto& ref : refs.sexFields) check(ref, false);
    for (const auto& ref : refs.documents) {
        if (contains(names.documentIds, ref.id)) continue;
        file.report(ref.at, ref.keyPath, "config.unknown_document",
                    "không có giấy tờ " + inQuotes(ref.id) + " trong [[documents]] / there is no document " +
                        inQuotes(ref.id) + " in [[documents]]",
                    didYouMean(ref.id, names.documentIds, "thêm nó vào [[documents]] / add it to [[documents]]"));
    }
}

// The page holding the Document field whose page_count_field is `id`.
const forms::Page* pageCountingInto(const forms::Service& service, const std::string& id) {
    for (const auto& page : service.pages) {
        for (const auto& field : page.fields) {
            if (field.type == forms::FieldType::Document && field.pageCountField == id) return &page;
        }
    }
    return nullptr;
}

// The page count goes into the same page (and the same repeat instance) as the scanned pages,
// so the fee of that one document follows them.
void checkPageCountFields(const forms::Service& service, const ServiceReferences& refs,
                          const ServiceNames& names, SourceFile& file) {
    for (const auto& ref : refs.pageCountFields) {
        const auto it = names.fields.find(ref.id);
        const forms::Page* page = pageCountingInto(service, ref.id);
        const bool sibling = page != nullptr && std::any_of(page->fields.begin(), page->fields.end(),
                                                            [&](const forms::Field& f) { return f.id == ref.id; });
        if (it == names.fields.end()) {
            file.report(ref.at, ref.keyPath, "config.unknown_field",
                        "thủ tục không có trường " + inQuotes(ref.id) + " / the service has no field " + inQuotes(ref.id),
                        didYouMean(ref.id, names.fieldIds, "kiểm tra chính tả id / check the id's spelling"));
        } else if (it->second->type != forms::FieldType::Integer && !contains(refs.untypedFields, ref.id)) {
            file.report(ref.at, ref.keyPath, "config.wrong_field_type",
                        "trường " + inQuotes(ref.id) + " không phải trường số nguyên (type = \"integer\") / field " +
                            inQuotes(ref.id) + " is not an integer field",
                        "page_count_field phải chỉ tới trường số trang / page_count_field must name the page-count field");
        } else if (!sibling) {
            file.report(ref.at, ref.keyPath, "config.not_sibling",
                        "trường " + inQuotes(ref.id) + " phải ở cùng trang với ô quét giấy tờ / field " + inQuotes(ref.id) +
                            " must be on the same page as the document slot",
                        "chuyển trường số trang sang trang này / move the page-count field to this page");
        }
    }
}

const forms::Page* pageOfField(const forms::Service& service, const std::string& id) {
    for (const auto& page : service.pages) {
        for (const auto& field : page.fields) {
            if (field.id == id) return &page;
        }
    }
    return nullptr;
}

// A passport fills the fields of its own page, once: one slot on a page that is asked once, and
// every from_passport field beside it.
void checkPassportPages(const forms::Service& service, const ServiceReferences& refs, SourceFile& file) {
    std::vector<const forms::Page*> seen;
    for (const auto& ref : refs.passportSlots) {
        const forms::Page* page = pageOfField(service, ref.id);
        if (page == nullptr || page->repeat) {
            file.report(ref.at, ref.keyPath, "config.passport_place",
                        "ô quét hộ chiếu chỉ đặt được trên một trang không lặp lại / a passport slot belongs on a "
                        "page that is not repeated",
                        "chuyển nó sang [[pages]] không có repeat / move it to a [[pages]] without repeat");
        } else if (std::find(seen.begin(), seen.end(), page) != seen.end()) {
            file.report(ref.at, ref.keyPath, "config.passport_place",
                        "trang đã có một ô quét hộ chiếu / the page already has a passport slot",
                        "mỗi người một trang / one page per person");
        }
        seen.push_back(page);
    }
    for (const auto& ref : refs.passportParts) {
        const forms::Page* page = pageOfField(service, ref.id);
        const bool beside = page != nullptr &&
                            std::any_of(page->fields.begin(), page->fields.end(),
                                        [](const forms::Field& f) { return f.type == forms::FieldType::Passport; });
        if (beside) continue;
        file.report(ref.at, ref.keyPath, "config.not_sibling",
                    "from_passport cần một trường type = \"passport\" trên cùng trang / from_passport needs a "
                    "type = \"passport\" field on the same page",
                    "thêm ô quét hộ chiếu vào trang này / add a passport slot to this page");
    }
}

void checkExternal(const forms::Service& service, const ServiceReferences& refs, const ExternalNames& external,
                   SourceFile& file) {
    if (refs.category && external.categories) {
        std::vector<std::string> known;
        for (const auto& category : *external.categories) known.push_back(category.id);
        const IdReference& ref = *refs.category;
        if (!contains(known, ref.id)) {
            std::string hint = didYouMean(ref.id, known, "");
            hint += (hint.empty() ? "" : "; ") + std::string("các nhóm trong kiosk.toml / categories in kiosk.toml: ") +
                    joinList(known);
            file.report(ref.at, ref.keyPath, "config.unknown_category",
                        "không có nhóm thủ tục " + inQuotes(ref.id) + " trong kiosk.toml / there is no category " +
                            inQuotes(ref.id) + " in kiosk.toml",
                        std::move(hint));
        }
    }
    for (const auto& ref : refs.routeServices) {
        if (ref.id == service.id) {
            file.report(ref.at, ref.keyPath, "config.route_to_self",
                        "thủ tục chuyển sang chính nó / the route leads back to this service",
                        "ghi id của thủ tục khác / name another service");
        } else if (!contains(external.serviceIds, ref.id)) {
            file.report(ref.at, ref.keyPath, "config.unknown_service",
                        "không có thủ tục " + inQuotes(ref.id) + " (không có tệp services/" + ref.id +
                            ".toml) / there is no service " + inQuotes(ref.id) + " (no file services/" + ref.id +
                            ".toml)",
                        didYouMean(ref.id, external.serviceIds, "id thủ tục là tên tệp không có .toml / a service "
                                                                "id is its file name without .toml"));
        }
    }
}

}  // namespace

void checkReferences(const forms::Service& service, const ServiceReferences& refs, const ExternalNames& names,
                     SourceFile& file) {
    const ServiceNames local(service);
    for (const auto& site : refs.expressions) checkExpression(site, local, file);
    checkChoiceLists(refs, local, names, file);
    checkChoiceDefaults(service, refs, names, file);
    checkFieldReferences(refs, local, file);
    checkPageCountFields(service, refs, local, file);
    checkPassportPages(service, refs, file);
    checkExternal(service, refs, names, file);
}

}  // namespace kiosk::config::detail
