// "Gọi cán bộ hỗ trợ" at the kiosk, by widget ID: pressed in the middle of typing a form, the
// notice covers the page, the answers and the box being typed stay, and one call goes into the
// real outbox however often it is pressed; the real kiosk-sync, killed while the portal is down,
// then takes it to the real reference portal on loopback exactly once. The call is gone from
// the screen for the next citizen. The button at ×1.5 text, in portrait and in high contrast;
// an outbox that refuses the call says so and may be tried again.
#include <doctest/doctest.h>

#include <csignal>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "kiosk_client.hpp"
#include "support/ui_driver.hpp"
#include "sync_harness.hpp"
#include "ui/headless/birth_flow.hpp"

using namespace kiosk;
using namespace kiosk::test;
using namespace std::chrono_literals;

namespace {

std::string vi(const UiDriver& ui, const std::string& key) { return ui.session().config->locales.vi.at(key); }

// The portal's help calls, every one (GET /help-calls?state=all as the demo officer).
nlohmann::json portalCalls(const std::filesystem::path& data, const std::string& url) {
    const Reply reply = staffClient(data, url).get("/help-calls?state=all");
    REQUIRE(reply.status == 200);
    return nlohmann::json::parse(reply.body).at("help_calls");
}

// The birth registration's page about the applicant: "Mẹ của cháu" chosen, "Thôn" typed into
// the street so far and the keyboard still open.
void typingTheStreet(UiDriver& ui) {
    toBirthIdentityStep(ui);
    typeSampleIdentity(ui);
    INFO(ui.dump());
    REQUIRE(ui.session().screen == core::Screen::Page);
    ui.click("nav.continue");  // the applicant's details, filled from the identity step
    ui.click("field.quan_he_voi_tre.me");
    ui.click("field.noi_cu_tru.street");
    ui.type("Thôn");
    REQUIRE(ui.session().answers.at("noi_cu_tru.street") == "Thôn");
}

}  // namespace

TEST_CASE("a help call mid-form keeps every answer and reaches the portal once through kiosk-sync") {
    TempDir dir("ui-help-call");
    const auto data = dir.path() / "portal";
    std::optional<PortalProcess> portal;
    portal.emplace(data);
    const int port = portal->port();
    SyncKiosk sync(data);
    const auto config = shippedConfigOrFail();
    auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(sync.dataDir(), config->kiosk.kioskId));
    REQUIRE(opened.ok());
    auto& box = **opened;

    UiDriver ui(config, box);
    ui.frame();
    CHECK(ui.label("toolbar.call_staff") == "Gọi cán bộ hỗ trợ");
    typingTheStreet(ui);
    const auto answersBefore = ui.session().answers;
    const int pageBefore = ui.session().pageIndex;

    ui.click("toolbar.call_staff");
    INFO(ui.dump());
    CHECK(ui.label("help_call.title") == "Đã gọi cán bộ");
    CHECK(ui.label("help_call.body") == vi(ui, "help_call.body"));
    CHECK_FALSE(ui.has("field.noi_cu_tru.street"));  // the notice covers the page (and its keyboard)
    CHECK(box.statusCounts()->helpCallsPending == 1);
    CHECK(ui.label("toolbar.call_staff") == "Đã gọi cán bộ");

    // "Tiếp tục": the same page, every answer as it was, and the box still takes the typing.
    ui.click("help_call.close");
    CHECK_FALSE(ui.has("help_call.title"));
    CHECK(ui.session().screen == core::Screen::Page);
    CHECK(ui.session().pageIndex == pageBefore);
    CHECK(ui.session().answers == answersBefore);
    ui.type(" 3");
    CHECK(ui.session().answers.at("noi_cu_tru.street") == "Thôn 3");

    // Pressed again while the call is open: the notice again, no second call.
    ui.click("toolbar.call_staff");
    CHECK(ui.has("help_call.title"));
    ui.click("help_call.close");
    CHECK(box.statusCounts()->helpCallsPending == 1);

    // kiosk-sync meets a portal that is down, keeps the call and is killed; the portal comes back
    // and the next kiosk-sync delivers it.
    portal->stop();
    portal.reset();
    const pid_t first = sync.start(fastRetry());
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (sync.log().find("network.connect") == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(20ms);
    }
    CHECK(sync.log().find("help call not delivered yet, retrying") != std::string::npos);
    CHECK(SyncKiosk::stop(first, SIGKILL) == 128 + SIGKILL);
    CHECK(box.statusCounts()->helpCallsPending == 1);
    portal.emplace(data, std::vector<std::string>{}, port);
    REQUIRE(sync.run({"--drain"}) == 0);
    INFO(sync.log());
    const auto calls = portalCalls(data, portal->url());
    REQUIRE(calls.size() == 1);
    CHECK(calls[0]["kiosk_id"] == config->kiosk.kioskId);
    CHECK(calls[0]["screen"] == "form_page");
    CHECK(calls[0]["state"] == "open");
    // Nothing the citizen typed went with it.
    CHECK(calls[0].dump().find("Thôn") == std::string::npos);

    // The citizen leaves: the next one sees no call, and a press is a new call.
    ui.click("toolbar.home");
    ui.click("leave.confirm");
    REQUIRE(ui.session().screen == core::Screen::Home);
    CHECK_FALSE(ui.session().helpCall.has_value());
    CHECK(ui.label("toolbar.call_staff") == "Gọi cán bộ hỗ trợ");
    CHECK_FALSE(ui.has("help_call.title"));
    ui.click("toolbar.call_staff");
    CHECK(box.statusCounts()->helpCallsPending == 1);
    ui.click("help_call.close");
}

TEST_CASE("the help button is in reach at x1.5 text in portrait and high contrast; a refused call says so") {
    const auto config = shippedConfigOrFail();
    MemoryFilingStore store;
    UiDriver ui(config, store, ImVec2(1080, 1920));
    ui.frame();
    ui.click("toolbar.text_size");
    ui.click("toolbar.text_size");
    ui.click("toolbar.contrast");
    REQUIRE(ui.session().display.textScale == doctest::Approx(1.5f));
    REQUIRE(ui.session().display.highContrast);
    const auto* button = ui.find("toolbar.call_staff");
    REQUIRE(button != nullptr);
    CHECK(button->min.x >= 0.0f);
    CHECK(button->max.x <= 1080.0f);
    CHECK(button->max.y < 1920.0f * 0.25f);         // near the top, above the page
    CHECK(button->max.y - button->min.y >= 60.0f);  // a finger's width at 1080 px wide

    store.failNext = true;
    ui.click("toolbar.call_staff");
    CHECK(ui.label("help_call.title") == vi(ui, "help_call.failed_title"));
    CHECK(ui.label("toolbar.call_staff") == "Gọi cán bộ hỗ trợ");
    CHECK(store.helpCalls.empty());
    ui.click("help_call.retry");
    CHECK(ui.label("help_call.title") == "Đã gọi cán bộ");
    REQUIRE(store.helpCalls.size() == 1);
    CHECK(store.helpCalls[0] == "home");
    ui.click("help_call.close");
    CHECK(ui.session().screen == core::Screen::Home);
}
