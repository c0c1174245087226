#include "text_suggestions.hpp"

#include <vector>

#include "kiosk/base/text.hpp"
#include "kiosk/ime/letters.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

constexpr size_t kMaxSuggestions = 4;
constexpr size_t kMinTyped = 2;

struct Place {
    std::string code;
    std::string name;  // "Xã Hòa Phú, Tỉnh Đắk Lắk"
};

void addCommune(std::vector<Place>& out, const forms::Province& province, const forms::Commune& commune) {
    for (const auto& p : out) {
        if (p.code == commune.code) return;
    }
    if (out.size() < kMaxSuggestions) out.push_back({commune.code, commune.name + ", " + province.name});
}

void addByCode(std::vector<Place>& out, const UiContext& ctx, const std::string& provinceCode,
               const std::string& communeCode) {
    const forms::Province* province = ctx.config.units.findProvince(provinceCode);
    if (province == nullptr) return;
    for (const auto& commune : province->communes) {
        if (commune.code == communeCode) addCommune(out, *province, commune);
    }
}

// Before anything is typed: the communes this filing's addresses already name, then the kiosk's.
std::vector<Place> likelyPlaces(const UiContext& ctx) {
    std::vector<Place> out;
    const auto& answers = ctx.session.answers;
    for (const auto& [key, value] : answers) {
        constexpr std::string_view kCommune = ".commune";
        if (key.size() <= kCommune.size() || key.compare(key.size() - kCommune.size(), kCommune.size(), kCommune) != 0) continue;
        const auto province = answers.find(key.substr(0, key.size() - kCommune.size()) + ".province");
        if (province != answers.end()) addByCode(out, ctx, province->second, value);
    }
    addByCode(out, ctx, ctx.config.kiosk.provinceCode, ctx.config.kiosk.communeCode);
    return out;
}

std::vector<std::string> wordsOf(const std::string& s) {
    std::vector<std::string> out;
    std::string word;
    for (char c : s + ' ') {
        if (c != ' ' && c != ',') {
            word += c;
        } else if (!word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
    }
    return out;
}

bool isAscii(const std::string& s) {
    for (unsigned char c : s) {
        if (c >= 0x80) return false;
    }
    return true;
}

// `typed` begins `word`, letter by letter ignoring case. Without diacritics ("hoa") the marks
// and tones of `word` do not matter; with them ("xá") they must agree, so "Bệnh xá" is not
// read as the beginning of "Xã Hòa Phú".
bool wordStartsWith(const std::string& word, const std::string& typed) {
    const std::string foldedWord = text::foldForSearch(word), foldedTyped = text::foldForSearch(typed);
    if (foldedWord.rfind(foldedTyped, 0) != 0) return false;
    if (isAscii(typed)) return true;
    size_t i = 0, j = 0;
    while (j < typed.size()) {
        const auto a = ime::nextCodepoint(word, i), b = ime::nextCodepoint(typed, j);
        if (!a || !b) return false;
        const auto la = ime::decodeLetter(*a), lb = ime::decodeLetter(*b);
        if (la && lb) {
            if (la->letter.base != lb->letter.base || la->letter.mark != lb->letter.mark || la->tone != lb->tone) return false;
        } else if (*a != *b) {
            return false;
        }
    }
    return true;
}

// Every word typed begins some word of the place's name.
bool placeMatches(const std::string& name, const std::vector<std::string>& typedWords) {
    const auto words = wordsOf(name);
    for (const auto& typed : typedWords) {
        bool found = false;
        for (const auto& word : words) found = found || wordStartsWith(word, typed);
        if (!found) return false;
    }
    return true;
}

// Communes whose "Xã …, Tỉnh …" matches `typed`, the kiosk's own province first.
std::vector<Place> matchingPlaces(const UiContext& ctx, const std::string& typed) {
    std::vector<Place> out;
    const auto typedWords = wordsOf(typed);
    auto scan = [&](const forms::Province& province) {
        for (const auto& commune : province.communes) {
            if (placeMatches(commune.name + ", " + province.name, typedWords)) addCommune(out, province, commune);
        }
    };
    const auto& provinces = ctx.config.units.provinces;
    for (const auto& p : provinces) {
        if (p.code == ctx.config.kiosk.provinceCode) scan(p);
    }
    for (const auto& p : provinces) {
        if (p.code != ctx.config.kiosk.provinceCode) scan(p);
    }
    return out;
}

// The place completes the end of what was typed: "Trạm y tế hoa phu" offers "Trạm y tế Xã Hòa
// Phú, Tỉnh Đắk Lắk". The longest ending that names a place wins; after a space, the likely ones.
std::pair<std::string, std::vector<Place>> completions(const UiContext& ctx, const std::string& typed) {
    if (typed.empty() || typed.back() == ' ') return {typed, likelyPlaces(ctx)};
    const auto words = wordsOf(typed);
    for (size_t from = 0; from < words.size(); ++from) {
        std::string head, tail;
        for (size_t i = 0; i < words.size(); ++i) (i < from ? head : tail) += words[i] + " ";
        if (text::foldForSearch(tail).size() < kMinTyped + 1) continue;
        auto places = matchingPlaces(ctx, tail);
        if (!places.empty()) return {head, std::move(places)};
    }
    return {};
}

}  // namespace

MaybeAction textSuggestions(UiContext& ctx, const forms::Field& field, const std::string& key) {
    const auto& focus = ctx.state.focus;
    const bool focused = focus && focus->target == core::TextTarget::Answer && focus->key == key;
    const auto it = ctx.session.answers.find(key);
    const std::string typed = it == ctx.session.answers.end() ? std::string() : it->second;
    if (!focused && !typed.empty()) return std::nullopt;
    const bool open = typed.empty() || typed.back() == ' ';
    std::vector<std::pair<std::string, std::string>> offers;  // widget id, text
    for (size_t i = 0; i < field.suggestions.size() && offers.size() < kMaxSuggestions; ++i) {
        if (open || text::searchMatches(field.suggestions[i], typed)) {
            offers.emplace_back("field." + key + ".suggestion." + std::to_string(i + 1), field.suggestions[i]);
        }
    }
    if (field.suggestPlaces) {
        const auto [head, places] = completions(ctx, typed);
        for (const auto& place : places) {
            if (offers.size() < kMaxSuggestions) offers.emplace_back("field." + key + ".place." + place.code, head + place.name);
        }
    }
    if (offers.empty()) return std::nullopt;
    mutedText(ctx, ctx.t("field.suggestions"), "field." + key + ".suggestions");
    MaybeAction action;
    for (const auto& [id, text] : offers) {
        if (button(ctx, id, text, ButtonStyle::ListItem)) {
            action = core::act::SetText{core::TextTarget::Answer, key, text};
            ctx.state.focus.reset();
        }
    }
    return action;
}

}  // namespace kiosk::ui
