#include "picker.hpp"

#include <imgui.h>

namespace kiosk::ui {

namespace {
// Enough frames for the page's own content size to be measured before its position is set.
constexpr int kRestoreFrames = 3;
}  // namespace

void openPicker(UiContext& ctx, const std::string& key, PickerLevel level) {
    UiState& state = ctx.state;
    state.pickerKey = key;
    state.pickerLevel = level;
    state.pickerFilter.clear();
    state.focus.reset();
    state.focusFirstBox = state.deskKeys;  // at the desk the list's filter takes the keyboard
    state.returnScrollY = ImGui::GetScrollY();
    state.restoreScrollFrames = 0;
    state.resetScroll = true;  // the list itself starts at its top
}

void closePicker(UiState& state) {
    state.pickerKey.clear();
    state.pickerLevel = PickerLevel::None;
    state.pickerFilter.clear();
    state.pickerList.clear();
    state.pickerTitle.clear();
    state.focus.reset();
    state.focusFirstBox = state.deskKeys;  // at the desk the page's next empty box (the street) types
    state.resetScroll = false;
    state.restoreScrollFrames = kRestoreFrames;
}

}  // namespace kiosk::ui
