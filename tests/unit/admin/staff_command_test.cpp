// kiosk-admin staff add|remove|list on a real outbox database: the PIN read twice (never from
// argv), only its salted hash kept with the kiosk's data, each change an audit entry, and every
// bad input refused with a clear error and nothing written.
#include <doctest/doctest.h>

#include <unistd.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "admin_support.hpp"
#include "kiosk/admin/commands.hpp"
#include "kiosk/core/staff_pin.hpp"
#include "kiosk/outbox/audit_store.hpp"
#include "kiosk/outbox/staff_store.hpp"

namespace fs = std::filesystem;
using namespace kiosk;
using namespace kiosk::test;

namespace {

AdminRun add(const fs::path& data, const std::string& operatorId, const std::string& typed, bool fromStdin = true) {
    std::vector<std::string> args{"--data", data.string(), "staff", "add", operatorId};
    if (fromStdin) args.emplace_back("--stdin");
    auto inv = admin::parseArguments(args);
    REQUIRE(inv.ok());
    std::istringstream in(typed);
    std::ostringstream out, err;
    const int status = admin::staffAdd(*inv, in, out, err);
    return {status, out.str(), err.str()};
}

nlohmann::json list(const fs::path& data) {
    const auto run = runAdmin({"--data", data.string(), "staff", "list"});
    REQUIRE(run.status == 0);
    return nlohmann::json::parse(run.out);
}

std::vector<outbox::AuditEntry> auditOf(const fs::path& data) {
    auto log = outbox::AuditStore::open(outbox::OutboxOptions::inDirectory(data, ""));
    REQUIRE(log.ok());
    return *(*log)->entries();
}

std::optional<std::string> storedHash(const fs::path& data, const std::string& operatorId) {
    auto store = outbox::StaffStore::open(outbox::OutboxOptions::inDirectory(data, ""));
    REQUIRE(store.ok());
    return *(*store)->pinHashOf(operatorId);
}

}  // namespace

TEST_CASE("staff add keeps a salted hash of the PIN, upper-cases the id, and records it") {
    TempDir dir;
    const auto data = dir.path() / "kiosk-data";
    const auto run = add(data, "cb-01", "135790\n135790\n");
    REQUIRE(run.status == 0);
    CHECK(run.out.find("CB-01") != std::string::npos);
    CHECK(run.err.find("135790") == std::string::npos);  // the prompts, never the PIN
    const auto hash = storedHash(data, "CB-01");
    REQUIRE(hash.has_value());
    CHECK(core::verifyStaffPin("135790", *hash));
    CHECK_FALSE(core::verifyStaffPin("246810", *hash));
    for (const auto* file : {"outbox.db", "outbox.db-wal"}) {
        CHECK(readText(data / file).find("135790") == std::string::npos);
    }
    const auto members = list(data);
    REQUIRE(members.size() == 1);
    CHECK(members[0]["operator_id"] == "CB-01");
    CHECK(members[0].size() == 2);  // operator_id and added_at: no hash
    const auto entries = auditOf(data);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].kind == "staff.added");
    CHECK(entries[0].operatorId == "CB-01");
}

TEST_CASE("staff remove takes the member away and records it; an unknown id is an error") {
    TempDir dir;
    const auto data = dir.path() / "kiosk-data";
    REQUIRE(add(data, "CB-01", "135790\n135790\n").status == 0);
    REQUIRE(add(data, "CB-02", "246802\n246802\n").status == 0);
    auto run = runAdmin({"--data", data.string(), "staff", "remove", "cb-01"});
    REQUIRE(run.status == 0);
    CHECK_FALSE(storedHash(data, "CB-01").has_value());
    CHECK(list(data).size() == 1);
    CHECK(auditOf(data).back().kind == "staff.removed");

    run = runAdmin({"--data", data.string(), "staff", "remove", "CB-09"});
    CHECK(run.status == 1);
    CHECK(run.err.find("[staff.not_found]") != std::string::npos);
    CHECK(auditOf(data).size() == 3);
}

TEST_CASE("staff add refuses a taken id, a bad id, a short or differing PIN, and a piped PIN without --stdin") {
    TempDir dir;
    const auto data = dir.path() / "kiosk-data";
    REQUIRE(add(data, "CB-01", "135790\n135790\n").status == 0);
    CHECK(add(data, "CB-01", "246810\n246810\n").err.find("[staff.exists]") != std::string::npos);
    CHECK(core::verifyStaffPin("135790", *storedHash(data, "CB-01")));  // the old PIN still holds
    for (const char* bad : {"Nguyễn Văn An", "CB 01", "-CB", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"}) {
        CAPTURE(bad);
        CHECK(add(data, bad, "135790\n135790\n").err.find("[staff.bad_operator_id]") != std::string::npos);
    }
    CHECK(add(data, "CB-02", "12345\n12345\n").err.find("[admin.pin_weak]") != std::string::npos);
    CHECK(add(data, "CB-02", "12345a\n12345a\n").err.find("[admin.pin_weak]") != std::string::npos);
    CHECK(add(data, "CB-02", "123456\n123457\n").err.find("[admin.pin_mismatch]") != std::string::npos);
    // ctest's stdin is not a terminal: without --stdin the command must not read a pipe.
    if (::isatty(0) == 0) {
        CHECK(add(data, "CB-02", "123456\n123456\n", false).err.find("[admin.not_a_terminal]") != std::string::npos);
    }
    // A PIN on the command line is not an option at all.
    CHECK(runAdmin({"--data", data.string(), "staff", "add", "CB-02", "123456"}).status == 2);
    CHECK(list(data).size() == 1);
    CHECK(auditOf(data).size() == 1);
}

TEST_CASE("staff list and remove need an existing data folder and create nothing") {
    TempDir dir;
    const auto empty = dir.path() / "nothing-here";
    CHECK(runAdmin({"--data", empty.string(), "staff", "list"}).status == 1);
    CHECK(runAdmin({"--data", empty.string(), "staff", "remove", "CB-01"}).status == 1);
    CHECK_FALSE(fs::exists(empty / "outbox.db"));
}
