// kiosk-portal --export: every stored filing as one JSON line, for tests and integrators.
#include <ostream>

#include "digitisation.hpp"
#include "kiosk/base/bounded_json.hpp"
#include "reference_portal/server.hpp"
#include "result_delivery.hpp"
#include "routes.hpp"
#include "status.hpp"
#include "stored_portal.hpp"
#include "supplement_json.hpp"

namespace kiosk::reference_portal {

int runExport(const Options& options, std::ostream& out, std::ostream& err) {
    const auto exportAll = [&](Store& store) {
        using nlohmann::json;
        store.forEachFiling([&](const FilingRow& f) {
            const json request = parseBoundedJson(f.requestJson);
            json attachments = json::array();
            const auto documents = store.documents(f.filingId);
            for (const auto& d : documents) {
                attachments.push_back({{"name", d.name},
                                       {"sha256", d.sha256},
                                       {"media_type", d.mediaType},
                                       {"length", d.length},
                                       {"received", d.received}});
            }
            const auto code = trangThaiHoSo(f.status);
            const bool object = request.is_object();
            json line{{"filing_id", f.filingId},
                      {"client_filing_id", f.clientFilingId},
                      {"kiosk_id", f.kioskId},
                      {"ma_ho_so", f.maHoSo},
                      {"service", f.serviceCode},
                      {"service_id", f.serviceId},
                      {"channel", object ? request.value("channel", std::string("kiosk")) : std::string("kiosk")},
                      {"assisted_by", object ? request.value("assisted_by", std::string()) : std::string()},
                      {"originals_seen", object ? request.value("originals_seen", json::array()) : json::array()},
                      {"answers", object ? request.value("answers", json::object()) : json::object()},
                      {"attachments", attachments},
                      {"digitised_components", digitisedComponents(request)},
                      {"all_components_digitised", allComponentsDigitised(request, documents)},
                      {"fees", object ? request.value("fees", json::array()) : json::array()},
                      {"result_delivery", resultDelivery(request)},
                      {"ratings", ratingsJson(store, f.filingId)},
                      {"status", f.status},
                      {"trang_thai_ho_so", code ? json(*code) : json(nullptr)},
                      {"created_at", rfc3339(f.createdAt)},
                      {"submitted_at", f.receivedAt ? json(rfc3339(*f.receivedAt)) : json(nullptr)},
                      {"supplements", supplementsJson(store, f.filingId, true)}};
            out << dumpJson(line) << '\n';
        });
        return 0;
    };
    return withStoredPortal(options, err,
                            "Không đọc được cơ sở dữ liệu cổng / Cannot read the portal database", exportAll);
}

}  // namespace kiosk::reference_portal
