#include "result_documents.hpp"

#include <algorithm>
#include <iostream>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk {
namespace {

Error notReached() {
    return Error{"result.not_reached", "Chưa lấy được kết quả từ cổng dịch vụ công. (The portal was not reached.)",
                 "result"};
}

}  // namespace

Result<std::string> PortalResultDocuments::fetch(const std::string& localReference, const std::string& sha256) {
    if (!m_portal || !m_box) return notReached();
    auto found = m_box->statusOf(localReference);
    if (!found || !*found) return notReached();
    outbox::FilingStatusView& view = **found;
    std::string code = std::move(view.lookupSecret);
    // The status must still name this document; a result returned again names others.
    const bool named = std::find(view.resultDigests.begin(), view.resultDigests.end(), sha256) !=
                       view.resultDigests.end();
    if (view.portalFilingId.empty() || code.empty() || !named) {
        secureWipe(code);
        return Error{"result.refused", "Kết quả này không còn in được tại máy. (The result is not printable here.)",
                     "result"};
    }
    auto pdf = m_portal->fetchResult(view.portalFilingId, sha256, {"Lookup-Code", code});
    secureWipe(code);
    if (pdf) return std::move(*pdf);
    std::cerr << "kiosk: result document not fetched (" << pdf.error().error.code << ")\n";
    if (pdf.error().error.code == "portal.result_mismatch") {
        return Error{"result.mismatch", pdf.error().error.message, "result"};
    }
    if (!pdf.error().retryable) {
        return Error{"result.refused", "Cổng dịch vụ công không cho in kết quả này. (Refused by the portal.)",
                     "result"};
    }
    return notReached();
}

}  // namespace kiosk
