#pragma once
// Finds the bilingual field labels of CCCD 2021 and Căn cước 2024 cards ("Ngày sinh / Date of
// birth:") in a line of OCR text, tolerating lost diacritics and one wrong letter per word.
#include <string>
#include <string_view>
#include <vector>

namespace scanners::printed {

enum class Label {
    IdNumber,
    FullName,
    BirthDate,
    Sex,
    Nationality,
    PlaceOfOrigin,
    Residence,
    PlaceOfBirth,
    ExpiryDate,
    IssueDate,
    Other,  // a label whose value we do not use, such as identifying marks
};

// A space-separated word of the line as read, and its folded tokens ("Số/No.:" -> SO, NO).
struct Word {
    std::string text;
    std::vector<std::string> tokens;
};

struct LabelHit {
    Label label = Label::Other;
    size_t firstWord = 0;  // the label covers words [firstWord, endWord)
    size_t endWord = 0;
    // Only the Vietnamese half was recognised: after a '/', this many words are the garbled
    // English half, not the value.
    size_t garbledEnglishWords = 0;
};

std::vector<Word> splitWords(std::string_view line);

// Labels in the order they appear; the longest matching label wins at each position.
std::vector<LabelHit> findLabels(const std::vector<Word>& words);

}  // namespace scanners::printed
