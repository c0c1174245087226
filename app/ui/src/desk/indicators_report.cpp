#include "indicators_report.hpp"

#include <fstream>

#include "kiosk/desk/filing_record.hpp"
#include "kiosk/receipt/report_pdf.hpp"

namespace kiosk::ui::desk_view {
namespace {

Result<std::string> reportPdf(const desk::Indicators& f, const config::Config& config, const Strings& strings) {
    receipt::ReportDocument report;
    report.title = strings.get("desk.report.title");
    report.subtitle = strings.format("desk.report.subtitle", {{"commune", config.kiosk.communeName},
                                                              {"first", desk::formatLocalDate(f.period.first)},
                                                              {"last", desk::formatLocalDate(f.period.last)}});
    for (const auto& line : desk::indicatorLines(f)) report.rows.emplace_back(line.label, line.value);
    report.footer = strings.get("desk.report.footer");
    return receipt::renderReportPdf(report);
}

std::optional<std::chrono::sys_days> parseDay(const std::string& text) {
    const auto time = desk::parsePortalTime(text + "T00:00:00+07:00");
    if (!time) return std::nullopt;
    return desk::dayOf(*time);
}

}  // namespace

std::optional<desk::Period> parsePeriod(const std::string& first, const std::string& last) {
    const auto from = parseDay(first);
    const auto to = parseDay(last);
    if (!from || !to || *to < *from) return std::nullopt;
    return desk::Period{*from, *to};
}

Result<std::filesystem::path> saveIndicatorsReport(const desk::Indicators& figures, const config::Config& config,
                                                   const Strings& strings, const std::filesystem::path& folder,
                                                   bool pdf) {
    std::string bytes;
    if (pdf) {
        auto rendered = reportPdf(figures, config, strings);
        if (!rendered) return rendered.error();
        bytes = std::move(*rendered);
    } else {
        bytes = desk::indicatorsCsv(figures);
    }
    const std::string name = "chi-so-" + desk::formatLocalDate(figures.period.first) + "-" +
                             desk::formatLocalDate(figures.period.last) + (pdf ? ".pdf" : ".csv");
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    const auto path = folder / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        return Error{"desk.report_not_saved", strings.format("desk.indicators.not_saved", {{"path", path.string()}}),
                     path.string()};
    }
    return path;
}

}  // namespace kiosk::ui::desk_view
