#include "kiosk/base/text.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <memory>
#include <vector>

namespace kiosk::text {
namespace {

struct FreeDeleter {
    void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

bool mapWith(std::string_view s, int options, std::string& out) {
    utf8proc_uint8_t* raw = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                static_cast<utf8proc_ssize_t>(s.size()), &raw,
                                static_cast<utf8proc_option_t>(options));
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(raw);
    if (n < 0) return false;
    out.assign(reinterpret_cast<const char*>(raw), static_cast<size_t>(n));
    return true;
}

std::vector<std::string> splitWords(const std::string& s) {
    std::vector<std::string> words;
    std::string current;
    for (char c : s) {
        const bool separator = c == ' ' || c == '\t' || c == '-' || c == ',' || c == '.' ||
                               c == '/' || c == '(' || c == ')' || c == '\'' || c == '"';
        if (separator) {
            if (!current.empty()) words.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

size_t sequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

}  // namespace

Normalized toNfc(std::string_view s) {
    Normalized result;
    if (!mapWith(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE, result.text)) {
        result.text.clear();
        result.valid = false;
    }
    return result;
}

std::string_view trimAsciiSpace(std::string_view s) {
    constexpr std::string_view kSpace = " \t\r\n\v\f";
    const auto first = s.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

bool isValidUtf8(std::string_view s) {
    std::string ignored;
    return mapWith(s, UTF8PROC_STABLE, ignored);
}

std::string foldForSearch(std::string_view s) {
    std::string folded;
    // đ/Đ have no decomposition in Unicode, so strip them by hand after case folding.
    if (!mapWith(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK,
                 folded)) {
        return {};
    }
    std::string out;
    out.reserve(folded.size());
    for (size_t i = 0; i < folded.size(); ++i) {
        const auto c0 = static_cast<unsigned char>(folded[i]);
        if (c0 == 0xC4 && i + 1 < folded.size() &&
            (static_cast<unsigned char>(folded[i + 1]) == 0x91 ||
             static_cast<unsigned char>(folded[i + 1]) == 0x90)) {
            out += 'd';
            ++i;
        } else {
            out += folded[i];
        }
    }
    return out;
}

bool searchMatches(std::string_view haystack, std::string_view query) {
    const auto queryWords = splitWords(foldForSearch(query));
    if (queryWords.empty()) return true;
    const std::string foldedHay = foldForSearch(haystack);
    const auto hayWords = splitWords(foldedHay);
    for (const auto& q : queryWords) {
        bool found = false;
        for (const auto& w : hayWords) {
            if (w.rfind(q, 0) == 0) { found = true; break; }
        }
        if (!found && foldedHay.find(q) == std::string::npos) return false;
    }
    return true;
}

bool isPersonName(std::string_view s) {
    bool letterBefore = false;  // the previous code point was a letter or a combining mark
    bool anyLetter = false;
    for (utf8proc_ssize_t i = 0; i < static_cast<utf8proc_ssize_t>(s.size());) {
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + i,
                                        static_cast<utf8proc_ssize_t>(s.size()) - i, &cp);
        if (n <= 0) return false;
        i += n;
        switch (utf8proc_category(cp)) {
            case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
            case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
                anyLetter = letterBefore = true;
                break;
            case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
                if (!letterBefore) return false;  // a tone mark needs a letter to sit on
                break;
            default:
                // Spaces anywhere (a stray one is harmless); ' and - only right after a letter.
                if (cp != ' ' && !((cp == '\'' || cp == '-') && letterBefore)) return false;
                letterBefore = false;
                break;
        }
    }
    return anyLetter;
}

size_t codepointCount(std::string_view s) {
    size_t count = 0;
    for (size_t i = 0; i < s.size(); i += sequenceLength(static_cast<unsigned char>(s[i]))) ++count;
    return count;
}

std::string truncateCodepoints(std::string_view s, size_t maxCodepoints) {
    size_t i = 0;
    for (size_t count = 0; i < s.size() && count < maxCodepoints; ++count) {
        i += sequenceLength(static_cast<unsigned char>(s[i]));
    }
    return std::string(s.substr(0, std::min(i, s.size())));
}

void popCodepoint(std::string& s) {
    if (s.empty()) return;
    size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    s.erase(i);
}

namespace {

constexpr std::array<const char*, 10> kDigits = {"không", "một", "hai", "ba", "bốn",
                                                  "năm", "sáu", "bảy", "tám", "chín"};

// Words for 0..999; `full` forces "không trăm"/"linh" when a higher group precedes it.
std::string threeDigits(int n, bool full) {
    const int hundreds = n / 100, tens = (n / 10) % 10, units = n % 10;
    std::string out;
    auto add = [&out](const std::string& w) {
        if (!out.empty()) out += ' ';
        out += w;
    };
    if (hundreds > 0 || full) {
        add(kDigits[static_cast<size_t>(hundreds)]);
        add("trăm");
    }
    if (tens == 0) {
        if (units > 0 && (hundreds > 0 || full)) add("linh");
    } else if (tens == 1) {
        add("mười");
    } else {
        add(kDigits[static_cast<size_t>(tens)]);
        add("mươi");
    }
    if (units == 0) return out;
    if (units == 1 && tens >= 2) add("mốt");
    else if (units == 5 && tens >= 1) add("lăm");
    else add(kDigits[static_cast<size_t>(units)]);
    return out;
}

}  // namespace

std::string numberInWords(long long n) {
    if (n < 0) return "âm " + numberInWords(-n);
    if (n == 0) return "không";
    static constexpr std::array<const char*, 4> kGroups = {"", "nghìn", "triệu", "tỷ"};
    std::vector<int> groups;
    for (long long v = n; v > 0; v /= 1000) groups.push_back(static_cast<int>(v % 1000));
    std::string out;
    for (size_t i = groups.size(); i-- > 0;) {
        const int g = groups[i];
        if (g == 0) continue;
        const bool higherExists = i + 1 < groups.size();
        std::string words = threeDigits(g, higherExists);
        // Groups above "tỷ" repeat the scale: 10^12 = "nghìn tỷ".
        std::string scale;
        size_t level = i;
        while (level >= 4) { scale = scale.empty() ? "tỷ" : scale + " tỷ"; level -= 3; }
        std::string name = kGroups[level];
        if (!scale.empty()) name = name.empty() ? scale : name + " " + scale;
        if (!out.empty()) out += ' ';
        out += words;
        if (!name.empty()) out += " " + name;
    }
    return out;
}

}  // namespace kiosk::text
