// The supplement half of the kiosk-sync harness (sync_harness.hpp): staff ask at the real portal,
// the kiosk stores supplements through the same Outbox::submitSupplement the kiosk uses, and the
// portal's export is checked for each one exactly once.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <random>

#include "kiosk/signing/digest.hpp"
#include "kiosk_client.hpp"
#include "sync_harness.hpp"

namespace kiosk::test {
namespace fs = std::filesystem;

std::vector<EnqueuedSupplement> SyncKiosk::enqueueSupplements(const fs::path& portalData, const std::string& portalUrl,
                                                              const std::vector<Enqueued>& filings, int attachments,
                                                              std::size_t attachmentBytes) {
    const StaffClient staff = staffClient(portalData, portalUrl);
    // The portal's filing ids, by client_filing_id.
    std::map<std::string, std::string> portalIds;
    for (const auto& line : exportFilings(portalData)) {
        const auto row = nlohmann::json::parse(line);
        portalIds[row["client_filing_id"].get<std::string>()] = row["filing_id"].get<std::string>();
    }
    for (const auto& f : filings) {
        REQUIRE_MESSAGE(portalIds.count(f.clientFilingId) == 1, f.localReference);
        const Reply asked = staff.post("/filings/" + portalIds[f.clientFilingId] + "/actions",
                                       nlohmann::json{{"action", "request_supplement"},
                                                      {"note", "Bổ sung bản sao giấy chứng sinh"},
                                                      {"documents", {"giay_chung_sinh"}}}
                                           .dump());
        REQUIRE_MESSAGE(asked.status == 201, asked.body);
    }
    auto writer = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(m_data, kKioskId));
    REQUIRE_MESSAGE(writer.ok(), writer.error().code);
    // kiosk-sync pulls the requests into the status cache (again, when a faulty portal made a
    // pull fail).
    const auto allRequested = [&] {
        return std::all_of(filings.begin(), filings.end(), [&](const Enqueued& f) {
            auto view = (*writer)->statusOf(f.localReference);
            return view.ok() && view->has_value() && (**view).status == "supplement_requested";
        });
    };
    for (int pulls = 0; pulls < 20 && !allRequested(); ++pulls) REQUIRE(run({"--once"}) == 0);
    std::mt19937_64 rng(static_cast<std::uint64_t>(++m_seed));
    std::vector<EnqueuedSupplement> out;
    for (const auto& f : filings) {
        auto view = (*writer)->statusOf(f.localReference);
        REQUIRE(view.ok());
        REQUIRE(view->has_value());
        REQUIRE((**view).status == "supplement_requested");
        REQUIRE(outbox::requestedDocuments(**view) == std::vector<std::string>{"giay_chung_sinh"});
        core::Filing content;
        EnqueuedSupplement e{f.localReference, f.clientFilingId, {}, {}, {}};
        for (int a = 0; a < attachments; ++a) {
            core::Attachment page{
                "giay_chung_sinh-" + std::to_string(a + 1) + ".jpg", "image/jpeg", {}, "giay_chung_sinh", 1};
            page.bytes.resize(attachmentBytes + rng() % 512);
            for (auto& b : page.bytes) b = static_cast<unsigned char>(rng());
            e.attachmentSha256.push_back(signing::sha256Hex(page.bytes));
            e.attachmentLengths.push_back(page.bytes.size());
            content.attachments.push_back(std::move(page));
        }
        auto id = (*writer)->submitSupplement(f.localReference, content);
        REQUIRE_MESSAGE(id.ok(), id.error().code);
        e.clientSupplementId = *id;
        out.push_back(std::move(e));
    }
    return out;
}

void checkSupplementsExactlyOnce(const fs::path& portalData, const std::vector<EnqueuedSupplement>& supplements,
                                 outbox::Outbox& box) {
    std::map<std::string, nlohmann::json> byFiling;
    for (const auto& line : exportFilings(portalData)) {
        const auto row = nlohmann::json::parse(line, nullptr, false);
        REQUIRE(row.is_object());
        byFiling[row.value("client_filing_id", "")] = row;
    }
    for (const auto& s : supplements) {
        INFO("supplement of " << s.localReference);
        const auto& row = byFiling[s.clientFilingId];
        CHECK(row["status"] == "processing");
        REQUIRE(row["supplements"].size() == 1);
        const auto& sent = row["supplements"][0];
        CHECK(sent["client_supplement_id"] == s.clientSupplementId);
        REQUIRE(sent["documents"].size() == s.attachmentSha256.size());
        for (std::size_t i = 0; i < s.attachmentSha256.size(); ++i) {
            CHECK(sent["documents"][i]["sha256"] == s.attachmentSha256[i]);
            CHECK(sent["documents"][i]["length"] == s.attachmentLengths[i]);
            CHECK(sent["documents"][i]["slot_id"] == "giay_chung_sinh");
        }
        auto views = box.supplementsOf(s.localReference);
        REQUIRE(views.ok());
        REQUIRE(views->size() == 1);
        CHECK(views->front().delivery == "delivered");
        const auto proof = nlohmann::json::parse(views->front().acknowledgementJson, nullptr, false);
        REQUIRE(proof.is_object());
        CHECK(nlohmann::json::parse(proof.value("body", "{}"))["supplement_id"] == sent["supplement_id"]);
    }
}

}  // namespace kiosk::test
