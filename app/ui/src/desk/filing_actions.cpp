// The selected filing beside the list: what the portal holds about it, the actions its status
// allows (the reference portal's state machine, docs/portal-api.md §4.10), and the confirmation
// every action goes through before it is sent.
#include <algorithm>
#include <array>

#include "desk_view.hpp"

namespace kiosk::ui::desk_view {
namespace {

struct ActionRule {
    const char* action;
    std::array<const char*, 5> from;
};

// Which action each status allows, as the portal's state machine has it.
constexpr std::array<ActionRule, 7> kRules{{
    {"accept", {"submitted"}},
    {"request_supplement", {"submitted", "accepted", "processing"}},
    {"request_payment", {"accepted", "processing"}},
    {"resume", {"supplement_requested", "payment_requested"}},
    {"approve", {"accepted", "processing"}},
    {"return_result", {"approved"}},
    {"reject", {"submitted", "accepted", "processing", "supplement_requested", "payment_requested"}},
}};

bool allows(const ActionRule& rule, const std::string& status) {
    return std::any_of(rule.from.begin(), rule.from.end(), [&status](const char* s) { return s && status == s; });
}

const forms::Service* serviceOf(const View& v, const std::string& code) {
    for (const auto& service : v.config.services) {
        if (service.code == code) return &service;
    }
    return nullptr;
}

bool ready(const PendingAction& p) {
    if (p.action == "reject") return !p.reason.empty();
    if (p.action == "request_supplement") return !p.documentsWanted.empty() || !p.note.empty();
    if (p.action == "return_result") return !p.resultName.empty();
    return true;
}

void supplementChoices(View& v, PendingAction& p) {
    const forms::Service* service = serviceOf(v, p.serviceCode);
    if (!service || service->documents.empty()) return;
    text(v, "", v.t("desk.confirm.documents"));
    for (const auto& document : service->documents) {
        auto it = std::find(p.documentsWanted.begin(), p.documentsWanted.end(), document.id);
        bool wanted = it != p.documentsWanted.end();
        if (checkbox(v, "desk.supplement." + document.id, v.strings.text(document.name), wanted)) {
            if (wanted) p.documentsWanted.push_back(document.id);
            else p.documentsWanted.erase(it);
        }
    }
}

// Who helped the citizen at the kiosk, and which originals they saw there: the desk need not
// ask for those papers again.
void drawAssistance(View& v, const desk::FilingRecord& r) {
    if (r.channel != desk::Channel::KioskAssisted) return;
    if (!r.assistedBy.empty()) {
        text(v, "desk.detail.assisted_by", v.fmt("desk.detail.assisted_by", {{"operator", r.assistedBy}}));
    }
    if (r.originalsSeen.empty()) return;
    std::string names;
    for (const auto& slot : r.originalsSeen) {
        if (!names.empty()) names += "; ";
        names += v.documentName(r.serviceCode, slot);
    }
    text(v, "desk.detail.originals_seen", v.fmt("desk.detail.originals_seen", {{"documents", names}}));
}

}  // namespace

void drawFilingDetail(View& v) {
    const long index = v.list.find(v.state.selected);
    if (index < 0) {
        text(v, "desk.detail.none", v.t("desk.detail.none"));
        return;
    }
    const desk::FilingRecord& r = v.list.record(static_cast<size_t>(index));
    const desk::DueState& due = v.list.due(static_cast<size_t>(index));
    ImGui::PushFont(v.fonts.bold);
    text(v, "desk.detail.code", r.maHoSo);
    ImGui::PopFont();
    text(v, "desk.detail.procedure", v.serviceName(r.serviceCode));
    text(v, "desk.detail.applicant", v.fmt("desk.detail.applicant", {{"name", r.applicantName}}));
    if (r.receivedAt) {
        text(v, "desk.detail.received",
             v.fmt("desk.detail.received", {{"time", desk::formatLocalTime(*r.receivedAt)}}));
    }
    const ImVec4 colour = dueColour(due);
    text(v, "desk.detail.due", dueText(v, r, due), &colour);
    text(v, "desk.detail.status", v.fmt("desk.detail.status", {{"status", statusText(v, r.status)}}));
    drawAssistance(v, r);
    ImGui::Separator();
    if (v.state.pending) {
        drawConfirmation(v);
        return;
    }
    bool any = false;
    for (const auto& rule : kRules) {
        if (!allows(rule, r.status)) continue;
        if (any) ImGui::SameLine();
        any = true;
        const std::string action = rule.action;
        if (button(v, "desk.action." + action, v.t("desk.action." + action), v.pendingCalls == 0)) {
            PendingAction p;
            p.filingId = r.filingId;
            p.maHoSo = r.maHoSo;
            p.serviceCode = r.serviceCode;
            p.action = action;
            if (action == "return_result") {
                p.resultName = v.fmt("desk.confirm.result_default", {{"procedure", v.serviceName(r.serviceCode)}});
            }
            v.state.pending = std::move(p);
        }
    }
    if (!any) text(v, "desk.detail.no_action", v.t("desk.detail.no_action"));
    ImGui::Separator();
    text(v, "", v.t("desk.detail.history"));
    for (size_t i = 0; i < r.history.size(); ++i) {
        const auto& change = r.history[i];
        text(v, "desk.history." + std::to_string(i),
             desk::formatLocalTime(change.at) + "  " + statusText(v, change.toStatus));
    }
}

void drawConfirmation(View& v) {
    PendingAction& p = *v.state.pending;
    ImGui::PushFont(v.fonts.bold);
    text(v, "desk.confirm.title",
         v.fmt("desk.confirm.title", {{"action", v.t("desk.action." + p.action)}, {"code", p.maHoSo}}));
    ImGui::PopFont();
    const bool focus = p.focusFirst;
    p.focusFirst = false;
    if (p.action == "request_supplement") supplementChoices(v, p);
    if (p.action == "reject") textBox(v, "desk.reason", v.t("desk.confirm.reason"), p.reason, 1, focus);
    if (p.action == "return_result") {
        textBox(v, "desk.result_name", v.t("desk.confirm.result"), p.resultName, 1, focus);
        textBox(v, "desk.result_pdf", v.t("desk.confirm.result_pdf"), p.resultPdf);
    }
    const bool focusNote = focus && p.action != "reject" && p.action != "return_result";
    textBox(v, "desk.note", v.t("desk.confirm.note"), p.note, 3, focusNote);
    const bool inNote = v.registry.back().focused;
    const bool ok = ready(p);
    if (!ok) {
        text(v, "desk.confirm.missing",
             p.action == "reject" ? v.t("desk.confirm.missing_reason") : v.t("desk.confirm.missing_what"));
    }
    // Enter confirms, except in the note's box, where it starts a new line: there the button or
    // Ctrl+Enter confirms.
    const bool enter = v.state.enter && !inNote;
    const bool ctrlEnter = ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    if (button(v, "desk.confirm", v.t("desk.confirm.yes"), ok) || (ok && (enter || ctrlEnter))) {
        v.requests.send = std::move(p);
        v.state.pending.reset();
        return;
    }
    ImGui::SameLine();
    if (button(v, "desk.cancel", v.t("desk.confirm.no")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        v.state.pending.reset();
    }
}

}  // namespace kiosk::ui::desk_view
