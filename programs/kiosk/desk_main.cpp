// `kiosk --desk`: the one-stop desk's window. The same program, window, ImGui and frame loop as
// the kiosk, but the app is ui::DeskApp, which talks to the portal's staff API with the staff
// certificate (desk::connectStaffPortal). Its intake ("Tiếp nhận hồ sơ") is the kiosk's own
// filing flow (ui::KioskApp in desk mode) on the desk PC's outbox, which the desk PC's
// kiosk-sync delivers as a kiosk's.
#include "desk_main.hpp"

#include <fstream>
#include <iostream>

#include "kiosk/config/config.hpp"
#include "kiosk/core/staff_lockout.hpp"
#include "kiosk/desk/staff_portal.hpp"
#include "kiosk/outbox/audit_store.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "kiosk/outbox/staff_store.hpp"
#include "kiosk/runner/frame_loop.hpp"
#include "kiosk/runner/stream_texture_gl.hpp"
#include "kiosk/runner/window.hpp"
#include "kiosk/ui/desk_app.hpp"
#include "kiosk/ui/kiosk_app.hpp"
#include "outbox_status.hpp"

namespace kiosk {
namespace {

// The portal URL from --portal, else the first line of the certificate folder's portal-url.
std::string portalUrlFor(const CommandLine& cl, const std::filesystem::path& folder) {
    if (cl.portalUrl) return *cl.portalUrl;
    std::ifstream in(folder / "portal-url");
    std::string url;
    std::getline(in, url);
    return url;
}

}  // namespace

int runDesk(const CommandLine& cl, const Clock& clock) {
    auto loaded = config::loadConfig(cl.configDir);
    if (!loaded) {
        std::cerr << "kiosk --desk: cấu hình có lỗi (the configuration has errors):\n";
        for (const auto& e : loaded.error()) std::cerr << "  " << e.format() << '\n';
        return 1;
    }
    auto config = std::make_shared<const config::Config>(std::move(*loaded));
    const auto folder = cl.staffCertificate.value_or(cl.dataDir / "staff-certificate");
    const desk::StaffCertificate certificate{folder, portalUrlFor(cl, folder)};
    const auto operatorId = desk::operatorOf(certificate);
    if (!operatorId) {
        std::cerr << "kiosk --desk: " << operatorId.error().message << " (" << folder.string() << ")\n";
        return 1;
    }
    auto portal = desk::connectStaffPortal(certificate);
    if (!portal) {
        std::cerr << "kiosk --desk: " << portal.error().message << '\n';
        return 1;
    }

    runner::WindowOptions options;
    options.fullscreen = false;
    options.width = cl.size ? cl.size->first : 1600;
    options.height = cl.size ? cl.size->second : 900;
    options.quitAfterFrames = cl.quitAfterFrames;
    auto window = runner::Window::open(options);
    if (!window) {
        std::cerr << "kiosk --desk: không mở được cửa sổ (cannot open the window): " << window.error().message << '\n';
        return 1;
    }
    // The staff audit log in the desk PC's outbox database: every action is recorded there first.
    auto audit = outbox::AuditStore::open(outbox::OutboxOptions::inDirectory(cl.dataDir, config->kiosk.kioskId));
    if (!audit) {
        std::cerr << "kiosk --desk: không mở được nhật ký cán bộ (cannot open the staff audit log) "
                  << cl.dataDir.string() << ": " << audit.error().message << '\n';
        return 1;
    }
    // The filings taken in at the desk wait here for kiosk-sync, as at a kiosk.
    auto outbox = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(cl.dataDir, config->kiosk.kioskId));
    if (!outbox) {
        std::cerr << "kiosk --desk: không mở được hộp hồ sơ chờ gửi (cannot open the outbox) " << cl.dataDir.string()
                  << ": " << outbox.error().message << '\n';
        return 1;
    }
    // The intake's status reads run on its status worker too: an outbox connection of their own.
    auto statusBox = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(cl.dataDir, config->kiosk.kioskId));
    if (!statusBox) {
        std::cerr << "kiosk --desk: không mở được hộp hồ sơ chờ gửi (cannot open the outbox) " << cl.dataDir.string()
                  << ": " << statusBox.error().message << '\n';
        return 1;
    }
    OutboxStatusSource statusSource(**statusBox);
    runner::GlStreamTexture previewTexture;  // the card camera's live picture; freed before the window
    ui::DeskApp app(config, std::move(*portal), *operatorId);
    app.setAuditLog(audit->get());
    // The officer (the staff certificate's CN) signs in with their own PIN from the staff list
    // on this PC, as at the kiosk's staff screen (kiosk-admin staff add; docs/staff.md).
    auto staffList = outbox::StaffStore::open(outbox::OutboxOptions::inDirectory(cl.dataDir, ""));
    if (!staffList) {
        std::cerr << "kiosk --desk: không mở được danh sách cán bộ (cannot open the staff list) " << cl.dataDir.string()
                  << ": " << staffList.error().message << '\n';
        return 1;
    }
    app.setStaffSignIn(staffList->get(), core::StaffLockout::open(cl.dataDir / "staff-lockout", clock.localNow()));
    app.setIntake([&config, &outbox, &statusSource, &previewTexture] {
        auto intake = std::make_unique<ui::KioskApp>(config, **outbox);
        intake->setStatusSource(&statusSource);
        intake->setPreviewTexture(&previewTexture);
        intake->setPageTextures([] { return std::make_unique<runner::GlStreamTexture>(); });
        return intake;
    });
    app.setClock(clock);
    app.setReportFolder(cl.dataDir / "reports");
    return runner::runFrameLoop(**window, app, options, runner::LoopHooks{});
}

}  // namespace kiosk
