#pragma once
// What the speaker button reads: the texts the screen drew (title, question, help, errors, the
// idle warning), in the order they were drawn, as sentences espeak-ng pauses between.
#include <string>
#include <vector>

#include "kiosk/forms/model.hpp"
#include "kiosk/speech/speaker.hpp"

namespace kiosk::ui {

// The lines joined into one text; a line without final punctuation gets a full stop, so the
// voice pauses between a question and its help. Empty lines are left out.
std::string readAloudText(const std::vector<std::string>& lines);

// The voice for the language the citizen chose.
speech::Voice voiceFor(forms::Lang lang);

// A filing code spelled out to be copied down by ear: each digit as a word from `digits` (ten
// words, "không một … chín"), '.' as `dot`, '-' as `dash`, letters one by one, with a comma
// (a pause) between the groups, e.g. "hai sáu một hai không bảy, gạch ngang, không không không một".
std::string spelledCode(const std::string& code, const std::vector<std::string>& digits,
                        const std::string& dot, const std::string& dash);

}  // namespace kiosk::ui
