#include "kiosk/core/document_pages.hpp"

#include <set>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::core {
namespace {

void wipeList(std::vector<ScannedPage>& list) {
    for (auto& page : list) secureWipe(page.jpeg);
    list.clear();
}

// The sibling answer key of `fieldId` in the same repeat instance as `key`.
std::string siblingKey(const std::string& fieldId, const std::string& key) {
    return forms::answerKey(fieldId, forms::repeatIndexOfKey(key));
}

void keepAnswersInStep(const forms::Field& field, const DocumentPages& pages, forms::Answers& answers,
                       const std::string& key) {
    const auto it = pages.find(key);
    const size_t count = it == pages.end() ? 0 : it->second.size();
    if (count > 0) {
        forms::setAnswer(answers, key, kDocumentScanned);
    } else if (const auto answer = answers.find(key); answer != answers.end() && answer->second == kDocumentScanned) {
        forms::setAnswer(answers, key, "");
    }
    // The fee follows the pages scanned; with none left the citizen counts them again.
    if (!field.pageCountField.empty()) {
        forms::setAnswer(answers, siblingKey(field.pageCountField, key), count > 0 ? std::to_string(count) : "");
    }
}

}  // namespace

void wipeDocumentPages(DocumentPages& pages) {
    for (auto& [key, list] : pages) wipeList(list);
    pages.clear();
}

const forms::Field* documentFieldOfKey(const forms::Service& service, const std::string& key) {
    const std::string id = forms::fieldIdOfKey(key);
    for (const auto& page : service.pages) {
        for (const auto& field : page.fields) {
            if (field.id == id && field.type == forms::FieldType::Document) return &field;
        }
    }
    return nullptr;
}

void addDocumentPage(const forms::Service& service, DocumentPages& pages, forms::Answers& answers,
                     const std::string& key, ScannedPage page, std::optional<size_t> replaces) {
    const forms::Field* field = documentFieldOfKey(service, key);
    const auto it = pages.find(key);
    const bool placeGone = replaces && (it == pages.end() || *replaces >= it->second.size());
    if (field == nullptr || page.jpeg.empty() || placeGone) {
        secureWipe(page.jpeg);
        return;
    }
    if (replaces) {
        ScannedPage& old = it->second[*replaces];
        secureWipe(old.jpeg);
        old = std::move(page);
    } else {
        pages[key].push_back(std::move(page));
    }
    keepAnswersInStep(*field, pages, answers, key);
}

void removeLastDocumentPage(const forms::Service& service, DocumentPages& pages, forms::Answers& answers,
                            const std::string& key) {
    const forms::Field* field = documentFieldOfKey(service, key);
    const auto it = pages.find(key);
    if (field == nullptr || it == pages.end() || it->second.empty()) return;
    secureWipe(it->second.back().jpeg);
    it->second.pop_back();
    if (it->second.empty()) pages.erase(it);
    keepAnswersInStep(*field, pages, answers, key);
}

void removeRepeatPages(const forms::Page& page, DocumentPages& pages, int index) {
    for (const auto& field : page.fields) {
        if (field.type != forms::FieldType::Document) continue;
        if (auto gone = pages.find(forms::answerKey(field.id, index)); gone != pages.end()) {
            wipeList(gone->second);
            pages.erase(gone);
        }
        for (int later = index + 1; later <= page.maxRepeat; ++later) {
            auto it = pages.find(forms::answerKey(field.id, later));
            if (it == pages.end()) continue;
            pages[forms::answerKey(field.id, later - 1)] = std::move(it->second);
            pages.erase(forms::answerKey(field.id, later));
        }
    }
}

std::vector<Attachment> documentAttachments(const forms::Service& service, const DocumentPages& pages,
                                            const forms::Answers& submitted) {
    std::vector<Attachment> out;
    for (const auto& [key, list] : pages) {
        const auto answer = submitted.find(key);
        const forms::Field* field = documentFieldOfKey(service, key);
        if (field == nullptr || answer == submitted.end() || answer->second != kDocumentScanned) continue;
        const int instance = forms::repeatIndexOfKey(key);
        const std::string stem = field->document + (instance > 0 ? "-" + std::to_string(instance) : "");
        for (size_t n = 0; n < list.size(); ++n) {
            out.push_back(Attachment{stem + "-" + std::to_string(n + 1) + ".jpg", "image/jpeg", list[n].jpeg,
                                     field->document, 1});
        }
    }
    return out;
}

Digitisation digitisationOf(const forms::Service& service, const forms::Answers& submitted) {
    std::set<std::string> scanned;
    bool needed = false;
    bool all = true;
    for (const auto& [key, answer] : submitted) {
        const forms::Field* field = documentFieldOfKey(service, key);
        if (field == nullptr || answer.empty()) continue;
        needed = true;
        if (answer == kDocumentScanned) {
            scanned.insert(field->document);
        } else {
            all = false;
        }
    }
    return Digitisation{{scanned.begin(), scanned.end()}, needed && all};
}

}  // namespace kiosk::core
