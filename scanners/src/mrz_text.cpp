#include "mrz_text.hpp"

#include "scanners/mrz.hpp"

namespace scanners::mrz {
namespace {

// Where the filler run that absorbs OCR length errors ends: line 1 has "<<" before its last
// check digit, line 2 has eleven '<' before the composite check digit.
constexpr size_t kFillerStart[] = {27, 18};

}  // namespace

std::vector<std::string> cleanLines(std::string_view text) {
    std::vector<std::string> lines(1);
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n' || c == '\r') {
            if (!lines.back().empty()) lines.emplace_back();
        } else if (c == ' ' || c == '\t') {
            continue;
        } else if (c == 0xC2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) == 0xAB) {
            lines.back() += "<<";  // '«' is how OCR often reads a pair of fillers
            ++i;
        } else if (c == 0xE2 && i + 2 < text.size() && text.substr(i, 3) == "\xE2\x80\xB9") {
            lines.back() += '<';  // '‹'
            i += 2;
        } else if (c >= 'a' && c <= 'z') {
            lines.back() += static_cast<char>(c - 'a' + 'A');
        } else if (c >= 0x80) {
            lines.back() += '?';  // any other non-ASCII byte is unreadable here
        } else {
            lines.back() += static_cast<char>(c);
        }
    }
    if (lines.back().empty()) lines.pop_back();
    return lines;
}

bool looksLikeFiller(char c) {
    return c == '<' || c == 'K' || c == '(' || c == '[' || c == '{';
}

std::optional<std::string> fitLine(std::string line, int index) {
    if (index == 2) {
        if (line.size() == kLineLength) return line;
        // The name line ends in filler: pad a short read, trim a long one only inside filler.
        while (line.size() > kLineLength && looksLikeFiller(line.back())) line.pop_back();
        if (line.size() > kLineLength) return std::nullopt;
        line.append(kLineLength - line.size(), '<');
        return line;
    }
    // Line 1 starts with the constant "IDVNM": a glyph OCR adds before it (a speck read as
    // '1', "I1DVNM…") shifts every field, so the line is anchored where "DVNM" starts. Only
    // the constant moves; every field after it is still judged by its own check digit.
    if (index == 0 && line.size() > kLineLength) {
        const size_t anchor = line.find("DVNM");
        if (anchor == 2 || anchor == 3) line.replace(0, anchor, 1, 'I');
    }
    // Lines 1 and 2 are fixed fields, then filler, then one check digit. OCR drops, doubles
    // and misreads the filler (as K, S, 5 …), so only the fields and the last character are
    // taken as read; the check digits judge whether the fields were read whole.
    const size_t head = kFillerStart[index];
    if (line.size() < head + 1 || line.size() > kLineLength + 6) return std::nullopt;
    std::string fitted = line.substr(0, head);
    fitted.append(kLineLength - 1 - head, '<');
    fitted += line.back();
    return fitted;
}

std::string_view digitCandidates(char c) {
    if (c >= '0' && c <= '9') {
        static constexpr std::string_view kDigits = "0123456789";
        return kDigits.substr(static_cast<size_t>(c - '0'), 1);
    }
    // Shapes OCR-B digits are mistaken for. Letters with two candidates are resolved only if
    // exactly one of them satisfies the check digit.
    switch (c) {
        case 'O': case 'D': case 'Q': case 'C': case 'U': return "0";
        case 'I': case 'L': case 'J': case '|': return "1";
        case 'T': return "17";
        case 'Z': return "27";
        case 'A': return "4";
        case 'S': return "58";
        case 'G': return "69";
        case 'B': return "83";
        default: return {};
    }
}

char letterForDigit(char c) {
    switch (c) {
        case '0': return 'O';
        case '1': return 'I';
        case '2': return 'Z';
        case '4': return 'A';
        case '5': return 'S';
        case '6': return 'G';
        case '8': return 'B';
        default: return 0;
    }
}

bool couldBeLetter(char read, char letter) {
    if (read == letter || letterForDigit(read) == letter) return true;
    switch (letter) {
        case 'D': return read == 'O' || read == 'Q' || read == '0';
        case 'I': return read == 'T' || read == 'L' || read == 'J' || read == '|';
        case 'M': return read == 'N' || read == 'H';
        case 'N': return read == 'M' || read == 'H';
        case 'V': return read == 'Y';
        default: return false;
    }
}

}  // namespace scanners::mrz

namespace scanners {

int mrzCheckDigit(std::string_view field) {
    static constexpr int kWeights[] = {7, 3, 1};
    int sum = 0;
    for (size_t i = 0; i < field.size(); ++i) {
        const char c = field[i];
        int value = 0;
        if (c >= '0' && c <= '9') {
            value = c - '0';
        } else if (c >= 'A' && c <= 'Z') {
            value = c - 'A' + 10;
        } else if (c != '<') {
            return -1;
        }
        sum += value * kWeights[i % 3];
    }
    return sum % 10;
}

}  // namespace scanners
