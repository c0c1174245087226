#include "database_setup.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

#include "kiosk/outbox/schema.hpp"

namespace kiosk::outbox {
namespace {

Error setupError(std::string message, const std::filesystem::path& where) {
    return Error{"outbox.io", std::move(message), where.string()};
}

// The data directory is private to the kiosk's user, and the database file is created 0600
// before SQLite opens it: SQLite gives its -wal and -shm files the database file's mode.
Result<void> prepareFiles(const std::filesystem::path& databasePath) {
    const auto dir = databasePath.has_parent_path() ? databasePath.parent_path() : std::filesystem::path(".");
    std::error_code ec;
    if (!std::filesystem::exists(dir, ec)) {
        std::filesystem::create_directories(dir, ec);
        if (!ec) std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
        if (ec) {
            return setupError("Không tạo được thư mục dữ liệu " + dir.string() +
                                  ". Vui lòng báo cán bộ. "
                                  "(Cannot create the data directory.)",
                              dir);
        }
    }
    // Only a file that does not exist yet is opened here. Closing a descriptor of a file drops
    // every POSIX lock this process holds on it, SQLite's included: opening and closing an
    // existing database beside a connection this process already has (the kiosk's Outbox and
    // AuditStore, a test's second Outbox) would drop that connection's locks while another
    // process writes, and SQLite then reads torn pages (SQLITE_IOERR_SHORT_READ was seen).
    const int fd = ::open(databasePath.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST) return {};
    if (fd < 0) {
        return setupError("Không mở được tệp dữ liệu " + databasePath.string() +
                              ". Vui lòng báo cán bộ. "
                              "(Cannot open the outbox database file.)",
                          databasePath);
    }
    ::close(fd);
    return {};
}

Result<void> configure(Database& db, const OutboxOptions& options) {
    db.setBusyTimeout(static_cast<int>(options.busyTimeout.count()));
    auto mode = db.queryText("PRAGMA journal_mode = WAL", "open");
    if (!mode) return mode.error();
    if (*mode != "wal") {
        return setupError("Không bật được chế độ WAL cho cơ sở dữ liệu. (Cannot enable WAL mode.)",
                          options.databasePath);
    }
    // FULL: a receipt on screen is a promise, and WAL with NORMAL may lose the last commit on
    // power loss (portal-integration.md §5.1). secure_delete zeroes freed content, so shredded
    // keys do not linger in free pages.
    if (auto ok = db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;", "open");
        !ok) {
        return ok.error();
    }
    if (options.maxDatabaseBytes > 0) {
        auto pageSize = db.queryInt("PRAGMA page_size", "open");
        if (!pageSize) return pageSize.error();
        const std::int64_t pages = std::max<std::int64_t>(1, options.maxDatabaseBytes / *pageSize);
        const std::string sql = "PRAGMA max_page_count = " + std::to_string(pages);
        if (auto ok = db.queryInt(sql.c_str(), "open"); !ok) return ok.error();
    }
    return migrate(db);
}

}  // namespace

Result<Database> openOutboxDatabase(const OutboxOptions& options) {
    if (!options.create && !std::filesystem::exists(options.databasePath)) {
        return Error{"outbox.missing",
                     "Không có hộp thư đi tại " + options.databasePath.string() + ". (No outbox there.)",
                     options.databasePath.string()};
    }
    if (auto ok = prepareFiles(options.databasePath); !ok) return ok.error();
    auto db = Database::open(options.databasePath, sqliteError);
    if (!db) return db.error();
    if (auto ok = configure(*db, options); !ok) return ok.error();
    return db;
}

Seconds nowOf(const OutboxOptions& options) {
    if (options.clock) return options.clock();
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace kiosk::outbox
