#include "store.hpp"

#include <openssl/rand.h>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/base/hex.hpp"
#include "kiosk/signing/base64.hpp"

namespace kiosk::reference_portal {

namespace {

// Version 1. Answers are kept in plaintext inside request_json: this is a reference portal for
// tests and demos, in a 0700 directory with a 0600 database (docs/portal-api.md §3).
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS principal(
  fingerprint TEXT PRIMARY KEY,
  id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('kiosk', 'staff')),
  signing_key_pem TEXT NOT NULL DEFAULT '',
  enrolled_at INTEGER NOT NULL,
  revoked_at INTEGER);
CREATE TABLE IF NOT EXISTS filing(
  filing_id TEXT PRIMARY KEY,
  kiosk_id TEXT NOT NULL,
  client_filing_id TEXT NOT NULL,
  ma_ho_so TEXT NOT NULL UNIQUE,
  service_code TEXT NOT NULL,
  service_id TEXT NOT NULL,
  status TEXT NOT NULL,
  request_json TEXT NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  received_at INTEGER,
  due_at INTEGER,
  returned_at INTEGER,
  fee_total INTEGER NOT NULL,
  results_json TEXT NOT NULL DEFAULT '[]',
  receipt_json TEXT,
  receipt_headers_json TEXT,
  last_seq INTEGER NOT NULL DEFAULT 0,
  UNIQUE (kiosk_id, client_filing_id));
CREATE TABLE IF NOT EXISTS document(
  filing_id TEXT NOT NULL REFERENCES filing(filing_id),
  position INTEGER NOT NULL,
  part_id TEXT NOT NULL,
  component_code TEXT NOT NULL,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  length INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  PRIMARY KEY (filing_id, position));
CREATE TABLE IF NOT EXISTS blob(
  filing_id TEXT NOT NULL REFERENCES filing(filing_id),
  sha256 TEXT NOT NULL,
  bytes BLOB NOT NULL,
  stored_at INTEGER NOT NULL,
  PRIMARY KEY (filing_id, sha256));
CREATE TABLE IF NOT EXISTS event(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  filing_id TEXT NOT NULL REFERENCES filing(filing_id),
  kiosk_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  action TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  operator_id TEXT NOT NULL,
  note TEXT NOT NULL,
  documents_json TEXT NOT NULL DEFAULT '[]');
CREATE INDEX IF NOT EXISTS event_by_kiosk ON event(kiosk_id, seq);
CREATE TABLE IF NOT EXISTS idempotency(
  principal TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  content_type TEXT NOT NULL,
  body BLOB NOT NULL,
  headers_json TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (principal, key));
CREATE TABLE IF NOT EXISTS nonce(
  key_id TEXT NOT NULL,
  nonce TEXT NOT NULL,
  keep_until INTEGER NOT NULL,
  signature TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (key_id, nonce));
CREATE TABLE IF NOT EXISTS payment(
  id TEXT PRIMARY KEY,
  filing_id TEXT NOT NULL REFERENCES filing(filing_id),
  amount INTEGER NOT NULL,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  paid_at INTEGER,
  vietqr TEXT NOT NULL,
  bank_reference TEXT);
CREATE TABLE IF NOT EXISTS rating(
  id TEXT PRIMARY KEY,
  filing_id TEXT NOT NULL REFERENCES filing(filing_id),
  moment TEXT NOT NULL CHECK (moment IN ('receipt', 'result')),
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  reasons TEXT NOT NULL,
  at INTEGER NOT NULL,
  UNIQUE (filing_id, moment));
CREATE TABLE IF NOT EXISTS handover(
  filing_id TEXT NOT NULL REFERENCES filing(filing_id),
  sha256 TEXT NOT NULL,
  kiosk_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (filing_id, sha256));
CREATE TABLE IF NOT EXISTS day_counter(
  agency TEXT NOT NULL,
  day TEXT NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (agency, day));
CREATE TABLE IF NOT EXISTS supplement(
  supplement_id TEXT PRIMARY KEY,
  filing_id TEXT NOT NULL REFERENCES filing(filing_id),
  kiosk_id TEXT NOT NULL,
  client_supplement_id TEXT NOT NULL,
  request_json TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  event_seq INTEGER NOT NULL,
  answer_json TEXT NOT NULL,
  answer_headers_json TEXT NOT NULL,
  UNIQUE (filing_id, client_supplement_id));
CREATE TABLE IF NOT EXISTS supplement_blob(
  filing_id TEXT NOT NULL REFERENCES filing(filing_id),
  client_supplement_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  bytes BLOB NOT NULL,
  stored_at INTEGER NOT NULL,
  PRIMARY KEY (filing_id, client_supplement_id, sha256));
CREATE TABLE IF NOT EXISTS queue_ticket(
  id TEXT PRIMARY KEY,
  queue TEXT NOT NULL,
  day TEXT NOT NULL,
  number INTEGER NOT NULL,
  kiosk_id TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  called_at INTEGER,
  UNIQUE (queue, day, number));
CREATE TABLE IF NOT EXISTS audit_checkpoint(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kiosk_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  head_sha256 TEXT NOT NULL,
  previous_seq INTEGER NOT NULL,
  previous_sha256 TEXT NOT NULL,
  sig TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  verdict TEXT NOT NULL,
  reason TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_checkpoint_kiosk ON audit_checkpoint(kiosk_id, seq);
CREATE TABLE IF NOT EXISTS help_call(
  id TEXT PRIMARY KEY,
  kiosk_id TEXT NOT NULL,
  client_call_id TEXT NOT NULL,
  screen TEXT NOT NULL,
  raised_at TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  answered_by TEXT NOT NULL DEFAULT '',
  answered_at INTEGER,
  UNIQUE (kiosk_id, client_call_id));
CREATE TABLE IF NOT EXISTS heartbeat(
  kiosk_id TEXT PRIMARY KEY,
  at INTEGER NOT NULL,
  body_json TEXT NOT NULL);
PRAGMA user_version = 1;
)sql";

std::int64_t secondsOf(Seconds t) { return t.time_since_epoch().count(); }

}  // namespace

