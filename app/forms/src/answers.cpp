#include "kiosk/forms/answers.hpp"

#include <algorithm>
#include <vector>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/base/text.hpp"

namespace kiosk::forms {
namespace {

// The instance number of `key` when it belongs to field `fieldId` ("f#3" or "f#3.street").
int instanceOf(std::string_view key, const std::string& fieldId) {
    if (key.size() <= fieldId.size() + 1 || key.substr(0, fieldId.size()) != fieldId ||
        key[fieldId.size()] != '#') {
        return 0;
    }
    return repeatIndexOfKey(key);
}

// The same key moved to another instance: "f#3.street" -> "f#2.street".
std::string withInstance(std::string_view key, const std::string& fieldId, int index) {
    const size_t afterDigits = key.find('.', fieldId.size());
    std::string moved = answerKey(fieldId, index);
    if (afterDigits != std::string_view::npos) moved += key.substr(afterDigits);
    return moved;
}

void eraseWiped(Answers& answers, Answers::iterator it) {
    secureWipe(it->second);
    answers.erase(it);
}

}  // namespace

std::string answerKey(const std::string& fieldId, int repeatIndex) {
    if (repeatIndex <= 0) return fieldId;
    return fieldId + "#" + std::to_string(repeatIndex);
}

bool setAnswer(Answers& answers, const std::string& key, std::string_view value) {
    auto normalized = text::toNfc(value);
    if (!normalized.valid) return false;
    const auto it = answers.find(key);
    if (normalized.text.empty()) {
        if (it != answers.end()) eraseWiped(answers, it);
        return true;
    }
    if (it != answers.end()) {
        secureWipe(it->second);
        it->second = std::move(normalized.text);
    } else {
        answers.emplace(key, std::move(normalized.text));
    }
    return true;
}

std::string repeatCountKey(const std::string& pageId) { return pageId + "#count"; }

int repeatCount(const Page& page, const Answers& answers) {
    if (!page.repeat) return 1;
    int count = page.minRepeat;
    if (const auto it = answers.find(repeatCountKey(page.id)); it != answers.end()) {
        int stored = 0;
        for (char c : it->second) {
            if (c < '0' || c > '9' || stored > 1000) break;
            stored = stored * 10 + (c - '0');
        }
        count = std::max(count, stored);
    }
    for (const auto& field : page.fields) {
        for (auto it = answers.lower_bound(field.id + "#"); it != answers.end(); ++it) {
            const int index = instanceOf(it->first, field.id);
            if (index == 0 && it->first.rfind(field.id + "#", 0) != 0) break;
            count = std::max(count, index);
        }
    }
    return std::clamp(count, std::min(page.minRepeat, page.maxRepeat), page.maxRepeat);
}

void setRepeatCount(const Page& page, Answers& answers, int count) {
    const int clamped = std::clamp(count, std::min(page.minRepeat, page.maxRepeat), page.maxRepeat);
    answers[repeatCountKey(page.id)] = std::to_string(clamped);
}

void removeRepeatInstance(const Page& page, Answers& answers, int index) {
    const int count = repeatCount(page, answers);
    if (!page.repeat || index < 1 || index > count) return;
    for (const auto& field : page.fields) {
        std::vector<std::string> keys;
        for (auto it = answers.lower_bound(field.id + "#"); it != answers.end(); ++it) {
            if (it->first.rfind(field.id + "#", 0) != 0) break;
            keys.push_back(it->first);
        }
        // Erase the removed instance first, then move later ones down in ascending order so a
        // moved answer never lands on one that has not moved yet.
        std::vector<std::pair<int, std::string>> later;
        for (const auto& key : keys) {
            const int n = instanceOf(key, field.id);
            if (n == index) eraseWiped(answers, answers.find(key));
            else if (n > index) later.emplace_back(n, key);
        }
        std::sort(later.begin(), later.end());
        for (const auto& [n, key] : later) {
            auto node = answers.extract(key);
            node.key() = withInstance(key, field.id, n - 1);
            answers.insert(std::move(node));
        }
    }
    setRepeatCount(page, answers, count - 1);
}

std::string fieldIdOfKey(std::string_view key) {
    const size_t end = key.find_first_of("#.");
    return std::string(key.substr(0, end));
}

int repeatIndexOfKey(std::string_view key) {
    const size_t hash = key.find('#');
    if (hash == std::string_view::npos) return 0;
    int index = 0;
    size_t i = hash + 1;
    for (; i < key.size() && key[i] >= '0' && key[i] <= '9'; ++i) {
        if (index > 100000) return 0;
        index = index * 10 + (key[i] - '0');
    }
    if (i == hash + 1 || (i < key.size() && key[i] != '.')) return 0;
    return index;
}

}  // namespace kiosk::forms
