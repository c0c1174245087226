// The staff list in the outbox database: members added once each, only well-formed ids and PIN
// hashes kept, read back by the sign-in check from any thread.
#include <doctest/doctest.h>

#include "kiosk/core/staff_pin.hpp"
#include "kiosk/core/staff_pin_hash.hpp"
#include "kiosk/core/staff_sign_in.hpp"
#include "kiosk/outbox/staff_store.hpp"
#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::unique_ptr<outbox::StaffStore> openStore(const std::filesystem::path& dir) {
    auto store = outbox::StaffStore::open(optionsIn(dir));
    REQUIRE(store.ok());
    return std::move(*store);
}

std::string quickHash(const std::string& pin) { return core::hashStaffPin(pin, core::kMinStaffPinIterations); }

}  // namespace

TEST_CASE("members are added once, listed by id, found by the sign-in check, and removed") {
    TempDir dir;
    auto store = openStore(dir.path());
    CHECK_FALSE(*store->hasMembers());
    REQUIRE(store->add("CB-02", quickHash("222222")).ok());
    REQUIRE(store->add("CB-01", quickHash("111111")).ok());
    CHECK(*store->hasMembers());
    const auto taken = store->add("CB-01", quickHash("333333"));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == "staff.exists");

    const auto members = store->list();
    REQUIRE(members->size() == 2);
    CHECK((*members)[0].operatorId == "CB-01");
    CHECK((*members)[1].operatorId == "CB-02");

    CHECK(core::checkStaffSignIn(*store, "cb-01", "111111") == core::StaffPinVerdict::Accepted);
    CHECK(core::checkStaffSignIn(*store, "CB-01", "333333") == core::StaffPinVerdict::WrongPin);
    CHECK(core::checkStaffSignIn(*store, "CB-03", "111111") == core::StaffPinVerdict::UnknownOperator);

    REQUIRE(store->remove("CB-01").ok());
    CHECK_FALSE(store->pinHashOf("CB-01")->has_value());
    CHECK(store->remove("CB-01").error().code == "staff.not_found");
    // Another connection (kiosk-admin beside the kiosk) sees the same list.
    CHECK(openStore(dir.path())->list()->size() == 1);
}

TEST_CASE("a bad operator id or a malformed hash is refused and nothing is written") {
    TempDir dir;
    auto store = openStore(dir.path());
    CHECK(store->add("cb-01", quickHash("111111")).error().code == "staff.bad_operator_id");
    CHECK(store->add("-", quickHash("111111")).error().code == "staff.bad_operator_id");
    CHECK(store->add("CB-01", "111111").error().code == "staff.bad_hash");
    CHECK(store->add("CB-01", "pbkdf2-sha256$1000$00$00").error().code == "staff.bad_hash");
    CHECK(store->list()->empty());
}
