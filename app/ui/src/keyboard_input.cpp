#include "keyboard_input.hpp"

#include <imgui.h>

#include "kiosk/ui/widgets/keyboard.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

std::string utf8Of(ImWchar c) {
    std::string out;
    const auto u = static_cast<unsigned>(c);
    if (u < 0x80) {
        out += static_cast<char>(u);
    } else if (u < 0x800) {
        out += static_cast<char>(0xC0 | (u >> 6));
        out += static_cast<char>(0x80 | (u & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (u >> 12));
        out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (u & 0x3F));
    }
    return out;
}

}  // namespace

KeyboardInput::Typed KeyboardInput::frame(const core::Session& session, UiState& ui,
                                          const std::optional<KeyPress>& onScreen) {
    Typed typed;
    const ImGuiIO& io = ImGui::GetIO();
    const bool enter = !m_enterToDesk && (m_enterPending || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                                          ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)));
    m_enterPending = false;
    // A USB QR reader pointed at a receipt "types" the code and Enter. On the look-up screen
    // nobody should have to tap the box first, and a code already looked up gives way to
    // the new one rather than having it stuck on its end.
    const bool onLookup = session.screen == core::Screen::Lookup;
    const bool physical = !io.InputQueueCharacters.empty();
    const bool typingSecret = ui.focus && ui.focus->target == core::TextTarget::LookupSecret;
    const bool newCode = onLookup && physical && (!ui.focus || (session.lookupAsked && !typingSecret));
    if (newCode) ui.focus = Focus{core::TextTarget::LookupCode, "", InputKind::Plain, 0};
    if (!ui.focus) {
        m_composing.reset();
        typed.lookup = onLookup && enter;
        return typed;
    }
    const Focus focus = *ui.focus;
    typed.lookup = onLookup && enter && focus.target == core::TextTarget::LookupCode;
    typed.prove = onLookup && enter && focus.target == core::TextTarget::LookupSecret;
    std::string text = newCode ? std::string()
                       : focus.target ? sessionText(session, *focus.target, focus.key)
                                      : ui.pickerFilter;
    if (newCode || !m_composing || m_composing->target != focus.target || m_composing->key != focus.key) {
        m_composer.begin(text, session.config->kiosk.input);
        m_composing = focus;
    }
    const std::string before = text;
    auto press = [&](const KeyPress& key) {
        if (key.kind == KeyPress::Kind::Done) {
            ui.focus.reset();
            return;
        }
        text = usesLetters(focus.kind)
                   ? m_composer.apply(text, key, focus.maxChars, focus.kind == InputKind::Text)
                   : applyNumeric(focus.kind, text, key);
    };
    if (onScreen) press(*onScreen);
    // A USB reader or a long paste arrives as many characters in one frame: one edit.
    for (ImWchar c : io.InputQueueCharacters) {
        if (c >= 0x20 && c != 0x7F) press(KeyPress{KeyPress::Kind::Text, utf8Of(c)});
    }
    // A physical keyboard has its own shift: the on-screen one-shot capital is not wanted.
    if (!io.InputQueueCharacters.empty()) ui.shift = false;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) press(KeyPress{KeyPress::Kind::Backspace, {}, ime::Tone::None});
    if (io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_V))) {
        if (const char* clip = ImGui::GetClipboardText()) press(KeyPress{KeyPress::Kind::Paste, clip});
    }
    if (enter) ui.focus.reset();
    if (text == before && !newCode) return typed;
    if (!focus.target) {
        ui.pickerFilter = std::move(text);
        return typed;
    }
    typed.action = core::act::SetText{*focus.target, focus.key, std::move(text)};
    return typed;
}

}  // namespace kiosk::ui
