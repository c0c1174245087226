#include "kiosk/core/audit_log.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace kiosk::core {
namespace {

constexpr std::array<std::pair<AuditKind, std::string_view>, 10> kNames{{
    {AuditKind::SignIn, "staff.sign_in"},
    {AuditKind::SignInRefused, "staff.sign_in_refused"},
    {AuditKind::SignOut, "staff.sign_out"},
    {AuditKind::StaffAdded, "staff.added"},
    {AuditKind::StaffRemoved, "staff.removed"},
    {AuditKind::AssistSession, "session.assist"},
    {AuditKind::CardReadOverride, "session.card_read_override"},
    {AuditKind::OriginalSeen, "session.original_seen"},
    {AuditKind::DeskAction, "desk.action"},
    {AuditKind::DeskIntake, "desk.intake"},
}};

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }

template <typename Allowed>
bool shaped(std::string_view text, std::size_t minSize, std::size_t maxSize, Allowed allowed) {
    return text.size() >= minSize && text.size() <= maxSize && std::all_of(text.begin(), text.end(), allowed);
}

}  // namespace

std::string_view auditKindName(AuditKind kind) {
    for (const auto& entry : kNames) {
        if (entry.first == kind) return entry.second;
    }
    return "unknown";
}

std::optional<AuditKind> auditKindFromName(std::string_view name) {
    for (const auto& entry : kNames) {
        if (entry.second == name) return entry.first;
    }
    return std::nullopt;
}

bool isOperatorId(std::string_view text) {
    return !text.empty() && (isUpper(text.front()) || isDigit(text.front())) &&
           shaped(text, 1, 32, [](char c) { return isUpper(c) || isDigit(c) || c == '-' || c == '_' || c == '.'; });
}

bool isAuditOperatorId(std::string_view text) { return text == kNoOperator || isOperatorId(text); }

bool isAuditFilingId(std::string_view text) {
    return shaped(text, 0, 64,
                  [](char c) { return isUpper(c) || isLower(c) || isDigit(c) || c == '-' || c == '_' || c == '.'; });
}

bool isAuditDetail(std::string_view text) {
    return shaped(text, 0, 64,
                  [](char c) { return isLower(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == ':'; });
}

}  // namespace kiosk::core
