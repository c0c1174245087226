#pragma once
// kiosk-portal's database on the one SQLite layer (kiosk/sqlite/database.hpp). Inside the portal
// a failed statement aborts the whole request: orThrow turns the layer's error into DbError,
// which the dispatcher turns into a 500 problem after rolling the request's transaction back.
// Nothing here leaves the program, so no exception crosses a module.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "kiosk/base/result.hpp"
#include "kiosk/sqlite/database.hpp"

namespace kiosk::reference_portal {

class DbError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws DbError with the error's detail (what was done and SQLite's name for the failure).
[[noreturn]] void throwDbError(const Error& error);

template <typename T>
T orThrow(Result<T> result) {
    if (!result) throwDbError(result.error());
    return std::move(result).value();
}

inline void orThrow(Result<void> result) {
    if (!result) throwDbError(result.error());
}

using sqlite::Statement;

class Db {
public:
    // Opens or creates the file (mode 0600), WAL, synchronous=FULL, foreign keys on, a 5 s busy
    // timeout.
    explicit Db(const std::filesystem::path& path);

    void exec(std::string_view sql) { orThrow(m_db.exec(sql, "exec")); }
    Statement prepare(std::string_view sql) { return orThrow(m_db.prepare(sql, "statement")); }
    // BEGIN IMMEDIATE; the transaction rolls back when it goes away uncommitted.
    sqlite::Transaction begin() { return orThrow(sqlite::Transaction::begin(m_db, "request")); }
    std::int64_t lastInsertId() const { return m_db.lastInsertId(); }
    int changes() const { return m_db.changes(); }

private:
    sqlite::Database m_db;
};

}  // namespace kiosk::reference_portal
