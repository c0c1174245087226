#include "support/ui_driver.hpp"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "kiosk/ime/letters.hpp"

namespace kiosk::test {
namespace {

constexpr auto kFrame = std::chrono::milliseconds(50);
// How long a frame waits for a status read the last one asked for (a local SQLite read: far less).
constexpr auto kStatusWait = std::chrono::seconds(10);
constexpr int kMaxScrollSteps = 300;
constexpr int kMaxSettleFrames = 10;

// The key that types a letter without its tone: "a", "ê", "đ"...
std::string letterKey(const ime::Letter& letter) {
    using ime::Mark;
    switch (letter.mark) {
        case Mark::Hat: return letter.base == 'a' ? "â" : letter.base == 'e' ? "ê" : "ô";
        case Mark::Breve: return "ă";
        case Mark::Horn: return letter.base == 'o' ? "ơ" : "ư";
        case Mark::Stroke: return "đ";
        case Mark::None: break;
    }
    return std::string(1, letter.base);
}

const char* toneKey(ime::Tone tone) {
    switch (tone) {
        case ime::Tone::Sac: return "tone.sac";
        case ime::Tone::Huyen: return "tone.huyen";
        case ime::Tone::Hoi: return "tone.hoi";
        case ime::Tone::Nga: return "tone.nga";
        case ime::Tone::Nang: return "tone.nang";
        case ime::Tone::None: break;
    }
    return nullptr;
}

std::vector<std::string> onScreenKeys(std::string_view text) {
    std::vector<std::string> keys;
    const char* tone = nullptr;  // typed at the end of its syllable
    auto endSyllable = [&] {
        if (tone != nullptr) keys.emplace_back(tone);
        tone = nullptr;
    };
    bool first = true;
    for (size_t pos = 0; pos < text.size();) {
        const auto c = ime::nextCodepoint(text, pos);
        if (!c) continue;
        const auto letter = ime::decodeLetter(*c);
        if (!letter) {
            endSyllable();
            if (*c == U' ') keys.emplace_back("space");
            else if (*c == U'-') keys.emplace_back("hyphen");
            else if (*c == U'\'') keys.emplace_back("apostrophe");
            else if (*c == U',') keys.emplace_back("comma");
            else if (*c == U'.') keys.emplace_back("period");
            else if (*c >= U'0' && *c <= U'9') keys.emplace_back(1, static_cast<char>(*c));
            else if (*c != U'/') throw std::runtime_error("no on-screen key for a character of: " + std::string(text));
            first = false;
            continue;
        }
        if (letter->letter.upper && !first) keys.emplace_back("shift");
        keys.push_back(letterKey(letter->letter));
        if (const char* t = toneKey(letter->tone)) tone = t;
        first = false;
    }
    endSyllable();
    return keys;
}

}  // namespace

UiDriver::UiDriver(std::shared_ptr<const config::Config> config, core::FilingStore& store, ImVec2 display)
    : m_display(display), m_clock(Clock::time_point(std::chrono::hours(1000)), SystemClock().localNow()) {
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = m_display;
    m_app = std::make_unique<ui::KioskApp>(std::move(config), store);
    m_app->setClock(m_clock);
    frame();
}

UiDriver::~UiDriver() {
    m_app.reset();
    ImGui::DestroyContext(m_context);
}

void UiDriver::frame() { draw(kFrame); }

void UiDriver::frameInPlace() { draw(std::chrono::milliseconds(0)); }

void UiDriver::draw(std::chrono::milliseconds clockMovesBy) {
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = m_display;
    io.DeltaTime = std::chrono::duration<float>(kFrame).count();
    if (m_app->fontsDirty()) {
        m_app->buildFonts();
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(1)));
    }
    ImGui::NewFrame();
    m_app->frame(m_clock.steadyNow());
    ImGui::Render();
    io.MouseWheel = 0.0f;
    m_clock.advance(clockMovesBy);
    for (const auto& id : m_app->widgets().duplicates()) {
        if (std::find(m_duplicates.begin(), m_duplicates.end(), id) == m_duplicates.end()) {
            m_duplicates.push_back(id);
        }
    }
    if (m_check) m_check(*this);
    // A status read this frame asked for is answered on the app's worker; on a kiosk its answer
    // wakes the frame loop and the next frame shows it. Here nothing wakes: the driver waits for
    // the answer (real time) and draws that next frame at once, the fake clock where it is.
    if (m_app->waitForStatus(kStatusWait)) draw(std::chrono::milliseconds(0));
}

void UiDriver::wait(std::chrono::milliseconds duration) {
    m_clock.advance(duration);
    frame();
}

const ui::WidgetInfo* UiDriver::find(std::string_view id) const { return m_app->widgets().find(id); }

std::string UiDriver::label(std::string_view id) const {
    const auto* w = find(id);
    if (w == nullptr) throw std::runtime_error("not on screen: " + std::string(id) + "\n" + dump());
    return w->label;
}

std::string UiDriver::dump() const {
    std::string out;
    for (const auto& w : m_app->widgets().all()) out += "  " + w.id + "  [" + w.label.substr(0, 60) + "]\n";
    return out;
}

void UiDriver::recordTo(const std::string& path, bool append) {
    m_script.open(path, append ? std::ios::app : std::ios::trunc);
}

void UiDriver::shot(std::string_view name) {
    frame();
    frame();
    if (m_script.is_open()) m_script << "shot " << name << '\n' << std::flush;
}

