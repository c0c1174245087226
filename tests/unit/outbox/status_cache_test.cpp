// The status cache the kiosk's receipt, lookup and payment screens read without a network:
// receipts and feed events fill it, a repeated or older event never rolls it back, the feed
// cursor moves with the changes it covers, staff notes are sealed at rest, and payments go
// requested -> pending -> paid with a new attempt only after one expired.
#include <doctest/doctest.h>

#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Cache : ClaimedFiling {
    // As kiosk-sync does: the receipt's status rides in the delivery's own transaction.
    void deliver(const std::string& maHoSo) {
        auto receipt = ClaimedFiling::receipt();
        receipt.receivedAt = "2025-11-22T09:15:04+07:00";
        receipt.dueAt = "2025-11-27T17:00:00+07:00";
        REQUIRE(box->markDelivered(id, {maHoSo, "{}", receipt}).ok());
    }

    outbox::PortalStatusUpdate event(std::int64_t seq, const char* action, const char* status, std::string note = {}) {
        outbox::PortalStatusUpdate u;
        u.clientFilingId = id;
        u.seq = seq;
        u.at = "2025-11-23T10:00:00+07:00";
        u.action = action;
        u.status = status;
        u.note = std::move(note);
        return u;
    }

    outbox::FilingStatusView view(const std::string& ref) {
        auto found = box->statusOf(ref);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return **found;
    }
};

}  // namespace

TEST_CASE("before delivery the view shows the local reference and no portal status") {
    Cache c;
    const auto v = c.view(c.reference);
    CHECK(v.delivery == "pending");
    CHECK(v.maHoSo.empty());
    CHECK(v.status.empty());
    CHECK(v.history.empty());
    CHECK(v.payment.state == outbox::PaymentState::None);
    auto missing = c.box->statusOf("KIOSK01-000000-9999");
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("a receipt then feed events give status, code, history and note; by either reference") {
    Cache c;
    c.deliver("000.00.00.H66-251122-0001");
    auto v = c.view(" 000.00.00.h66-251122-0001 ");
    CHECK(v.localReference == c.reference);
    CHECK(v.status == "submitted");
    REQUIRE(v.trangThaiHoSo);
    CHECK(*v.trangThaiHoSo == 1);
    CHECK(v.dueAt == "2025-11-27T17:00:00+07:00");

    const std::string note = "Mang bản chính giấy chứng sinh của bé Nguyễn Văn An";
    REQUIRE(c.box->applyStatusUpdates({c.event(7, "accept", "accepted"),
                                       c.event(9, "request_supplement", "supplement_requested", note)},
                                      std::string("9"))
                .ok());
    v = c.view(c.reference);
    CHECK(v.status == "supplement_requested");
    CHECK(*v.trangThaiHoSo == 5);
    CHECK(outbox::trangThaiLabel(v.trangThaiHoSo) == "Yêu cầu bổ sung giấy tờ");
    CHECK(v.note == note);
    REQUIRE(v.history.size() == 2);
    CHECK(v.history[0].action == "accept");
    CHECK(v.history[1].note == note);
    CHECK(*c.box->statusFeedCursor() == "9");
    // The note is personal enough to be sealed: its words are not in the files.
    CHECK_FALSE(storedBytesContain(c.box->databasePath(), "Nguyễn Văn An"));

    SUBCASE("a repeated or older event changes nothing") {
        REQUIRE(c.box->applyStatusUpdates({c.event(7, "accept", "accepted"), c.event(9, "request_supplement",
                                                                                      "supplement_requested", note)})
                    .ok());
        v = c.view(c.reference);
        CHECK(v.status == "supplement_requested");
        CHECK(v.history.size() == 2);
        CHECK(*c.box->statusFeedCursor() == "9");
    }
    SUBCASE("a late receipt does not roll the feed's status back") {
        outbox::PortalStatusUpdate late;
        late.clientFilingId = c.id;
        late.status = "submitted";
        REQUIRE(c.box->applyStatusUpdates({late}).ok());
        CHECK(c.view(c.reference).status == "supplement_requested");
    }
    SUBCASE("an unknown filing in the feed is skipped, the cursor still moves") {
        auto other = c.event(10, "accept", "accepted");
        other.clientFilingId = "not-ours";
        REQUIRE(c.box->applyStatusUpdates({other}, std::string("10")).ok());
        CHECK(*c.box->statusFeedCursor() == "10");
        CHECK(c.view(c.reference).history.size() == 2);
    }
}

TEST_CASE("payments: requested, pending with a QR, paid; a new attempt only after expiry") {
    Cache c;
    // Requested before delivery is kept, but kiosk-sync only acts once the portal knows the filing.
    auto asked = c.box->requestPayment(c.reference);
    REQUIRE(asked.ok());
    CHECK(asked->state == outbox::PaymentState::Requested);
    CHECK(asked->attempt == 1);
    CHECK(c.box->paymentsToSync()->empty());
    c.deliver("000.00.00.H66-251122-0002");
    auto work = c.box->paymentsToSync();
    REQUIRE(work.ok());
    REQUIRE(work->size() == 1);
    CHECK((*work)[0].portalFilingId == "f-1");
    CHECK((*work)[0].payment.attempt == 1);

    // Asking again while one is open does not start another.
    CHECK(c.box->requestPayment(c.reference)->attempt == 1);

    outbox::PaymentView pending = (*work)[0].payment;
    pending.state = outbox::PaymentState::Pending;
    pending.paymentIntentId = "p-1";
    pending.amount = 8000;
    pending.vietqrPayload = "00020101021238570010A000000727";
    pending.expiresAt = "2025-11-22T09:30:00+07:00";
    REQUIRE(c.box->storePayment(c.id, pending).ok());
    auto v = c.view(c.reference);
    CHECK(v.payment.state == outbox::PaymentState::Pending);
    CHECK(v.payment.vietqrPayload == pending.vietqrPayload);
    CHECK(v.payment.amount == 8000);

    SUBCASE("expired: asking again makes attempt 2") {
        pending.state = outbox::PaymentState::Expired;
        REQUIRE(c.box->storePayment(c.id, pending).ok());
        auto again = c.box->requestPayment(c.box->statusOf(c.reference)->value().maHoSo);
        REQUIRE(again.ok());
        CHECK(again->attempt == 2);
        CHECK(c.view(c.reference).payment.state == outbox::PaymentState::Requested);
    }
    SUBCASE("paid: no more work, and asking again is refused") {
        pending.state = outbox::PaymentState::Paid;
        pending.paidAt = "2025-11-22T09:20:00+07:00";
        REQUIRE(c.box->storePayment(c.id, pending).ok());
        CHECK(c.box->paymentsToSync()->empty());
        CHECK(c.view(c.reference).payment.paidAt == pending.paidAt);
        auto refused = c.box->requestPayment(c.reference);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == "outbox.already_paid");
    }
    CHECK(c.box->requestPayment("no-such-reference").error().code == "outbox.not_found");
}

