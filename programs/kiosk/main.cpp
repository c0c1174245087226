// Composition root for `kiosk`: command line -> config -> outbox -> window -> frame loop.
// Every message here is read by commune staff on site, so it is Vietnamese first.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

#include "command_line.hpp"
#include "desk_main.hpp"
#include "kiosk/base/clock.hpp"
#include "kiosk/base/folder_changes.hpp"
#include "kiosk/config/check_config.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/config/config_watcher.hpp"
#include "kiosk/core/staff_lockout.hpp"
#include "kiosk/outbox/audit_store.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "kiosk/outbox/staff_store.hpp"
#include "kiosk/runner/frame_loop.hpp"
#include "kiosk/runner/key_click.hpp"
#include "kiosk/runner/service_notifier.hpp"
#include "kiosk/runner/stream_texture_gl.hpp"
#include "kiosk/runner/wake.hpp"
#include "kiosk/runner/window.hpp"
#include "kiosk/ui/kiosk_app.hpp"
#include "kiosk_version.hpp"
#include "outbox_status.hpp"
#include "portal_connection.hpp"
#include "queue_tickets.hpp"
#include "result_documents.hpp"

namespace {

using namespace kiosk;

runner::WindowOptions windowOptionsFor(const config::DisplaySettings& display,
                                       const CommandLine& cl) {
    runner::WindowOptions options;
    options.fullscreen = display.fullscreen && !cl.windowed && !cl.size;
    options.width = display.width;
    options.height = display.height;
    if (cl.size) {
        options.width = cl.size->first;
        options.height = cl.size->second;
    }
    options.quitAfterFrames = cl.quitAfterFrames;
    return options;
}

void printConfigErrors(const config::ConfigErrors& errors) {
    std::cerr << "kiosk: cấu hình có lỗi, kiosk không khởi động (the configuration has errors):\n";
    for (const auto& e : errors) std::cerr << "  " << e.format() << '\n';
}

}  // namespace

