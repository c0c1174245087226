// The supplement body is rebuilt on every attempt and must not change by a byte (the portal
// fingerprints it under the Idempotency-Key); it names each document's slot and pages, and says
// nothing of answers when the citizen was asked none.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "kiosk/sync/supplement_body.hpp"

using namespace kiosk;
using namespace std::chrono;

TEST_CASE("the supplement body is stable and lists each document with its slot and pages") {
    outbox::OpenedSupplement opened;
    opened.clientSupplementId = "5e0c2d1a-7b3f-4c2e-9d1a-0f1e2d3c4b5a";
    opened.createdAt = sys_days{year{2025} / 11 / 24} + hours{3};
    opened.content.attachments.push_back({"giay_chung_sinh-1.jpg", "image/jpeg", {1, 2, 3}, "giay_chung_sinh", 1});
    opened.content.attachments.push_back({"giay_chung_sinh-2.jpg", "image/jpeg", {4, 5}, "giay_chung_sinh", 1});
    opened.attachmentSha256 = {std::string(64, 'a'), std::string(64, 'b')};
    const std::string first = sync::supplementBody(opened);
    CHECK(first == sync::supplementBody(opened));
    const auto body = nlohmann::json::parse(first);
    CHECK(body["client_supplement_id"] == opened.clientSupplementId);
    CHECK(body["kiosk_created_at"] == "2025-11-24T10:00:00+07:00");
    CHECK_FALSE(body.contains("answers"));
    REQUIRE(body["documents"].size() == 2);
    CHECK(body["documents"][1]["slot_id"] == "giay_chung_sinh");
    CHECK(body["documents"][1]["pages"] == 1);
    CHECK(body["documents"][1]["length"] == 2);
    CHECK(body["documents"][1]["sha256"] == std::string(64, 'b'));

    opened.content.answers["ghi_chu"] = "Bản sao";
    CHECK(nlohmann::json::parse(sync::supplementBody(opened))["answers"]["ghi_chu"] == "Bản sao");
}
