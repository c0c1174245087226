#include "db.hpp"

#include <fcntl.h>
#include <unistd.h>

namespace kiosk::reference_portal {
namespace {

sqlite::Database openPrivateFile(const std::filesystem::path& path) {
    // Create the file 0600 first, so SQLite's -wal and -shm inherit private permissions.
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0) ::close(fd);
    return orThrow(sqlite::Database::open(path));
}

}  // namespace

void throwDbError(const Error& error) {
    // The detail names the step and SQLite's failure, never bound values.
    throw DbError(error.where);
}

Db::Db(const std::filesystem::path& path) : m_db(openPrivateFile(path)) {
    m_db.setBusyTimeout(5000);
    exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
}

}  // namespace kiosk::reference_portal
