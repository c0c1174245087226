// How long kiosk-sync's queue waits after a failure (agent.hpp, m_consecutiveFailures): a link
// that stays dead doubles the ceiling of the wait each time, and a portal that answered one
// step of a filing and failed a later one is tried again within the base wait, since it is
// up. The portal is a scripted transport here: which step fails cannot be chosen with the
// reference portal's random faults.
#include <doctest/doctest.h>

#include "../outbox/outbox_support.hpp"
#include "kiosk/portal_client/portal_client.hpp"
#include "kiosk/sync/agent.hpp"

using namespace kiosk;
using namespace std::chrono;

namespace {

// Dead: nothing answers. Otherwise a create is answered 201 and a submit 500.
class ScriptedPortal final : public portal_client::Transport {
public:
    bool dead = true;

    portal_client::PortalResult<portal_client::HttpResponse> perform(
        const portal_client::HttpRequest& request) override {
        if (dead) return portal_client::makeFailure("network.connect", "no link", true);
        portal_client::HttpResponse reply;
        if (request.url.ends_with("/filings")) {
            reply.status = 201;
            reply.headers["content-type"] = "application/json";
            reply.body = R"({"filing_id":"f-1","client_filing_id":")" + keyOf(request) +
                         R"(","ma_ho_so":"000.00.00.H66-251122-0001","status":"draft","missing_documents":[]})";
        } else {
            reply.status = 500;
            reply.headers["content-type"] = "application/problem+json";
            reply.body = R"({"status":500,"code":"internal_error","title":"injected","retryable":true})";
        }
        return reply;
    }

private:
    static std::string keyOf(const portal_client::HttpRequest& request) {
        for (const auto& [name, value] : request.headers) {
            if (name == "Idempotency-Key") return value;
        }
        return {};
    }
};

}  // namespace

TEST_CASE("a dead link doubles the wait's ceiling; a portal that answered a step starts again from the base") {
    test::TempDir dir("agent-backoff");
    auto box = outbox::Outbox::open(test::optionsIn(dir.path()));
    REQUIRE(box.ok());
    REQUIRE((*box)->submit(test::makeFiling(test::makeCitizen(), 0)).ok());

    auto owned = std::make_unique<ScriptedPortal>();
    ScriptedPortal& portal = *owned;
    auto kioskKey = signing::PrivateKey::generate();
    auto portalKey = signing::PrivateKey::generate();
    REQUIRE(kioskKey.ok());
    REQUIRE(portalKey.ok());
    portal_client::PortalClient client("https://127.0.0.1:8443/api/v1", "KIOSK01", std::move(*kioskKey),
                                       *portalKey->publicKey(), "kiosk-portal", std::move(owned));
    const portal_client::BackoffPolicy policy{milliseconds{1000}, milliseconds{300000}};
    sync::Agent agent(**box, client, policy, {});

    // Nothing answers: the n-th failure in a row waits at most base x 2^n.
    milliseconds longest{0};
    for (int failure = 0; failure < 8; ++failure) {
        const sync::Step step = agent.deliverNext();
        REQUIRE(step.outcome == sync::StepOutcome::Retry);
        CHECK(step.pause <= policy.base * (1 << failure));
        longest = std::max(longest, step.pause);
    }
    CHECK(longest > policy.base);  // 8 draws under ceilings up to 128 s: all under 1 s is 1 in 2^28

    // The link is back and the portal answers the create, then fails the submit: each time the
    // wait is within the base again, not 256 s, 300 s, 300 s, as if the link were still dead.
    portal.dead = false;
    for (int round = 0; round < 4; ++round) {
        const sync::Step step = agent.deliverNext();
        REQUIRE(step.outcome == sync::StepOutcome::Retry);
        CHECK(step.pause <= policy.base);
    }
    CHECK((*box)->statusCounts()->pending == 1);  // still kept, never failed for good
}
