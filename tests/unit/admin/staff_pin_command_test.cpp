// kiosk-admin staff-pin set: the PIN read twice (never from argv), checked, and its hash written
// into kiosk.toml [staff] with the rest of the file kept; the loader then accepts the file.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <sstream>

#include "admin_support.hpp"
#include "kiosk/admin/commands.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/core/staff_pin.hpp"

namespace fs = std::filesystem;
using kiosk::test::readText;

namespace {

struct SetRun {
    int status;
    std::string err;
};

SetRun setPin(const fs::path& configDir, const std::string& typed, bool fromStdin = true) {
    auto inv = kiosk::admin::parseArguments(fromStdin ? std::vector<std::string>{"--config", configDir.string(), "staff-pin",
                                                                                 "set", "--stdin"}
                                                      : std::vector<std::string>{"--config", configDir.string(),
                                                                                 "staff-pin", "set"});
    REQUIRE(inv.ok());
    std::istringstream in(typed);
    std::ostringstream out, err;
    const int status = kiosk::admin::staffPinCommand(*inv, in, out, err);
    return {status, err.str()};
}

}  // namespace

TEST_CASE("staff-pin set stores a hash of the PIN in the shipped kiosk.toml, keeping every other line") {
    kiosk::test::TempDir dir;
    fs::copy(kiosk::test::shippedConfig(), dir.path() / "config", fs::copy_options::recursive);
    const auto toml = dir.path() / "config" / "kiosk.toml";
    const std::string before = readText(toml);

    REQUIRE(setPin(dir.path() / "config", "135790\n135790\n").status == 0);
    const std::string after = readText(toml);
    CHECK(after.find("135790") == std::string::npos);
    auto loaded = kiosk::config::loadConfig(dir.path() / "config");
    REQUIRE(loaded.ok());
    CHECK(kiosk::core::verifyStaffPin("135790", loaded->kiosk.staff.pinHash));
    CHECK_FALSE(kiosk::core::verifyStaffPin("246810", loaded->kiosk.staff.pinHash));
    // Only the pin_hash line changed.
    std::istringstream a(before), b(after);
    std::string la, lb;
    int changed = 0;
    while (std::getline(a, la) && std::getline(b, lb)) changed += la != lb;
    CHECK(changed == 1);
    CHECK(std::count(after.begin(), after.end(), '\n') == std::count(before.begin(), before.end(), '\n'));
}

TEST_CASE("staff-pin set replaces a plaintext pin and adds [staff] when there is none") {
    CHECK(kiosk::admin::withStaffPinHash("a = 1\n[staff]\npin = \"1234\"\n[x]\npin = 2\n", "H") ==
          "a = 1\n[staff]\npin_hash = \"H\"\n[x]\npin = 2\n");
    CHECK(kiosk::admin::withStaffPinHash("a = 1\n# [staff]\n", "H") == "a = 1\n# [staff]\n\n[staff]\npin_hash = \"H\"\n");
}

TEST_CASE("staff-pin set refuses short, differing or piped PINs and leaves kiosk.toml as it was") {
    kiosk::test::TempDir dir;
    const auto toml = dir.path() / "kiosk.toml";
    kiosk::test::writeText(toml, "kiosk_id = \"X\"\n");
    CHECK(setPin(dir.path(), "12345\n12345\n").err.find("admin.pin_weak") != std::string::npos);
    CHECK(setPin(dir.path(), "12345a\n12345a\n").status == 1);
    CHECK(setPin(dir.path(), "123456\n123457\n").err.find("admin.pin_mismatch") != std::string::npos);
    // ctest's stdin is not a terminal: without --stdin the command must not read a pipe.
    if (::isatty(0) == 0) {
        CHECK(setPin(dir.path(), "123456\n123456\n", false).err.find("admin.not_a_terminal") != std::string::npos);
    }
    CHECK(readText(toml) == "kiosk_id = \"X\"\n");
    // A PIN on the command line is not an option at all.
    CHECK(kiosk::test::runAdmin({"--config", dir.path().string(), "staff-pin", "set", "123456"}).status == 2);
}