TEST_CASE("the cache survives shredding: status and history stay readable") {
    Cache c;
    c.deliver("000.00.00.H66-251122-0003");
    REQUIRE(c.box->applyStatusUpdates({c.event(3, "accept", "accepted", "Hẹn trả kết quả")}).ok());
    REQUIRE(c.box->destroyKey(c.id).ok());
    const auto v = c.view(c.reference);
    CHECK(v.status == "accepted");
    CHECK(v.history.size() == 1);
    CHECK(v.note == "Hẹn trả kết quả");
}

TEST_CASE("a short form finds the filing by either code; a key with anything but A-Z 0-9 is refused") {
    Cache c;
    const std::string tail = c.reference.substr(c.reference.size() - 11);  // "yymmdd-0001"
    std::string key;
    for (char ch : tail) if (ch != '-') key += ch;
    auto byLocal = c.box->referencesEndingWith(key, 2);
    REQUIRE(byLocal.ok());
    CHECK(*byLocal == std::vector<std::string>{c.reference});

    c.deliver("000.00.00.H66-251122-0007");
    auto byCode = c.box->referencesEndingWith("0000000H662511220007", 2);
    REQUIRE(byCode.ok());
    CHECK(*byCode == std::vector<std::string>{c.reference});
    auto none = c.box->referencesEndingWith("9999999999", 2);
    REQUIRE(none.ok());
    CHECK(none->empty());

    for (const char* bad : {"", "%", "2511220007%", "251122_007", "251122-0007", "h662511220007"}) {
        CAPTURE(bad);
        auto refused = c.box->referencesEndingWith(bad, 2);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == "outbox.bad_key");
    }
}
