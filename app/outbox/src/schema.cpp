#include "kiosk/outbox/schema.hpp"

#include <array>
#include <string>

#include "storage.hpp"

namespace kiosk::outbox {
namespace {

// kMigrations[v] takes a database from user_version v to v + 1. Released steps never change;
// a new version appends a step.
constexpr std::array<const char*, kSchemaVersion> kMigrations = {
    // v0 -> v1. Nothing personal is stored in plaintext: answers and attachments live only in
    // `part` as AES-256-GCM ciphertext; `filing` holds identifiers, service codes and times.
    R"sql(
CREATE TABLE filing (
    id               INTEGER PRIMARY KEY,
    client_filing_id TEXT NOT NULL UNIQUE,          -- UUIDv4, the portal's Idempotency-Key
    local_reference  TEXT NOT NULL UNIQUE COLLATE NOCASE,
    service_id       TEXT NOT NULL,
    service_code     TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'delivered', 'failed')),
    created_at       INTEGER NOT NULL,              -- Unix seconds
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    lease_until      INTEGER,                       -- a delivery agent is sending it until then
    last_error       TEXT,                          -- an error code, never a message with data
    ma_ho_so         TEXT UNIQUE COLLATE NOCASE,    -- the portal's filing code
    receipt          TEXT,                          -- the portal's signed receipt (no personal data)
    delivered_at     INTEGER,
    shredded_at      INTEGER                        -- data key destroyed: content unreadable
);
CREATE INDEX filing_due ON filing (status, next_attempt_at);

CREATE TABLE filing_key (                           -- the filing's data key, wrapped by the master key
    filing_id     INTEGER PRIMARY KEY REFERENCES filing (id) ON DELETE CASCADE,
    master_key_id TEXT NOT NULL,
    iv            BLOB NOT NULL,
    wrapped       BLOB NOT NULL,
    tag           BLOB NOT NULL
);

CREATE TABLE part (                                 -- 0: manifest JSON; n >= 1: attachment n
    id         INTEGER PRIMARY KEY,
    filing_id  INTEGER NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    iv         BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    tag        BLOB NOT NULL,
    UNIQUE (filing_id, number)
);

CREATE TABLE reference_counter (                    -- the daily sequence in local references
    day  TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);
)sql",
    // v1 -> v2: the status cache (status_cache.hpp). Staff notes may name things about the
    // citizen, so they are sealed with the master key like everything personal.
    R"sql(
CREATE TABLE filing_status (                        -- what the portal last said about a filing
    filing_id        INTEGER PRIMARY KEY REFERENCES filing (id) ON DELETE CASCADE,
    portal_filing_id TEXT,
    status           TEXT,
    trang_thai_ho_so INTEGER,
    received_at      TEXT,
    due_at           TEXT,
    note_iv          BLOB,
    note             BLOB,
    note_tag         BLOB,
    last_seq         INTEGER NOT NULL DEFAULT 0,    -- newest feed event applied
    updated_at       INTEGER NOT NULL
);

CREATE TABLE status_event (                         -- history, one row per feed event
    filing_id        INTEGER NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    at               TEXT NOT NULL,
    action           TEXT NOT NULL,
    status           TEXT NOT NULL,
    trang_thai_ho_so INTEGER,
    note_iv          BLOB,
    note             BLOB,
    note_tag         BLOB,
    PRIMARY KEY (filing_id, seq)
);

CREATE TABLE payment (                              -- fee payments; attempt n uses key <id>:pay:<n>
    filing_id         INTEGER NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
    attempt           INTEGER NOT NULL,
    state             TEXT NOT NULL,
    payment_intent_id TEXT,
    amount            INTEGER NOT NULL DEFAULT 0,
    vietqr_payload    TEXT,
    expires_at        TEXT,
    paid_at           TEXT,
    last_error        TEXT,
    updated_at        INTEGER NOT NULL,
    PRIMARY KEY (filing_id, attempt)
);

