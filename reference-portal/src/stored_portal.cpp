#include "stored_portal.hpp"

#include <filesystem>
#include <ostream>

namespace kiosk::reference_portal {

int withStoredPortal(const Options& options, std::ostream& err, const char* failure,
                     const std::function<int(Store&)>& work) {
    const auto dbPath = options.dataDir / "portal.db";
    if (!std::filesystem::exists(dbPath)) {
        err << "Không có cơ sở dữ liệu cổng trong " << options.dataDir.string()
            << " / No portal database in that folder\n";
        return 1;
    }
    try {
        Store store(dbPath);
        return work(store);
    } catch (const DbError& e) {
        err << failure << ": " << e.what() << '\n';
        return 1;
    }
}

}  // namespace kiosk::reference_portal
