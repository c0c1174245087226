// What the kiosk submits is what kiosk-sync later sends: answers and attachments must come back
// byte for byte, each filing must carry a fresh idempotency key from the moment it is stored,
// and the citizen's local reference must follow the documented "<kiosk>-<yymmdd>-<nnnn>" shape.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// What kiosk-sync reads back of the next filing it claims from `box`.
outbox::OpenedFiling claimAndOpen(outbox::Outbox& box) {
    const auto claimed = box.claimNextPending();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    auto opened = box.decryptPayload((*claimed)->clientFilingId);
    REQUIRE(opened.ok());
    return std::move(*opened);
}

}  // namespace

TEST_CASE("a submitted filing decrypts to exactly what was submitted") {
    TempDir dir;
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    const auto citizen = makeCitizen();
    const auto filing = makeFiling(citizen, 2, 5000);

    const auto stored = (*box)->submit(filing);
    REQUIRE(stored.ok());
    const auto claimed = (*box)->claimNextPending();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->localReference == stored->localReference);

    const auto opened = (*box)->decryptPayload((*claimed)->clientFilingId);
    REQUIRE(opened.ok());
    CHECK(opened->localReference == stored->localReference);
    CHECK(opened->filing.serviceId == filing.serviceId);
    CHECK(opened->filing.serviceCode == filing.serviceCode);
    CHECK(opened->filing.feeVnd == filing.feeVnd);
    CHECK(opened->filing.dueWorkingDays == filing.dueWorkingDays);
    CHECK(opened->filing.answers == filing.answers);
    REQUIRE(opened->filing.attachments.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(opened->filing.attachments[i].name == filing.attachments[i].name);
        CHECK(opened->filing.attachments[i].mediaType == filing.attachments[i].mediaType);
        CHECK(opened->filing.attachments[i].bytes == filing.attachments[i].bytes);
    }
    CHECK(opened->attachmentSha256.size() == 2);
    CHECK(opened->attachmentSha256[0] != opened->attachmentSha256[1]);
    CHECK(opened->attachmentSha256[0].size() == 64);
}

TEST_CASE("a filing without attachments or answers round-trips too") {
    TempDir dir;
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    core::Filing filing;
    filing.serviceId = "chung-thuc";
    filing.serviceCode = "2.000815";
    REQUIRE((*box)->submit(filing).ok());
    const auto opened = claimAndOpen(**box);
    CHECK(opened.filing.answers.empty());
    CHECK(opened.filing.attachments.empty());
    CHECK(opened.filing.serviceId == "chung-thuc");
    CHECK(opened.filing.channel == core::Channel::Kiosk);
}

TEST_CASE("a filing taken in at the desk keeps its channel through the outbox") {
    TempDir dir;
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    core::Filing filing;
    filing.serviceId = "chung-thuc";
    filing.serviceCode = "2.000815";
    filing.channel = core::Channel::Desk;
    REQUIRE((*box)->submit(filing).ok());
    const auto opened = claimAndOpen(**box);
    CHECK(opened.filing.channel == core::Channel::Desk);
    CHECK_FALSE(opened.filing.digitisation.has_value());  // none recorded, none made up
}

TEST_CASE("what was digitised at the source is kept through the outbox") {
    TempDir dir;
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    core::Filing filing;
    filing.serviceId = "khai-sinh";
    filing.serviceCode = "1.001193";
    filing.channel = core::Channel::Desk;
    filing.digitisation = core::Digitisation{{"giay_chung_sinh", "to_khai"}, true};
    REQUIRE((*box)->submit(filing).ok());
    const auto opened = claimAndOpen(**box);
    REQUIRE(opened.filing.digitisation.has_value());
    CHECK(opened.filing.digitisation->components == std::vector<std::string>{"giay_chung_sinh", "to_khai"});
    CHECK(opened.filing.digitisation->all);
}

