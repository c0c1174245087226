#pragma once
// "In kết quả" on the look-up (core/result_print.hpp): the panel a proven owner of a result
// returned electronically sees, with the button, the print under way and how it ended.
#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// The panel, when core::offersResultPrint; act::PrintResult when the button is pressed. IDs:
// "lookup.result_print" (the sentence), "lookup.print_result" (the button),
// "lookup.result_print.outcome" (what happened).
MaybeAction drawResultPrint(UiContext& ctx);

}  // namespace kiosk::ui
