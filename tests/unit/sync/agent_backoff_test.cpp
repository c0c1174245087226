// How long kiosk-sync's queue waits after a failure (agent.hpp, m_consecutiveFailures): a link
// that stays dead doubles the ceiling of the wait each time, and a portal that answered one
// step of a filing and failed a later one is tried again within the base wait, since it is up.
// And a retried filing goes on from the step that failed (m_inProgress). The portal is a
// scripted transport here: which step fails cannot be chosen with the reference portal's
// random faults.
#include <doctest/doctest.h>

#include "../outbox/outbox_support.hpp"
#include "kiosk/portal_client/portal_client.hpp"
#include "kiosk/sync/agent.hpp"

using namespace kiosk;
using namespace std::chrono;

namespace {

// Dead: nothing answers. Otherwise a create is answered 201 and a submit `submitStatus`.
class ScriptedPortal final : public portal_client::Transport {
public:
    bool dead = true;
    long submitStatus = 500;
    std::vector<std::string> sent;  // the path of every request that reached the portal

    portal_client::PortalResult<portal_client::HttpResponse> perform(
        const portal_client::HttpRequest& request) override {
        if (dead) return portal_client::makeFailure("network.connect", "no link", true);
        sent.push_back(request.url.substr(request.url.find("/filings")));
        portal_client::HttpResponse reply;
        if (request.url.ends_with("/filings")) {
            reply.status = 201;
            reply.headers["content-type"] = "application/json";
            reply.body = R"({"filing_id":"f-1","client_filing_id":")" + keyOf(request) +
                         R"(","ma_ho_so":"000.00.00.H66-251122-0001","status":"draft","missing_documents":[]})";
        } else {
            reply.status = submitStatus;
            reply.headers["content-type"] = "application/problem+json";
            reply.body = submitStatus == 500
                             ? R"({"status":500,"code":"internal_error","title":"injected","retryable":true})"
                         : submitStatus == 409
                             ? R"({"status":409,"code":"missing_documents","title":"a document is missing"})"
                             : R"({"status":404,"code":"not_found","title":"no such filing","retryable":false})";
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

struct Fixture {
    test::TempDir dir{"agent-backoff"};
    std::unique_ptr<outbox::Outbox> box;
    ScriptedPortal* portal = nullptr;
    std::unique_ptr<portal_client::PortalClient> client;
    portal_client::BackoffPolicy policy{milliseconds{1000}, milliseconds{300000}};
    std::unique_ptr<sync::Agent> agent;

    Fixture() {
        auto opened = outbox::Outbox::open(test::optionsIn(dir.path()));
        REQUIRE(opened.ok());
        box = std::move(*opened);
        REQUIRE(box->submit(test::makeFiling(test::makeCitizen(), 0)).ok());
        auto owned = std::make_unique<ScriptedPortal>();
        portal = owned.get();
        auto kioskKey = signing::PrivateKey::generate();
        auto portalKey = signing::PrivateKey::generate();
        REQUIRE(kioskKey.ok());
        REQUIRE(portalKey.ok());
        client = std::make_unique<portal_client::PortalClient>("https://127.0.0.1:8443/api/v1", "KIOSK01",
                                                               std::move(*kioskKey), *portalKey->publicKey(),
                                                               "kiosk-portal", std::move(owned));
        agent = std::make_unique<sync::Agent>(*box, *client, policy, sync::Log{});
    }
};

}  // namespace

TEST_CASE("a dead link doubles the wait's ceiling; a portal that answered a step starts again from the base") {
    Fixture f;
    // Nothing answers: the n-th failure in a row waits at most base x 2^n.
    milliseconds longest{0};
    for (int failure = 0; failure < 8; ++failure) {
        const sync::Step step = f.agent->deliverNext();
        REQUIRE(step.outcome == sync::StepOutcome::Retry);
        CHECK(step.pause <= f.policy.base * (1 << failure));
        longest = std::max(longest, step.pause);
    }
    CHECK(longest > f.policy.base);  // 8 draws under ceilings up to 128 s: all under 1 s is 1 in 2^28

    // The link is back and the portal answers the create, then fails the submit: the wait is
    // within the base again, not 256 s as if the link were still dead.
    f.portal->dead = false;
    sync::Step step = f.agent->deliverNext();
    REQUIRE(step.outcome == sync::StepOutcome::Retry);
    CHECK(step.pause <= f.policy.base);
    // The submit alone, failing again and again, doubles again: the portal is failing that step.
    for (int failure = 1; failure < 4; ++failure) {
        step = f.agent->deliverNext();
        REQUIRE(step.outcome == sync::StepOutcome::Retry);
        CHECK(step.pause <= f.policy.base * (1 << failure));
    }
    CHECK(f.box->statusCounts()->pending == 1);  // still kept, never failed for good
}

TEST_CASE("a retried filing goes on from the step that failed, not from the create") {
    Fixture f;
    f.portal->dead = false;
    REQUIRE(f.agent->deliverNext().outcome == sync::StepOutcome::Retry);
    REQUIRE(f.portal->sent.size() == 2);  // create, then the submit that failed
    CHECK(f.portal->sent[0] == "/filings");
    REQUIRE(f.agent->deliverNext().outcome == sync::StepOutcome::Retry);
    REQUIRE(f.portal->sent.size() == 3);  // the submit alone
    CHECK(f.portal->sent[2].ends_with("/submit"));
}

TEST_CASE("a refusal after a create made in an earlier attempt starts again from the create before it counts") {
    Fixture f;
    f.portal->dead = false;
    REQUIRE(f.agent->deliverNext().outcome == sync::StepOutcome::Retry);  // created; the submit got a 500
    f.portal->submitStatus = 404;  // the portal no longer knows the filing it created
    CHECK(f.agent->deliverNext().outcome == sync::StepOutcome::Retry);
    CHECK(f.box->statusCounts()->pending == 1);
    CHECK(f.agent->deliverNext().outcome == sync::StepOutcome::Failed);  // refused after a fresh create
    REQUIRE(f.portal->sent.size() == 5);
    CHECK(f.portal->sent[3] == "/filings");
    CHECK(f.box->statusCounts()->failed == 1);
}

TEST_CASE("a submit the portal refuses for missing documents starts again from the create, which says which") {
    Fixture f;
    f.portal->dead = false;
    f.portal->submitStatus = 409;
    REQUIRE(f.agent->deliverNext().outcome == sync::StepOutcome::Retry);
    REQUIRE(f.agent->deliverNext().outcome == sync::StepOutcome::Retry);
    REQUIRE(f.portal->sent.size() == 4);
    CHECK(f.portal->sent[2] == "/filings");  // created again, not the submit alone
    CHECK(f.box->statusCounts()->pending == 1);
}
