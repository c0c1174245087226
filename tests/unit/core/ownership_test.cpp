// The proof of ownership on "Tra cứu hồ sơ": a mã hồ sơ alone reads only the status word and the
// due date into the session; the receipt's look-up code or the applicant's card reads the rest;
// wrong codes are throttled kiosk-wide, across sessions.
#include <doctest/doctest.h>

#include <map>

#include "kiosk/core/ownership.hpp"
#include "sample_config.hpp"

namespace {

using kiosk::Result;
using kiosk::core::FilingStatus;
using kiosk::core::OwnerProof;
using kiosk::core::ProofRefusal;
using kiosk::core::TextTarget;
namespace act = kiosk::core::act;

constexpr const char* kCode = "000.00.00.H66-251115-0001";
constexpr const char* kSecret = "K7M3PX";

// The status port over one in-memory filing, as the kiosk's outbox would answer for it.
class OneFiling final : public kiosk::core::StatusSource {
public:
    FilingStatus filing;
    std::string applicantId = "079301000123";
    int reads = 0;

    OneFiling() {
        filing.localReference = "KIOSK01-251115-0001";
        filing.maHoSo = kCode;
        filing.status = "supplement_requested";
        filing.trangThaiHoSo = 5;
        filing.dueAt = "2025-11-22T17:00:00+07:00";
        filing.note = "Mang theo bản sao giấy chứng sinh";
        filing.history = {{"2025-11-15T09:00:00+07:00", "submitted", 1, ""},
                          {"2025-11-16T10:00:00+07:00", "supplement_requested", 5,
                           "Mang theo bản sao giấy chứng sinh"}};
        filing.lookupSecret = kSecret;
        filing.payment = kiosk::core::PaymentStage::Paid;
        filing.paymentAmount = 8000;
        filing.paymentReference = "FT25319000123";
    }
    Result<std::optional<FilingStatus>> statusOf(std::string_view reference) override {
        ++reads;
        if (reference != filing.localReference && reference != filing.maHoSo) return std::optional<FilingStatus>();
        return std::optional<FilingStatus>(filing);
    }
    Result<std::vector<std::string>> referencesEndingWith(std::string_view, int) override {
        return std::vector<std::string>{};
    }
    Result<bool> applicantIs(std::string_view reference, std::string_view idNumber) override {
        return reference == filing.localReference && idNumber == applicantId;
    }
    Result<void> requestPayment(std::string_view) override { return {}; }
};

struct LookupFlow : kiosk::test::Flow {
    OneFiling source;
    LookupFlow() { status = &source; }
    void lookUp(const std::string& typed) {
        (*this)(act::OpenLookup{});
        (*this)(act::SetText{TextTarget::LookupCode, "", typed});
        (*this)(act::RunLookup{});
    }
    void prove(const std::string& secret) {
        (*this)(act::SetText{TextTarget::LookupSecret, "", secret});
        (*this)(act::ProveOwnership{});
    }
    const FilingStatus& found() const { return *session.lookupResult; }
};

void requireStatusOnly(const FilingStatus& f) {
    CHECK(f.status == "supplement_requested");
    CHECK(f.dueAt == "2025-11-22T17:00:00+07:00");
    CHECK(f.note.empty());
    CHECK(f.history.empty());
    CHECK(f.lookupSecret.empty());
    CHECK(f.payment == kiosk::core::PaymentStage::None);
    CHECK(f.paymentReference.empty());
}

}  // namespace

TEST_CASE("a mã hồ sơ alone reads only the status word and the due date") {
    LookupFlow flow;
    flow.lookUp(kCode);
    REQUIRE(flow.session.lookupResult);
    requireStatusOnly(flow.found());
    CHECK(flow.session.lookupProof == OwnerProof::None);
    CHECK_FALSE(kiosk::core::ownerProven(flow.session));
}

TEST_CASE("the receipt's look-up code, typed in any case with spaces, proves ownership and reads the rest") {
    LookupFlow flow;
    flow.lookUp(kCode);
    flow.prove("k7m 3px");
    REQUIRE(kiosk::core::ownerProven(flow.session));
    CHECK(flow.session.lookupProof == OwnerProof::LookupSecret);
    CHECK(flow.found().note == "Mang theo bản sao giấy chứng sinh");
    CHECK(flow.found().history.size() == 2);
    CHECK(flow.found().paymentReference == "FT25319000123");
    CHECK(flow.found().lookupSecret.empty());  // the code itself never comes back to the screen
    CHECK(flow.session.lookupSecret.empty());  // nor stays where it was typed
    // Another code typed is another filing: the proof does not carry over.
    flow(act::SetText{TextTarget::LookupCode, "", "000.00.00.H66-251115-0002"});
    CHECK_FALSE(kiosk::core::ownerProven(flow.session));
}