CREATE TABLE sync_state (                           -- kiosk-sync's cursors
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql",
    // v2 -> v3: the receipt PDF kept when no printer printed it (docs/receipt.md), sealed under
    // the filing's own data key: destroying that key makes it unreadable with the filing.
    R"sql(
CREATE TABLE filing_receipt (
    filing_id  INTEGER PRIMARY KEY REFERENCES filing (id) ON DELETE CASCADE,
    iv         BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    tag        BLOB NOT NULL,
    kept_at    INTEGER NOT NULL
);
)sql",
    // v3 -> v4: staff members and the audit log (docs/staff.md). Only operator ids, PIN hashes,
    // action codes and filing ids: nothing about a citizen. The triggers keep the program itself
    // from ever rewriting the log; against someone editing the file, the hash chain and the
    // portal's signed checkpoints are the defence (kiosk-admin audit verify).
    R"sql(
CREATE TABLE staff_member (
    operator_id TEXT PRIMARY KEY,                   -- e.g. CB-01, upper case
    pin_hash    TEXT NOT NULL,                      -- pbkdf2-sha256$ITERATIONS$SALT$HASH
    added_at    INTEGER NOT NULL
);

CREATE TABLE audit_entry (
    seq         INTEGER PRIMARY KEY,                -- 1, 2, 3, ... with no gaps
    at          INTEGER NOT NULL,                   -- Unix seconds
    kind        TEXT NOT NULL,                      -- core::auditKindName
    operator_id TEXT NOT NULL,
    filing_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',           -- a code, never free text
    sha256      TEXT NOT NULL                       -- outbox::auditEntryHash over this row and the one before
);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
    // v4 -> v5: satisfaction ratings, tied to the filing and never to the person: a score and
    // reason ids from kiosk.toml, nothing personal, so nothing sealed. One per filing and moment.
    R"sql(
CREATE TABLE rating (
    id           INTEGER PRIMARY KEY,               -- its key at the portal: <client_filing_id>:rating:<id>
    filing_id    INTEGER NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
    moment       TEXT NOT NULL CHECK (moment IN ('receipt', 'result')),
    score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    reasons      TEXT NOT NULL,                     -- JSON array of reason ids
    created_at   INTEGER NOT NULL,
    delivered_at INTEGER,
    last_error   TEXT,                              -- refused for good: an error code
    UNIQUE (filing_id, moment)
);
)sql",
    // v5 -> v6: the portal's acknowledgement now carries the filing's look-up code (the proof of
    // ownership on "Tra cứu hồ sơ"), so the acknowledgement is kept sealed under the master key
    // (receipt_* columns; `receipt` stays for those stored before, which hold no code), and the
    // code itself beside the status, sealed like staff notes. A paid fee keeps the bank's
    // reference for the transfer.
    R"sql(
ALTER TABLE filing ADD COLUMN receipt_iv BLOB;
ALTER TABLE filing ADD COLUMN receipt_sealed BLOB;
ALTER TABLE filing ADD COLUMN receipt_tag BLOB;
ALTER TABLE filing_status ADD COLUMN lookup_iv BLOB;
ALTER TABLE filing_status ADD COLUMN lookup_code BLOB;
ALTER TABLE filing_status ADD COLUMN lookup_tag BLOB;
ALTER TABLE payment ADD COLUMN bank_reference TEXT;
)sql",
    // v6 -> v7: supplements (supplement.hpp), sealed like filings under a data key of their own,
    // and the documents a status event names (slot ids: a supplement request's list).
    R"sql(
CREATE TABLE supplement (
    id                   INTEGER PRIMARY KEY,
    client_supplement_id TEXT NOT NULL UNIQUE,      -- UUIDv4, the portal's Idempotency-Key
    filing_id            INTEGER NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
    status               TEXT NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'delivered', 'failed')),
    created_at           INTEGER NOT NULL,
    attempts             INTEGER NOT NULL DEFAULT 0,
    next_attempt_at      INTEGER NOT NULL,
    lease_until          INTEGER,
    last_error           TEXT,                      -- an error code only
    acknowledgement      TEXT,                      -- the portal's signed answer (document names, sizes)
    delivered_at         INTEGER,
    shredded_at          INTEGER
);
CREATE INDEX supplement_due ON supplement (status, next_attempt_at);

CREATE TABLE supplement_key (
    supplement_id INTEGER PRIMARY KEY REFERENCES supplement (id) ON DELETE CASCADE,
    master_key_id TEXT NOT NULL,
    iv            BLOB NOT NULL,
    wrapped       BLOB NOT NULL,
    tag           BLOB NOT NULL
);

