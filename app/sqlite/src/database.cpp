#include "kiosk/sqlite/database.hpp"

#include <sqlite3.h>

#include <utility>

namespace kiosk::sqlite {
namespace {

// Prepares `sql` and steps to its first row; a statement that gives no row is an error.
Result<Statement> firstRow(Database& db, std::string_view sql, std::string_view where) {
    auto stmt = db.prepare(sql, where);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row)
        return Error{"sqlite.no_row", "Truy vấn không trả về giá trị (query returned no row)", std::string(where)};
    return std::move(*stmt);
}

}  // namespace

std::string failureDetail(int rc, std::string_view where) {
    return std::string(where) + ": sqlite " + std::to_string(rc) + " (" + sqlite3_errstr(rc) + ")";
}

Error describeFailure(int rc, std::string_view where) {
    return Error{"sqlite.error", "Lỗi cơ sở dữ liệu. (Database error.)", failureDetail(rc, where)};
}

Result<Database> Database::open(const std::filesystem::path& path, Describe describe) {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database owned(db, describe);  // sqlite3_open_v2 may hand back a handle even on failure; it must be closed
    if (rc != SQLITE_OK) return describe(rc, "open");
    sqlite3_extended_result_codes(db, 1);
    return owned;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_describe(other.m_describe) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_describe = other.m_describe;
    }
    return *this;
}

Database::~Database() { sqlite3_close_v2(m_db); }

Result<void> Database::exec(std::string_view sql, std::string_view where) {
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return m_describe(sqlite3_extended_errcode(m_db), where);
    return {};
}

Result<Statement> Database::prepare(std::string_view sql, std::string_view where) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return m_describe(sqlite3_extended_errcode(m_db), where);
    }
    return Statement(stmt, where, m_describe);
}

Result<std::int64_t> Database::queryInt(std::string_view sql, std::string_view where) {
    auto row = firstRow(*this, sql, where);
    if (!row) return row.error();
    return row->columnInt(0);
}

Result<std::string> Database::queryText(std::string_view sql, std::string_view where) {
    auto row = firstRow(*this, sql, where);
    if (!row) return row.error();
    return row->columnText(0);
}

int Database::changes() const { return sqlite3_changes(m_db); }

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

void Database::setBusyTimeout(int milliseconds) { sqlite3_busy_timeout(m_db, milliseconds); }

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_where(std::move(other.m_where)),
      m_describe(other.m_describe),
      m_bindError(other.m_bindError) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_where = std::move(other.m_where);
        m_describe = other.m_describe;
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::noteBind(int rc) {
    if (rc != SQLITE_OK && m_bindError == 0) m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) { return noteBind(sqlite3_bind_int64(m_stmt, index, value)); }

Statement& Statement::bind(int index, std::string_view text) {
    return noteBind(sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}

Statement& Statement::bindBlob(int index, std::span<const unsigned char> bytes) {
    // A zero-length blob must still be a blob, not NULL: sqlite3_bind_blob64 with a null pointer binds NULL.
    static const unsigned char kEmpty = 0;
    const void* data = bytes.empty() ? &kEmpty : bytes.data();
    return noteBind(sqlite3_bind_blob64(m_stmt, index, data, bytes.size(), SQLITE_TRANSIENT));
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    return bindBlob(index, std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
}

Statement& Statement::bindNull(int index) { return noteBind(sqlite3_bind_null(m_stmt, index)); }

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

Result<bool> Statement::step() {
    if (m_bindError != 0) return m_describe(m_bindError, m_where);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return m_describe(sqlite3_extended_errcode(sqlite3_db_handle(m_stmt)), m_where);
}

Result<void> Statement::run() {
    while (true) {
        auto row = step();
        if (!row) return row.error();
        if (!*row) return {};
    }
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

std::optional<std::int64_t> Statement::columnOptionalInt(int index) const {
    if (columnIsNull(index)) return std::nullopt;
    return columnInt(index);
}

std::optional<std::string> Statement::columnOptionalText(int index) const {
    if (columnIsNull(index)) return std::nullopt;
    return columnText(index);
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
    if (m_db != nullptr) sqlite3_exec(m_db->m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Result<void> Transaction::commit() {
    auto ok = m_db->exec("COMMIT", m_where);
    if (ok) m_db = nullptr;
    return ok;
}

}  // namespace kiosk::sqlite
