#pragma once
// A printable one-page A4 report of labelled figures (the commune's indicators at the desk), as
// an in-memory PDF drawn like the receipt (cairo, Noto Sans). It holds figures only, no
// personal data, so its caller may keep it as a file.
#include <string>
#include <utility>
#include <vector>

#include "kiosk/base/result.hpp"

namespace kiosk::receipt {

struct ReportDocument {
    std::string title;     // e.g. "BÁO CÁO CHỈ SỐ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
    std::string subtitle;  // the office and the period
    std::vector<std::pair<std::string, std::string>> rows;  // label, value
    std::string footer;                                     // how the figures were counted
};

Result<std::string> renderReportPdf(const ReportDocument& report);

}  // namespace kiosk::receipt
