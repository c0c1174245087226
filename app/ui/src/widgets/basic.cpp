#include "widgets/basic.hpp"

#include <algorithm>
#include <cfloat>
#include <cstring>

#include <imgui_internal.h>

#include "kiosk/ui/widgets/line_break.hpp"
#include "widgets/record.hpp"

namespace kiosk::ui {
namespace {

struct ButtonColours {
    ImVec4 fill, text, border;
    bool centred = true;
    bool bordered = false;
};

ButtonColours coloursFor(const Palette& c, ButtonStyle style) {
    switch (style) {
        case ButtonStyle::Primary: return {c.primary, c.onPrimary, c.primary, true, false};
        case ButtonStyle::Secondary:
        case ButtonStyle::Tool: return {c.secondary, c.onSecondary, c.border, true, true};
        case ButtonStyle::ToolStrong: return {c.primary, c.onPrimary, c.primary, true, false};
        case ButtonStyle::ListItem:
        case ButtonStyle::Option: return {c.secondary, c.onSecondary, c.border, false, true};
        case ButtonStyle::Key: return {c.secondary, c.onSecondary, c.border, true, true};
        case ButtonStyle::KeyOn: return {c.primary, c.onPrimary, c.border, true, true};
    }
    return {c.primary, c.onPrimary, c.primary, true, false};
}

ImU32 u32(const ImVec4& c) { return ImGui::GetColorU32(c); }

void wrappedText(UiContext& ctx, ImFont* font, const ImVec4& colour, const std::string& text,
                 std::string_view id) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ctx.registry.addSpoken(text);
    if (!id.empty()) {
        record(ctx, id, WidgetKind::Text, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
}

// A label of several lines with each line centred (ImGui's wrapped text is left-aligned, which
// looks lopsided on the big centred tiles).
void drawCentredLines(ImDrawList* dl, ImFont* font, float fontSize, ImVec2 topLeft, float width,
                      float wrap, ImU32 colour, const std::string& label) {
    const char* text = label.c_str();
    const char* const end = text + label.size();
    float y = topLeft.y;
    while (text < end) {
        // ImGui's wrap search runs on past a newline, so each paragraph is wrapped on its own.
        const auto* newline = static_cast<const char*>(std::memchr(text, '\n', static_cast<size_t>(end - text)));
        const char* paragraphEnd = newline != nullptr ? newline : end;
        const char* lineEnd = font->CalcWordWrapPositionA(fontSize / font->FontSize, text, paragraphEnd, wrap);
        if (lineEnd == text && text < paragraphEnd) ++lineEnd;  // a word wider than the button: never stall
        const float lineWidth = font->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, text, lineEnd).x;
        dl->AddText(font, fontSize, ImVec2(topLeft.x + (width - lineWidth) * 0.5f, y), colour, text, lineEnd);
        y += fontSize;
        text = lineEnd;
        // The break itself: blanks, then at most one newline (as ImGui's own wrapping does).
        while (text < end && (*text == ' ' || *text == '\t')) ++text;
        if (text < end && *text == '\n') ++text;
    }
}

// The width text may take from the cursor: a panel narrows it with its own wrap position.
float textRoom() {
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float room = window->DC.TextWrapPos >= 0.0f
                           ? ImGui::CalcWrapWidthForPos(window->DC.CursorPos, window->DC.TextWrapPos)
                           : ImGui::GetContentRegionAvail().x;
    return std::max(1.0f, room);
}

// The item just drawn went down under a finger (not on release): the key click answers the
// touch itself, as a physical key would.
void noteTouch(UiContext& ctx) {
    if (ImGui::IsItemActivated()) ctx.state.touched = true;
}

// At the desk a key presses a widget as a click would (desk_keys.hpp): true when the key named
// the item just drawn. The highlighted item is brought into view when the highlight moved to it.
bool pressedByKey(UiContext& ctx, const std::string& id) {
    if (ctx.state.keyCursorMoved && ctx.state.keyCursor == id && !ImGui::IsItemVisible()) ImGui::SetScrollHereY(0.5f);
    return !ctx.state.keyPress.empty() && ctx.state.keyPress == id;
}

// Where the keyboard is, for whoever works the screen with one (the desk, staff helping): a
// thick focus-coloured band around the item with a dark line inside it, so the mark shows on a
// light button, a white box and a dark high-contrast screen alike (as GOV.UK's focus style).
void drawKeyMark(UiContext& ctx, ImVec2 min, ImVec2 max) {
    const Theme& th = ctx.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float band = th.px(0.3f);
    const float rounding = th.px(kRoundingEm);
    dl->AddRect(ImVec2(min.x - band * 0.5f, min.y - band * 0.5f), ImVec2(max.x + band * 0.5f, max.y + band * 0.5f),
                u32(ctx.colours().focus), rounding + band * 0.5f, 0, band);
    dl->AddRect(min, max, u32(ctx.colours().text), rounding, 0, th.px(1.5f * kBorderEm));
}

// The desk's keyboard highlight on the widget Tab reached.
void drawKeyHighlight(UiContext& ctx, const std::string& id, ImVec2 min, ImVec2 max) {
    if (ctx.state.keyCursor == id) drawKeyMark(ctx, min, max);
}

}  // namespace

float fillWidth() {
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float wrap = window->DC.TextWrapPos;
    const float avail = ImGui::GetContentRegionAvail().x;
    return wrap > 0.0f ? std::min(avail, wrap - ImGui::GetCursorPosX()) : avail;
}

void record(UiContext& ctx, std::string_view id, WidgetKind kind, const std::string& label,
            ImVec2 min, ImVec2 max, bool enabled) {
    const ImDrawList* dl = ImGui::GetWindowDrawList();
    ctx.registry.add(WidgetInfo{std::string(id), kind, label, min, max, dl->GetClipRectMin(),
                                dl->GetClipRectMax(), enabled});
}

bool button(UiContext& ctx, std::string_view id, const std::string& label, ButtonStyle style,
            float width, bool enabled, float minHeight) {
    const Theme& th = ctx.theme;
    const float w = width > 0.0f ? width : fillWidth();
    ImFont* font = ctx.fonts.bold;
    const bool key = style == ButtonStyle::Key || style == ButtonStyle::KeyOn;
    const bool tool = style == ButtonStyle::Tool || style == ButtonStyle::ToolStrong;
    const float pad = key ? th.keyPx(0.3f) : tool ? th.keyPx(0.7f) : th.px(0.7f);
    // An option's radio mark sits in a wider left margin.
    const float left = style == ButtonStyle::Option ? th.px(2.4f) : pad;
    float wrap = std::max(1.0f, w - pad - left);
    float fontSize = tool || key ? font->FontSize / th.textScale : font->FontSize;
    if (key) {
        // A key keeps its place in the keyboard's grid: a label too long for it (large text,
        // a narrow screen) is drawn smaller on one line instead of wrapping into the next row.
        const float natural = font->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, label.c_str()).x;
        if (natural > wrap) fontSize *= wrap / natural;
        wrap = 0.0f;
    }
    const ImVec2 size = font->CalcTextSizeA(fontSize, FLT_MAX, wrap, label.c_str());
    const float h = key    ? std::max(th.keyHeight(), minHeight)
                    : tool ? std::max({th.keyPx(kTouchEm), minHeight, size.y + th.keyPx(0.9f)})
                           : std::max({th.touch(), minHeight, size.y + th.px(0.9f)});

