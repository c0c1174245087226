#include "syllable.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ime {
namespace {

// Initial consonants. kr pr dr gr pl are not in standard Vietnamese but spell Central Highlands
// place names (Krông Pắc, Chư Prông, M'Drắk, Ia Grai, Kon Plông); "cl", "fl", "st" stay foreign so
// that English words such as "class" are left alone.
constexpr std::string_view kInitials[] = {
    "b",  "c",  "ch", "d",  "đ",  "g",  "gh", "gi", "h",  "k",  "kh", "l",  "m",  "n",  "ng", "ngh",
    "nh", "p",  "ph", "q",  "qu", "r",  "s",  "t",  "th", "tr", "v",  "x",  "kr", "pr", "dr", "gr",
    "pl"};

// Every rhyme (vowels + final consonant) Vietnamese spelling allows. Rhymes ending in c also
// exist with k for the Highlands names (Đắk Lắk, Krông Búk); those are added in code.
constexpr std::string_view kRhymes[] = {
    "a",    "ac",   "ach",  "am",   "an",   "ang",  "anh",  "ap",   "at",   "ai",   "ao",
    "au",   "ay",   "ăc",   "ăm",   "ăn",   "ăng",  "ăp",   "ăt",   "âc",   "âm",   "ân",
    "âng",  "âp",   "ât",   "âu",   "ây",   "e",    "ec",   "em",   "en",   "eng",  "ep",
    "et",   "eo",   "ê",    "êch",  "êm",   "ên",   "ênh",  "êp",   "êt",   "êu",   "i",
    "ich",  "im",   "in",   "inh",  "ip",   "it",   "ia",   "iu",   "iêc",  "iêm",  "iên",
    "iêng", "iêp",  "iêt",  "iêu",  "o",    "oc",   "om",   "on",   "ong",  "op",   "ot",
    "oi",   "ooc",  "oong", "oa",   "oac",  "oach", "oam",  "oan",  "oang", "oanh", "oap",
    "oat",  "oai",  "oay",  "oăc",  "oăm",  "oăn",  "oăng", "oăt",  "oe",   "oen",  "oet",
    "oeo",  "ô",    "ôc",   "ôm",   "ôn",   "ông",  "ôp",   "ôt",   "ôi",   "ơ",    "ơm",
    "ơn",   "ơp",   "ơt",   "ơi",   "u",    "uc",   "um",   "un",   "ung",  "up",   "ut",
    "ua",   "ui",   "uân",  "uâng", "uât",  "uây",  "uê",   "uêch", "uênh", "uôc",  "uôm",
    "uôn",  "uông", "uôt",  "uôi",  "uơ",   "uy",   "uych", "uyn",  "uynh", "uyp",  "uyt",
    "uya",  "uyu",  "uyên", "uyêt", "ư",    "ưc",   "ưm",   "ưn",   "ưng",  "ưt",   "ưa",
    "ưi",   "ưu",   "ươc",  "ươm",  "ươn",  "ương", "ươp",  "ươt",  "ươi",  "ươu",  "y",
    "yêm",  "yên",  "yêng", "yêt",  "yêu"};

using Spelling = std::vector<Letter>;

Spelling spell(std::string_view utf8) {
    Spelling letters;
    size_t pos = 0;
    while (pos < utf8.size()) {
        if (const auto c = nextCodepoint(utf8, pos)) {
            if (const auto decoded = decodeLetter(*c)) letters.push_back(decoded->letter);
        }
    }
    return letters;
}

const std::vector<Spelling>& rhymes() {
    static const std::vector<Spelling> all = [] {
        std::vector<Spelling> built;
        for (const auto rhyme : kRhymes) {
            built.push_back(spell(rhyme));
            if (rhyme.size() >= 2 && rhyme.back() == 'c' && rhyme[rhyme.size() - 2] != 'c') {
                Spelling highland = built.back();
                highland.back().base = 'k';
                built.push_back(std::move(highland));
            }
        }
        return built;
    }();
    return all;
}

// `typed` can still become `rhyme`: same letters so far, and every mark typed is the rhyme's
// (a bare vowel may get its mark later, as in "Vietej" -> "Việt").
bool growsInto(std::span<const Letter> typed, const Spelling& rhyme) {
    if (typed.size() > rhyme.size()) return false;
    for (size_t i = 0; i < typed.size(); ++i) {
        if (typed[i].base != rhyme[i].base) return false;
        if (typed[i].mark != Mark::None && typed[i].mark != rhyme[i].mark) return false;
    }
    return true;
}

bool isRhymePrefix(std::span<const Letter> typed) {
    return std::any_of(rhymes().begin(), rhymes().end(),
                       [&](const Spelling& r) { return growsInto(typed, r); });
}

// The rhyme with the letter that "qu"/"gi" swallowed put back: "quynh" spells u+ynh, "giêng"
// spells i+êng.
bool isRhymePrefixAfter(char swallowed, std::span<const Letter> typed) {
    Spelling withLetter;
    withLetter.reserve(typed.size() + 1);
    withLetter.push_back({swallowed, Mark::None, false, false});
    withLetter.insert(withLetter.end(), typed.begin(), typed.end());
    return isRhymePrefix(withLetter);
}

std::string initialOf(std::span<const Letter> letters) {
    std::string s;
    for (const auto& l : letters) {
        if (l.mark == Mark::Stroke) s += "đ";
        else s += l.base;
    }
    return s;
}

bool isInitial(std::string_view s) {
    if (s.empty()) return true;
    return s != "q" && std::find(std::begin(kInitials), std::end(kInitials), s) != std::end(kInitials);
}

bool isInitialPrefix(std::string_view s) {
    return std::any_of(std::begin(kInitials), std::end(kInitials),
                       [&](std::string_view i) { return i.substr(0, s.size()) == s; });
}

bool isStop(char finalFirst) {
    return finalFirst == 'c' || finalFirst == 'p' || finalFirst == 't' || finalFirst == 'k';
}

bool isPlainVowel(const Letter& l, char base) { return l.base == base && l.mark == Mark::None; }

}  // namespace

