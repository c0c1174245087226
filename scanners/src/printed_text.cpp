// Printed-text fields: each label's value is the rest of its line up to the next label, or the
// next line when the card prints the value underneath (names, addresses).
#include "scanners/printed_text.hpp"

#include <algorithm>

#include "printed_labels.hpp"
#include "scanners/unicode.hpp"

namespace scanners {
namespace {

using printed::Label;

struct LineInfo {
    std::vector<printed::Word> words;
    std::vector<printed::LabelHit> labels;
    float confidence = 0.0f;
};

struct Value {
    std::string text;
    float confidence = 0.0f;
};

std::string joinWords(const std::vector<printed::Word>& words, size_t first, size_t end) {
    std::string out;
    for (size_t i = first; i < end; ++i) {
        if (!out.empty()) out += ' ';
        out += words[i].text;
    }
    return out;
}

// Strips the ':' '/' '.' that separate a label from its value, and a stray ':' after it.
std::string stripSeparators(std::string text) {
    const auto isSeparator = [](char c) { return c == ':' || c == '/' || c == '.' || c == ' '; };
    const auto first = std::find_if_not(text.begin(), text.end(), isSeparator);
    text.erase(text.begin(), first);
    while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
    return text;
}

// After a label recognised by its Vietnamese half only, skips "/ <English half>:" so that the
// garbled English words are not taken for the value.
size_t skipGarbledEnglish(const std::vector<printed::Word>& words, size_t first, size_t end,
                          size_t count) {
    if (count == 0 || first >= end || !words[first].text.starts_with("/")) return first;
    size_t i = first;
    if (words[i].text == "/") {
        ++i;
    } else {
        if (words[i].text.ends_with(":")) return i + 1;
        ++i;  // "/Sex" glued to its slash is the first English word
        --count;
    }
    for (; count > 0 && i < end; --count, ++i) {
        if (words[i].text.ends_with(":")) return i + 1;
    }
    return i;
}

bool hasLetters(std::string_view text) { return !unicode::foldToAsciiUpper(text).empty(); }

// Digits as OCR tends to misread them in printed numbers and dates.
char asDigit(char c) {
    switch (c) {
        case 'O': case 'o': case 'D': case 'Q': return '0';
        case 'I': case 'l': case '|': return '1';
        default: return c;
    }
}

std::optional<std::string> findIdNumber(std::string_view text) {
    std::string run;
    for (size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? asDigit(text[i]) : ' ';
        if (c >= '0' && c <= '9') {
            run += c;
            continue;
        }
        if (run.size() == 12) return run;
        run.clear();
    }
    return std::nullopt;
}

std::optional<Date> findDate(std::string_view text) {
    std::string cleaned;
    for (char c : text) cleaned += asDigit(c);
    for (size_t start = 0; start < cleaned.size(); ++start) {
        if (cleaned[start] < '0' || cleaned[start] > '9') continue;
        if (start > 0 && cleaned[start - 1] >= '0' && cleaned[start - 1] <= '9') continue;
        for (size_t length : {10u, 9u, 8u}) {
            if (start + length > cleaned.size()) continue;
            const size_t after = start + length;
            if (after < cleaned.size() && cleaned[after] >= '0' && cleaned[after] <= '9') continue;
            if (auto date = parseDate(std::string_view(cleaned).substr(start, length))) {
                return date;
            }
        }
    }
    return std::nullopt;
}

class PrintedParser {
public:
    explicit PrintedParser(std::span<const OcrLine> lines) {
        for (const auto& line : lines) {
            auto nfc = unicode::toNfc(line.text);
            if (!nfc) continue;
            LineInfo info;
            info.words = printed::splitWords(*nfc);
            info.labels = printed::findLabels(info.words);
            info.confidence = std::clamp(line.confidence, 0.0f, 1.0f);
            m_lines.push_back(std::move(info));
        }
    }

    PrintedCard parse() {
        PrintedCard card;
        card.cardType = cardType();
        for (size_t i = 0; i < m_lines.size(); ++i) {
            const auto& labels = m_lines[i].labels;
            for (size_t k = 0; k < labels.size(); ++k) {
                const size_t end = k + 1 < labels.size() ? labels[k + 1].firstWord
                                                         : m_lines[i].words.size();
                const size_t first = skipGarbledEnglish(m_lines[i].words, labels[k].endWord, end,
                                                        labels[k].garbledEnglishWords);
                store(card, labels[k].label, valueAt(i, first, end));
            }
        }
        if (!card.idNumber) findUnlabelledId(card);
        return card;
    }

private:
    // The label's value, or the next unlabelled line's when the label line has none; an
    // address may continue on one more unlabelled line.
    std::vector<Value> valueAt(size_t line, size_t first, size_t end) const {
        std::vector<Value> parts;
        const std::string inLine = stripSeparators(joinWords(m_lines[line].words, first, end));
        if (!inLine.empty()) parts.push_back({inLine, m_lines[line].confidence});
        for (size_t next = line + 1; next < m_lines.size() && parts.size() < 2; ++next) {
            if (!m_lines[next].labels.empty() || m_lines[next].words.empty()) break;
            const std::string text = joinWords(m_lines[next].words, 0, m_lines[next].words.size());
            if (text.find("<<") != std::string::npos) break;  // the MRZ starts here
            parts.push_back({text, m_lines[next].confidence});
        }
        return parts;
    }