TEST_CASE("the receipt's QR holds the code and the look-up code, and proves at once") {
    LookupFlow flow;
    flow.lookUp(std::string(kCode) + "#" + kSecret);
    CHECK(flow.session.lookupCode == kCode);
    REQUIRE(kiosk::core::ownerProven(flow.session));
    CHECK(flow.found().history.size() == 2);
}

TEST_CASE("a wrong look-up code reads nothing more; five in a row stop the kiosk checking, across sessions") {
    LookupFlow flow;
    flow.lookUp(kCode);
    for (int i = 1; i <= 4; ++i) {
        flow.prove("AAAAAA");
        CHECK(flow.session.lookupRefusal == ProofRefusal::WrongSecret);
        CHECK(flow.session.lookupWait == std::chrono::seconds(0));
        requireStatusOnly(flow.found());
    }
    flow.prove("AAAAAA");
    CHECK(flow.session.lookupRefusal == ProofRefusal::Throttled);
    CHECK(flow.session.lookupWait == std::chrono::seconds(60));
    // A new citizen (the session ends) meets the same wait, and the right code is not even checked.
    flow(act::Finish{});
    CHECK_FALSE(flow.session.lookupResult.has_value());
    flow.steady += std::chrono::seconds(20);
    flow.lookUp(kCode);
    const int readsBefore = flow.source.reads;
    flow.prove(kSecret);
    CHECK(flow.session.lookupRefusal == ProofRefusal::Throttled);
    CHECK(flow.session.lookupWait == std::chrono::seconds(40));
    CHECK(flow.source.reads == readsBefore);
    CHECK_FALSE(kiosk::core::ownerProven(flow.session));
    // The wait over, one more wrong code doubles it; then the right one, after that wait, works.
    flow.steady += std::chrono::seconds(40);
    flow.prove("AAAAAA");
    CHECK(flow.session.lookupWait == std::chrono::seconds(120));
    flow.steady += std::chrono::seconds(120);
    flow.prove(kSecret);
    CHECK(kiosk::core::ownerProven(flow.session));
    CHECK(flow.lookupThrottle.wrongInARow() == 0);
}

TEST_CASE("what is not a look-up code at all is refused without counting; a filing with none yet says so") {
    LookupFlow flow;
    flow.lookUp(kCode);
    for (int i = 0; i < 8; ++i) {
        flow.prove("K7M3P0");  // 0 is never in a look-up code
        CHECK(flow.session.lookupRefusal == ProofRefusal::Malformed);
    }
    CHECK(flow.lookupThrottle.wrongInARow() == 0);
    flow.source.filing.lookupSecret.clear();  // the portal has not answered yet
    flow.prove(kSecret);
    CHECK(flow.session.lookupRefusal == ProofRefusal::NotIssued);
    requireStatusOnly(flow.found());
}

TEST_CASE("the applicant's card proves ownership; another card does not") {
    LookupFlow flow;
    flow.lookUp(kCode);
    scanners::Identity other;
    other.idNumber.value = "079301000999";
    flow(act::ApplyIdentity{other});
    CHECK(flow.session.lookupRefusal == ProofRefusal::WrongCard);
    requireStatusOnly(flow.found());
    scanners::Identity own;
    own.idNumber.value = "079301000123";
    flow(act::ApplyIdentity{own});
    REQUIRE(kiosk::core::ownerProven(flow.session));
    CHECK(flow.session.lookupProof == OwnerProof::IdCard);
    CHECK(flow.found().history.size() == 2);
}

TEST_CASE("going home leaves nothing of the look-up for the next citizen") {
    LookupFlow flow;
    flow.lookUp(kCode);
    flow.prove(kSecret);
    REQUIRE(kiosk::core::ownerProven(flow.session));
    flow(act::Back{});
    CHECK(flow.session.screen == kiosk::core::Screen::Home);
    CHECK_FALSE(flow.session.lookupResult.has_value());
    CHECK(flow.session.lookupCode.empty());
    CHECK(flow.session.lookupProof == OwnerProof::None);
}
