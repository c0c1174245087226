#pragma once
// Fields read by OCR from the printed text of a card's front and back. OCR has no check digits,
// so every value carries the recogniser's confidence and counts for less than the QR or MRZ.
#include <optional>
#include <span>
#include <string>

#include "scanners/civil.hpp"
#include "scanners/identity.hpp"

namespace scanners {

// One line of recognised text with the recogniser's mean confidence (0..1).
struct OcrLine {
    std::string text;
    float confidence = 0.0f;
};

template <typename T>
struct Reading {
    T value{};
    float confidence = 0.0f;  // 0..1
};

struct PrintedCard {
    CardType cardType = CardType::Unknown;  // from the card's title
    std::optional<Reading<std::string>> idNumber, fullName, nationality, placeOfOrigin, address;
    std::optional<Reading<Date>> dob, issueDate;
    std::optional<Reading<std::optional<Date>>> expiryDate;  // empty date: "Không thời hạn"
    std::optional<Reading<Sex>> sex;
};

// Finds the labelled fields of CCCD 2021 and Căn cước 2024 fronts and backs in OCR lines
// (labels in Vietnamese or English, diacritics optional); fields it cannot find stay empty.
PrintedCard parsePrintedText(std::span<const OcrLine> lines);

}  // namespace scanners
