#include "portal_connection.hpp"

#include "kiosk/portal_client/enrollment.hpp"

namespace kiosk {

Result<std::unique_ptr<portal_client::PortalClient>> openEnrolledPortal(const std::filesystem::path& configDir,
                                                                        std::chrono::seconds budget,
                                                                        std::string& kioskId) {
    const auto directory = portal_client::enrollmentDirectory(configDir);
    if (!std::filesystem::exists(directory)) {
        return Error{"kiosk.not_enrolled", "Máy chưa đăng ký với cổng của tỉnh. (Not enrolled.)", "enrollment"};
    }
    auto enrollment = portal_client::readEnrollment(directory);
    if (!enrollment) return enrollment.error();
    auto settings = portal_client::settingsFor(*enrollment);
    settings.transport.timeouts.connect = std::chrono::duration_cast<std::chrono::milliseconds>(budget) / 2;
    settings.transport.timeouts.total = budget;
    auto client = portal_client::PortalClient::open(settings);
    if (!client) return client.error();
    kioskId = enrollment->kioskId;
    return std::move(*client);
}

}  // namespace kiosk
