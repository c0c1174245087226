#pragma once
// A session's answers: field key -> NFC UTF-8 text. Typed values are parsed on demand.
#include <map>
#include <string>

#include "forms/model.hpp"

namespace kiosk::forms {

using Answers = std::map<std::string, std::string>;

// The key an answer is stored under: the field id, "<id>#<n>" inside a repeat page (n from 1),
// and "<key>.province" / ".commune" / ".street" for the parts of an Address.
std::string answerKey(const std::string& fieldId, int repeatIndex = 0);

// Stores `value` NFC-normalised under `key`; returns false (and stores nothing) for invalid UTF-8.
bool setAnswer(Answers& answers, const std::string& key, std::string_view value);

// How many instances a repeat page currently has (at least its minRepeat).
int repeatCount(const Page& page, const Answers& answers);

}  // namespace kiosk::forms
