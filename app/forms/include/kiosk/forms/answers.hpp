#pragma once
// A session's answers: field key -> NFC UTF-8 text. Typed values are parsed on demand.
#include <map>
#include <string>
#include <string_view>

#include "kiosk/forms/model.hpp"

namespace kiosk::forms {

using Answers = std::map<std::string, std::string>;

// The key an answer is stored under: the field id, "<id>#<n>" inside a repeat page (n from 1),
// and "<key>.province" / ".commune" / ".street" for the parts of an Address.
std::string answerKey(const std::string& fieldId, int repeatIndex = 0);

// Stores `value` NFC-normalised under `key`; returns false (and stores nothing) for invalid UTF-8.
// An empty value removes the answer ("no answer"); the replaced text is wiped first.
bool setAnswer(Answers& answers, const std::string& key, std::string_view value);

// How many instances a repeat page currently has (at least its minRepeat, at most maxRepeat):
// the count stored under repeatCountKey, or the highest instance that holds an answer.
int repeatCount(const Page& page, const Answers& answers);

// Where the number of instances of a repeat page is stored: "<page id>#count".
std::string repeatCountKey(const std::string& pageId);

// Records that a repeat page has `count` instances (clamped to minRepeat..maxRepeat).
void setRepeatCount(const Page& page, Answers& answers, int count);

// Deletes instance `index` (from 1) of a repeat page: later instances move down one place and
// the stored count drops by one (never below minRepeat). Removed text is wiped.
void removeRepeatInstance(const Page& page, Answers& answers, int index);

// The field id an answer key belongs to: "ten#2" -> "ten", "dia_chi.province" -> "dia_chi".
std::string fieldIdOfKey(std::string_view key);

// The instance number in a key ("ten#2" -> 2), 0 when the key is not inside a repeat page.
int repeatIndexOfKey(std::string_view key);

}  // namespace kiosk::forms
