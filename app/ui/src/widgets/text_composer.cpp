#include <algorithm>

#include "kiosk/ui/widgets/composer.hpp"

namespace kiosk::ui {
namespace {

ime::Method methodOf(config::InputMethod m) {
    return m == config::InputMethod::Vni ? ime::Method::Vni : ime::Method::Telex;
}

ime::ToneStyle styleOf(config::ToneStyle s) {
    return s == config::ToneStyle::Old ? ime::ToneStyle::Old : ime::ToneStyle::New;
}

// Byte offset where the run of Vietnamese letters at the end of `text` starts.
size_t lastWordStart(const std::string& text) {
    size_t start = text.size();
    while (start > 0) {
        size_t lead = start - 1;
        while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
        size_t pos = lead;
        const auto c = ime::nextCodepoint(text, pos);
        if (!c || !ime::decodeLetter(*c)) break;
        start = lead;
    }
    return start;
}

}  // namespace

TextComposer::TextComposer(const config::InputSettings& settings)
    : m_ime(methodOf(settings.method), styleOf(settings.toneStyle)) {}

void TextComposer::configure(const config::InputSettings& settings) {
    m_ime.setMethod(methodOf(settings.method));
    m_ime.setToneStyle(styleOf(settings.toneStyle));
}

void TextComposer::begin(std::string_view current, const config::InputSettings& settings) {
    configure(settings);
    m_ime.setMaxLength(0);  // a prefilled answer is taken up whole; the box's limit applies to typing
    m_ime.setText(current);
}

std::string TextComposer::apply(std::string_view current, const KeyPress& key, size_t maxChars, bool compose) {
    if (m_ime.text() != current) {
        m_ime.setMaxLength(0);
        m_ime.setText(current);
    }
    m_ime.setMaxLength(maxChars);
    switch (key.kind) {
        case KeyPress::Kind::Text:
            if (compose) m_ime.typeKeys(key.text);
            else m_ime.insertText(key.text);
            break;
        case KeyPress::Kind::Tone: applyTone(key.tone); break;
        case KeyPress::Kind::Space: m_ime.type(U' '); break;
        case KeyPress::Kind::Backspace: m_ime.backspace(); break;
        case KeyPress::Kind::Clear: m_ime.clear(); break;
        case KeyPress::Kind::Paste: m_ime.insertText(key.text); break;
        case KeyPress::Kind::Done: break;
    }
    return m_ime.text();
}

// The tone row works like the tone keys of Telex/VNI, but on a touch screen the same key twice
// takes the tone off (nobody means a literal "s" by tapping "á" twice), and a tone with no
// syllable to hold it does nothing instead of typing a letter.
void TextComposer::applyTone(ime::Tone tone) {
    const std::string& text = m_ime.text();
    const size_t start = lastWordStart(text);
    auto word = ime::parseWord(std::string_view(text).substr(start));
    if (!word) return;
    const bool hasVowel = std::any_of(word->letters.begin(), word->letters.end(),
                                      [](const ime::Letter& l) { return ime::isVowelBase(l.base); });
    if (!hasVowel) return;
    word->tone = word->tone == tone ? ime::Tone::None : tone;
    // Same number of characters, so the box's maximum length still holds.
    m_ime.setText(text.substr(0, start) + ime::renderWord(*word, m_ime.toneStyle()));
}

}  // namespace kiosk::ui