void UiDriver::scrollIntoReach(std::string_view id) {
    ImGuiIO& io = ImGui::GetIO();
    if (const auto* w = find(id); w != nullptr && !w->reachable()) {
        // A finger drag moves the body by about three quarters of its height at most.
        const float visible = std::max(1.0f, w->clipMax.y - w->clipMin.y);
        const float distance = std::abs(w->centre().y - (w->clipMin.y + w->clipMax.y) * 0.5f);
        m_touches.scrolls += std::max(1, static_cast<int>(std::ceil(distance / (0.75f * visible))));
    }
    for (int step = 0; step < kMaxScrollSteps; ++step) {
        const auto* w = find(id);
        if (w == nullptr || w->reachable()) return;
        // A wheel notch over the scroll area, towards the widget.
        io.MousePos = ImVec2((w->clipMin.x + w->clipMax.x) * 0.5f, (w->clipMin.y + w->clipMax.y) * 0.5f);
        io.MouseWheel = w->centre().y < w->clipMin.y ? 1.0f : -1.0f;
        if (m_script.is_open()) {
            m_script << "move " << static_cast<int>(io.MousePos.x) << ' ' << static_cast<int>(io.MousePos.y) << '\n'
                     << "wheel " << (io.MouseWheel > 0 ? "+1" : "-1") << '\n';
        }
        frame();
    }
}

void UiDriver::click(std::string_view id) {
    frame();
    scrollIntoReach(id);
    // A finger waits for the screen to stop moving (a page put back where it was, a flick).
    for (int i = 0; i < kMaxSettleFrames; ++i) {
        const auto* before = find(id);
        if (before == nullptr) break;
        const ImVec2 was = before->centre();
        frame();
        const auto* now = find(id);
        if (now == nullptr || (now->centre().x == was.x && now->centre().y == was.y)) break;
    }
    const auto* w = find(id);
    if (w == nullptr) throw std::runtime_error("cannot press " + std::string(id) + ": not on screen\n" + dump());
    if (!w->reachable()) throw std::runtime_error("cannot reach " + std::string(id) + "\n" + dump());
    if (!w->enabled) throw std::runtime_error("cannot press " + std::string(id) + ": disabled");
    ImGuiIO& io = ImGui::GetIO();
    if (id.rfind("kbd.", 0) == 0) ++m_touches.keys;
    else ++m_touches.taps;
    io.MousePos = w->centre();
    if (m_script.is_open()) {
        m_script << "move " << static_cast<int>(io.MousePos.x) << ' ' << static_cast<int>(io.MousePos.y) << "\ndown\nup\n";
    }
    m_app->noteActivity(m_clock.steadyNow());
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
    frame();
    const std::pair<int, int> screen{static_cast<int>(session().screen), session().pageIndex};
    if (!m_shotPrefix.empty() && screen != m_lastShotScreen) {
        m_lastShotScreen = screen;
        const std::string n = std::to_string(++m_shotCount);
        shot(m_shotPrefix + "-" + (n.size() < 2 ? "0" : "") + n + "-" + core::screenName(session().screen));
    }
}

void UiDriver::type(std::string_view text) {
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    if (m_script.is_open()) m_script << "type " << text << '\n';
    m_app->noteActivity(m_clock.steadyNow());
    frame();
    frame();
}

void UiDriver::fill(std::string_view id, std::string_view text) {
    click(id);
    type(text);
    click("kbd.done");
}

void UiDriver::pressKey(ImGuiKey key, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    // Mapped only while pressed: the other tests rely on a driver that maps no key.
    io.KeyMap[key] = key;
    io.KeyShift = shift;
    io.KeysDown[key] = true;
    if (key == ImGuiKey_Enter) m_app->noteEnter();
    m_app->noteActivity(m_clock.steadyNow());
    ++m_touches.keys;
    frame();
    io.KeysDown[key] = false;
    io.KeyShift = false;
    frame();
    io.KeyMap[key] = -1;
    frame();
    frame();  // as after a tap: a new screen's first box takes the keyboard two frames on
}

void UiDriver::pressKeys(std::initializer_list<std::string_view> keys) {
    for (const auto key : keys) click("kbd." + std::string(key));
}

void UiDriver::typeKeys(std::string_view text) {
    for (const auto& key : onScreenKeys(text)) click("kbd." + key);
}

void UiDriver::typeOnScreen(std::string_view id, std::string_view text) {
    click(id);
    typeKeys(text);
    click("kbd.done");
}

void UiDriver::drag(std::string_view id, ImVec2 from, ImVec2 to) {
    frame();
    scrollIntoReach(id);
    const auto* w = find(id);
    if (w == nullptr) throw std::runtime_error("cannot drag " + std::string(id) + ": not on screen");
    const ImVec2 min = w->min, size(w->max.x - w->min.x, w->max.y - w->min.y);
    auto at = [&](float t) {
        return ImVec2(min.x + (from.x + (to.x - from.x) * t) * size.x,
                      min.y + (from.y + (to.y - from.y) * t) * size.y);
    };
    ImGuiIO& io = ImGui::GetIO();
    ++m_touches.taps;  // one stroke
    io.MousePos = at(0.0f);
    frame();
    io.MouseDown[0] = true;
    constexpr int kSteps = 8;
    for (int i = 0; i <= kSteps; ++i) {
        io.MousePos = at(static_cast<float>(i) / kSteps);
        m_app->noteActivity(m_clock.steadyNow());
        frame();
    }
    io.MouseDown[0] = false;
    frame();
    frame();
}

}  // namespace kiosk::test
