#include "support/ui_driver.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

namespace kiosk::test {
namespace {

constexpr auto kFrame = std::chrono::milliseconds(50);
constexpr int kMaxScrollSteps = 300;

}  // namespace

UiDriver::UiDriver(std::shared_ptr<const config::Config> config, core::FilingStore& store,
                   ImVec2 display)
    : m_display(display), m_now(Clock::time_point(std::chrono::hours(1000))) {
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = m_display;
    m_app = std::make_unique<ui::KioskApp>(std::move(config), store);
    frame();
}

UiDriver::~UiDriver() {
    m_app.reset();
    ImGui::DestroyContext(m_context);
}

void UiDriver::frame() {
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
    m_app->frame(m_now);
    ImGui::Render();
    io.MouseWheel = 0.0f;
    m_now += kFrame;
    for (const auto& id : m_app->widgets().duplicates()) {
        if (std::find(m_duplicates.begin(), m_duplicates.end(), id) == m_duplicates.end()) {
            m_duplicates.push_back(id);
        }
    }
    if (m_check) m_check(*this);
}

void UiDriver::wait(std::chrono::milliseconds duration) {
    m_now += duration;
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

void UiDriver::scrollIntoReach(std::string_view id) {
    ImGuiIO& io = ImGui::GetIO();
    for (int step = 0; step < kMaxScrollSteps; ++step) {
        const auto* w = find(id);
        if (w == nullptr || w->reachable()) return;
        // A wheel notch over the scroll area, towards the widget.
        io.MousePos = ImVec2((w->clipMin.x + w->clipMax.x) * 0.5f, (w->clipMin.y + w->clipMax.y) * 0.5f);
        io.MouseWheel = w->centre().y < w->clipMin.y ? 1.0f : -1.0f;
        frame();
    }
}

void UiDriver::click(std::string_view id) {
    frame();
    scrollIntoReach(id);
    const auto* w = find(id);
    if (w == nullptr) throw std::runtime_error("cannot press " + std::string(id) + ": not on screen\n" + dump());
    if (!w->reachable()) throw std::runtime_error("cannot reach " + std::string(id) + "\n" + dump());
    if (!w->enabled) throw std::runtime_error("cannot press " + std::string(id) + ": disabled");
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = w->centre();
    m_app->noteActivity(m_now);
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
    frame();
}

void UiDriver::type(std::string_view text) {
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    m_app->noteActivity(m_now);
    frame();
    frame();
}

void UiDriver::fill(std::string_view id, std::string_view text) {
    click(id);
    type(text);
    click("kbd.done");
}

void UiDriver::pressKeys(std::initializer_list<std::string_view> keys) {
    for (const auto key : keys) click("kbd." + std::string(key));
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
    io.MousePos = at(0.0f);
    frame();
    io.MouseDown[0] = true;
    constexpr int kSteps = 8;
    for (int i = 0; i <= kSteps; ++i) {
        io.MousePos = at(static_cast<float>(i) / kSteps);
        m_app->noteActivity(m_now);
        frame();
    }
    io.MouseDown[0] = false;
    frame();
    frame();
}

}  // namespace kiosk::test
