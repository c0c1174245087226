#pragma once
// What must hold for any input the scanners' parsers accept, shared by the libFuzzer targets
// and the doctest replay: a parser may refuse anything, but what it accepts must be sane.
#include <string>
#include <string_view>

#include "scanners/id_number.hpp"
#include "scanners/mrz.hpp"
#include "scanners/qr_payload.hpp"

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
