// The document-page job runs on the worker thread: a page photographed through the file backend
// comes back cropped and compressed; a blank sheet and a missing device come back as errors.
#include <doctest/doctest.h>

#include <fstream>

#include "kiosk/capture/scan_worker.hpp"
#include "page_photo.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;
using namespace std::chrono_literals;

namespace {

void writePhoto(const std::filesystem::path& path, const scanners::cardgen::PagePhotoStyle& style) {
    const auto bytes = scanners::cardgen::photographPage(style);
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                                static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

TEST_CASE("a page from the file backend comes back processed, a blank one with its reason") {
    test::TempDir dir("document-job");
    scanners::cardgen::PagePhotoStyle style;
    style.rotationDeg = 6;
    writePhoto(dir.path() / "1-page.jpg", style);
    style.blank = true;
    writePhoto(dir.path() / "2-blank.jpg", style);

    capture::ScanWorker worker(capture::makeFileSource(dir.path().string()));
    worker.submit(capture::TakeDocumentPage{});
    auto first = worker.wait(30s);
    REQUIRE(first);
    REQUIRE_FALSE(first->error);
    REQUIRE(first->page);
    CHECK(first->page->jpeg.size() > 1000);
    CHECK(first->page->height > first->page->width);
    scanners::wipePage(*first->page);

    worker.submit(capture::TakeDocumentPage{});
    auto second = worker.wait(30s);
    REQUIRE(second);
    REQUIRE(second->error);
    CHECK(second->error->code == "document.blank");
    CHECK(worker.modelLoads() == 0);
}

TEST_CASE("without a device the job says so plainly") {
    capture::ScanWorker worker(nullptr);
    worker.submit(capture::TakeDocumentPage{});
    auto result = worker.wait(10s);
    REQUIRE(result);
    REQUIRE(result->error);
    CHECK(result->error->code == "capture.no_device");
    CHECK(result->error->message.find("quầy") != std::string::npos);
}