int main(int argc, char** argv) {
    const SystemClock clock;  // the one clock the app, the flow and the frame loop read
    const auto startedAt = clock.steadyNow();
    if (printVersionIfAsked(argc, argv, "kiosk")) return 0;
    auto parsed = parseCommandLine(argc, argv);
    if (!parsed) {
        std::cerr << "kiosk: " << parsed.error().message << "\n\n" << usageText();
        return 2;
    }
    const CommandLine& cl = *parsed;
    if (cl.help) {
        std::cout << usageText();
        return 0;
    }
    if (cl.checkConfigDir) return config::runCheckConfig(*cl.checkConfigDir, std::cout, std::cerr);
    if (cl.desk) return runDesk(cl, clock);

    auto loaded = config::loadConfig(cl.configDir);
    if (!loaded) {
        printConfigErrors(loaded.error());
        return 1;
    }
    auto config = std::make_shared<const config::Config>(std::move(*loaded));

    auto outbox = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(cl.dataDir, config->kiosk.kioskId));
    if (!outbox) {
        std::cerr << "kiosk: không mở được hộp hồ sơ chờ gửi (cannot open the outbox) "
                  << cl.dataDir.string() << ": " << outbox.error().message << '\n';
        return 1;
    }
    if (auto intact = (*outbox)->checkIntegrity(); !intact) {
        std::cerr << "kiosk: hộp hồ sơ chờ gửi bị hỏng, hãy gọi kỹ thuật (the outbox failed its "
                     "integrity check) "
                  << cl.dataDir.string() << '\n';
        return 1;
    }

    // Staff sign-in and the audit log live in the outbox's database (docs/staff.md).
    auto staff = outbox::StaffStore::open(outbox::OutboxOptions::inDirectory(cl.dataDir, ""));
    auto audit = outbox::AuditStore::open(outbox::OutboxOptions::inDirectory(cl.dataDir, ""));
    if (!staff || !audit) {
        std::cerr << "kiosk: không mở được danh sách cán bộ hoặc nhật ký cán bộ (cannot open the staff list or "
                     "the audit log): "
                  << (staff ? audit.error().message : staff.error().message) << '\n';
        return 1;
    }

    const auto options = windowOptionsFor(config->kiosk.display, cl);
    auto window = runner::Window::open(options);
    if (!window) {
        std::cerr << "kiosk: không mở được cửa sổ (cannot open the window): "
                  << window.error().message << '\n';
        return 1;
    }

    // "Lấy số thứ tự": the portal's shared numbers, else the kiosk's own, kept in the data folder.
    // Made before the app, so the app's ticket worker stops before it goes.
    std::string ticketKioskId = config->kiosk.kioskId;
    auto ticketPortal = openTicketPortal(cl.configDir, ticketKioskId);
    QueueTickets queueTickets(std::move(ticketPortal), ticketKioskId, LocalTicketNumbers(cl.dataDir / "queue-local"),
                              clock);
    // "In kết quả": result documents on their own worker, with an outbox connection and a portal
    // client of their own; made before the app, so the app's result worker stops before they go.
    std::string resultKioskId = config->kiosk.kioskId;
    auto resultPortal = openEnrolledPortal(cl.configDir, kResultPortalWait, resultKioskId);
    auto resultBox = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(cl.dataDir, config->kiosk.kioskId));
    PortalResultDocuments resultDocuments(resultPortal ? std::move(*resultPortal) : nullptr,
                                          resultBox ? std::move(*resultBox) : nullptr);
    // The status cache the receipt, fee and look-up screens read, on the app's status worker as
    // well as the UI thread (one call at a time): an outbox connection of its own, so a read never
    // shares one with a filing being stored; made before the app, so its worker stops first.
    auto statusBox = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(cl.dataDir, config->kiosk.kioskId));
    if (!statusBox) {
        std::cerr << "kiosk: không mở được hộp hồ sơ chờ gửi (cannot open the outbox): " << statusBox.error().message
                  << '\n';
        return 1;
    }
    OutboxStatusSource statusSource(**statusBox);
    // The camera's live picture on the identity step; freed (and blanked) before the window.
    runner::GlStreamTexture previewTexture;
    ui::KioskApp app(config, **outbox);
    app.setPreviewTexture(&previewTexture);
    // Scanned pages on the document slots: one texture of the same kind per picture on screen.
    app.setPageTextures([] { return std::make_unique<runner::GlStreamTexture>(); });
    app.setClock(clock);
    app.setStaffLockout(core::StaffLockout::open(cl.dataDir / "staff-lockout", clock.localNow()));
    app.setStaffDirectory(staff->get());
    app.setAuditLog(audit->get());
    // kiosk-admin enroll installs it there (portal_client::enrollmentDirectory, which the kiosk does not link).
    if (cl.requireEnrollment && !std::filesystem::exists(cl.configDir / "enrollment" / "enrollment.toml")) {
        std::cerr << "kiosk: chưa đăng ký với cổng của tỉnh, chỉ hiện hướng dẫn đăng ký (not enrolled: "
                     "showing how to enrol)\n";
        app.setNotEnrolled(true);
    }
    app.setQueueTickets(&queueTickets);
    app.setResultDocuments(&resultDocuments);
    app.setStatusSource(&statusSource);
    // kiosk-sync writes the status cache into the outbox's folder: a paid fee or a mã hồ sơ
    // shows in the next frame, not at the receipt's next timed look.
    FolderChanges statusChanges(cl.dataDir, [&app, wake = runner::frameLoopWake()] {
        app.noteStatusChanged();
        wake();
    });
    // Opened even when key_click is off: a config reload may turn it on.
    auto keyClick = runner::KeyClick::open();
    app.setKeyClick([&keyClick] { keyClick->play(); });
    config::ConfigWatcher watcher(cl.configDir);
    // The folder is looked at when something in it changed (inotify wakes the frame loop), not
    // on a timer.
    std::atomic<bool> configTouched{false};
    FolderChanges configChanges(cl.configDir, [&configTouched, wake = runner::frameLoopWake()] {
        configTouched = true;
        wake();
    });
    auto notifier = runner::ServiceNotifier::fromEnvironment();
    runner::armTestHangSignal();
    runner::LoopHooks hooks;
    hooks.nextPoll = [&notifier] { return notifier.nextPing(); };
    hooks.poll = [&](std::chrono::steady_clock::time_point now) {
        notifier.alive(now);
        if (!configTouched.exchange(false)) return false;
        auto reloaded = watcher.poll();
        if (!reloaded) return false;
        if (*reloaded) {
            auto next = std::make_shared<const config::Config>(std::move(**reloaded));
            app.replaceConfig(std::move(next));
            std::cerr << "kiosk: đã nạp lại cấu hình (configuration reloaded)\n";
        } else {
            const auto& errors = reloaded->error();
            std::cerr << "kiosk: cấu hình mới có " << errors.size()
                      << " lỗi, vẫn dùng cấu hình cũ (new configuration rejected, keeping the last good one)\n";
            for (const auto& e : errors) std::cerr << "  " << e.format() << '\n';
            app.reportConfigProblem(errors.front().format());
        }
        return true;
    };
    hooks.afterFirstFrame = [startedAt, &clock, &notifier] {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(clock.steadyNow() - startedAt).count();
        std::cerr << "kiosk: khung hình đầu tiên sau " << ms << " ms (first frame after " << ms
                  << " ms)\n";
        notifier.ready();
    };
    return runner::runFrameLoop(**window, app, options, hooks);
}
