#pragma once
// What a keystroke asks of the syllable, per input method. A key that asks for an effect the
// syllable cannot take is typed as itself instead.
#include "kiosk/ime/letters.hpp"

namespace kiosk::ime {

enum class Effect {
    None,
    SetTone,      // tone (Tone::None removes it: Telex z, VNI 0)
    Hat,          // â ê ô
    Breve,        // ă
    Horn,         // ơ ư
    HornOrBreve,  // Telex w: ă ơ ư, ươ for uo, and ư on its own
    Stroke,       // đ
};

struct KeyAction {
    Effect effect = Effect::None;
    Tone tone = Tone::None;
    char hatBase = 0;  // the vowel a Telex hat key doubles (a, e, o); 0 = any of them (VNI 6)
};

// Telex: s f r x j z tones, aa ee oo hats, w hooks, dd.
KeyAction telexAction(char32_t key);

// VNI: 1-5 tones, 0 removes, 6 hat, 7 horn, 8 breve, 9 đ.
KeyAction vniAction(char32_t key);

}  // namespace kiosk::ime
