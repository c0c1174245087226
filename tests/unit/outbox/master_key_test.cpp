// The master key protects every filing's data key. It is created once, readable only by the
// kiosk's user; a key file others can read is refused with a message that says how to fix it,
// and filings sealed under one key are never silently "decrypted" with another.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>
#include <thread>

#include "kiosk/outbox/master_key.hpp"
#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("the master key is created on first use, 32 bytes, mode 0600") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    REQUIRE_FALSE(std::filesystem::exists(options.masterKeyPath));
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    CHECK(std::filesystem::file_size(options.masterKeyPath) == 32);
    CHECK(fileMode(options.masterKeyPath) == 0600);
}

TEST_CASE("the same key is used after a restart, so earlier filings stay readable") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    {
        auto box = outbox::Outbox::open(options);
        REQUIRE(box.ok());
        REQUIRE((*box)->submit(makeFiling(makeCitizen())).ok());
    }
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    const auto claimed = (*box)->claimNextPending();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    CHECK((*box)->decryptPayload((*claimed)->clientFilingId).ok());
}

TEST_CASE("a key file that group or others can access is refused with the fix in the message") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    REQUIRE(outbox::Outbox::open(options).ok());
    for (const mode_t mode : {0640, 0604, 0644, 0660}) {
        CAPTURE(mode);
        REQUIRE(::chmod(options.masterKeyPath.c_str(), mode) == 0);
        const auto box = outbox::Outbox::open(options);
        REQUIRE_FALSE(box.ok());
        CHECK(box.error().code == "outbox.master_key_permissions");
        CHECK(box.error().message.rfind("Tệp khóa chính", 0) == 0);
        CHECK(box.error().message.find("chmod 600") != std::string::npos);
    }
    REQUIRE(::chmod(options.masterKeyPath.c_str(), 0600) == 0);
    CHECK(outbox::Outbox::open(options).ok());
}

TEST_CASE("a key file of the wrong size is refused") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    {
        std::ofstream out(options.masterKeyPath, std::ios::binary);
        out << "too short";
    }
    REQUIRE(::chmod(options.masterKeyPath.c_str(), 0600) == 0);
    const auto box = outbox::Outbox::open(options);
    REQUIRE_FALSE(box.ok());
    CHECK(box.error().code == "outbox.master_key_invalid");
}

TEST_CASE("filings sealed under another master key are refused by name, not garbled") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    {
        auto box = outbox::Outbox::open(options);
        REQUIRE(box.ok());
        REQUIRE((*box)->submit(makeFiling(makeCitizen())).ok());
    }
    std::filesystem::remove(options.masterKeyPath);  // a replaced key: the next open makes a new one
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    const auto claimed = (*box)->claimNextPending();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    const auto opened = (*box)->decryptPayload((*claimed)->clientFilingId);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == "outbox.wrong_master_key");
}

TEST_CASE("processes starting at the same moment all end up with one and the same key") {
    TempDir dir;
    const auto path = dir.path() / "master.key";
    std::vector<std::string> ids(8);
    std::vector<std::thread> starters;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        starters.emplace_back([&, i] {
            auto key = outbox::loadOrCreateMasterKey(path);
            ids[i] = key ? key->id() : "error: " + key.error().code;
        });
    }
    for (auto& t : starters) t.join();
    for (const auto& id : ids) CHECK(id == ids.front());
    CHECK(ids.front().rfind("error", 0) != 0);
    // No temporary key files are left behind.
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
    CHECK(files == 1);
}
