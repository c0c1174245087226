// The staff PIN: its salted hash, and the keypad's lockout with its file in the data folder.
#include <doctest/doctest.h>

#include <fstream>

#include "kiosk/core/staff_lockout.hpp"
#include "kiosk/core/staff_pin.hpp"
#include "kiosk/core/staff_pin_hash.hpp"
#include "support/temp_dir.hpp"

using kiosk::core::StaffLockout;
using namespace std::chrono_literals;
namespace core = kiosk::core;

namespace {

constexpr int kQuick = core::kMinStaffPinIterations;
const StaffLockout::Time kNoon = std::chrono::local_days(std::chrono::year(2026) / 12 / 7) + 12h;

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a PIN is stored as a salted PBKDF2 hash that only the same PIN matches") {
    const auto hash = core::hashStaffPin("246810", kQuick);
    CHECK(hash.find("246810") == std::string::npos);
    CHECK(hash.starts_with("pbkdf2-sha256$10000$"));
    const auto parsed = core::parseStaffPinHash(hash);
    REQUIRE(parsed);
    CHECK(parsed->iterations == kQuick);
    CHECK(core::formatStaffPinHash(*parsed) == hash);
    CHECK(core::verifyStaffPin("246810", hash));
    CHECK_FALSE(core::verifyStaffPin("246811", hash));
    CHECK_FALSE(core::verifyStaffPin("", hash));
    CHECK_FALSE(core::verifyStaffPin("2468100", hash));
    // A fresh salt each time: the same PIN never gives the same line twice.
    CHECK(core::hashStaffPin("246810", kQuick) != hash);
}

TEST_CASE("a hash made elsewhere verifies: the rounds and the salt come from the stored line") {
    // hashlib.pbkdf2_hmac('sha256', b'123456', bytes(range(16)), 10000) in Python: worked out
    // independently of this code, so the PBKDF2 parameters here are the standard ones.
    const std::string stored =
        "pbkdf2-sha256$10000$000102030405060708090a0b0c0d0e0f$"
        "a9660861d611d46a191971eccf0cc895ee7cd58091c1973ee6d60a5c4f304219";
    CHECK(core::verifyStaffPin("123456", stored));
    CHECK_FALSE(core::verifyStaffPin("123457", stored));
}

TEST_CASE("malformed hashes are refused, and never match") {
    const auto good = core::hashStaffPin("246810", kQuick);
    const auto salt = good.substr(20, 32);
    const auto digest = good.substr(53);
    for (const std::string& bad : {std::string(""), std::string("246810"), "pbkdf2-sha1$10000$" + salt + "$" + digest,
                                  "pbkdf2-sha256$9999$" + salt + "$" + digest,
                                  "pbkdf2-sha256$010000$" + salt + "$" + digest,
                                  "pbkdf2-sha256$99999999$" + salt + "$" + digest,
                                  "pbkdf2-sha256$10000$" + salt.substr(2) + "$" + digest,
                                  "pbkdf2-sha256$10000$" + salt + "$" + digest + "00",
                                  "pbkdf2-sha256$10000$" + salt + "$" + digest.substr(0, 62) + "zz",
                                  "pbkdf2-sha256$10000$" + salt + "$" + digest + "$"}) {
        CAPTURE(bad);
        CHECK_FALSE(core::parseStaffPinHash(bad));
        CHECK_FALSE(core::verifyStaffPin("246810", bad));
    }
}

TEST_CASE("a new PIN is 6 to 12 digits") {
    CHECK(core::acceptableNewStaffPin("246810"));
    CHECK(core::acceptableNewStaffPin("123456789012"));
    CHECK_FALSE(core::acceptableNewStaffPin("24681"));
    CHECK_FALSE(core::acceptableNewStaffPin("1234567890123"));
    CHECK_FALSE(core::acceptableNewStaffPin("24681a"));
    CHECK_FALSE(core::acceptableNewStaffPin(" 246810"));
}

TEST_CASE("the lockout: 3 wrong PINs lock for 30 s, each further one doubles the wait") {
    CHECK(StaffLockout::waitAfter(1) == 0s);
    CHECK(StaffLockout::waitAfter(2) == 0s);
    CHECK(StaffLockout::waitAfter(3) == 30s);
    CHECK(StaffLockout::waitAfter(4) == 60s);
    CHECK(StaffLockout::waitAfter(5) == 120s);
    CHECK(StaffLockout::waitAfter(13) == 30s * 1024);
    CHECK(StaffLockout::waitAfter(1000000) == 30s * 1024);  // capped, never overflowing

    StaffLockout lockout;
    CHECK(lockout.recordFailure(kNoon) == 0s);
    CHECK(lockout.recordFailure(kNoon) == 0s);
    CHECK(lockout.remaining(kNoon) == 0s);
    CHECK(lockout.recordFailure(kNoon) == 30s);
    CHECK(lockout.remaining(kNoon + 10s) == 20s);
    CHECK(lockout.remaining(kNoon + 30s) == 0s);
    CHECK(lockout.recordFailure(kNoon + 30s) == 60s);
    lockout.recordSuccess();
    CHECK(lockout.failures() == 0);
    CHECK(lockout.remaining(kNoon + 31s) == 0s);
}

TEST_CASE("the lockout survives a restart: a new process reads the count and the end from the file") {
    kiosk::test::TempDir dir;
    const auto file = dir.path() / "staff-lockout";
    {
        auto first = StaffLockout::open(file, kNoon);
        CHECK(first.failures() == 0);  // no file yet: no failures
        for (int i = 0; i < 4; ++i) first.recordFailure(kNoon);
    }
    CHECK_FALSE(std::filesystem::exists(dir.path() / "staff-lockout.tmp"));
    CHECK((std::filesystem::status(file).permissions() & std::filesystem::perms::others_read) ==
          std::filesystem::perms::none);
    auto restarted = StaffLockout::open(file, kNoon + 5s);
    CHECK(restarted.failures() == 4);
    CHECK(restarted.remaining(kNoon + 5s) == 55s);
    CHECK(restarted.recordFailure(kNoon + 60s) == 120s);
    restarted.recordSuccess();
    CHECK(StaffLockout::open(file, kNoon + 61s).failures() == 0);
}

TEST_CASE("a corrupt lockout file locks the keypad for 30 s instead of clearing the count") {
    kiosk::test::TempDir dir;
    const auto file = dir.path() / "staff-lockout";
    for (const std::string& bad : {std::string(""), std::string("failures=0\n"), std::string("failures=-1\nlocked_until=0\n"),
                                  std::string("failures=0\nlocked_until=0\nextra\n"), std::string("garbage")}) {
        CAPTURE(bad);
        std::ofstream(file, std::ios::trunc) << bad;
        auto lockout = StaffLockout::open(file, kNoon);
        CHECK(lockout.remaining(kNoon) == 30s);
        CHECK(lockout.failures() == StaffLockout::kFreeFailures);
        // Rewritten whole, so the next start reads the same lock.
        CHECK(StaffLockout::open(file, kNoon + 1s).remaining(kNoon + 1s) == 29s);
    }
    CHECK(readFile(file).starts_with("failures=3\n"));
}