    static Reading<std::string> firstText(const std::vector<Value>& parts) {
        return {parts.front().text, parts.front().confidence};
    }

    void store(PrintedCard& card, Label label, const std::vector<Value>& parts) const {
        if (parts.empty()) return;
        const auto& first = parts.front();
        switch (label) {
            case Label::IdNumber:
                if (auto id = findIdNumber(first.text)) card.idNumber = {{*id, first.confidence}};
                break;
            case Label::FullName:
                if (hasLetters(first.text)) {
                    const std::string_view name = unicode::trimToLetters(first.text);
                    card.fullName = {{unicode::titleCaseWords(name), first.confidence}};
                }
                break;
            case Label::BirthDate:
                if (auto date = findDate(first.text)) card.dob = {{*date, first.confidence}};
                break;
            case Label::IssueDate:
                if (auto date = findDate(first.text)) card.issueDate = {{*date, first.confidence}};
                break;
            case Label::ExpiryDate:
                if (auto date = findDate(first.text)) {
                    card.expiryDate = {{*date, first.confidence}};
                } else if (unicode::foldToAsciiUpper(first.text).starts_with("KHONG THOI HAN")) {
                    card.expiryDate = {{std::nullopt, first.confidence}};
                }
                break;
            case Label::Sex: {
                const auto words = printed::splitWords(first.text);
                const Sex sex = words.empty() ? Sex::Unknown : parseSex(words.front().text);
                if (sex != Sex::Unknown) card.sex = {{sex, first.confidence}};
                break;
            }
            case Label::Nationality:
                if (hasLetters(first.text)) card.nationality = firstText(parts);
                break;
            case Label::PlaceOfOrigin:
                if (hasLetters(first.text)) card.placeOfOrigin = firstText(parts);
                break;
            case Label::Residence: storeAddress(card, parts); break;
            case Label::PlaceOfBirth:
            case Label::Other: break;
        }
    }

    static void storeAddress(PrintedCard& card, const std::vector<Value>& parts) {
        Reading<std::string> address{"", 1.0f};
        for (const auto& part : parts) {
            if (!hasLetters(part.text)) break;
            if (!address.value.empty()) address.value += ' ';
            address.value += part.text;
            address.confidence = std::min(address.confidence, part.confidence);
        }
        if (!address.value.empty()) card.address = address;
    }

    // The 12-digit number is the only one of its length on either side of the card.
    void findUnlabelledId(PrintedCard& card) const {
        for (const auto& line : m_lines) {
            if (auto id = findIdNumber(joinWords(line.words, 0, line.words.size()))) {
                card.idNumber = {{*id, line.confidence}};
                return;
            }
        }
    }

    // Titles first ("CĂN CƯỚC CÔNG DÂN" vs "CĂN CƯỚC"), then the issuing authority on the back.
    CardType cardType() const {
        CardType byIssuer = CardType::Unknown;
        for (const auto& line : m_lines) {
            std::string folded;
            for (const auto& word : line.words) {
                for (const auto& token : word.tokens) folded += token + ' ';
            }
            if (folded.find("CAN CUOC CONG DAN") != std::string::npos ||
                folded.find("CITIZEN IDENTITY CARD") != std::string::npos) {
                return CardType::Cccd2021;
            }
            if (folded.find("CAN CUOC ") != std::string::npos ||
                folded.find("IDENTITY CARD") != std::string::npos) {
                return CardType::CanCuoc2024;
            }
            if (folded.find("CUC CANH SAT") != std::string::npos) byIssuer = CardType::Cccd2021;
            if (folded.find("BO CONG AN") != std::string::npos) byIssuer = CardType::CanCuoc2024;
        }
        return byIssuer;
    }

    std::vector<LineInfo> m_lines;
};

}  // namespace

PrintedCard parsePrintedText(std::span<const OcrLine> lines) {
    return PrintedParser(lines).parse();
}

}  // namespace scanners