std::string randomId(std::string_view prefix) {
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) throw DbError("RAND_bytes failed");
    return std::string(prefix) + toHex(bytes);
}

Store::Store(const std::filesystem::path& dbPath) : m_db(dbPath) {
    m_db.exec(kSchema);
    // A database from before revocation existed gains the column (no principal is revoked).
    if (!orThrow(m_db.prepare("SELECT 1 FROM pragma_table_info('principal') WHERE name = 'revoked_at'").step())) {
        m_db.exec("ALTER TABLE principal ADD COLUMN revoked_at INTEGER");
    }
    if (!orThrow(m_db.prepare("SELECT 1 FROM pragma_table_info('nonce') WHERE name = 'signature'").step())) {
        m_db.exec("ALTER TABLE nonce ADD COLUMN signature TEXT NOT NULL DEFAULT ''");
    }
    // Events gained the documents a supplement request names or a supplement added.
    if (!orThrow(m_db.prepare("SELECT 1 FROM pragma_table_info('event') WHERE name = 'documents_json'").step())) {
        m_db.exec("ALTER TABLE event ADD COLUMN documents_json TEXT NOT NULL DEFAULT '[]'");
    }
    if (!orThrow(m_db.prepare("SELECT 1 FROM pragma_table_info('payment') WHERE name = 'bank_reference'").step())) {
        m_db.exec("ALTER TABLE payment ADD COLUMN bank_reference TEXT");
    }
}

void Store::enroll(const std::string& fingerprint, const Principal& who, Seconds at) {
    // Enrolling a certificate again keeps its revocation: a revoked kiosk comes back only with
    // a new certificate (a new enrollment folder).
    orThrow(m_db.prepare("INSERT INTO principal(fingerprint, id, role, signing_key_pem, enrolled_at) "
                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET id = excluded.id, "
                         "role = excluded.role, signing_key_pem = excluded.signing_key_pem")
                .bind(1, fingerprint)
                .bind(2, who.id)
                .bind(3, who.role == Role::Kiosk ? "kiosk" : "staff")
                .bind(4, who.signingKeyPem)
                .bind(5, secondsOf(at))
                .run());
}

std::optional<Principal> Store::principalByFingerprint(const std::string& fingerprint) {
    auto st = m_db.prepare(
        "SELECT id, role, signing_key_pem FROM principal WHERE fingerprint = ? AND revoked_at IS NULL");
    st.bind(1, fingerprint);
    if (!orThrow(st.step())) return std::nullopt;
    return Principal{st.columnText(0), st.columnText(1) == "kiosk" ? Role::Kiosk : Role::Staff, st.columnText(2)};
}

std::unordered_set<std::string> Store::activeFingerprints() {
    std::unordered_set<std::string> out;
    auto st = m_db.prepare("SELECT fingerprint FROM principal WHERE revoked_at IS NULL");
    while (orThrow(st.step())) out.insert(st.columnText(0));
    return out;
}

