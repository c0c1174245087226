#include "kiosk/ime/composer.hpp"

#include <algorithm>
#include <utility>

#include "effects.hpp"
#include "key_rules.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/ime/tone_placement.hpp"
#include "syllable.hpp"

namespace kiosk::ime {
namespace {

// No Vietnamese syllable is longer ("nghiêng" has 7 letters); a longer run of letters at the end
// of the text is left alone instead of being re-read on every backspace.
constexpr size_t kMaxSyllableLetters = 8;

// A syllable whose keystrokes run past this (someone holding "s" and "f" in turn) is kept as
// shown and typing goes on literally, so the keystroke log stays small.
constexpr size_t kMaxLiteralBytes = 64;

// How far back a combining mark typed on its own may reach when the end of the text is
// re-normalised (longer runs of marks are not text anyone types).
constexpr size_t kMaxCombiningRun = 32;

bool isScalarValue(char32_t c) {
    return c != 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

bool isUpperAscii(char32_t c) { return c >= U'A' && c <= U'Z'; }

// Code points NFC never merges with what comes before them, so normalisation can restart there.
bool isCompositionBoundary(char32_t c) { return c < 0x300 || decodeLetter(c).has_value(); }

// Valid UTF-8 only (bad bytes dropped), NFC.
std::string cleanText(std::string_view text) {
    std::string valid;
    valid.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        if (const auto c = nextCodepoint(text, pos); c && *c != 0) appendUtf8(valid, *c);
    }
    return kiosk::text::toNfc(valid).text;
}

}  // namespace

Composer::Composer(Method method, ToneStyle style) : m_method(method), m_style(style) {}

bool Composer::type(char32_t key) {
    if (!isScalarValue(key)) return false;
    const Cursor before = m_at;
    // process() changes nothing before the word, or before the characters a combining mark
    // may merge with, so keeping the text from there is enough to undo it.
    const size_t keep = std::min(m_at.wordStart, normalizationStart().first);
    const std::string tail = m_text.substr(keep);
    process(key);
    if (m_maxLength == 0 || length() <= m_maxLength) return true;
    m_text.resize(keep);
    m_text += tail;
    m_at = before;
    return false;
}

void Composer::typeKeys(std::string_view keys) {
    size_t pos = 0;
    while (pos < keys.size()) {
        if (const auto c = nextCodepoint(keys, pos)) type(*c);
    }
}

void Composer::process(char32_t key) {
    const auto letter = decodeLetter(key);
    if (!m_at.undoneKeys.empty()) {
        if (!letter) {
            appendLiteral(key);
            return;
        }
        // After an undo the word is typed as it is: "xooong" -> "xoong". If the letter makes it
        // foreign ("issue", "www", "coffee"), every key goes back in exactly as typed.
        std::string shown = m_text.substr(m_at.wordStart);
        appendUtf8(shown, key);
        if (parseWord(shown)) {
            showLiteral(shown);
        } else {
            appendUtf8(m_at.undoneKeys, key);
            showLiteral(m_at.undoneKeys);
        }
        return;
    }
    if (m_at.literal) {
        appendLiteral(key);
        if (letter) m_at.literal = true;
        return;
    }
    KeyAction action;
    if (key < 0x80) action = m_method == Method::Telex ? telexAction(key) : vniAction(key);
    if (action.effect != Effect::None) {
        switch (applyEffect(m_at.word, action, isUpperAscii(key))) {
            case Outcome::Applied:
                appendUtf8(m_at.word.literal, key);
                showWord();
                if (m_at.word.literal.size() > kMaxLiteralBytes) {
                    commitWord();
                    m_at.literal = true;
                }
                return;
            case Outcome::Undone:
                // "ass" -> "as", "ww" -> "w": the effect goes and the key is typed as itself.
                showWord();
                if (letter) {
                    m_at.undoneKeys = m_at.word.literal;
                    appendUtf8(m_at.undoneKeys, key);
                    appendUtf8(m_text, key);
                    ++m_at.wordLength;
                } else {
                    appendLiteral(key);
                }
                return;
            case Outcome::NotApplicable:
                break;
        }
    }
    if (letter) appendLetter(key, *letter);
    else appendLiteral(key);
}

void Composer::appendLetter(char32_t key, const ToneLetter& letter) {
    Word next = m_at.word;
    next.letters.push_back(letter.letter);
    if (letter.tone != Tone::None) next.tone = letter.tone;
    completeHornPair(next.letters);
    appendUtf8(next.literal, key);
    if (next.letters.size() <= kMaxSyllableLetters && next.literal.size() <= kMaxLiteralBytes &&
        isPlausibleSyllable(next.letters, next.tone)) {
        m_at.word = std::move(next);
        showWord();
        return;
    }
    // Not Vietnamese after all ("texting", "windows"): show the keys as they were typed.
    showLiteral(next.literal);
}

void Composer::appendLiteral(char32_t key) {
    commitWord();
    if (isCompositionBoundary(key)) {
        appendUtf8(m_text, key);
        m_at.wordStart = m_text.size();
        ++m_at.committedLength;
        return;
    }
    std::string mark;
    appendUtf8(mark, key);
    appendNormalized(mark);
    adoptLastWord();
}

std::pair<size_t, size_t> Composer::normalizationStart() const {
    size_t start = m_text.size();
    size_t taken = 0;
    while (start > 0 && taken < kMaxCombiningRun) {
        size_t lead = start - 1;
        while (lead > 0 && (static_cast<unsigned char>(m_text[lead]) & 0xC0) == 0x80) --lead;
        size_t pos = lead;
        const auto c = nextCodepoint(m_text, pos);
        start = lead;
        ++taken;
        if (c && isCompositionBoundary(*c)) break;
    }
    return {start, taken};
}

void Composer::appendNormalized(std::string_view addition) {
    commitWord();
    const auto [start, taken] = normalizationStart();
    std::string window = m_text.substr(start);
    window += addition;
    const std::string normalized = kiosk::text::toNfc(window).text;
    m_at.committedLength = m_at.committedLength - taken + kiosk::text::codepointCount(normalized);
    m_text.resize(start);
    m_text += normalized;
    m_at.wordStart = m_text.size();
}

void Composer::commitWord() {
    m_at.committedLength += m_at.wordLength;
    m_at.wordLength = 0;
    m_at.wordStart = m_text.size();
    m_at.word = {};
    m_at.literal = false;
    m_at.undoneKeys.clear();
}

void Composer::showWord() {
    m_text.resize(m_at.wordStart);
    m_text += renderWord(m_at.word, m_style);
    m_at.wordLength = m_at.word.letters.size();
}

void Composer::showLiteral(const std::string& shown) {
    m_text.resize(m_at.wordStart);
    m_text += shown;
    m_at.wordLength = kiosk::text::codepointCount(shown);
    commitWord();
    m_at.literal = true;
}

void Composer::backspace() {
    if (m_text.empty()) return;
    if (m_at.wordLength > 0 && m_at.undoneKeys.empty()) {
        Word& word = m_at.word;
        const auto toneAt = toneIndex(word.letters, m_style);
        word.letters.pop_back();
        if (toneAt == word.letters.size()) word.tone = Tone::None;
        std::string shownBefore = m_text.substr(m_at.wordStart);
        kiosk::text::popCodepoint(shownBefore);
        word.literal = std::move(shownBefore);
        if (isPlausibleSyllable(word.letters, word.tone)) showWord();
        else showLiteral(word.literal);
        return;
    }
    commitWord();
    kiosk::text::popCodepoint(m_text);
    --m_at.committedLength;
    m_at.wordStart = m_text.size();
    adoptLastWord();
}

void Composer::adoptLastWord() {
    size_t start = m_text.size();
    size_t letters = 0;
    while (start > 0 && letters <= kMaxSyllableLetters) {
        size_t lead = start - 1;
        while (lead > 0 && (static_cast<unsigned char>(m_text[lead]) & 0xC0) == 0x80) --lead;
        size_t pos = lead;
        const auto c = nextCodepoint(m_text, pos);
        if (!c || !decodeLetter(*c)) break;
        start = lead;
        ++letters;
    }
    if (letters == 0) return;
    const auto parsed = letters > kMaxSyllableLetters
                            ? std::nullopt
                            : parseWord(std::string_view(m_text).substr(start));
    if (!parsed) {
        m_at.literal = true;
        return;
    }
    // The word is taken over as it is shown; it is redrawn only once a key changes it.
    m_at.word = *parsed;
    m_at.wordStart = start;
    m_at.committedLength -= letters;
    m_at.wordLength = letters;
}

void Composer::clear() {
    m_text.clear();
    m_at = {};
}

void Composer::setText(std::string_view text) {
    clear();
    insertText(text);
}

void Composer::insertText(std::string_view text) {
    commitWord();
    std::string inserted = cleanText(text);
    if (m_maxLength > 0) {
        const size_t room = m_maxLength > length() ? m_maxLength - length() : 0;
        inserted = kiosk::text::truncateCodepoints(inserted, room);
    }
    appendNormalized(inserted);
    if (m_maxLength > 0 && length() > m_maxLength) {
        // NFC can lengthen a few rare characters (composition exclusions); cut the end again.
        m_text = kiosk::text::truncateCodepoints(m_text, m_maxLength);
        m_at.committedLength = m_maxLength;
        m_at.wordStart = m_text.size();
    }
    adoptLastWord();
}

void Composer::endSyllable() { commitWord(); }

std::string composeKeystrokes(std::string_view keys, Method method, ToneStyle style) {
    Composer composer(method, style);
    composer.typeKeys(keys);
    return composer.text();
}

}  // namespace kiosk::ime
