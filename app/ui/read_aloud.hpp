#pragma once
// What the speaker button reads: the texts the screen drew (title, question, help, errors, the
// idle warning), in the order they were drawn, as sentences espeak-ng pauses between.
#include <string>
#include <vector>

namespace kiosk::ui {

// The lines joined into one text; a line without final punctuation gets a full stop, so the
// voice pauses between a question and its help. Empty lines are left out.
std::string readAloudText(const std::vector<std::string>& lines);

}  // namespace kiosk::ui
