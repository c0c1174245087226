#pragma once
// Vietnamese typing without an OS input method: Telex or VNI keystrokes in, NFC text out.
// A Composer holds a whole field's text and composes its last syllable; the on-screen keyboard
// and a physical keyboard feed it the same way. See peer-systems.md §6 for the rules.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "kiosk/ime/options.hpp"
#include "kiosk/ime/word.hpp"

namespace kiosk::ime {

class Composer {
public:
    explicit Composer(Method method, ToneStyle style = ToneStyle::New);

    // Types one key. Letters (and VNI digits) compose the last syllable; anything else is
    // inserted as typed and ends it. Returns false when the key was refused: the field is at
    // its maximum length, or `key` is not a Unicode scalar value.
    bool type(char32_t key);

    // Types every code point of UTF-8 `keys` in order, as a USB reader or a test would; invalid
    // bytes are skipped. Linear in the length of `keys`.
    void typeKeys(std::string_view keys);

    // Inserts UTF-8 text as it is (a paste), NFC-normalised and cut to the maximum length; the
    // last word of it can then be finished by typing.
    void insertText(std::string_view text);

    // Deletes the last character. Inside the syllable being typed the tone moves back where the
    // shorter syllable puts it ("hoàn" -> "hòa" in the old style).
    void backspace();

    // The whole field, NFC UTF-8.
    const std::string& text() const { return m_text; }

    // Number of code points in text().
    size_t length() const { return m_at.committedLength + m_at.wordLength; }

    // Empties the field.
    void clear();

    // Replaces the field (NFC-normalised, cut to the maximum length); typing continues its last word.
    void setText(std::string_view text);

    // Ends the syllable, so the next letter starts a new one (focus change, cursor moved).
    void endSyllable();

    // Maximum length in code points (0 = none). Keys that would exceed it are refused whole,
    // so a character is never cut in half. Text already longer is cut at the next setText.
    void setMaxLength(size_t maxCodepoints) { m_maxLength = maxCodepoints; }

    // Switches the input method or tone style for the keys that follow.
    void setMethod(Method method) { m_method = method; }
    void setToneStyle(ToneStyle style) { m_style = style; }
    Method method() const { return m_method; }
    ToneStyle toneStyle() const { return m_style; }

private:
    void process(char32_t key);
    void appendLetter(char32_t key, const ToneLetter& letter);
    void appendLiteral(char32_t key);
    void appendNormalized(std::string_view addition);
    // Byte offset where re-normalising the end of the text must start, and the code points after it.
    std::pair<size_t, size_t> normalizationStart() const;
    void commitWord();
    void showWord();
    void showLiteral(const std::string& shown);
    void adoptLastWord();

    // Everything about the syllable being typed, kept together so a refused key can be rolled back.
    struct Cursor {
        size_t wordStart = 0;        // byte offset of the syllable being composed
        size_t committedLength = 0;  // code points before wordStart
        size_t wordLength = 0;       // code points from wordStart
        Word word;
        bool literal = false;        // the word is not Vietnamese: letters go in as typed
        std::string undoneKeys;      // set right after an undo ("ass"): the keys typed so far
    };

    Method m_method;
    ToneStyle m_style;
    size_t m_maxLength = 0;
    std::string m_text;
    Cursor m_at;
};

// Composes a line of keystrokes from scratch: composeKeystrokes("Vieetj Nam", Telex) == "Việt Nam".
std::string composeKeystrokes(std::string_view keys, Method method,
                              ToneStyle style = ToneStyle::New);

}  // namespace kiosk::ime
