#pragma once
// A thin RAII layer over the SQLite C API, so that every failure becomes a kiosk::Error and a
// transaction that is not committed is always rolled back.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk::outbox {

// The error people see for SQLite result code `rc` (extended codes allowed); `where` says what
// was being done. Never includes values from the database.
Error sqliteError(int rc, std::string_view where);

class Statement;

class Database {
public:
    // Opens (creating if missing) the database file; no pragmas are set here.
    static Result<Database> open(const std::filesystem::path& path);
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs one or more statements that return no rows we need.
    Result<void> exec(const char* sql, std::string_view where);
    // Prepares one statement.
    Result<Statement> prepare(const char* sql, std::string_view where);
    // Runs a statement that returns one integer (a pragma or a count).
    Result<std::int64_t> queryInt(const char* sql, std::string_view where);
    // Runs a statement that returns one text value (a pragma such as journal_mode).
    Result<std::string> queryText(const char* sql, std::string_view where);
    // Rows changed by the last INSERT/UPDATE/DELETE.
    int changes() const;
    void setBusyTimeout(int milliseconds);
    sqlite3* handle() const { return m_db; }

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Binds are 1-based; a failed bind is reported by the next step().
    void bind(int index, std::int64_t value);
    void bind(int index, std::string_view text);
    void bindBlob(int index, std::span<const unsigned char> bytes);
    void bindNull(int index);
    // Makes the statement ready to run again, with no values bound.
    void reset();
    // true: a row is ready; false: the statement is done.
    Result<bool> step();

    std::int64_t columnInt(int index) const;
    bool columnIsNull(int index) const;
    std::string columnText(int index) const;
    std::vector<unsigned char> columnBlob(int index) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, std::string_view where) : m_stmt(stmt), m_where(where) {}
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_where;
    int m_bindError = 0;
};

// BEGIN IMMEDIATE on creation; rolls back on destruction unless committed. IMMEDIATE takes the
// write lock up front, so two writers wait on busy_timeout instead of deadlocking mid-way.
class Transaction {
public:
    static Result<Transaction> begin(Database& db, std::string_view where);
    // A read-only snapshot (plain BEGIN): several SELECTs see one consistent state.
    static Result<Transaction> beginRead(Database& db, std::string_view where);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();

private:
    Transaction(Database& db, std::string_view where) : m_db(&db), m_where(where) {}
    Database* m_db = nullptr;
    std::string m_where;
};

}  // namespace kiosk::outbox