    const std::string sid(id);
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::InvisibleButton(sid.c_str(), ImVec2(w, h)) || pressedByKey(ctx, sid);
    noteTouch(ctx);
    if (!enabled) ImGui::EndDisabled();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const bool held = enabled && ImGui::IsItemActive();

    ButtonColours c = coloursFor(ctx.colours(), style);
    if (held && style != ButtonStyle::Primary && style != ButtonStyle::KeyOn) {
        // Pressed state a finger can see around itself: the whole button changes colour.
        c.fill = ctx.colours().selected;
        c.text = ctx.colours().onSelected;
    }
    if (!enabled) {
        c.fill = ctx.colours().panel;
        c.text = ctx.colours().disabled;
        c.border = ctx.colours().disabled;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = th.px(kRoundingEm);
    dl->AddRectFilled(min, max, u32(c.fill), rounding);
    if (c.bordered || held) {
        dl->AddRect(min, max, u32(held ? ctx.colours().focus : c.border), rounding, 0,
                    th.px(held ? 2 * kBorderEm : kBorderEm));
    }
    const float x = c.centred ? min.x + std::max(pad, (w - size.x) * 0.5f) : min.x + left;
    const ImVec2 at(x, min.y + (h - size.y) * 0.5f);
    if (c.centred && size.y > fontSize * 1.5f) {
        drawCentredLines(dl, font, fontSize, ImVec2(min.x, at.y), w, wrap, u32(c.text), label);
    } else {
        dl->AddText(font, fontSize, at, u32(c.text), label.c_str(), nullptr, wrap);
    }
    drawKeyHighlight(ctx, sid, min, max);
    record(ctx, id, key ? WidgetKind::Key : WidgetKind::Button, label, min,
           max, enabled);
    ctx.registry.back().primary = style == ButtonStyle::Primary;
    return pressed && enabled;
}

void heading(UiContext& ctx, const std::string& text, std::string_view id) {
    wrappedText(ctx, ctx.fonts.title, ctx.colours().text, text, id);
    ImGui::Dummy(ImVec2(1, ctx.theme.px(0.2f)));
}

void subheading(UiContext& ctx, const std::string& text, std::string_view id) {
    wrappedText(ctx, ctx.fonts.bold, ctx.colours().text, text, id);
}

void paragraph(UiContext& ctx, const std::string& text, std::string_view id) {
    wrappedText(ctx, ctx.fonts.body, ctx.colours().text, text, id);
}

void mutedText(UiContext& ctx, const std::string& text, std::string_view id) {
    wrappedText(ctx, ctx.fonts.body, ctx.colours().mutedText, text, id);
}

void errorText(UiContext& ctx, const std::string& text, std::string_view id) {
    wrappedText(ctx, ctx.fonts.bold, ctx.colours().error, text, id);
}

void codeLine(UiContext& ctx, const std::string& text, std::string_view id, CodeSize size) {
    const bool large = size == CodeSize::Title || size == CodeSize::Ticket;
    ImFont* font = large ? ctx.fonts.title : size == CodeSize::Bold ? ctx.fonts.bold : ctx.fonts.body;
    const ImVec4& colour = size == CodeSize::Muted ? ctx.colours().mutedText : ctx.colours().text;
    const float room = textRoom();
    const float full = size == CodeSize::Ticket ? font->FontSize * 2.5f : font->FontSize;
    const float natural = font->CalcTextSizeA(full, FLT_MAX, 0.0f, text.c_str()).x;
    const float fontSize = natural > room ? full * room / natural : full;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    // Kept at the font's full line height so the lines below do not move when it shrinks.
    ImGui::Dummy(ImVec2(std::min(natural, room), full));
    ImGui::GetWindowDrawList()->AddText(font, fontSize, ImVec2(at.x, at.y + (full - fontSize) * 0.5f), u32(colour),
                                        text.c_str());
    ctx.registry.addSpoken(text);
    if (!id.empty()) record(ctx, id, WidgetKind::Text, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (large) ImGui::Dummy(ImVec2(1, ctx.theme.px(0.2f)));
}

void sentenceWithCode(UiContext& ctx, const std::string& text, std::string_view id) {
    ImFont* font = ctx.fonts.body;
    const float room = textRoom();
    const auto width = [font](std::string_view part) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, part.data(), part.data() + part.size()).x;
    };
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.colours().text);
    ImGui::PushTextWrapPos(-1.0f);  // the lines are already broken; ImGui must not break them again
    ImGui::BeginGroup();
    // Lines as close as in a wrapped paragraph, not spaced like separate items.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.0f));
    for (const std::string_view line : linesAtSpaces(text, room, width)) {
        ImGui::TextUnformatted(line.data(), line.data() + line.size());
    }
    ImGui::PopStyleVar();
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ctx.registry.addSpoken(text);
    if (!id.empty()) record(ctx, id, WidgetKind::Text, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void bulletList(UiContext& ctx, const std::vector<std::string>& lines) {
    for (const auto& line : lines) {
        ImGui::PushFont(ctx.fonts.body);
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextWrapped("%s", line.c_str());
        ImGui::PopFont();
        ctx.registry.addSpoken(line);
    }
}

// The right edge text wraps at, in window coordinates (a table cell's edge when none is set).
float wrapEdge() {
    const float wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos;
    return wrap > 0.0f ? wrap : ImGui::GetContentRegionMax().x;
}

void beginPanel(UiContext& ctx) {
    const float pad = ctx.theme.px(0.7f);
    const float edge = wrapEdge();
    ImGui::GetWindowDrawList()->ChannelsSplit(2);
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(1);
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(1, pad * 0.5f));
    ImGui::Indent(pad);
    ImGui::PushTextWrapPos(edge - pad);
}

