#include "storage.hpp"

#include <sqlite3.h>

namespace kiosk::outbox {

Error sqliteError(int rc, std::string_view where) {
    const std::string detail = sqlite::failureDetail(rc, where);
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

}  // namespace kiosk::outbox
