// A printer that does not exist (or a CUPS that is not running) is a plain Vietnamese error,
// never a crash or a hang. Real printing needs a CUPS queue and is checked by hand (docs/receipt.md).
#include <doctest/doctest.h>

#include "kiosk/receipt/printer.hpp"

TEST_CASE("printing to an unknown queue is an error saying the filing is safe") {
    auto job = kiosk::receipt::printPdf("khong-co-may-in-nay", "Giay hen", "%PDF-1.5\n%%EOF\n");
    REQUIRE_FALSE(job);
    CHECK(job.error().code == "receipt.no_printer");
    CHECK(job.error().message.find("Hồ sơ của bạn đã được lưu an toàn") != std::string::npos);
}

TEST_CASE("an unknown queue is reported before anything is rendered") {
    auto found = kiosk::receipt::findPrinter("khong-co-may-in-nay");
    REQUIRE_FALSE(found);
    CHECK(found.error().code == "receipt.no_printer");
    CHECK(found.error().where == "khong-co-may-in-nay");
}
