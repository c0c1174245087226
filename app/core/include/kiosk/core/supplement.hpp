#pragma once
// "Bổ sung hồ sơ": what a citizen adds at the kiosk to a filing staff sent back for more. From
// the look-up, once the owner is proven (ownership.hpp), the citizen scans pages into one slot
// per document staff named, checks them, and the supplement is sealed into the outbox through
// FilingStore::submitSupplement; kiosk-sync delivers it once (docs/outbox.md "Supplements").
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/document_pages.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/forms/model.hpp"

namespace kiosk::core {

// The slot for the documents staff named by an id the service file does not know (or for a
// request that named none): one "Giấy tờ khác" slot, sent without a slot id.
inline constexpr const char* kOtherDocumentSlot = "giay_to_khac";

// One slot to scan into: the service's document id (or kOtherDocumentSlot) and the key its
// pages are kept under in Session::documentPages (so they are wiped with the session's pages).
struct SupplementSlot {
    std::string slotId;
    std::string key;
};

// What went into the outbox, kept for the supplement's receipt after the pages are wiped.
struct SentDocument {
    std::string slotId;
    int pages = 0;
};

struct SupplementDraft {
    std::string reference;  // the filing's local reference
    std::string code;       // the code the citizen knows it by: the mã hồ sơ, else the reference
    // The filing's look-up code, read once the supplement is stored: its receipt carries it beside
    // the code and in the QR, as the filing's receipt does. Wiped with the session.
    std::string lookupSecret;
    std::string serviceId;
    std::vector<SupplementSlot> slots;
    bool nothingScanned = false;  // "Tiếp tục" with no page: the screen says what is missing
    bool submitFailed = false;    // the outbox refused it: nothing is lost, the citizen may retry
    // Once stored: its id (the portal's Idempotency-Key), when, and what it held.
    std::string clientSupplementId;
    std::chrono::local_seconds storedAt{};
    std::vector<SentDocument> sent;
};

// The slots for the documents staff asked for: one for each id `service` knows, in the order
// asked, and one kOtherDocumentSlot for every id it does not know, or when none was named.
std::vector<SupplementSlot> supplementSlots(const forms::Service* service, const std::vector<std::string>& requested);

// The slot a documentPages key belongs to, or nullptr.
const SupplementSlot* slotOfKey(const SupplementDraft& draft, const std::string& key);

// Pages scanned so far over every slot.
size_t supplementPageCount(const SupplementDraft& draft, const DocumentPages& pages);

// The pages as attachments "<slot id>-<n>.jpg", one page each, with their slot id (none for the
// "other" slot). Personal data: the caller wipes the bytes.
std::vector<Attachment> supplementAttachments(const SupplementDraft& draft, const DocumentPages& pages);

// The document's name in the service file, or nullopt for an id it does not know.
std::optional<forms::Text> documentName(const forms::Service* service, const std::string& slotId);

}  // namespace kiosk::core
