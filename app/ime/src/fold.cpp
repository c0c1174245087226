#include "kiosk/ime/fold.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "kiosk/ime/word.hpp"
#include "syllable.hpp"

namespace kiosk::ime {
namespace {

struct FreeDeleter {
    void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

// NFC and full Unicode case folding in one pass; bad bytes are dropped first.
std::string foldCase(std::string_view text) {
    std::string valid;
    valid.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        if (const auto c = nextCodepoint(text, pos)) appendUtf8(valid, *c);
    }
    utf8proc_uint8_t* raw = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                                static_cast<utf8proc_ssize_t>(valid.size()), &raw,
                                static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                               UTF8PROC_CASEFOLD));
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(raw);
    if (n < 0) return valid;
    return std::string(reinterpret_cast<const char*>(raw), static_cast<size_t>(n));
}

// One lowercase word in the canonical spelling: tone where the new style puts it, and a lone y
// after a consonant written i (lý/lí, kỹ/kĩ, quý/quí are the same word).
std::string canonicalWord(std::string_view word) {
    auto parsed = parseWord(word);
    if (!parsed) return std::string(word);
    const SyllableParts parts = splitSyllable(parsed->letters);
    if (parts.initialEnd > 0 && parts.nucleusEnd == parts.initialEnd + 1 &&
        parsed->letters[parts.initialEnd].base == 'y') {
        parsed->letters[parts.initialEnd].base = 'i';
    }
    return renderWord(*parsed, ToneStyle::New);
}

}  // namespace

std::string foldToneStyle(std::string_view text) {
    const std::string folded = foldCase(text);
    std::string out;
    out.reserve(folded.size());
    size_t wordStart = 0;
    size_t pos = 0;
    while (pos < folded.size()) {
        const size_t at = pos;
        const auto c = nextCodepoint(folded, pos);
        if (c && decodeLetter(*c)) continue;
        out += canonicalWord(std::string_view(folded).substr(wordStart, at - wordStart));
        out.append(folded, at, pos - at);
        wordStart = pos;
    }
    out += canonicalWord(std::string_view(folded).substr(wordStart));
    return out;
}

}  // namespace kiosk::ime