SyllableParts splitSyllable(std::span<const Letter> letters) {
    SyllableParts parts;
    const size_t n = letters.size();
    size_t i = 0;
    while (i < n && !isVowelBase(letters[i].base)) ++i;
    parts.initialEnd = i;
    if (i == 1 && i < n && letters[0].base == 'q' && isPlainVowel(letters[i], 'u')) {
        parts.initialEnd = i + 1;
    } else if (i == 1 && i + 1 < n && letters[0].base == 'g' && letters[0].mark == Mark::None &&
               isPlainVowel(letters[i], 'i') && isVowelBase(letters[i + 1].base)) {
        parts.initialEnd = i + 1;
    }
    size_t j = parts.initialEnd;
    while (j < n && isVowelBase(letters[j].base)) ++j;
    parts.nucleusEnd = j;
    for (size_t k = j; k < n; ++k) {
        if (isVowelBase(letters[k].base)) parts.wellFormed = false;
    }
    return parts;
}

bool isPlausibleSyllable(std::span<const Letter> letters, Tone tone) {
    const SyllableParts parts = splitSyllable(letters);
    if (!parts.wellFormed) return false;
    const std::string initial = initialOf(letters.first(parts.initialEnd));
    if (parts.initialEnd == parts.nucleusEnd) {
        return tone == Tone::None && parts.initialEnd == letters.size() && isInitialPrefix(initial);
    }
    if (!isInitial(initial)) return false;
    const auto rhyme = letters.subspan(parts.initialEnd);
    const bool qu = initial == "qu";
    const bool gi = initial == "gi";
    if ((qu && rhyme.front().base == 'u') || (gi && rhyme.front().base == 'i')) return false;
    const bool spelled = isRhymePrefix(rhyme) || (qu && isRhymePrefixAfter('u', rhyme)) ||
                         (gi && isRhymePrefixAfter('i', rhyme));
    if (!spelled) return false;
    // A syllable closed by c, ch, p, t (or k) only takes sắc or nặng.
    const bool stopped = parts.nucleusEnd < letters.size() && isStop(letters[parts.nucleusEnd].base);
    return !(stopped && (tone == Tone::Huyen || tone == Tone::Hoi || tone == Tone::Nga));
}

}  // namespace kiosk::ime
