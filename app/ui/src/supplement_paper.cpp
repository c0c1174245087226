#include "supplement_paper.hpp"

#include <algorithm>
#include <cstdio>

#include "kiosk/core/lookup_code.hpp"

namespace kiosk::ui {
namespace {

std::string twoDigits(unsigned value) {
    char out[4];
    std::snprintf(out, sizeof out, "%02u", value % 100);
    return out;
}

}  // namespace

std::string supplementDocumentName(const Strings& words, const config::Config& config, const std::string& serviceId,
                                   const std::string& slotId) {
    const auto name = slotId == core::kOtherDocumentSlot ? std::nullopt
                                                         : core::documentName(config.findService(serviceId), slotId);
    return name ? words.text(*name) : words.get("supplement.other_document");
}

std::string kioskTime(const Strings& words, std::chrono::local_seconds time) {
    const auto day = std::chrono::floor<std::chrono::days>(time);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss clock{time - day};
    const std::string hour = twoDigits(static_cast<unsigned>(clock.hours().count())) + ":" +
                             twoDigits(static_cast<unsigned>(clock.minutes().count()));
    const std::string dmy = twoDigits(static_cast<unsigned>(date.day())) + "/" +
                            twoDigits(static_cast<unsigned>(date.month())) + "/" +
                            std::to_string(static_cast<int>(date.year()));
    return words.format("supplement.time", {{"hour", hour}, {"date", dmy}});
}

std::string sizeText(long long bytes) {
    if (bytes < 1024 * 1024) return std::to_string(std::max(1LL, (bytes + 1023) / 1024)) + " KB";
    const long long tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " MB";  // a Vietnamese decimal comma
}

receipt::ReceiptDocument supplementPaper(const Strings& words, const core::Session& s) {
    using receipt::BlockKind;
    receipt::ReceiptDocument d;
    if (!s.supplement) return d;
    const core::SupplementDraft& draft = *s.supplement;
    d.title = words.get("supplement.paper_title");
    d.office = words.format("receipt.office", {{"commune", s.config->kiosk.communeName}});
    // As on the filing's receipt: the look-up code beside the code, and both in the QR.
    d.code = draft.lookupSecret.empty() ? draft.code : draft.code + core::kReceiptQrSeparator + draft.lookupSecret;
    d.codeLine = words.get("supplement.paper_code") + " " + draft.code;
    if (!draft.lookupSecret.empty()) {
        d.codeLine += " – " + words.format("receipt.lookup_secret", {{"secret", draft.lookupSecret}});
    }
    auto add = [&d](const char* id, std::string text) {
        d.body.push_back({id, BlockKind::Paragraph, std::move(text)});
    };
    if (const forms::Service* service = s.config->findService(draft.serviceId)) {
        add("supplement.paper_procedure",
            words.format("supplement.paper_procedure", {{"service", words.text(service->name)}}));
    }
    add("supplement.paper_received",
        words.format("supplement.paper_received", {{"time", kioskTime(words, draft.storedAt)}}));
    add("supplement.paper_documents", words.get("supplement.paper_documents"));
    for (const auto& doc : draft.sent) {
        d.body.push_back(
            {"", BlockKind::Bullet,
             words.format("supplement.document_pages",
                          {{"document", supplementDocumentName(words, *s.config, draft.serviceId, doc.slotId)},
                           {"pages", std::to_string(doc.pages)}})});
    }
    d.footer = words.get("supplement.paper_footer");
    return d;
}

}  // namespace kiosk::ui
