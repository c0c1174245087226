// kiosk-portal --revoke ID: marks a kiosk's or operator's certificates revoked in the portal's
// database. A running portal reloads the enrolled set every quarter second, so the revoked
// certificate's next TLS handshake fails (server.cpp).
#include <ostream>

#include "reference_portal/clock.hpp"
#include "reference_portal/server.hpp"
#include "stored_portal.hpp"

namespace kiosk::reference_portal {

int runRevoke(const Options& options, std::ostream& out, std::ostream& err) {
    return withStoredPortal(
        options, err, "Không ghi được cơ sở dữ liệu cổng / Cannot write the portal database",
        [&](Store& store) {
            const int revoked = store.revoke(options.revokeId, now());
            if (revoked == 0) {
                err << "Không có kiosk hay cán bộ đang hoạt động mang mã " << options.revokeId
                    << " / No active kiosk or operator with that id\n";
                return 1;
            }
            out << "Đã thu hồi / Revoked: " << options.revokeId << " (" << revoked
                << (revoked == 1 ? " certificate" : " certificates") << ")\n";
            return 0;
        });
}

}  // namespace kiosk::reference_portal
