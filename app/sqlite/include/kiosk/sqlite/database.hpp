#pragma once
// The one layer over SQLite's C API: every failure becomes a kiosk::Error, worded by the part
// that opened the database (the outbox speaks of filings, the portal of its store), and a
// transaction that is not committed is always rolled back.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk::sqlite {

// Words a failure for people: SQLite result code `rc` (extended codes allowed) and what was
// being done. It never sees values from the database.
using Describe = Error (*)(int rc, std::string_view where);

// The plain wording: code "sqlite.error", the detail in `where`.
Error describeFailure(int rc, std::string_view where);

// "where: sqlite <rc> (<SQLite's name for rc>)": the detail every Describe puts in Error::where.
std::string failureDetail(int rc, std::string_view where);

class Statement;

class Database {
public:
    // Opens (creating if missing) the database file with extended result codes; no pragmas are
    // set here. `describe` words every failure of this database and its statements.
    static Result<Database> open(const std::filesystem::path& path, Describe describe = describeFailure);
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs one or more statements that return no rows we need.
    Result<void> exec(std::string_view sql, std::string_view where);
    // Prepares one statement.
    Result<Statement> prepare(std::string_view sql, std::string_view where);
    // Runs a statement that returns one integer (a pragma or a count).
    Result<std::int64_t> queryInt(std::string_view sql, std::string_view where);
    // Runs a statement that returns one text value (a pragma such as journal_mode).
    Result<std::string> queryText(std::string_view sql, std::string_view where);
    // Rows changed by the last INSERT/UPDATE/DELETE.
    int changes() const;
    // The rowid of the last INSERT.
    std::int64_t lastInsertId() const;
    void setBusyTimeout(int milliseconds);

private:
    friend class Transaction;
    Database(sqlite3* db, Describe describe) : m_db(db), m_describe(describe) {}
    sqlite3* m_db = nullptr;
    Describe m_describe = describeFailure;
};

class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Binds are 1-based and chainable; a failed bind is reported by the next step() or run().
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, std::span<const unsigned char> bytes);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);
    // Makes the statement ready to run again, with no values bound.
    void reset();
    // true: a row is ready; false: the statement is done.
    Result<bool> step();
    // Steps to the end (INSERT/UPDATE/DELETE).
    Result<void> run();

    std::int64_t columnInt(int index) const;
    bool columnIsNull(int index) const;
    std::string columnText(int index) const;
    std::vector<unsigned char> columnBlob(int index) const;
    std::optional<std::int64_t> columnOptionalInt(int index) const;
    std::optional<std::string> columnOptionalText(int index) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, std::string_view where, Describe describe)
        : m_stmt(stmt), m_where(where), m_describe(describe) {}
    Statement& noteBind(int rc);
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_where;
    Describe m_describe = describeFailure;
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

}  // namespace kiosk::sqlite
