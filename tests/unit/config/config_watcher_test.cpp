// A running kiosk picks up an administrator's edit without a restart, and a bad edit never
// replaces the config in use: these tests play the kiosk's part (keep the last good config)
// against a scratch folder.
#include <doctest/doctest.h>

#include <memory>

#include "config_fixture.hpp"
#include "kiosk/config/config_watcher.hpp"

using namespace kiosk;

namespace {

const std::string kService = "services/khai-sinh.toml";

// What the kiosk does each second: adopt a new config, keep the old one on errors.
struct RunningKiosk {
    config::Config current;
    config::ConfigErrors lastErrors;
    int reloads = 0;

    void poll(config::ConfigWatcher& watcher) {
        auto change = watcher.poll();
        if (!change) return;
        ++reloads;
        if (change->ok()) {
            current = std::move(*change).value();
            lastErrors.clear();
        } else {
            lastErrors = change->error();
        }
    }
    std::string serviceName(const std::string& id) const { return current.findService(id)->name.vi; }
};

// Every edit here changes the file's size: two writes within one tick of the file system's
// clock can share a modification time (the size-keeping case below sets the time itself).
void replaceIn(const test::ConfigCopy& copy, const std::string& relative, const std::string& from,
               const std::string& to) {
    std::string text = test::readText(copy.dir() / relative);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    copy.write(relative, text);
}

}  // namespace

TEST_CASE("nothing is reloaded while no file changes") {
    test::ConfigCopy copy;
    config::ConfigWatcher watcher(copy.dir());
    CHECK_FALSE(watcher.poll().has_value());
    CHECK_FALSE(watcher.poll().has_value());
}

TEST_CASE("a good edit is picked up, a bad one keeps the last good config, and the fix is picked up") {
    test::ConfigCopy copy;
    RunningKiosk kiosk{*config::loadConfig(copy.dir()), {}, 0};
    config::ConfigWatcher watcher(copy.dir());

    replaceIn(copy, kService, "Đăng ký khai sinh", "Đăng ký khai sinh cho trẻ");
    kiosk.poll(watcher);
    CHECK(kiosk.serviceName("khai-sinh") == "Đăng ký khai sinh cho trẻ");
    CHECK(kiosk.lastErrors.empty());

    replaceIn(copy, kService, "type = \"date\"", "type = \"ngay_thang\"");
    kiosk.poll(watcher);
    REQUIRE(kiosk.lastErrors.size() == 1);
    CHECK(kiosk.lastErrors.front().file == kService);
    CHECK(kiosk.lastErrors.front().code == "config.bad_value");
    CHECK(kiosk.serviceName("khai-sinh") == "Đăng ký khai sinh cho trẻ");

    const int reloads = kiosk.reloads;
    kiosk.poll(watcher);
    CHECK(kiosk.reloads == reloads);  // still broken and unchanged: not parsed again

    replaceIn(copy, kService, "type = \"ngay_thang\"", "type = \"date\"");
    replaceIn(copy, kService, "Đăng ký khai sinh cho trẻ", "Khai sinh");
    kiosk.poll(watcher);
    CHECK(kiosk.lastErrors.empty());
    CHECK(kiosk.serviceName("khai-sinh") == "Khai sinh");
}

TEST_CASE("an edit that keeps the file's size is still noticed by its modification time") {
    test::ConfigCopy copy;
    config::ConfigWatcher watcher(copy.dir());
    const auto path = copy.dir() / kService;
    const auto before = std::filesystem::last_write_time(path);
    replaceIn(copy, kService, "Luật Hộ tịch 2014", "Luật Hộ tịch 2015");
    std::filesystem::last_write_time(path, before + std::chrono::seconds(1));
    auto change = watcher.poll();
    REQUIRE(change.has_value());
    REQUIRE(change->ok());
    CHECK(change->value().findService("khai-sinh")->legalBasis.vi == "Luật Hộ tịch 2015");
}

TEST_CASE("a service file added or removed is noticed") {
    test::ConfigCopy copy;
    config::ConfigWatcher watcher(copy.dir());
    copy.write("services/moi.toml", test::readText(copy.dir() / "services/lien-thong.toml"));
    auto added = watcher.poll();
    REQUIRE(added.has_value());
    REQUIRE(added->ok());
    CHECK(added->value().findService("moi") != nullptr);

    std::filesystem::remove(copy.dir() / "services/moi.toml");
    auto removed = watcher.poll();
    REQUIRE(removed.has_value());
    REQUIRE(removed->ok());
    CHECK(removed->value().findService("moi") == nullptr);
}
