#include "kiosk/outbox/outbox.hpp"

#include "database_setup.hpp"
#include "envelope.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/assist.hpp"
#include "kiosk/core/audit_log.hpp"
#include "kiosk/outbox/crypto.hpp"
#include "kiosk/outbox/master_key.hpp"
#include "reference.hpp"
#include "sealed_rows.hpp"
#include "storage.hpp"

namespace kiosk::outbox {
namespace {

Error setupError(const char* code, std::string message, const std::filesystem::path& where) {
    return Error{code, std::move(message), where.string()};
}

Error badFiling(const char* what) {
    return Error{"outbox.bad_filing", std::string("Hồ sơ thiếu thông tin bắt buộc: ") + what + " (filing is incomplete)",
                 what};
}

Error badPrefix() {
    return Error{"outbox.bad_prefix",
                 "Mã máy (kiosk_id) dùng làm tiền tố mã hồ sơ phải gồm 1-13 chữ cái, chữ số hoặc '-'. "
                 "(The kiosk id used in references must be 1-13 letters, digits or '-'.)",
                 "kiosk_id"};
}

Error notFound() {
    return Error{"outbox.not_found", "Không tìm thấy hồ sơ trên máy. (No such filing on this kiosk.)", "client_filing_id"};
}

// Runs an INSERT ... RETURNING <integer> to completion and gives the integer.
Result<std::int64_t> insertReturning(Statement& stmt) {
    auto row = stmt.step();
    if (!row) return row.error();
    const std::int64_t value = *row ? stmt.columnInt(0) : 0;
    auto done = stmt.step();
    if (!done) return done.error();
    return value;
}

}  // namespace

OutboxOptions OutboxOptions::inDirectory(const std::filesystem::path& dir, std::string referencePrefix) {
    OutboxOptions options;
    options.databasePath = dir / "outbox.db";
    options.masterKeyPath = dir / "master.key";
    options.referencePrefix = std::move(referencePrefix);
    return options;
}

OpenedFiling::~OpenedFiling() {
    secureWipe(filing.answers);
    secureWipe(filing.applicantIdNumber);
    for (auto& a : filing.attachments) {
        secureWipe(a.bytes);
        secureWipe(a.name);
    }
}

const char* statusName(FilingStatus status) {
    switch (status) {
    case FilingStatus::Pending: return "pending";
    case FilingStatus::Delivered: return "delivered";
    case FilingStatus::Failed: return "failed";
    }
    return "pending";
}

Result<std::unique_ptr<Outbox>> Outbox::open(const OutboxOptions& options) {
    OutboxOptions checked = options;
    if (!options.referencePrefix.empty()) {
        const auto prefix = normalizeReferencePrefix(options.referencePrefix);
        if (!prefix) return badPrefix();
        checked.referencePrefix = *prefix;
    }
    if (!options.create) {
        for (const auto& path : {options.databasePath, options.masterKeyPath}) {
            if (!std::filesystem::exists(path)) {
                return setupError("outbox.missing",
                                  "Không có hộp thư đi tại " + path.string() + ". (No outbox there.)", path);
            }
        }
    }
    auto db = openOutboxDatabase(checked);
    if (!db) return db.error();
    auto key = loadOrCreateMasterKey(options.masterKeyPath);
    if (!key) return key.error();
    return std::unique_ptr<Outbox>(new Outbox(std::move(checked), std::move(*db), std::move(*key)));
}

Outbox::Outbox(OutboxOptions options, Database db, SecretKey masterKey)
    : m_options(std::move(options)),
      m_db(std::make_unique<Database>(std::move(db))),
      m_masterKey(std::make_unique<SecretKey>(std::move(masterKey))),
      m_masterKeyId(m_masterKey->id()) {}

Outbox::~Outbox() = default;

Seconds Outbox::now() const { return nowOf(m_options); }

Result<core::StoredFiling> Outbox::submit(const core::Filing& filing) {
    if (m_options.referencePrefix.empty()) return badPrefix();
    if (filing.serviceId.empty()) return badFiling("service_id");
    if (filing.serviceCode.empty()) return badFiling("service_code");
    // An assisted filing names its helper by operator id, and only it does: the portal refuses
    // anything else, and a filing it refuses would never leave.
    const bool assisted = filing.channel == core::Channel::KioskAssisted;
    if (assisted != !filing.assistedBy.empty() || (assisted && !core::isOperatorId(filing.assistedBy))) {
        return badFiling("assisted_by");
    }
    // The originals a helper saw go only with that helper's name, in the portal's shape.
    if ((!filing.originalsSeen.empty() && !assisted) || !core::isOriginalsSeenList(filing.originalsSeen)) {
        return badFiling("originals_seen");
    }
    // The idempotency key is born here, with the filing, long before any send (§3.1 rule 1).
    auto clientFilingId = newUuidV4();
    if (!clientFilingId) return clientFilingId.error();
    // Encrypt before taking the write lock, so the lock is held only for the inserts.
    auto sealed = sealFiling(*m_masterKey, *clientFilingId, filing);
    if (!sealed) return sealed.error();
    const Seconds t = now();
    const std::int64_t unix = t.time_since_epoch().count();

    auto tx = Transaction::begin(*m_db, "submit");
    if (!tx) return tx.error();
    auto counter = m_db->prepare(
        "INSERT INTO reference_counter (day, last) VALUES (?1, 1) "
        "ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last",
        "submit");
    if (!counter) return counter.error();
    const std::string day = referenceDay(t);
    counter->bind(1, day);
    auto sequence = insertReturning(*counter);
    if (!sequence) return sequence.error();
    const std::string localReference = formatReference(m_options.referencePrefix, day, *sequence);

    auto insertFiling = m_db->prepare(
        "INSERT INTO filing (client_filing_id, local_reference, service_id, service_code, created_at, "
        "next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5) RETURNING id",
        "submit");
    if (!insertFiling) return insertFiling.error();
    insertFiling->bind(1, *clientFilingId);
    insertFiling->bind(2, localReference);
    insertFiling->bind(3, filing.serviceId);
    insertFiling->bind(4, filing.serviceCode);
    insertFiling->bind(5, unix);
    auto rowId = insertReturning(*insertFiling);
    if (!rowId) return rowId.error();

    if (auto ok = storeSealed(*m_db, kFilingTables, *rowId, m_masterKeyId, *sealed, "submit"); !ok) return ok.error();
    if (auto ok = tx->commit(); !ok) return ok.error();
    return core::StoredFiling{localReference};
}

Result<OpenedFiling> Outbox::decryptPayload(const std::string& clientFilingId) {
    auto tx = Transaction::beginRead(*m_db, "decrypt");
    if (!tx) return tx.error();
    auto head = m_db->prepare("SELECT id, local_reference, created_at FROM filing WHERE client_filing_id = ?1",
                              "decrypt");
    if (!head) return head.error();
    head->bind(1, clientFilingId);
    auto found = head->step();
    if (!found) return found.error();
    if (!*found) return notFound();
    // destroyKey deletes the key and marks the filing shredded in one transaction, so a missing
    // key is what loadSealed reports as shredded.
    auto sealed = loadSealed(*m_db, kFilingTables, head->columnInt(0), m_masterKeyId, clientFilingId, "decrypt");
    if (!sealed) return sealed.error();
    OpenedFiling out;
    out.clientFilingId = clientFilingId;
    out.localReference = head->columnText(1);
    out.createdAt = Seconds(std::chrono::seconds(head->columnInt(2)));
    if (auto ok = openFiling(*m_masterKey, clientFilingId, *sealed, out); !ok) return ok.error();
    return out;
}

}  // namespace kiosk::outbox