int Store::revoke(const std::string& id, Seconds at) {
    orThrow(m_db.prepare("UPDATE principal SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .bind(1, secondsOf(at))
                .bind(2, id)
                .run());
    return m_db.changes();
}

bool Store::isEnrolled(const std::string& id, Role role) {
    auto st = m_db.prepare("SELECT 1 FROM principal WHERE id = ? AND role = ? AND revoked_at IS NULL");
    st.bind(1, id).bind(2, role == Role::Kiosk ? "kiosk" : "staff");
    return orThrow(st.step());
}

signing::NonceUse Store::SqliteNonceCache::remember(std::string_view keyId, std::string_view nonce,
                                                   std::string_view signature, Seconds keepUntil,
                                                   Seconds now) {
    orThrow(m_db.prepare("DELETE FROM nonce WHERE keep_until < ?").bind(1, secondsOf(now)).run());
    const std::string signatureText = signing::base64Encode(signature);
    auto st = m_db.prepare(
        "INSERT OR IGNORE INTO nonce(key_id, nonce, keep_until, signature) VALUES (?, ?, ?, ?)");
    orThrow(st.bind(1, keyId).bind(2, nonce).bind(3, secondsOf(keepUntil)).bind(4, signatureText).run());
    if (m_db.changes() == 1) return signing::NonceUse::First;
    auto seen = m_db.prepare("SELECT signature FROM nonce WHERE key_id = ? AND nonce = ?");
    seen.bind(1, keyId).bind(2, nonce);
    const bool same = orThrow(seen.step()) && !seen.columnText(0).empty() && seen.columnText(0) == signatureText;
    return same ? signing::NonceUse::SameRequest : signing::NonceUse::Reused;
}

std::optional<StoredResponse> Store::findIdempotent(const std::string& principal,
                                                    const std::string& key) {
    auto st = m_db.prepare(
        "SELECT fingerprint, status, content_type, body, headers_json FROM idempotency "
        "WHERE principal = ? AND key = ?");
    st.bind(1, principal).bind(2, key);
    if (!orThrow(st.step())) return std::nullopt;
    StoredResponse stored;
    stored.fingerprint = st.columnText(0);
    stored.response.status = static_cast<int>(st.columnInt(1));
    stored.response.contentType = st.columnText(2);
    stored.response.body = st.columnText(3);
    const auto headers = parseBoundedJson(st.columnText(4));
    if (headers.is_array()) {
        for (const auto& h : headers) {
            if (h.is_array() && h.size() == 2 && h[0].is_string() && h[1].is_string()) {
                stored.response.headers.emplace_back(h[0].get<std::string>(),
                                                      h[1].get<std::string>());
            }
        }
    }
    return stored;
}

void Store::saveIdempotent(const std::string& principal, const std::string& key,
                           const std::string& fingerprint, const ApiResponse& response,
                           Seconds at) {
    nlohmann::json headers = nlohmann::json::array();
    for (const auto& [name, value] : response.headers) headers.push_back({name, value});
    orThrow(m_db.prepare("INSERT INTO idempotency(principal, key, fingerprint, status, content_type, body, "
                         "headers_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, principal)
                .bind(2, key)
                .bind(3, fingerprint)
                .bind(4, std::int64_t{response.status})
                .bind(5, response.contentType)
                .bindBlob(6, response.body)
                .bind(7, dumpJson(headers))
                .bind(8, secondsOf(at))
                .run());
}

void Store::saveHeartbeat(const std::string& kioskId, const std::string& bodyJson, Seconds at) {
    orThrow(m_db.prepare("INSERT OR REPLACE INTO heartbeat(kiosk_id, at, body_json) VALUES (?, ?, ?)")
                .bind(1, kioskId)
                .bind(2, secondsOf(at))
                .bind(3, bodyJson)
                .run());
}

std::int64_t Store::nextSequence(const std::string& agency, const std::string& day) {
    orThrow(m_db.prepare("INSERT INTO day_counter(agency, day, last) VALUES (?, ?, 1) "
                         "ON CONFLICT(agency, day) DO UPDATE SET last = last + 1")
                .bind(1, agency)
                .bind(2, day)
                .run());
    auto st = m_db.prepare("SELECT last FROM day_counter WHERE agency = ? AND day = ?");
    st.bind(1, agency).bind(2, day);
    orThrow(st.step());
    return st.columnInt(0);
}

}  // namespace kiosk::reference_portal
