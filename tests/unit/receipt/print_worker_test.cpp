// The print worker renders and prints on its own thread: results come back in order, a print
// that fails hands back the rendered PDF only when the job asked to keep a copy, and nothing
// printed is kept. The printer here records what it is given or refuses; CUPS itself is tested
// in tests/integration/receipt.
#include <doctest/doctest.h>

#include <mutex>
#include <vector>

#include "kiosk/receipt/print_worker.hpp"
#include "support/font_caches.hpp"

using namespace kiosk;
using namespace std::chrono_literals;

namespace {

class RecordingPrinter final : public receipt::Printer {
public:
    explicit RecordingPrinter(bool refuse) : m_refuse(refuse) {}
    Result<int> print(const std::string& queue, const std::string&, const std::string& pdf) override {
        std::lock_guard lock(m_mutex);
        if (m_refuse) return Error{"receipt.no_printer", "Không tìm thấy máy in", queue};
        m_pdfs.push_back(pdf);
        return static_cast<int>(m_pdfs.size());
    }

private:
    std::mutex m_mutex;
    bool m_refuse;
    std::vector<std::string> m_pdfs;
};

receipt::PrintJob job(const std::string& queue, bool keep) {
    receipt::PrintJob j;
    j.queue = queue;
    j.jobTitle = "Giay hen";
    j.keepCopy = keep;
    j.document.title = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    j.document.code = "KIOSK01-261129-0001";
    j.document.codeLine = "Mã hồ sơ: KIOSK01-261129-0001";
    j.document.body = {{"receipt.applicant", receipt::BlockKind::Paragraph, "Người nộp hồ sơ: Lê Thị Hoa"}};
    return j;
}

}  // namespace

TEST_CASE("printed jobs come back in order with their CUPS job and no kept copy") {
    receipt::PrintWorker worker(std::make_unique<RecordingPrinter>(false));
    const auto first = worker.submit(job("quay-1", true));
    const auto second = worker.submit(job("quay-1", true));
    CHECK(worker.busy());
    auto a = worker.wait(20s);
    auto b = worker.wait(20s);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->id == first);
    CHECK(b->id == second);
    CHECK(a->cupsJob == 1);
    CHECK(b->cupsJob == 2);
    CHECK_FALSE(a->error);
    CHECK(a->pdf.empty());  // printed: the worker wiped it
    CHECK_FALSE(worker.busy());
}

TEST_CASE("a refused print hands the PDF back only when a copy is to be kept") {
    receipt::PrintWorker worker(std::make_unique<RecordingPrinter>(true));
    worker.submit(job("quay-1", true));
    worker.submit(job("quay-1", false));
    auto kept = worker.wait(20s);
    auto dropped = worker.wait(20s);
    REQUIRE(kept);
    REQUIRE(dropped);
    REQUIRE(kept->error);
    CHECK(kept->error->code == "receipt.no_printer");
    CHECK(kept->pdf.rfind("%PDF-", 0) == 0);
    REQUIRE(dropped->error);
    CHECK(dropped->pdf.empty());
}

TEST_CASE("without a queue the job only renders, for the kept copy") {
    receipt::PrintWorker worker(std::make_unique<RecordingPrinter>(false));
    worker.submit(job("", true));
    auto result = worker.wait(20s);
    REQUIRE(result);
    CHECK_FALSE(result->error);
    CHECK_FALSE(result->cupsJob);
    CHECK(result->pdf.rfind("%PDF-", 0) == 0);
}
