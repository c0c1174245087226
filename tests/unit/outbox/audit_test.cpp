// The audit log: every entry is chained to the one before by its hash, the program cannot
// rewrite it, nothing but ids and codes goes in, and verify() finds an edited, a deleted and a
// moved entry in a database file changed behind the kiosk's back.
#include <doctest/doctest.h>

#include <thread>

#include "kiosk/outbox/audit_store.hpp"
#include "kiosk/sqlite/database.hpp"
#include "outbox_support.hpp"
#include "support/audit_tamper.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::AuditKind;

namespace {

constexpr std::int64_t kStart = 1796630400;  // 2026-12-07 08:00 UTC

outbox::OutboxOptions clockedOptions(const std::filesystem::path& dir, std::int64_t* now) {
    auto options = optionsIn(dir);
    options.clock = [now] { return outbox::Seconds(std::chrono::seconds((*now)++)); };
    return options;
}

std::unique_ptr<outbox::AuditStore> openStore(const outbox::OutboxOptions& options) {
    auto store = outbox::AuditStore::open(options);
    REQUIRE(store.ok());
    return std::move(*store);
}

// Five entries: a refused and an accepted sign-in, two actions on a filing, a sign-out.
void writeFive(outbox::AuditStore& log) {
    REQUIRE(log.append(AuditKind::SignInRefused, "CB-01", "", "wrong_pin").ok());
    REQUIRE(log.append(AuditKind::SignIn, "CB-01").ok());
    REQUIRE(log.append(AuditKind::AssistSession, "CB-01").ok());
    REQUIRE(log.append(AuditKind::DeskAction, "CB-01", "KIOSK01-2612070001", "accept").ok());
    REQUIRE(log.append(AuditKind::SignOut, "CB-01").ok());
}

}  // namespace

TEST_CASE("entries are numbered from 1, each hash covers the entry and the one before") {
    TempDir dir;
    std::int64_t now = kStart;
    auto log = openStore(clockedOptions(dir.path(), &now));
    CHECK(log->head()->seq == 0);
    CHECK(log->head()->sha256 == outbox::kAuditGenesis);
    writeFive(*log);

    const auto entries = log->entries();
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 5);
    std::string previous(outbox::kAuditGenesis);
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const auto& e = (*entries)[i];
        CHECK(e.seq == static_cast<std::int64_t>(i) + 1);
        CHECK(e.at.time_since_epoch().count() == kStart + static_cast<std::int64_t>(i));
        CHECK(e.sha256 == outbox::auditEntryHash(e, previous));
        previous = e.sha256;
    }
    CHECK((*entries)[3].kind == "desk.action");
    CHECK((*entries)[3].filingId == "KIOSK01-2612070001");
    CHECK((*entries)[3].detail == "accept");
    CHECK(log->head()->seq == 5);
    CHECK(log->head()->sha256 == previous);

    const auto verdict = log->verify();
    REQUIRE(verdict.ok());
    CHECK_FALSE(verdict->fault.has_value());
    CHECK(verdict->entries == 5);
    CHECK(verdict->head.sha256 == previous);

    const auto later = log->entries(outbox::Seconds(std::chrono::seconds(kStart + 3)));
    REQUIRE(later.ok());
    REQUIRE(later->size() == 2);
    CHECK(later->front().seq == 4);
}

TEST_CASE("every field and the previous hash go into an entry's hash") {
    outbox::AuditEntry e{7, outbox::Seconds(std::chrono::seconds(kStart)), "desk.action", "CB-01", "F-1", "accept", ""};
    const std::string base = outbox::auditEntryHash(e, outbox::kAuditGenesis);
    CHECK(base.size() == 64);
    auto changed = [&](auto edit) {
        auto copy = e;
        edit(copy);
        return outbox::auditEntryHash(copy, outbox::kAuditGenesis) != base;
    };
    CHECK(changed([](auto& x) { x.seq = 8; }));
    CHECK(changed([](auto& x) { x.at += std::chrono::seconds(1); }));
    CHECK(changed([](auto& x) { x.kind = "staff.sign_in"; }));
    CHECK(changed([](auto& x) { x.operatorId = "CB-02"; }));
    CHECK(changed([](auto& x) { x.filingId = "F-2"; }));
    CHECK(changed([](auto& x) { x.detail = "reject"; }));
    // A field's end cannot be moved into the next one.
    CHECK(changed([](auto& x) {
        x.filingId = "F-1a";
        x.detail = "ccept";
    }));
    CHECK(outbox::auditEntryHash(e, std::string(63, '0') + "1") != base);
}