TEST_CASE("an assisted filing keeps its channel, helper and originals seen; the wrong ones are refused") {
    TempDir dir;
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    core::Filing filing;
    filing.serviceId = "chung-thuc";
    filing.serviceCode = "2.000815";
    filing.channel = core::Channel::KioskAssisted;
    REQUIRE_FALSE((*box)->submit(filing).ok());  // no helper named
    filing.assistedBy = "Nguyễn Văn An";         // a name, not an operator id
    REQUIRE_FALSE((*box)->submit(filing).ok());
    filing.channel = core::Channel::Kiosk;
    filing.assistedBy = "CB-01";  // a helper on a filing made alone
    REQUIRE_FALSE((*box)->submit(filing).ok());
    filing.assistedBy.clear();
    filing.originalsSeen = {"giay_chung_sinh"};  // originals seen, but nobody named who saw them
    REQUIRE_FALSE((*box)->submit(filing).ok());
    filing.channel = core::Channel::KioskAssisted;
    filing.assistedBy = "CB-01";
    for (const auto& wrong : std::vector<std::vector<std::string>>{
             {"giay_chung_sinh", "giay_chung_sinh"}, {"giấy chứng sinh"}, {""}, {std::string(65, 'a')}}) {
        filing.originalsSeen = wrong;  // the portal would refuse it, and it would never leave
        CHECK_FALSE((*box)->submit(filing).ok());
    }
    CHECK((*box)->list()->empty());
    filing.originalsSeen = {"giay_chung_sinh", "to_khai"};
    REQUIRE((*box)->submit(filing).ok());
    const auto opened = claimAndOpen(**box);
    CHECK(opened.filing.channel == core::Channel::KioskAssisted);
    CHECK(opened.filing.assistedBy == "CB-01");
    CHECK(opened.filing.originalsSeen == std::vector<std::string>{"giay_chung_sinh", "to_khai"});
}

TEST_CASE("every filing gets its own version-4 UUID as idempotency key when it is stored") {
    TempDir dir;
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    for (int i = 0; i < 5; ++i) REQUIRE((*box)->submit(makeFiling(makeCitizen(), 0)).ok());
    const auto all = (*box)->list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 5);
    const std::regex uuidV4("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    std::set<std::string> ids;
    for (const auto& summary : *all) {
        CHECK(std::regex_match(summary.clientFilingId, uuidV4));
        ids.insert(summary.clientFilingId);
    }
    CHECK(ids.size() == 5);
}

TEST_CASE("local references count up within a day and restart the next day") {
    TempDir dir;
    // Noon UTC keeps the local date the same in every time zone the test may run in.
    outbox::Seconds now{std::chrono::sys_days{std::chrono::year{2025} / 11 / 22} + std::chrono::hours{12}};
    auto options = optionsIn(dir.path());
    options.clock = [&now] { return now; };
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());

    std::vector<std::string> refs;
    for (int i = 0; i < 3; ++i) {
        auto stored = (*box)->submit(makeFiling(makeCitizen(), 0));
        REQUIRE(stored.ok());
        refs.push_back(stored->localReference);
    }
    CHECK(refs == std::vector<std::string>{"KIOSK01-251122-0001", "KIOSK01-251122-0002", "KIOSK01-251122-0003"});
    now += std::chrono::days{1};
    auto nextDay = (*box)->submit(makeFiling(makeCitizen(), 0));
    REQUIRE(nextDay.ok());
    CHECK(nextDay->localReference == "KIOSK01-251123-0001");
    CHECK(nextDay->localReference.size() <= 25);  // fits a VietQR transfer description
}

TEST_CASE("a filing without a service is refused and nothing is stored") {
    TempDir dir;
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    auto filing = makeFiling(makeCitizen());
    filing.serviceCode.clear();
    const auto stored = (*box)->submit(filing);
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().code == "outbox.bad_filing");
    const auto counts = (*box)->statusCounts();
    REQUIRE(counts.ok());
    CHECK(counts->pending == 0);
}

TEST_CASE("a kiosk id that cannot form a reference is refused at open") {
    TempDir dir;
    for (const char* prefix : {"KIOSK 01", "KIOSK/01", "KIOSK-DEMO-0001"}) {
        CAPTURE(prefix);
        auto options = optionsIn(dir.path());
        options.referencePrefix = prefix;
        const auto box = outbox::Outbox::open(options);
        REQUIRE_FALSE(box.ok());
        CHECK(box.error().code == "outbox.bad_prefix");
    }
}

TEST_CASE("an outbox opened without a kiosk id delivers and inspects but accepts no filing") {
    TempDir dir;
    REQUIRE(outbox::Outbox::open(optionsIn(dir.path())).ok());
    auto options = optionsIn(dir.path());
    options.referencePrefix.clear();
    auto agent = outbox::Outbox::open(options);
    REQUIRE(agent.ok());
    const auto stored = (*agent)->submit(makeFiling(makeCitizen()));
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().code == "outbox.bad_prefix");
    CHECK((*agent)->statusCounts().ok());
}

TEST_CASE("an inspection that must not create anything reports a missing outbox") {
    TempDir dir;
    auto options = optionsIn(dir.path() / "kiosk-data");
    options.create = false;
    const auto box = outbox::Outbox::open(options);
    REQUIRE_FALSE(box.ok());
    CHECK(box.error().code == "outbox.missing");
    CHECK_FALSE(std::filesystem::exists(dir.path() / "kiosk-data"));
}
