#pragma once
// The building blocks every screen uses: big buttons, text, option lists, text boxes, errors.
// Each interactive one registers its ID, rectangle and label in ctx.registry.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

enum class ButtonStyle {
    Primary,     // the one main action: filled, centred
    Secondary,   // other actions: light, bordered, centred
    ListItem,    // a choice in a list: light, bordered, left-aligned
    Tool,        // a toolbar button: the default reading size at every text size (Theme::keyPx)
    ToolStrong,  // a toolbar button found at a glance ("Gọi cán bộ hỗ trợ"): Tool's size, filled
    Key,         // a keyboard key
    KeyOn,       // a key that is on (shift, caps) or the key that closes the keyboard
    Option,      // a radio button or check box row (see optionList)
};

// A button at least one touch target (or `minHeight`) high that wraps long labels; `width` 0
// fills the content width. Returns true on the frame it is pressed (and only when enabled).
bool button(UiContext& ctx, std::string_view id, const std::string& label,
            ButtonStyle style = ButtonStyle::Primary, float width = 0.0f, bool enabled = true,
            float minHeight = 0.0f);

// Text, wrapped at the content width, registered under `id` when one is given.
void heading(UiContext& ctx, const std::string& text, std::string_view id = "screen.title");
void subheading(UiContext& ctx, const std::string& text, std::string_view id = {});
void paragraph(UiContext& ctx, const std::string& text, std::string_view id = {});
void mutedText(UiContext& ctx, const std::string& text, std::string_view id = {});
// Bold, in the error colour: what went wrong just now, where a panel cannot be drawn.
void errorText(UiContext& ctx, const std::string& text, std::string_view id = {});
// A filing code (local reference, mã hồ sơ), or a short line carrying one, on a single line:
// ImGui wraps after a '.', and "000.00.00." on one line with "H66-261129-0001" on the next is
// misread or copied wrong. A line wider than the space left is drawn smaller instead.
// Ticket: a queue number, read from a few steps away (the title font drawn larger).
enum class CodeSize { Title, Bold, Muted, Ticket };
void codeLine(UiContext& ctx, const std::string& text, std::string_view id, CodeSize size = CodeSize::Title);
// A paragraph that carries a code inside a sentence: wrapped at spaces only, so the code (and
// "10.000") stays whole on one line.
void sentenceWithCode(UiContext& ctx, const std::string& text, std::string_view id = {});
void bulletList(UiContext& ctx, const std::vector<std::string>& lines);

// A shaded box around what is drawn between begin and end (notices, the receipt).
enum class PanelTone { Plain, Notice, Error, Success };
void beginPanel(UiContext& ctx);
void endPanel(UiContext& ctx, PanelTone tone);

struct Option {
    std::string id;
    std::string label;
};

// Big radio buttons (or check boxes when `multi`); IDs are "<prefix>.<option id>". Returns the
// option tapped this frame.
std::optional<std::string> optionList(UiContext& ctx, std::string_view prefix,
                                      const std::vector<Option>& options,
                                      const std::vector<std::string>& selected, bool multi);

// A box showing `value` (or a grey `placeholder`) that the keyboard types into; a caret when
// `focused`, a red border when `error`. Returns true when tapped.
bool textBox(UiContext& ctx, std::string_view id, const std::string& value,
             const std::string& placeholder, bool focused, bool error);

// The list of problems at the top of a page after Continue (GOV.UK error summary); tapping one
// brings its question into view.
void errorSummary(UiContext& ctx);

// The inline messages for `key` and its parts ("key.street"); true when there were any.
bool inlineErrors(UiContext& ctx, const std::string& key);

// True when `key` (or one of its parts) has an error on screen.
bool hasError(const UiContext& ctx, const std::string& key);

}  // namespace kiosk::ui