void endPanel(UiContext& ctx, PanelTone tone) {
    const float pad = ctx.theme.px(0.7f);
    ImGui::PopTextWrapPos();
    const float right = wrapEdge();
    ImGui::Unindent(pad);
    ImGui::Dummy(ImVec2(1, pad * 0.5f));
    ImGui::EndGroup();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max(ImGui::GetWindowPos().x - ImGui::GetScrollX() + right, ImGui::GetItemRectMax().y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    const Palette& c = ctx.colours();
    const ImVec4 edge = tone == PanelTone::Error     ? c.error
                        : tone == PanelTone::Success ? c.success
                        : tone == PanelTone::Notice  ? c.primary
                                                     : c.border;
    const float rounding = ctx.theme.px(kRoundingEm);
    dl->AddRectFilled(min, max, u32(c.panel), rounding);
    if (tone != PanelTone::Plain) {
        dl->AddRectFilled(min, ImVec2(min.x + ctx.theme.px(0.3f), max.y), u32(edge), rounding);
    }
    dl->ChannelsMerge();
}

std::optional<std::string> optionList(UiContext& ctx, std::string_view prefix,
                                      const std::vector<Option>& options,
                                      const std::vector<std::string>& selected, bool multi) {
    std::optional<std::string> tapped;
    const Theme& th = ctx.theme;
    for (const auto& option : options) {
        const bool on = std::find(selected.begin(), selected.end(), option.id) != selected.end();
        const std::string id = std::string(prefix) + "." + option.id;
        const float mark = th.px(1.0f);
        if (button(ctx, id, option.label, ButtonStyle::Option)) tapped = option.id;
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        const ImVec2 centre(min.x + th.px(1.3f), (min.y + max.y) * 0.5f);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const Palette& c = ctx.colours();
        const float stroke = th.px(0.12f);
        if (multi) {
            const ImVec2 a(centre.x - mark * 0.5f, centre.y - mark * 0.5f);
            const ImVec2 b(centre.x + mark * 0.5f, centre.y + mark * 0.5f);
            dl->AddRectFilled(a, b, u32(c.background));
            dl->AddRect(a, b, u32(c.text), 0, 0, stroke);
            if (on) {
                dl->AddLine(ImVec2(a.x + mark * 0.2f, centre.y), ImVec2(centre.x - mark * 0.05f, b.y - mark * 0.2f), u32(c.text), stroke * 1.5f);
                dl->AddLine(ImVec2(centre.x - mark * 0.05f, b.y - mark * 0.2f), ImVec2(b.x - mark * 0.15f, a.y + mark * 0.2f), u32(c.text), stroke * 1.5f);
            }
        } else {
            dl->AddCircleFilled(centre, mark * 0.5f, u32(c.background));
            dl->AddCircle(centre, mark * 0.5f, u32(c.text), 0, stroke);
            if (on) dl->AddCircleFilled(centre, mark * 0.28f, u32(c.text));
        }
        if (on) dl->AddRect(min, max, u32(c.selected), th.px(kRoundingEm), 0, th.px(2 * kBorderEm));
        WidgetInfo& info = ctx.registry.back();
        info.kind = WidgetKind::Option;
        info.checked = on;
    }
    return tapped;
}

bool textBox(UiContext& ctx, std::string_view id, const std::string& value,
             const std::string& placeholder, bool focused, bool error) {
    const Theme& th = ctx.theme;
    const float w = fillWidth();
    const std::string sid(id);
    const bool pressed = ImGui::InvisibleButton(sid.c_str(), ImVec2(w, th.touch())) || pressedByKey(ctx, sid);
    noteTouch(ctx);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const Palette& c = ctx.colours();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, u32(c.background), th.px(kRoundingEm));
    const ImVec4 edge = error ? c.error : focused ? c.focus : c.border;
    dl->AddRect(min, max, u32(edge), th.px(kRoundingEm), 0,
                th.px(focused || error ? 3 * kBorderEm : 2 * kBorderEm));
    const std::string shown = value.empty() && !focused ? placeholder : value + (focused ? "|" : "");
    ImFont* font = ctx.fonts.body;
    const float pad = th.px(0.6f);
    const float textW = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, shown.c_str()).x;
    // Keep the end of a long answer visible: that is where the typing happens.
    const float x = std::min(min.x + pad, max.x - pad - textW);
    dl->PushClipRect(ImVec2(min.x + pad * 0.5f, min.y), ImVec2(max.x - pad * 0.5f, max.y), true);
    dl->AddText(font, font->FontSize, ImVec2(x, min.y + (th.touch() - font->FontSize) * 0.5f),
                u32(value.empty() && !focused ? c.mutedText : c.text), shown.c_str());
    dl->PopClipRect();
    // At the desk the box typing is marked as a highlighted button is: Tab's place is always seen.
    if (ctx.state.deskKeys && (focused || ctx.state.keyCursor == sid)) drawKeyMark(ctx, min, max);
    record(ctx, id, WidgetKind::TextBox, value, min, max);
    ctx.registry.back().focused = focused;
    return pressed;
}

}  // namespace kiosk::ui
