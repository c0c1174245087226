#include "dispatcher.hpp"

#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <sys/socket.h>

#include <iostream>
#include <thread>

#include "kiosk/signing/http_signature.hpp"
#include "reference_portal/filing_request.hpp"
#include "reference_portal/pki.hpp"

namespace kiosk::reference_portal {

namespace {

// Segment-wise match; {} takes one non-empty segment of URL-safe characters.
bool matchRoute(std::string_view pattern, std::string_view path, std::vector<std::string>& params) {
    params.clear();
    while (!pattern.empty() || !path.empty()) {
        if (pattern.empty() || path.empty() || pattern.front() != '/' || path.front() != '/') {
            return false;
        }
        pattern.remove_prefix(1);
        path.remove_prefix(1);
        const std::string_view p = pattern.substr(0, pattern.find('/'));
        const std::string_view s = path.substr(0, path.find('/'));
        if (p == "{}") {
            const bool safe = !s.empty() && s.size() <= 128 &&
                              std::all_of(s.begin(), s.end(), [](char c) {
                                  return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
                                         c == '-' || c == '_' || c == '.' || c == ':';
                              });
            if (!safe) return false;
            params.emplace_back(s);
        } else if (p != s) {
            return false;
        }
        pattern.remove_prefix(p.size());
        path.remove_prefix(s.size());
    }
    return true;
}

// Ends the TCP connection under the TLS session: the client gets no response at all.
void dropConnection(const httplib::Request& req) {
    if (req.ssl == nullptr) return;
    const int fd = SSL_get_fd(req.ssl);
    if (fd >= 0) ::shutdown(fd, SHUT_RDWR);
}

bool roll(PortalContext& ctx, double probability) {
    if (probability <= 0) return false;
    std::lock_guard guard(ctx.rngLock);
    return std::uniform_real_distribution<double>(0.0, 1.0)(ctx.rng) < probability;
}

int randomBetween(PortalContext& ctx, int low, int high) {
    std::lock_guard guard(ctx.rngLock);
    return std::uniform_int_distribution<int>(low, high)(ctx.rng);
}

void write(httplib::Response& res, const ApiResponse& answer) {
    res.status = answer.status;
    for (const auto& [name, value] : answer.headers) res.set_header(name, value);
    if (!answer.contentType.empty()) res.set_content(answer.body, answer.contentType.c_str());
}

std::string signingProblemCode(const std::string& errorCode) {
    if (errorCode == "signing.missing") return "signature_missing";
    if (errorCode == "signing.key_mismatch") return "signature_key_mismatch";
    if (errorCode == "signing.digest_mismatch") return "content_digest_mismatch";
    if (errorCode == "signing.expired") return "signature_expired";
    if (errorCode == "signing.invalid") return "signature_invalid";
    if (errorCode == "signing.nonce_reused") return "nonce_reused";
    return "signature_malformed";
}

std::optional<ApiResponse> checkSignature(PortalContext& ctx, const Call& call, const Route& route) {
    auto key = signing::PublicKey::fromPem(call.who.signingKeyPem);
    if (!key) {
        return problem(401, "kiosk_not_enrolled",
                       "Chưa có khóa ký được đăng ký cho máy hay cán bộ này / No signing key enrolled for "
                       "this kiosk or operator",
                       call.instance);
    }
    const auto& http = call.http;
    signing::IncomingRequest in{http.method, call.targetUri, http.body,
                                [&http](std::string_view name) -> std::optional<std::string> {
                                    const std::string n(name);
                                    if (!http.has_header(n)) return std::nullopt;
                                    // Two copies of a signed header are ambiguous: refuse.
                                    if (http.get_header_value_count(n) != 1) return std::nullopt;
                                    return http.get_header_value(n);
                                }};
    signing::VerifyPolicy policy(call.who.id,
                                 signing::requestComponents(route.key == KeyRule::Required),
                                 call.now);
    auto verified = signing::verifyRequest(in, *key, policy, ctx.store.nonces());
    if (verified) return std::nullopt;
    return problem(401, signingProblemCode(verified.error().code), verified.error().message,
                   call.instance);
}

// `fault` names the injected fault that shaped this answer ("" for none), so tests can prove
// from the portal's own log that a fault fired.
void logRequest(const Call* call, const Route* route, const httplib::Request& req, int status,
                const std::string& fault = {}) {
    // Route patterns, ids and codes only: never bodies, answers, names or numbers.
    std::clog << "kiosk-portal: " << req.method << ' ' << (route ? route->pattern : "(no route)")
              << ' ' << status;
    if (call != nullptr) {
        std::clog << " client=" << call->who.id;
        if (!call->params.empty()) std::clog << " id=" << call->params.front();
    }
    if (!fault.empty()) std::clog << " fault=" << fault;
    std::clog << '\n';
}

ApiResponse runHandler(PortalContext& ctx, const Call& call, const Route& route) {
    std::lock_guard guard(ctx.lock);
    // Every write, a kiosk's or an operator's, is signed; reads rely on the TLS client certificate
    // alone. A staff write changes a citizen's filing, so it needs the same proof of who sent it.
    if (call.http.method == "POST" || call.http.method == "PUT") {
        if (auto refused = checkSignature(ctx, call, route)) return *refused;
    }
    std::string fingerprint;
    if (!call.idempotencyKey.empty()) {
        fingerprint = signing::sha256Hex(call.http.method + " " + call.http.path + "\n" +
                                         call.http.body);
        if (auto stored = ctx.store.findIdempotent(call.who.id, call.idempotencyKey)) {
            if (stored->fingerprint != fingerprint) {
                return problem(422, "idempotency_key_reused",
                               "Khóa này đã được dùng cho một yêu cầu có nội dung khác; hãy dùng "
                               "khóa mới cho yêu cầu mới / This key was used for a different "
                               "request; use a new key for a new request",
                               call.instance);
            }
            stored->response.headers.emplace_back("Idempotent-Replayed", "true");
            // A kept submit reply has its look-up code blanked (owner_proof.hpp); params[0] is its filing.
            if (!call.params.empty()) {
                stored->response.body = restoreLookupCode(ctx.lookupKey, std::move(stored->response.body),
                                                          call.params.front());
            }
            return stored->response;
        }
    }
    auto tx = ctx.store.db().begin();
    ApiResponse answer = route.handler(ctx, call);
    if (answer.success()) {
        if (!call.idempotencyKey.empty()) {
            ApiResponse kept = answer;
            kept.body = blankLookupCode(std::move(kept.body));
            ctx.store.saveIdempotent(call.who.id, call.idempotencyKey, fingerprint, kept, call.now);
        }
        orThrow(tx.commit());
    }
    return answer;
}

// The route for this method and path; `pathKnown` tells 405 from 404 when there is none.
const Route* findRoute(const httplib::Request& req, std::vector<std::string>& params, bool& pathKnown) {
    pathKnown = false;
    for (const auto& r : routes()) {
        if (matchRoute(r.pattern, req.path, params)) {
            pathKnown = true;
            if (req.method == r.method) return &r;
        }
    }
    return nullptr;
}

ApiResponse tooLarge(const Route& route, const std::string& instance) {
    return problem(413, "payload_too_large",
                   "Dữ liệu gửi lên vượt giới hạn " + std::to_string(route.maxBody) +
                       " byte / Payload exceeds the limit",
                   instance);
}

}  // namespace

bool bodyRefusedUnread(const httplib::Request& req) {
    std::vector<std::string> params;
    bool pathKnown = false;
    const Route* route = findRoute(req, params, pathKnown);
    if (route == nullptr) return false;  // dispatch answers 404/405 without reading on
    // The API sends every body with Content-Length; a chunked one could only be measured by
    // reading it.
    if (req.has_header("Transfer-Encoding")) return true;
    if (!req.has_header("Content-Length")) return false;
    const auto declared = parseCount(req.get_header_value("Content-Length"));
    return !declared || static_cast<std::uint64_t>(*declared) > route->maxBody;
}

bool refuseBeforeBody(const httplib::Request& req, httplib::Response& res) {
    if (!bodyRefusedUnread(req)) return false;
    std::vector<std::string> params;
    bool pathKnown = false;
    const Route* route = findRoute(req, params, pathKnown);
    write(res, tooLarge(*route, req.path));
    logRequest(nullptr, route, req, res.status);
    return true;
}

void dispatch(PortalContext& ctx, const httplib::Request& req, httplib::Response& res) {
    std::vector<std::string> params;
    bool pathKnown = false;
    const Route* route = findRoute(req, params, pathKnown);
    if (route != nullptr && route->handler == handleSimulatePaid && !ctx.options.simulatePayments) {
        route = nullptr;  // the payment simulator exists only with --simulate-payments
        pathKnown = false;
    }
    if (route == nullptr) {
        write(res, pathKnown ? problem(405, "method_not_allowed",
                                       "Đường dẫn này không nhận phương thức " + req.method +
                                           " / Method not allowed here",
                                       req.path)
                             : problem(404, "not_found",
                                       "Không có API ở đường dẫn này / No API at this path",
                                       req.path));
        logRequest(nullptr, nullptr, req, res.status);
        return;
    }

    const std::string fingerprint =
        certificateFingerprint(req.ssl != nullptr ? SSL_get0_peer_certificate(req.ssl) : nullptr);
    std::optional<Principal> who;
    {
        std::lock_guard guard(ctx.lock);
        who = ctx.store.principalByFingerprint(fingerprint);
    }
    if (!who) {
        write(res, problem(403, "kiosk_not_enrolled",
                           "Chứng thư của máy chưa được đăng ký với cổng / The client certificate "
                           "is not enrolled",
                           req.path));
        logRequest(nullptr, route, req, res.status);
        return;
    }
    Call call{req, *who, params, req.path,
              "https://" + req.get_header_value("Host") + req.target,
              unquoteKey(req.get_header_value("Idempotency-Key")), now()};
    const bool allowed = route->access == Access::Both ||
                         (route->access == Access::Kiosk) == (who->role == Role::Kiosk);
    ApiResponse answer;
    bool mutated = false;
    std::string fault;
    if (!allowed) {
        answer = problem(403, "forbidden",
                         who->role == Role::Kiosk
                             ? "Chức năng này chỉ dành cho cán bộ / Staff only"
                             : "Chức năng này chỉ dành cho kiosk / Kiosks only",
                         call.instance);
    } else if (who->role == Role::Kiosk && roll(ctx, ctx.options.faults.drop)) {
        dropConnection(req);
        logRequest(&call, route, req, 0, "drop");
        return;
    } else if (who->role == Role::Kiosk && roll(ctx, ctx.options.faults.error500)) {
        fault = "error500";
        answer = problem(500, "internal_error", "Lỗi giả lập (--faults error500) / Injected fault",
                         call.instance);
    } else if (who->role == Role::Kiosk && roll(ctx, ctx.options.faults.overload)) {
        fault = "overload";
        answer = problem(503, "overloaded", "Lỗi giả lập (--faults overload) / Injected fault",
                         call.instance);
        answer.headers.emplace_back("Retry-After", std::to_string(randomBetween(ctx, 1, 5)));
    } else if (who->role == Role::Kiosk && roll(ctx, ctx.options.faults.captive)) {
        fault = "captive";
        answer = ApiResponse{200, "text/html; charset=utf-8",
                             "<html><body>Đăng nhập Wi-Fi / Wi-Fi login</body></html>", {}};
    } else if (req.body.size() > route->maxBody) {
        answer = tooLarge(*route, call.instance);
    } else if (route->key == KeyRule::Required && call.idempotencyKey.empty()) {
        answer = problem(400, "idempotency_key_missing",
                         "Yêu cầu này cần tiêu đề Idempotency-Key / This request needs an "
                         "Idempotency-Key header",
                         call.instance);
    } else if (!call.idempotencyKey.empty() && !isIdempotencyKey(call.idempotencyKey)) {
        answer = problem(400, "bad_request",
                         "Idempotency-Key chỉ gồm A-Z a-z 0-9 - _ . : (tối đa 255) / "
                         "Idempotency-Key must be 1-255 of A-Z a-z 0-9 - _ . :",
                         call.instance);
    } else {
        if (who->role == Role::Kiosk && ctx.options.faults.delayMaxMs > 0) {
            const int delayMs = randomBetween(ctx, ctx.options.faults.delayMinMs, ctx.options.faults.delayMaxMs);
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            call.now = now();
            fault = "delay:" + std::to_string(delayMs) + "ms";
        }
        try {
            answer = runHandler(ctx, call, *route);
            mutated = answer.success() && req.method != "GET" && req.method != "HEAD";
        } catch (const std::exception& e) {
            std::clog << "kiosk-portal: internal error: " << e.what() << '\n';
            answer = problem(500, "internal_error",
                             "Cổng gặp lỗi khi xử lý; hãy thử lại sau / The portal failed; "
                             "retry later",
                             call.instance);
        }
    }
    if (mutated && who->role == Role::Kiosk && roll(ctx, ctx.options.faults.resetAfterCommit)) {
        dropConnection(req);
        logRequest(&call, route, req, 0, fault.empty() ? "reset_after_commit" : fault + ",reset_after_commit");
        return;
    }
    write(res, answer);
    logRequest(&call, route, req, answer.status, fault);
}

}  // namespace kiosk::reference_portal
