#include "reference_portal/server.hpp"

#include <openssl/ssl.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <ostream>
#include <thread>

#include "dispatcher.hpp"
#include "kiosk/config/config.hpp"
#include "reference_portal/filing_request.hpp"
#include "reference_portal/pki.hpp"
#include "routes.hpp"
#include "tls_server.hpp"

namespace kiosk::reference_portal {

namespace fs = std::filesystem;

namespace {

// The largest body any route takes; each route's own smaller limit is checked before the body
// is read (refuseBeforeBody), so this only backs that check up.
constexpr std::size_t kWireLimit = static_cast<std::size_t>(kMaxPartBytes);

bool configureTls(SSL_CTX& ctx, const fs::path& dataDir) {
    const std::string ca = (dataDir / "ca.pem").string();
    SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(&ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
    if (SSL_CTX_use_certificate_chain_file(&ctx, (dataDir / "server.pem").c_str()) != 1 ||
        SSL_CTX_use_PrivateKey_file(&ctx, (dataDir / "server.key").c_str(), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_load_verify_locations(&ctx, ca.c_str(), nullptr) != 1) {
        return false;
    }
    SSL_CTX_set_client_CA_list(&ctx, SSL_load_client_CA_file(ca.c_str()));
    return true;
}

bool enrollAll(Store& store, const Options& options, std::ostream& err) {
    for (const auto& id : options.kiosks) {
        auto enrolled = ensureKioskEnrollment(options.dataDir, id);
        if (!enrolled) {
            err << enrolled.error().message << '\n';
            return false;
        }
        store.enroll(enrolled->fingerprint, Principal{id, Role::Kiosk, enrolled->signingKeyPem}, now());
    }
    for (const auto& id : options.staff) {
        auto enrolled = ensureStaffEnrollment(options.dataDir, id);
        if (!enrolled) {
            err << enrolled.error().message << '\n';
            return false;
        }
        store.enroll(enrolled->fingerprint, Principal{id, Role::Staff, enrolled->signingKeyPem}, now());
    }
    return true;
}

std::string urlFor(const std::string& host, int port) {
    std::string shown = host == "0.0.0.0" ? "127.0.0.1" : host == "::" ? "::1" : host;
    if (shown.find(':') != std::string::npos) shown = "[" + shown + "]";
    return "https://" + shown + ":" + std::to_string(port) + "/api/v1";
}

}  // namespace

int runPortal(const Options& options, std::ostream& out, std::ostream& err) {
    // Signals are taken by one thread (sigwait), so block them before any other thread starts.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    signal(SIGPIPE, SIG_IGN);

    WorkingCalendar calendar;
    if (!options.workingCalendar.empty()) {
        auto loaded = config::loadWorkingCalendarFile(options.workingCalendar);
        if (!loaded) {
            err << "Lịch làm việc có lỗi / The working calendar has errors:\n";
            for (const auto& e : loaded.error()) err << "  " << e.format() << '\n';
            return 1;
        }
        calendar = std::move(*loaded);
    }
    if (auto pki = ensurePortalPki(options.dataDir); !pki) {
        err << pki.error().message << '\n';
        return 1;
    }
    std::optional<Store> store;
    try {
        store.emplace(options.dataDir / "portal.db");
        if (!enrollAll(*store, options, err)) return 1;
    } catch (const DbError& e) {
        err << "Không mở được cơ sở dữ liệu của cổng / Cannot open the portal database: "
            << e.what() << '\n';
        return 1;
    }
    auto portalKey = signing::loadPrivateKey(options.dataDir / "portal-signing.key");
    if (!portalKey) {
        err << portalKey.error().message << '\n';
        return 1;
    }
    auto lookupKey = loadOrCreateLookupKey(options.dataDir / "lookup-code.key");
    if (!lookupKey) {
        err << lookupKey.error().message << '\n';
        return 1;
    }
    PortalContext ctx(*store, *portalKey, options, std::move(calendar));
    ctx.lookupKey = std::move(*lookupKey);

    // Who may connect, reread often enough that `kiosk-portal --revoke` from another process
    // takes effect within a second (docs/portal-api.md §2.1).
    EnrolledFingerprints enrolled;
    enrolled.replace(store->activeFingerprints());
    BoundedTlsServer server([&](SSL_CTX& sslCtx) { return configureTls(sslCtx, options.dataDir); },
                            enrolled, bodyRefusedUnread);
    if (!server.is_valid()) {
        err << "Không nạp được chứng thư TLS của cổng / Cannot load the portal's TLS files\n";
        return 1;
    }
    server.set_payload_max_length(kWireLimit);
    // Without it a reply written in several pieces waits for the client's delayed ACK (~40 ms
    // per request on Linux), which alone capped delivery at about 8 filings/s.
    server.set_tcp_nodelay(true);
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        const ApiResponse answer = problem(500, "internal_error",
                                           "Lỗi máy chủ cổng / Portal internal error", "");
        res.status = answer.status;
        res.set_content(answer.body, answer.contentType.c_str());
    });
    server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        return refuseBeforeBody(req, res) ? httplib::Server::HandlerResponse::Handled
                                          : httplib::Server::HandlerResponse::Unhandled;
    });
    const auto handler = [&ctx](const httplib::Request& req, httplib::Response& res) {
        dispatch(ctx, req, res);
    };
    server.Get(".*", handler);  // also receives HEAD
    server.Post(".*", handler);
    server.Put(".*", handler);
    server.Patch(".*", handler);
    server.Delete(".*", handler);

    int port = options.port;
    const bool bound = port == 0 ? (port = server.bind_to_any_port(options.host)) > 0
                                 : server.bind_to_port(options.host, port);
    if (!bound) {
        err << "Không mở được cổng " << options.host << ':' << options.port
            << " (đang bị dùng?) / Cannot listen on that address (in use?)\n";
        return 1;
    }
    const std::string url = urlFor(options.host, port);
    for (const auto& id : options.kiosks) {
        if (auto w = writeEnrollmentToml(options.dataDir, id, url, options.agency); !w) {
            err << w.error().message << '\n';
            return 1;
        }
    }
    if (auto w = writeFileAtomically(options.dataDir / "portal-url", url + "\n", 0644); !w) {
        err << w.error().message << '\n';
        return 1;
    }

    std::atomic<bool> listenEnded{false};
    std::thread stopper([&server, &listenEnded, stopSignals] {
        int signalNumber = 0;
        sigwait(&stopSignals, &signalNumber);
        // stop() does nothing until listen_after_bind has started its accept loop, so a signal
        // that comes right after "listening on" would be lost and the portal would never exit:
        // ask again until listening has ended.
        while (!listenEnded) {
            server.stop();
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    std::thread enrollmentReader([&ctx, &enrolled, &listenEnded] {
        while (!listenEnded) {
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            try {
                std::lock_guard guard(ctx.lock);
                enrolled.replace(ctx.store.activeFingerprints());
            } catch (const DbError& e) {
                std::clog << "kiosk-portal: cannot reread enrollments: " << e.what() << '\n';
            }
        }
    });
    out << "kiosk-portal: listening on " << url << std::endl;
    const bool clean = server.listen_after_bind();
    listenEnded = true;
    enrollmentReader.join();
    // Wakes the waiter if listening ended alone. SIGTERM is blocked in every thread (above) and
    // the stopper takes it with sigwait, so it terminates nothing.
    pthread_kill(stopper.native_handle(), SIGTERM);  // NOLINT(bugprone-bad-signal-to-kill-thread)
    stopper.join();
    return clean ? 0 : 1;
}

}  // namespace kiosk::reference_portal