TEST_CASE("only ids and codes go in: a name, free text or a lower-case operator id is refused and nothing is written") {
    TempDir dir;
    auto log = openStore(optionsIn(dir.path()));
    const auto bad = [&](std::string_view op, std::string_view filing, std::string_view detail) {
        auto r = log->append(AuditKind::DeskAction, op, filing, detail);
        return !r.ok() && r.error().code == "audit.bad_field";
    };
    CHECK(bad("", "", ""));
    CHECK(bad("cb-01", "", ""));
    CHECK(bad("Nguyễn Văn An", "", ""));
    CHECK(bad(std::string(33, 'A'), "", ""));
    CHECK(bad("CB-01", "F 1", ""));
    CHECK(bad("CB-01", "", "thiếu giấy chứng sinh"));
    CHECK(bad("CB-01", "", "Reject"));
    CHECK(bad("CB-01", "", "a\nb"));
    CHECK(log->head()->seq == 0);
}

TEST_CASE("the program itself cannot change or delete an entry") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    auto log = openStore(options);
    writeFive(*log);
    auto raw = sqlite::Database::open(options.databasePath);
    REQUIRE(raw.ok());
    CHECK_FALSE(raw->exec("UPDATE audit_entry SET detail = '' WHERE seq = 1", "test").ok());
    CHECK_FALSE(raw->exec("DELETE FROM audit_entry WHERE seq = 5", "test").ok());
    CHECK(log->verify()->entries == 5);
}

TEST_CASE("verify finds an entry edited in the file") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    auto log = openStore(options);
    writeFive(*log);
    const auto before = log->entries();
    editAuditEntry(options.databasePath, 3);
    const auto verdict = log->verify();
    REQUIRE(verdict.ok());
    REQUIRE(verdict->fault.has_value());
    CHECK(verdict->fault->code == "audit.altered");
    CHECK(verdict->fault->seq == 3);
    CHECK(verdict->entries == 2);
    CHECK(verdict->head.sha256 == (*before)[1].sha256);
}

TEST_CASE("verify finds an entry deleted from the file, the first one too") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    auto log = openStore(options);
    writeFive(*log);
    deleteAuditEntry(options.databasePath, 4);
    auto verdict = log->verify();
    REQUIRE(verdict->fault.has_value());
    CHECK(verdict->fault->code == "audit.missing");
    CHECK(verdict->fault->seq == 4);

    deleteAuditEntry(options.databasePath, 1);
    verdict = log->verify();
    REQUIRE(verdict->fault.has_value());
    CHECK(verdict->fault->code == "audit.missing");
    CHECK(verdict->fault->seq == 1);
    CHECK(verdict->entries == 0);
}

TEST_CASE("verify finds two entries that traded places") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    auto log = openStore(options);
    writeFive(*log);
    swapAuditEntries(options.databasePath, 2, 4);
    const auto verdict = log->verify();
    REQUIRE(verdict->fault.has_value());
    CHECK(verdict->fault->code == "audit.altered");
    CHECK(verdict->fault->seq == 2);
}

TEST_CASE("two connections appending at once (the kiosk and kiosk-admin) make one unbroken chain") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    auto first = openStore(options);
    auto second = openStore(options);
    const auto write = [](outbox::AuditStore* log, const char* op) {
        for (int i = 0; i < 50; ++i) REQUIRE(log->append(AuditKind::SignIn, op).ok());
    };
    std::thread a(write, first.get(), "CB-01");
    std::thread b(write, second.get(), "CB-02");
    a.join();
    b.join();
    const auto verdict = first->verify();
    CHECK_FALSE(verdict->fault.has_value());
    CHECK(verdict->entries == 100);
}

TEST_CASE("the heartbeat's checkpoint: the head, and the hash the chain holds now where the last one was") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    auto log = openStore(options);
    CHECK_FALSE(log->checkpoint()->has_value());  // nothing to vouch for yet
    REQUIRE(log->append(AuditKind::SignIn, "CB-01").ok());
    REQUIRE(log->append(AuditKind::SignOut, "CB-01").ok());
    const auto first = *log->checkpoint();
    REQUIRE(first.has_value());
    CHECK(first->head.seq == 2);
    CHECK(first->head.sha256 == log->head()->sha256);
    CHECK(first->previous.seq == 0);
    CHECK(first->previous.sha256 == outbox::kAuditGenesis);

    REQUIRE(log->noteCheckpointSent(2).ok());
    REQUIRE(log->append(AuditKind::SignIn, "CB-02").ok());
    const auto second = *log->checkpoint();
    REQUIRE(second.has_value());
    CHECK(second->head.seq == 3);
    CHECK(second->previous.seq == 2);
    CHECK(second->previous.sha256 == first->head.sha256);

    // Someone rewrites entry 2's hash: the checkpoint carries the hash as it is now, which the
    // portal compares with the head it was sent before.
    tamperWithAuditLog(options.databasePath,
                       "UPDATE audit_entry SET sha256 = '" + std::string(64, 'f') + "' WHERE seq = 2");
    CHECK((*log->checkpoint())->previous.sha256 == std::string(64, 'f'));
    // Entry 2 gone altogether: no hash there, so the genesis hash, which no kept head equals.
    deleteAuditEntry(options.databasePath, 2);
    CHECK((*log->checkpoint())->previous.sha256 == outbox::kAuditGenesis);
}
