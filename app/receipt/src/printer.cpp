#include "kiosk/receipt/printer.hpp"

#include <cups/cups.h>

namespace kiosk::receipt {
namespace {

Error printError(const std::string& code) {
    // cupsLastErrorString() may name the queue or the server, never the document: safe to keep.
    return Error{code,
                 "Máy in chưa in được giấy hẹn. Hồ sơ của bạn đã được lưu an toàn; xin ghi lại mã hồ sơ "
                 "trên màn hình hoặc nhờ cán bộ in lại. (The printer failed: " +
                     std::string(cupsLastErrorString()) + ")",
                 ""};
}

}  // namespace

Result<void> findPrinter(const std::string& printer) {
    cups_dest_t* dests = nullptr;
    const int count = cupsGetDests2(CUPS_HTTP_DEFAULT, &dests);
    const bool found = cupsGetDest(printer.c_str(), nullptr, count, dests) != nullptr;
    cupsFreeDests(count, dests);
    if (found) return {};
    return Error{"receipt.no_printer",
                 "Không tìm thấy máy in \"" + printer +
                     "\". Hồ sơ của bạn đã được lưu an toàn; xin nhờ cán bộ kiểm tra máy in. (No such CUPS "
                     "printer; check [printer] name in kiosk.toml.)",
                 printer};
}

Result<int> printPdf(const std::string& printer, const std::string& jobTitle, const std::string& pdf) {
    if (auto found = findPrinter(printer); !found) return found.error();
    const int job = cupsCreateJob(CUPS_HTTP_DEFAULT, printer.c_str(), jobTitle.c_str(), 0, nullptr);
    if (job == 0) return printError("receipt.print_create");
    if (cupsStartDocument(CUPS_HTTP_DEFAULT, printer.c_str(), job, jobTitle.c_str(), CUPS_FORMAT_PDF, 1) !=
        HTTP_STATUS_CONTINUE) {
        cupsCancelJob2(CUPS_HTTP_DEFAULT, printer.c_str(), job, 0);
        return printError("receipt.print_start");
    }
    if (cupsWriteRequestData(CUPS_HTTP_DEFAULT, pdf.data(), pdf.size()) != HTTP_STATUS_CONTINUE) {
        cupsFinishDocument(CUPS_HTTP_DEFAULT, printer.c_str());
        cupsCancelJob2(CUPS_HTTP_DEFAULT, printer.c_str(), job, 0);
        return printError("receipt.print_write");
    }
    if (cupsFinishDocument(CUPS_HTTP_DEFAULT, printer.c_str()) != IPP_STATUS_OK) return printError("receipt.print_finish");
    return job;
}

}  // namespace kiosk::receipt
