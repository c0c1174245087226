#include "key_rules.hpp"

namespace kiosk::ime {

KeyAction vniAction(char32_t key) {
    switch (key) {
        case U'1': return {Effect::SetTone, Tone::Sac, 0};
        case U'2': return {Effect::SetTone, Tone::Huyen, 0};
        case U'3': return {Effect::SetTone, Tone::Hoi, 0};
        case U'4': return {Effect::SetTone, Tone::Nga, 0};
        case U'5': return {Effect::SetTone, Tone::Nang, 0};
        case U'0': return {Effect::SetTone, Tone::None, 0};
        case U'6': return {Effect::Hat, Tone::None, 0};
        case U'7': return {Effect::Horn, Tone::None, 0};
        case U'8': return {Effect::Breve, Tone::None, 0};
        case U'9': return {Effect::Stroke, Tone::None, 0};
        default: return {};
    }
}

}  // namespace kiosk::ime
