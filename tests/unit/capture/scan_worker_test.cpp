// Scanning off the UI thread: jobs run in order on the worker, results wait to be polled, the
// models load once, and the identity step's state machine walks front → back → read → review
// without ever blocking its caller.
#include <doctest/doctest.h>

#include "card_files.hpp"
#include "integration/scanners/run_program.hpp"
#include "kiosk/capture/identity_scan.hpp"
#include "kiosk/capture/scan_worker.hpp"

using namespace kiosk;
using namespace std::chrono_literals;

namespace {

struct CardFolder {
    test::TempDir dir{"capture-worker"};
    scanners::synth::Person person;
    CardFolder() {
        scanners::cardgen::CardSetOptions options;
        options.count = 1;
        options.seed = 808;
        options.type = scanners::CardType::CanCuoc2024;
        auto cards = scanners::cardgen::writeCardSet(dir.path(), options);
        REQUIRE(cards);
        person = cards->front().person;
        // The folder source takes images in name order: front, then back.
        std::filesystem::rename(cards->front().front, dir.path() / "1-front.jpg");
        std::filesystem::rename(cards->front().back, dir.path() / "2-back.jpg");
    }
};

capture::JobResult waitFor(capture::ScanWorker& worker) {
    auto result = worker.wait(60s);
    REQUIRE(result);
    return std::move(*result);
}

}  // namespace

TEST_CASE("the worker takes two pictures and reads the card, in order, loading models once") {
    CardFolder folder;
    capture::ScanWorker worker(capture::makeFileSource(folder.dir.path().string()), {});
    for (int round = 0; round < 2; ++round) {
        const auto front = worker.submit(capture::TakePicture{});
        const auto back = worker.submit(capture::TakePicture{});
        const auto read = worker.submit(capture::ReadCard{});
        CHECK(waitFor(worker).id == front);
        CHECK(waitFor(worker).id == back);
        auto result = waitFor(worker);
        CHECK(result.id == read);
        REQUIRE(result.report);
        CHECK(result.report->identity.idNumber.value == folder.person.idNumber);
        CHECK(result.report->identity.fullName.value == folder.person.fullName);
    }
    CHECK(worker.modelLoads() == 1);
    CHECK_FALSE(worker.poll());
}

TEST_CASE("reading with no pictures, or taking one with no device, is an error result") {
    capture::ScanWorker worker(nullptr, {});
    worker.submit(capture::TakePicture{});
    worker.submit(capture::ReadCard{});
    const auto take = waitFor(worker);
    REQUIRE(take.error);
    CHECK(take.error->code == "capture.no_device");
    const auto read = waitFor(worker);
    REQUIRE(read.error);
    CHECK(read.error->code == "scan.no_images");
}

TEST_CASE("the identity step scans front then back and never blocks the frame that asks") {
    CardFolder folder;
    capture::IdentityScan scan(capture::makeFileSource(folder.dir.path().string()), {});
    using Phase = capture::IdentityScan::Phase;
    auto now = capture::IdentityScan::Clock::now();
    auto runUntil = [&](Phase wanted) {
        for (int frame = 0; frame < 3000 && scan.phase() != wanted; ++frame) {
            const auto before = std::chrono::steady_clock::now();
            scan.update(now);
            CHECK(std::chrono::steady_clock::now() - before < 50ms);  // a frame's budget
            CHECK(scan.progress(now) >= 0.0f);
            std::this_thread::sleep_for(20ms);
            now += 20ms;
        }
        REQUIRE(scan.phase() == wanted);
    };
    CHECK(scan.phase() == Phase::ShowFront);
    CHECK(scan.side() == 0);
    scan.take(now);
    CHECK(scan.busy());
    runUntil(Phase::ShowBack);
    CHECK(scan.side() == 1);
    scan.take(now);
    runUntil(Phase::Review);
    CHECK(scan.progress(now) == 1.0f);
    CHECK(scan.identity().idNumber.value == folder.person.idNumber);
    const auto identity = scan.accept();
    CHECK(identity.dob.value == scanners::formatDate(folder.person.dob));
    CHECK(scan.phase() == Phase::ShowFront);
    CHECK(scan.identity().idNumber.value.empty());
}

TEST_CASE("an unplugged camera fails the scan with a plain message, and the step starts again") {
    capture::IdentityScan scan(capture::makeV4l2Source("/dev/video-kiosk-test-missing", 1280, 720), {});
    using Phase = capture::IdentityScan::Phase;
    const auto now = capture::IdentityScan::Clock::now();
    scan.take(now);
    for (int i = 0; i < 500 && scan.phase() == Phase::Taking; ++i) {
        std::this_thread::sleep_for(10ms);
        scan.update(now);
    }
    REQUIRE(scan.phase() == Phase::Failed);
    CHECK(scan.error().code == "capture.no_device");
    scan.restart();
    CHECK(scan.phase() == Phase::ShowFront);
}