CREATE TABLE supplement_part (                      -- 0: manifest JSON; n >= 1: attachment n
    supplement_id INTEGER NOT NULL REFERENCES supplement (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    iv            BLOB NOT NULL,
    ciphertext    BLOB NOT NULL,
    tag           BLOB NOT NULL,
    PRIMARY KEY (supplement_id, number)
);

ALTER TABLE status_event ADD COLUMN documents TEXT NOT NULL DEFAULT '[]';
)sql",
    // v7 -> v8: electronic results (result_handover.cpp). The cache keeps how the result is
    // delivered and which returned document a kiosk may print for its proven owner (names and
    // digests only: the document itself is never stored); `handover` records that it was
    // printed, once per filing and document, for kiosk-sync to tell the portal.
    R"sql(
ALTER TABLE filing_status ADD COLUMN result_delivery TEXT;  -- 'desk', 'post', 'electronic' (the portal's word)
ALTER TABLE filing_status ADD COLUMN result_sha256 TEXT;    -- lower-case hex, of a return_result's document
CREATE TABLE handover (
    id           INTEGER PRIMARY KEY,               -- its key at the portal: <client_filing_id>:handover:<id>
    filing_id    INTEGER NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
    sha256       TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    delivered_at INTEGER,
    last_error   TEXT,                              -- refused for good: an error code
    UNIQUE (filing_id, sha256)
);
)sql",
    // v8 -> v9: "Gọi cán bộ hỗ trợ" (help_calls.cpp). Only the screen's name and times: nothing
    // about the citizen, so nothing sealed. kiosk-sync sends each once under client_call_id, or
    // drops it as stale when it is too old for anyone still to be waiting.
    R"sql(
CREATE TABLE help_call (
    id              INTEGER PRIMARY KEY,
    client_call_id  TEXT NOT NULL UNIQUE,           -- UUIDv4, the portal's Idempotency-Key
    screen          TEXT NOT NULL,                  -- the kiosk screen's name, [a-z_]{1,32}
    raised_at       INTEGER NOT NULL,               -- Unix seconds
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'delivered', 'failed', 'stale')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_until     INTEGER,
    last_error      TEXT,                           -- an error code only
    help_call_id    TEXT,                           -- the portal's id, once delivered
    delivered_at    INTEGER
);
CREATE INDEX help_call_due ON help_call (status, next_attempt_at);
)sql",
    // v9 -> v10: a supplement's receipt kept for staff when no printer printed it
    // (kept_receipt.cpp), sealed under its filing's data key like the filing's own receipt, so
    // shredding the filing makes it unreadable too. One per supplement; a later copy replaces it.
    R"sql(
CREATE TABLE supplement_receipt (
    supplement_id INTEGER PRIMARY KEY REFERENCES supplement (id) ON DELETE CASCADE,
    iv            BLOB NOT NULL,
    ciphertext    BLOB NOT NULL,
    tag           BLOB NOT NULL,
    kept_at       INTEGER NOT NULL
);
)sql",
};

Error newerSchema(std::int64_t found) {
    return Error{"outbox.schema_newer",
                 "Cơ sở dữ liệu hồ sơ (phiên bản " + std::to_string(found) +
                     ") do một chương trình mới hơn tạo ra; hãy cập nhật phần mềm máy. "
                     "(The outbox database is from a newer program version.)",
                 "user_version"};
}

}  // namespace

Result<void> migrate(Database& db, int upTo) {
    for (;;) {
        auto tx = Transaction::begin(db, "migrate");
        if (!tx) return tx.error();
        // Read inside the write transaction: another process may have migrated meanwhile.
        auto version = db.queryInt("PRAGMA user_version", "migrate");
        if (!version) return version.error();
        if (*version < 0 || *version > kSchemaVersion) return newerSchema(*version);
        if (*version >= upTo) return tx->commit();
        if (auto ok = db.exec(kMigrations[static_cast<std::size_t>(*version)], "migrate"); !ok) return ok.error();
        const std::string bump = "PRAGMA user_version = " + std::to_string(*version + 1);
        if (auto ok = db.exec(bump.c_str(), "migrate"); !ok) return ok.error();
        if (auto ok = tx->commit(); !ok) return ok.error();
    }
}

}  // namespace kiosk::outbox
