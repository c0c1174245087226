#include "ime/composer.hpp"

#include "base/text.hpp"
#include "ime/effects.hpp"
#include "ime/key_rules.hpp"
#include "ime/syllable.hpp"
#include "ime/tone_placement.hpp"

namespace kiosk::ime {
namespace {

// No Vietnamese syllable is longer ("nghiêng" has 7 letters); a longer run of letters at the end
// of the text is left alone instead of being re-read on every backspace.
constexpr size_t kMaxSyllableLetters = 8;

// A syllable whose keystrokes run past this (someone holding "s" and "f" in turn) is kept as
// shown and typing goes on literally, so the keystroke log stays small.
constexpr size_t kMaxLiteralBytes = 64;

bool isScalarValue(char32_t c) {
    return c != 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

bool isUpperAscii(char32_t c) { return c >= U'A' && c <= U'Z'; }

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
    const size_t wordStart = m_wordStart;
    const size_t committed = m_committedLength;
    const size_t wordLength = m_wordLength;
    const bool literal = m_literal;
    Word word = m_word;
    const std::string tail = m_text.substr(m_wordStart);
    process(key);
    if (m_maxLength == 0 || length() <= m_maxLength) return true;
    // Everything process() changed lies after the old word start, so this restores it exactly.
    m_text.resize(wordStart);
    m_text += tail;
    m_wordStart = wordStart;
    m_committedLength = committed;
    m_wordLength = wordLength;
    m_literal = literal;
    m_word = std::move(word);
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
    if (m_literal) {
        appendLiteral(key);
        m_literal = letter.has_value();
        return;
    }
    KeyAction action;
    if (key < 0x80) action = m_method == Method::Telex ? telexAction(key) : vniAction(key);
    if (action.effect != Effect::None) {
        switch (applyEffect(m_word, action, isUpperAscii(key))) {
            case Outcome::Applied:
                appendUtf8(m_word.literal, key);
                showWord();
                if (m_word.literal.size() > kMaxLiteralBytes) {
                    commitWord();
                    m_literal = true;
                }
                return;
            case Outcome::Undone:
                // "ass" -> "as": the key goes in as typed and the rest of the word stays literal.
                showWord();
                appendLiteral(key);
                m_literal = letter.has_value();
                return;
            case Outcome::NotApplicable:
                break;
        }
    }
    if (letter) appendLetter(key, *letter);
    else appendLiteral(key);
}

void Composer::appendLetter(char32_t key, const ToneLetter& letter) {
    Word next = m_word;
    next.letters.push_back(letter.letter);
    if (letter.tone != Tone::None) next.tone = letter.tone;
    completeHornPair(next.letters);
    appendUtf8(next.literal, key);
    if (next.letters.size() <= kMaxSyllableLetters && next.literal.size() <= kMaxLiteralBytes &&
        isPlausibleSyllable(next.letters, next.tone)) {
        m_word = std::move(next);
        showWord();
        return;
    }
    // Not Vietnamese after all ("texting", "windows"): show the keys as they were typed.
    showLiteral(next.literal);
}

void Composer::appendLiteral(char32_t key) {
    commitWord();
    appendUtf8(m_text, key);
    m_wordStart = m_text.size();
    ++m_committedLength;
}

void Composer::commitWord() {
    m_committedLength += m_wordLength;
    m_wordLength = 0;
    m_wordStart = m_text.size();
    m_word = {};
}

void Composer::showWord() {
    m_text.resize(m_wordStart);
    m_text += renderWord(m_word, m_style);
    m_wordLength = m_word.letters.size();
}

void Composer::showLiteral(const std::string& shown) {
    m_text.resize(m_wordStart);
    m_text += shown;
    m_wordLength = kiosk::text::codepointCount(shown);
    commitWord();
    m_literal = true;
}

void Composer::backspace() {
    if (m_text.empty()) return;
    if (m_wordLength > 0) {
        const auto toneAt = toneIndex(m_word.letters, m_style);
        const size_t last = m_word.letters.size() - 1;
        m_word.letters.pop_back();
        if (toneAt == last) m_word.tone = Tone::None;
        std::string shownBefore = m_text.substr(m_wordStart);
        kiosk::text::popCodepoint(shownBefore);
        m_word.literal = std::move(shownBefore);
        if (isPlausibleSyllable(m_word.letters, m_word.tone)) {
            showWord();
        } else {
            showLiteral(m_word.literal);
        }
        return;
    }
    kiosk::text::popCodepoint(m_text);
    --m_committedLength;
    m_wordStart = m_text.size();
    m_literal = false;
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
    m_word = {};
    m_wordStart = m_text.size();
    if (letters == 0) return;
    const auto parsed =
        letters > kMaxSyllableLetters ? std::nullopt : parseWord(std::string_view(m_text).substr(start));
    if (!parsed) {
        m_literal = true;
        return;
    }
    // The word is taken over as it is shown; it is redrawn only once a key changes it.
    m_word = *parsed;
    m_wordStart = start;
    m_committedLength -= letters;
    m_wordLength = letters;
}

void Composer::clear() {
    m_text.clear();
    m_wordStart = 0;
    m_committedLength = 0;
    m_wordLength = 0;
    m_word = {};
    m_literal = false;
}

std::string Composer::fitToMaxLength(std::string_view text, size_t room) const {
    if (m_maxLength == 0) return std::string(text);
    return kiosk::text::truncateCodepoints(text, room);
}

void Composer::setText(std::string_view text) {
    clear();
    insertText(text);
}

void Composer::insertText(std::string_view text) {
    commitWord();
    m_literal = false;
    const size_t room = m_maxLength > length() ? m_maxLength - length() : 0;
    const std::string inserted = fitToMaxLength(cleanText(text), room);
    m_text += inserted;
    m_committedLength += kiosk::text::codepointCount(inserted);
    m_wordStart = m_text.size();
    adoptLastWord();
}

void Composer::endSyllable() {
    commitWord();
    m_literal = false;
}

std::string composeKeystrokes(std::string_view keys, Method method, ToneStyle style) {
    Composer composer(method, style);
    composer.typeKeys(keys);
    return composer.text();
}

}  // namespace kiosk::ime
