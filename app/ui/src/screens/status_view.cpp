#include "screens/status_view.hpp"

#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

// The locale suffix for a status: the national code when it is one of 1-10, else where the
// filing is on its way to the portal, else "unknown" ("Đang xử lý", as portal-api.md §4.11 asks).
std::string statusKey(const core::FilingStatus& s) {
    if (s.trangThaiHoSo && *s.trangThaiHoSo >= 1 && *s.trangThaiHoSo <= 10) return "code_" + std::to_string(*s.trangThaiHoSo);
    if (s.status.empty() && s.maHoSo.empty()) return s.delivery == "failed" ? "send_failed" : "waiting_send";
    if (s.status.empty()) return "code_1";  // delivered: the portal has it as newly submitted
    return "unknown";
}

std::string stepKey(const core::StatusStep& step) {
    if (step.trangThaiHoSo && *step.trangThaiHoSo >= 1 && *step.trangThaiHoSo <= 10) return "status.code_" + std::to_string(*step.trangThaiHoSo);
    return "status.unknown";
}

// The requested documents by the names the service file gives them, in plain words.
void drawRequestedDocuments(UiContext& ctx, const core::FilingStatus& s, const std::string& id) {
    if (s.requestedDocuments.empty()) return;
    subheading(ctx, ctx.t("status.requested_documents_title"));
    const forms::Service* service = ctx.config.findService(s.serviceId);
    for (std::size_t i = 0; i < s.requestedDocuments.size(); ++i) {
        std::string name = ctx.t("status.requested_document_other");
        if (service != nullptr) {
            for (const auto& doc : service->documents) {
                if (doc.id == s.requestedDocuments[i]) name = ctx.text(doc.name);
            }
        }
        paragraph(ctx, "• " + name, id + ".requested." + std::to_string(i));
    }
}

bool isDigits(std::string_view s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos; }

}  // namespace

std::string displayDate(const std::string& t) {
    if (t.size() < 10 || t[4] != '-' || t[7] != '-' || !isDigits(std::string_view(t).substr(0, 4)) ||
        !isDigits(std::string_view(t).substr(5, 2)) || !isDigits(std::string_view(t).substr(8, 2))) {
        return t;
    }
    return t.substr(8, 2) + "/" + t.substr(5, 2) + "/" + t.substr(0, 4);
}

std::string displayTime(const std::string& t) {
    std::string date = displayDate(t);
    if (date == t || t.size() < 16 || t[10] != 'T' || t[13] != ':') return date;
    return date + " " + t.substr(11, 5);
}

std::string statusHeadline(const UiContext& ctx, const core::FilingStatus& status) {
    return ctx.t("status." + statusKey(status));
}

void drawFilingStatus(UiContext& ctx, const core::FilingStatus& s, std::string_view prefix, StatusDetail detail) {
    const bool full = detail == StatusDetail::Full;
    const std::string id(prefix);
    const std::string key = statusKey(s);
    subheading(ctx, statusHeadline(ctx, s), id + ".result");
    // What the status word means is the same for everyone's filing: it is shown with it.
    if (key.starts_with("code_")) {
        const std::string explainKey = "status.explain_" + key.substr(5);  // explain_1 ... explain_10
        paragraph(ctx, ctx.t(explainKey), id + ".explain");
    }
    if (detail == StatusDetail::StatusAndDue) {
        if (!s.dueAt.empty()) paragraph(ctx, ctx.fmt("status.due", {{"date", displayDate(s.dueAt)}}), id + ".due");
        return;
    }
    if (full && !s.dueAt.empty()) paragraph(ctx, ctx.fmt("status.due", {{"date", displayDate(s.dueAt)}}), id + ".due");

    const std::string code = s.maHoSo.empty() ? s.localReference : s.maHoSo;
    const bool supplement = s.trangThaiHoSo == 5;
    if (!s.note.empty() || supplement) {
        beginPanel(ctx);
        if (!s.note.empty()) {
            subheading(ctx, ctx.t("status.note_title"));
            paragraph(ctx, s.note, id + ".note");
        }
        if (supplement) drawRequestedDocuments(ctx, s, id);
        // A supplement request is the one status that asks the citizen to act: say exactly how.
        if (supplement) {
            const bool told = !s.note.empty() || !s.requestedDocuments.empty();
            sentenceWithCode(ctx, ctx.fmt(told ? "status.supplement_bring" : "status.supplement_ask", {{"code", code}}),
                             id + ".supplement");
        }
        endPanel(ctx, supplement ? PanelTone::Notice : PanelTone::Plain);
    }
    if (!full || s.history.empty()) return;
    subheading(ctx, ctx.t("status.history_title"));
    for (size_t i = 0; i < s.history.size(); ++i) {
        const auto& step = s.history[i];
        std::string line = ctx.fmt("status.history_item", {{"date", displayTime(step.at)}, {"status", ctx.t(stepKey(step))}});
        if (!step.note.empty()) line += " — " + step.note;
        paragraph(ctx, line, id + ".history." + std::to_string(i));
    }
}

}  // namespace kiosk::ui
