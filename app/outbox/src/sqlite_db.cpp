#include "kiosk/outbox/sqlite_db.hpp"

#include <sqlite3.h>

#include <utility>

namespace kiosk::outbox {

Error sqliteError(int rc, std::string_view where) {
    const std::string detail = std::string(where) + ": sqlite " + std::to_string(rc) + " (" + sqlite3_errstr(rc) + ")";
    switch (rc & 0xFF) {
    case SQLITE_FULL:
        return Error{"outbox.disk_full",
                     "Máy không còn đủ chỗ lưu hồ sơ. Vui lòng báo cán bộ. "
                     "(The kiosk has no room left to store the filing. Please tell the staff.)",
                     detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{"outbox.busy",
                     "Máy đang bận lưu hồ sơ khác. Vui lòng thử lại. (The kiosk is busy; please try again.)",
                     detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error{"outbox.corrupt",
                     "Dữ liệu hồ sơ trên máy bị hỏng. Vui lòng báo cán bộ. "
                     "(The kiosk's filing database is damaged. Please tell the staff.)",
                     detail};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error{"outbox.io",
                     "Máy không ghi được hồ sơ vào bộ nhớ. Vui lòng báo cán bộ. "
                     "(The kiosk could not write to its storage. Please tell the staff.)",
                     detail};
    default:
        return Error{"outbox.sqlite",
                     "Lỗi khi lưu hồ sơ trên máy. Vui lòng báo cán bộ. "
                     "(Storage error on the kiosk. Please tell the staff.)",
                     detail};
    }
}

Result<Database> Database::open(const std::filesystem::path& path) {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database owned(db);  // sqlite3_open_v2 may hand back a handle even on failure; it must be closed
    if (rc != SQLITE_OK) return sqliteError(rc, "open");
    sqlite3_extended_result_codes(db, 1);
    return owned;
}

Database::Database(Database&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database::~Database() { sqlite3_close_v2(m_db); }

Result<void> Database::exec(const char* sql, std::string_view where) {
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return sqliteError(sqlite3_extended_errcode(m_db), where);
    return {};
}

Result<Statement> Database::prepare(const char* sql, std::string_view where) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(sqlite3_extended_errcode(m_db), where);
    }
    return Statement(stmt, where);
}

Result<std::int64_t> Database::queryInt(const char* sql, std::string_view where) {
    auto stmt = prepare(sql, where);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return Error{"outbox.sqlite", "Truy vấn không trả về giá trị (query returned no row)", std::string(where)};
    return stmt->columnInt(0);
}

Result<std::string> Database::queryText(const char* sql, std::string_view where) {
    auto stmt = prepare(sql, where);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return Error{"outbox.sqlite", "Truy vấn không trả về giá trị (query returned no row)", std::string(where)};
    return stmt->columnText(0);
}

int Database::changes() const { return sqlite3_changes(m_db); }

void Database::setBusyTimeout(int milliseconds) { sqlite3_busy_timeout(m_db, milliseconds); }

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_where(std::move(other.m_where)), m_bindError(other.m_bindError) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_where = std::move(other.m_where);
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && m_bindError == 0) m_bindError = rc;
}

void Statement::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK && m_bindError == 0) m_bindError = rc;
}

void Statement::bindBlob(int index, std::span<const unsigned char> bytes) {
    // A zero-length blob must still be a blob, not NULL: sqlite3_bind_blob64 with a null pointer binds NULL.
    static const unsigned char kEmpty = 0;
    const void* data = bytes.empty() ? &kEmpty : bytes.data();
    const int rc = sqlite3_bind_blob64(m_stmt, index, data, bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && m_bindError == 0) m_bindError = rc;
}

void Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && m_bindError == 0) m_bindError = rc;
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

Result<bool> Statement::step() {
    if (m_bindError != 0) return sqliteError(m_bindError, m_where);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return sqliteError(sqlite3_extended_errcode(sqlite3_db_handle(m_stmt)), m_where);
}

std::int64_t Statement::columnInt(int index) const { return sqlite3_column_int64(m_stmt, index); }

bool Statement::columnIsNull(int index) const { return sqlite3_column_type(m_stmt, index) == SQLITE_NULL; }

std::string Statement::columnText(int index) const {
    const auto* text = sqlite3_column_text(m_stmt, index);
    if (text == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_column_bytes(m_stmt, index)));
}

std::vector<unsigned char> Statement::columnBlob(int index) const {
    const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, index));
    const auto size = static_cast<size_t>(sqlite3_column_bytes(m_stmt, index));
    if (data == nullptr) return {};
    return std::vector<unsigned char>(data, data + size);
}

Result<Transaction> Transaction::begin(Database& db, std::string_view where) {
    if (auto ok = db.exec("BEGIN IMMEDIATE", where); !ok) return ok.error();
    return Transaction(db, where);
}

Result<Transaction> Transaction::beginRead(Database& db, std::string_view where) {
    if (auto ok = db.exec("BEGIN", where); !ok) return ok.error();
    return Transaction(db, where);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_where(std::move(other.m_where)) {}

Transaction::~Transaction() {
    // A failed COMMIT or any early return lands here; ROLLBACK is harmless if SQLite already
    // rolled back by itself (it then reports "no transaction is active", which we ignore).
    if (m_db != nullptr) sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Result<void> Transaction::commit() {
    auto ok = m_db->exec("COMMIT", m_where);
    if (ok) m_db = nullptr;
    return ok;
}

}  // namespace kiosk::outbox
