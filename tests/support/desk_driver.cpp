#include "support/desk_driver.hpp"

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <thread>

namespace kiosk::test {

DeskDriver::DeskDriver(std::shared_ptr<const config::Config> config, std::unique_ptr<desk::StaffPortal> portal,
                       std::string operatorId, ImVec2 display)
    : m_display(display) {
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().DisplaySize = m_display;
    // The keys a keyboard backend would map (the runner's SDL backend maps them to scancodes).
    for (int key = 0; key < ImGuiKey_COUNT; ++key) ImGui::GetIO().KeyMap[key] = key;
    m_app = std::make_unique<ui::DeskApp>(std::move(config), std::move(portal), std::move(operatorId));
    frame();
}

DeskDriver::~DeskDriver() {
    m_app.reset();
    ImGui::DestroyContext(m_context);
}

void DeskDriver::frame() {
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = m_display;
    io.DeltaTime = 1.0f / 60.0f;
    if (m_app->fontsDirty()) {
        m_app->buildFonts();
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(1)));
    }
    ImGui::NewFrame();
    m_app->frame(std::chrono::steady_clock::now());
    ImGui::Render();
    // A key held for one frame is released the next, as a person's press would be.
    for (bool& down : io.KeysDown) down = false;
}

void DeskDriver::waitForPortal() {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (m_app->pendingCalls() > 0) {
        if (std::chrono::steady_clock::now() > until) throw std::runtime_error("the portal did not answer in 20 s");
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        frame();
    }
    frame();
    frame();
}

const ui::WidgetInfo* DeskDriver::find(std::string_view id) const { return m_app->widgets().find(id); }

std::string DeskDriver::label(std::string_view id) const {
    const auto* w = find(id);
    if (w == nullptr) throw std::runtime_error("not on screen: " + std::string(id) + "\n" + dump());
    return w->label;
}

void DeskDriver::click(std::string_view id) {
    frame();
    const auto* w = find(id);
    if (w == nullptr) throw std::runtime_error("cannot press " + std::string(id) + ": not on screen\n" + dump());
    if (!w->enabled) throw std::runtime_error("cannot press " + std::string(id) + ": disabled");
    if (!w->reachable())
        throw std::runtime_error("cannot press " + std::string(id) + ": scrolled out of sight\n" + dump());
    ++m_steps;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = w->centre();
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
    frame();
    frame();  // a box the click opened takes the keyboard a frame after it is drawn
    frame();  // and a box a new screen gives the keyboard to, a frame after that
}

void DeskDriver::type(std::string_view text) {
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    frame();
    frame();
}

void DeskDriver::enter() {
    ++m_steps;
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[io.KeyMap[ImGuiKey_Enter]] = true;
    m_app->noteEnter();
    frame();
    frame();
    frame();  // as after a click: a box Enter gave the keyboard back to takes it a frame later
}

void DeskDriver::press(ImGuiKey key, bool shift) {
    ++m_steps;
    ImGuiIO& io = ImGui::GetIO();
    io.KeyShift = shift;
    io.KeysDown[io.KeyMap[key]] = true;
    frame();
    io.KeyShift = false;
    frame();
    frame();
    frame();  // as after a click: a new screen's first box takes the keyboard two frames on
}

void DeskDriver::typeThenPress(std::string_view text, ImGuiKey key, bool shift) {
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    press(key, shift);
}

std::string DeskDriver::dump() const {
    std::string out;
    for (const auto& w : m_app->widgets().all()) out += "  " + w.id + "  [" + w.label.substr(0, 60) + "]\n";
    return out;
}

}  // namespace kiosk::test
