#include "kiosk/outbox/audit_store.hpp"

#include <charconv>
#include <limits>

#include "database_setup.hpp"

namespace kiosk::outbox {
namespace {

Error badField(const char* field) {
    return Error{
        "audit.bad_field",
        std::string("Giá trị không hợp lệ cho nhật ký cán bộ: ") + field + " (not a valid audit " + field + ")", field};
}

AuditEntry readEntry(const Statement& row) {
    AuditEntry e;
    e.seq = row.columnInt(0);
    e.at = Seconds(std::chrono::seconds(row.columnInt(1)));
    e.kind = row.columnText(2);
    e.operatorId = row.columnText(3);
    e.filingId = row.columnText(4);
    e.detail = row.columnText(5);
    e.sha256 = row.columnText(6);
    return e;
}

constexpr const char* kSelectEntries =
    "SELECT seq, at, kind, operator_id, filing_id, detail, sha256 FROM audit_entry WHERE at >= ? ORDER BY seq";

Result<AuditHead> readHead(Database& db) {
    auto stmt = db.prepare("SELECT seq, sha256 FROM audit_entry ORDER BY seq DESC LIMIT 1", "audit head");
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return AuditHead{};
    return AuditHead{stmt->columnInt(0), stmt->columnText(1)};
}

}  // namespace

Result<std::unique_ptr<AuditStore>> AuditStore::open(const OutboxOptions& options) {
    auto db = openOutboxDatabase(options);
    if (!db) return db.error();
    return std::unique_ptr<AuditStore>(new AuditStore(options, std::move(*db)));
}

AuditStore::AuditStore(OutboxOptions options, Database db)
    : m_options(std::move(options)), m_db(std::make_unique<Database>(std::move(db))) {}

AuditStore::~AuditStore() = default;

Result<void> AuditStore::append(core::AuditKind kind, std::string_view operatorId, std::string_view filingId,
                                std::string_view detail) {
    if (!core::isAuditOperatorId(operatorId)) return badField("operator_id");
    if (!core::isAuditFilingId(filingId)) return badField("filing_id");
    if (!core::isAuditDetail(detail)) return badField("detail");
    const std::lock_guard lock(m_mutex);
    auto tx = Transaction::begin(*m_db, "audit append");
    if (!tx) return tx.error();
    auto head = readHead(*m_db);
    if (!head) return head.error();
    AuditEntry entry;
    entry.seq = head->seq + 1;
    entry.at = nowOf(m_options);
    entry.kind = std::string(core::auditKindName(kind));
    entry.operatorId = std::string(operatorId);
    entry.filingId = std::string(filingId);
    entry.detail = std::string(detail);
    entry.sha256 = auditEntryHash(entry, head->sha256);
    auto stmt = m_db->prepare(
        "INSERT INTO audit_entry (seq, at, kind, operator_id, filing_id, detail, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
        "audit append");
    if (!stmt) return stmt.error();
    stmt->bind(1, entry.seq);
    stmt->bind(2, static_cast<std::int64_t>(entry.at.time_since_epoch().count()));
    stmt->bind(3, entry.kind);
    stmt->bind(4, entry.operatorId);
    stmt->bind(5, entry.filingId);
    stmt->bind(6, entry.detail);
    stmt->bind(7, entry.sha256);
    if (auto done = stmt->run(); !done) return done.error();
    return tx->commit();
}

Result<AuditHead> AuditStore::head() {
    const std::lock_guard lock(m_mutex);
    return readHead(*m_db);
}

Result<std::vector<AuditEntry>> AuditStore::entries(std::optional<Seconds> since) {
    const std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(kSelectEntries, "audit show");
    if (!stmt) return stmt.error();
    stmt->bind(1, since ? static_cast<std::int64_t>(since->time_since_epoch().count())
                        : std::numeric_limits<std::int64_t>::min());
    std::vector<AuditEntry> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(readEntry(*stmt));
    }
}

// One read transaction, so an entry appended meanwhile by another process is either wholly in
// the walk or not at all.
Result<AuditVerdict> AuditStore::verify() {
    const std::lock_guard lock(m_mutex);
    auto tx = Transaction::beginRead(*m_db, "audit verify");
    if (!tx) return tx.error();
    auto stmt = m_db->prepare(kSelectEntries, "audit verify");
    if (!stmt) return stmt.error();
    stmt->bind(1, std::numeric_limits<std::int64_t>::min());
    AuditChainCheck check;
    AuditVerdict verdict;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        verdict.fault = check.add(readEntry(*stmt));
        if (verdict.fault) break;
    }
    verdict.entries = check.entries();
    verdict.head = check.head();
    return verdict;
}

// The seq of the checkpoint sent before is kept in sync_state ('audit_checkpoint'); the hash at
// that seq is read from the chain as it is now, so a chain rewritten since shows at the portal.
Result<std::optional<AuditAnchor>> AuditStore::checkpoint() {
    const std::lock_guard lock(m_mutex);
    auto tx = Transaction::beginRead(*m_db, "audit checkpoint");
    if (!tx) return tx.error();
    auto head = readHead(*m_db);
    if (!head) return head.error();
    if (head->seq == 0) return std::optional<AuditAnchor>();
    AuditAnchor anchor{*head, AuditHead{}};
    auto sent = m_db->prepare("SELECT value FROM sync_state WHERE name = 'audit_checkpoint'", "audit checkpoint");
    if (!sent) return sent.error();
    auto row = sent->step();
    if (!row) return row.error();
    if (!*row) return std::optional<AuditAnchor>(std::move(anchor));
    const std::string text = sent->columnText(0);
    std::int64_t previous = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), previous);
    // Only this class writes the value; anything else there is read as "none sent", which the
    // portal then judges against what it kept (never as proof the chain extends).
    if (parsed.ec != std::errc{} || parsed.ptr != text.data() + text.size() || previous <= 0) {
        return std::optional<AuditAnchor>(std::move(anchor));
    }
    anchor.previous.seq = previous;
    auto at = m_db->prepare("SELECT sha256 FROM audit_entry WHERE seq = ?", "audit checkpoint");
    if (!at) return at.error();
    at->bind(1, previous);
    auto found = at->step();
    if (!found) return found.error();
    // An entry gone since leaves the genesis hash, which no kept head equals: the portal flags it.
    if (*found) anchor.previous.sha256 = at->columnText(0);
    return std::optional<AuditAnchor>(std::move(anchor));
}

Result<void> AuditStore::noteCheckpointSent(std::int64_t seq) {
    const std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        "INSERT INTO sync_state (name, value) VALUES ('audit_checkpoint', ?) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        "audit checkpoint");
    if (!stmt) return stmt.error();
    stmt->bind(1, std::to_string(seq));
    return stmt->run();
}

}  // namespace kiosk::outbox
