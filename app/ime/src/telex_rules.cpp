#include "key_rules.hpp"

namespace kiosk::ime {

KeyAction telexAction(char32_t key) {
    // The modifier's case does not matter: "NGUYEENX" and "Nguyeenx" both work.
    const char32_t k = (key >= U'A' && key <= U'Z') ? key - U'A' + U'a' : key;
    switch (k) {
        case U's': return {Effect::SetTone, Tone::Sac, 0};
        case U'f': return {Effect::SetTone, Tone::Huyen, 0};
        case U'r': return {Effect::SetTone, Tone::Hoi, 0};
        case U'x': return {Effect::SetTone, Tone::Nga, 0};
        case U'j': return {Effect::SetTone, Tone::Nang, 0};
        case U'z': return {Effect::SetTone, Tone::None, 0};
        case U'a': return {Effect::Hat, Tone::None, 'a'};
        case U'e': return {Effect::Hat, Tone::None, 'e'};
        case U'o': return {Effect::Hat, Tone::None, 'o'};
        case U'w': return {Effect::HornOrBreve, Tone::None, 0};
        case U'd': return {Effect::Stroke, Tone::None, 0};
        default: return {};
    }
}

}  // namespace kiosk::ime
