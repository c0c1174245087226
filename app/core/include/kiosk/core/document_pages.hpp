#pragma once
// Paper pages scanned into a form's Document fields: kept in the session by the field's answer
// key until the filing is stored, then attached to it as "<document id>-<n>.jpg". Each page is
// personal data and is wiped with the session.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/filing_store.hpp"
#include "kiosk/forms/answers.hpp"
#include "kiosk/forms/model.hpp"

namespace kiosk::core {

// A Document field's answer once pages are scanned (the other answer is "seen at the desk").
inline constexpr const char* kDocumentScanned = "da_quet";

struct ScannedPage {
    std::vector<unsigned char> jpeg;  // grey JPEG (scanners::processDocumentPage)
    int width = 0;
    int height = 0;
};

using DocumentPages = std::map<std::string, std::vector<ScannedPage>>;  // by answer key

void wipeDocumentPages(DocumentPages& pages);

// The Document field an answer key belongs to in `service`, or nullptr.
const forms::Field* documentFieldOfKey(const forms::Service& service, const std::string& key);

// Adds a page to (or drops the last page of) the Document field at `key`, then keeps its answer
// (kDocumentScanned while it has pages) and its page_count_field in step. With `replaces`, the
// page at that place (from 0) is wiped and the new one takes it; a place that is gone (the page
// was taken back meanwhile) adds nothing.
void addDocumentPage(const forms::Service& service, DocumentPages& pages, forms::Answers& answers,
                     const std::string& key, ScannedPage page, std::optional<size_t> replaces = std::nullopt);
void removeLastDocumentPage(const forms::Service& service, DocumentPages& pages, forms::Answers& answers,
                            const std::string& key);

// After instance `index` of a repeat page was removed: its pages are wiped, later instances'
// pages move down one place, as their answers did.
void removeRepeatPages(const forms::Page& page, DocumentPages& pages, int index);

// The pages of every Document field whose submitted answer says they were scanned, named
// "<document id>-<n>.jpg" ("<document id>-<instance>-<n>.jpg" inside a repeat page).
std::vector<Attachment> documentAttachments(const forms::Service& service, const DocumentPages& pages,
                                            const forms::Answers& submitted);

// What the submitted answers say was digitised: a slot counts once any of its Document fields
// was scanned; all of them only when every Document field answered (the optional ones left
// empty are not needed) was scanned, and at least one was.
Digitisation digitisationOf(const forms::Service& service, const forms::Answers& submitted);

}  // namespace kiosk::core
