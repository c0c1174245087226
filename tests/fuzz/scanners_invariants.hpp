#pragma once
// What must hold for any input the scanners' parsers accept, shared by the libFuzzer targets
// and the doctest replay: a parser may refuse anything, but what it accepts must be sane.
#include <string>
#include <string_view>
#include <vector>

#include "scanners/id_number.hpp"
#include "scanners/mrz.hpp"
#include "scanners/qr_payload.hpp"
#include "scanners/travel_document.hpp"

namespace kiosk::fuzz {

inline bool allDigits(std::string_view s) {
    return s.find_first_not_of("0123456789") == std::string_view::npos;
}

// Empty when the record is sane, else what is wrong (for the test's failure message).
inline std::string mrzProblem(const scanners::MrzRecord& r) {
    if (r.lines[0].size() != 30 || r.lines[1].size() != 30) return "line length";
    if (!r.lines[2].empty() && r.lines[2].size() != 30) return "name line length";
    if (r.lines[2].empty() != r.surname.empty()) return "name line without a surname";
    const std::string& l1 = r.lines[0];
    const std::string& l2 = r.lines[1];
    if (scanners::mrzCheckDigit(l1.substr(5, 9)) != l1[14] - '0') return "document check";
    if (scanners::mrzCheckDigit(l1.substr(15, 12)) != l1[29] - '0') return "personal ID check";
    if (scanners::mrzCheckDigit(l2.substr(0, 6)) != l2[6] - '0') return "birth date check";
    if (scanners::mrzCheckDigit(l2.substr(8, 6)) != l2[14] - '0') return "expiry check";
    const std::string covered = l1.substr(5) + l2.substr(0, 7) + l2.substr(8, 7) + l2.substr(18, 11);
    if (scanners::mrzCheckDigit(covered) != l2[29] - '0') return "composite check";
    if (r.personalId.size() != 12 || !allDigits(r.personalId)) return "personal ID";
    if (r.documentNumber != r.personalId.substr(3)) return "document number";
    if (!scanners::isValidDate(r.birthDate)) return "birth date";
    if (r.expiryDate && !scanners::isValidDate(*r.expiryDate)) return "expiry date";
    if (r.noExpiry == r.expiryDate.has_value()) return "expiry flag";
    if (!scanners::parseIdNumber(r.personalId)) return "personal ID digits";
    return {};
}

// The check digits a zone of this format carries, recomputed here from the lines alone.
inline std::vector<scanners::MrzCheck> recomputedChecks(const scanners::TravelDocument& d) {
    using scanners::mrzCheckDigit;
    const auto holds = [](const std::string& value, char check) {
        // A date holds only in digits, even all filler with a '<' check (as the parser rules).
        if (value.size() == 6 && !allDigits(value)) return false;
        if (check == '<') return value.find_first_not_of('<') == std::string::npos;
        return mrzCheckDigit(value) == check - '0';
    };
    const auto& l = d.lines;
    if (d.format == scanners::MrzFormat::TD1) {
        std::vector<scanners::MrzCheck> checks;
        if (l[0][14] != '<' || l[0][13] == '<') {  // no continued document number
            checks.push_back({"document_number", holds(l[0].substr(5, 9), l[0][14])});
        }
        checks.push_back({"dob", holds(l[1].substr(0, 6), l[1][6])});
        checks.push_back({"expiry", holds(l[1].substr(8, 6), l[1][14])});
        const std::string composite = l[0].substr(5, 25) + l[1].substr(0, 7) + l[1].substr(8, 7) +
                                      l[1].substr(18, 11);
        checks.push_back({"composite", holds(composite, l[1][29])});
        return checks;
    }
    const bool td2 = d.format == scanners::MrzFormat::TD2;
    std::vector<scanners::MrzCheck> checks;
    if (l[1][9] != '<' || !td2) checks.push_back({"document_number", holds(l[1].substr(0, 9), l[1][9])});
    checks.push_back({"dob", holds(l[1].substr(13, 6), l[1][19])});
    checks.push_back({"expiry", holds(l[1].substr(21, 6), l[1][27])});
    if (!td2) checks.push_back({"optional_data", holds(l[1].substr(28, 14), l[1][42])});
    const std::string composite =
        l[1].substr(0, 10) + l[1].substr(13, 7) + l[1].substr(21, td2 ? 14 : 22);
    checks.push_back({"composite", holds(composite, l[1][td2 ? 35 : 43])});
    return checks;
}

// Empty when the document is sane: its lines have the format's shape, every check it reports
// matches the lines, a correction only ever comes with every check holding.
inline std::string travelDocumentProblem(const scanners::TravelDocument& d) {
    const size_t count = d.format == scanners::MrzFormat::TD1 ? 3 : 2;
    const size_t length = d.format == scanners::MrzFormat::TD1   ? 30
                          : d.format == scanners::MrzFormat::TD2 ? 36
                                                                 : 44;
    if (d.lines.size() != count) return "line count";
    for (const auto& line : d.lines) {
        if (line.size() != length) return "line length";
        if (line.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<") != std::string::npos) {
            return "character outside the MRZ alphabet";
        }
    }
    bool anyValid = false;
    for (const auto& check : d.checks) anyValid = anyValid || check.valid;
    if (!anyValid) return "accepted without a valid check digit";
    if (!d.corrections.empty() && !d.checksValid()) return "correction without every check";
    for (const auto& expected : recomputedChecks(d)) {
        bool found = false;
        for (const auto& check : d.checks) {
            if (check.field != expected.field) continue;
            found = true;
            if (check.valid != expected.valid) return "check " + check.field + " misreported";
        }
        if (!found) return "check " + expected.field + " missing";
    }
    if (d.birthDate && !scanners::isValidDate(*d.birthDate)) return "birth date";
    if (d.expiryDate && !scanners::isValidDate(*d.expiryDate)) return "expiry date";
    return {};
}

inline std::string qrProblem(const scanners::QrPayload& q) {
    if (q.idNumber.size() != 12 || !allDigits(q.idNumber)) return "ID number";
    if (!q.oldId.empty() && !allDigits(q.oldId)) return "old ID";
    if (q.fullName.empty()) return "name";
    if (!scanners::isValidDate(q.dob)) return "birth date";
    if (q.sex == scanners::Sex::Unknown) return "sex";
    if (q.issueDate && !scanners::isValidDate(*q.issueDate)) return "issue date";
    return {};
}

}  // namespace kiosk::fuzz
