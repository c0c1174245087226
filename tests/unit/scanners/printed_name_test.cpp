// Without the QR, the printed name (with its diacritics) is taken only where the MRZ name line
// confirms its letters; a webcam's OCR adds specks and quotes beside the line, which must not
// cost the confirmation nor end up in the name. Synthetic data.
#include <doctest/doctest.h>

#include <vector>

#include "printed_name.hpp"

using namespace scanners;

namespace {

MrzRecord mrzFor(const std::string& name) {
    const auto lines = buildMrz({"079044101116", Date{1944, 1, 27}, Sex::Male, std::nullopt, name});
    auto mrz = parseMrz(lines[0] + "\n" + lines[1] + "\n" + lines[2]);
    REQUIRE(mrz.ok());
    return *mrz;
}

}  // namespace

TEST_CASE("a printed line of capitals the MRZ name line confirms is the name, without the specks beside it") {
    const std::vector<OcrLine> lines{{"Hhạ ch đậm và tên khai se /tượnarne, hen ngư", 0.6f},
                                     {"'VÕ XUÂN LONG", 0.9f},
                                     {"Mghy, thẳng, năm sinh / Date of benh: 27/01/1944", 0.7f}};
    PrintedCard printed = parsePrintedText(lines);
    REQUIRE_FALSE(printed.fullName);  // the label line is garbled
    confirmPrintedName(printed, lines, mrzFor("Võ Xuân Long"));
    REQUIRE(printed.fullName);
    CHECK(printed.fullName->value == "Võ Xuân Long");
}

TEST_CASE("a printed line whose letters the MRZ name line does not confirm is not taken") {
    const std::vector<OcrLine> lines{{"VÕ XUÂN LAN", 0.9f}};
    PrintedCard printed;
    confirmPrintedName(printed, lines, mrzFor("Võ Xuân Long"));
    CHECK_FALSE(printed.fullName);
}

TEST_CASE("a labelled name the MRZ confirms is kept as read") {
    const std::vector<OcrLine> lines{{"Họ và tên / Full name:", 0.9f}, {"VÕ XUÂN LONG", 0.8f}, {"VÕ XUÂN LONG", 0.95f}};
    PrintedCard printed = parsePrintedText(lines);
    REQUIRE(printed.fullName);
    const float confidence = printed.fullName->confidence;
    confirmPrintedName(printed, lines, mrzFor("Võ Xuân Long"));
    CHECK(printed.fullName->value == "Võ Xuân Long");
    CHECK(printed.fullName->confidence == confidence);
}
