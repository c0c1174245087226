#pragma once
// One question of a form as the citizen sees it: label, help, inline errors and its input.
#include <string>
#include <vector>

#include "kiosk/forms/model.hpp"
#include "kiosk/ui/ui_context.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {

// Draws `field` for instance `repeatIndex` (0 outside repeat pages) unless it is hidden.
MaybeAction drawField(UiContext& ctx, const forms::Field& field, int repeatIndex);

// Draws every field in order; the first action wins.
MaybeAction drawFields(UiContext& ctx, const std::vector<forms::Field>& fields, int repeatIndex);

// The options of a choice field in the session's language (yes/no included).
std::vector<Option> choiceOptions(const UiContext& ctx, const forms::Field& field);

// "ngày mười lăm tháng ba năm hai nghìn …" for a valid date, in Vietnamese; empty otherwise.
std::string dateInWords(const UiContext& ctx, const std::string& value);

}  // namespace kiosk::ui
