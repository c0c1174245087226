#pragma once
// For the receipt and look-up tests: a copy of the shipped config with one small test procedure
// that has a fee, and a real outbox (the kiosk's FilingStore and status cache) in a temporary
// folder, read through the same adapter the kiosk uses. What kiosk-sync would write is written
// with the outbox's own calls (markDelivered, applyStatusUpdates, storePayment).
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <stdexcept>

#include <doctest/doctest.h>

#include "kiosk/config/config.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "outbox_status.hpp"
#include "support/config_with_service.hpp"

namespace kiosk::test {

// A procedure small enough to drive through the screens in a few taps: one page, a scanned
// document slot, a fixed fee and a time limit of three working days.
inline constexpr const char* kFeeService = R"toml(
code = "9.000001"
name = { vi = "Thủ tục thử có lệ phí", en = "Test procedure with a fee" }
category = "chung-thuc"
time_limit = { vi = "3 ngày làm việc", en = "3 working days" }
due_working_days = 3
delivery = "toan_trinh"

[fee]
amount = "10000"
description = { vi = "10.000 đồng", en = "10,000 VND" }

[[documents]]
id = "giay_to_mau"
name = { vi = "Giấy tờ mẫu", en = "Sample paper" }
required = true
scan = true

[[pages]]
id = "nguoi_yeu_cau"
title = { vi = "Thông tin của bạn", en = "About you" }

[[pages.fields]]
id = "ho_ten"
type = "text"
label = { vi = "Họ, chữ đệm và tên", en = "Full name" }
required = true
prefill = "full_name"

[[pages.fields]]
id = "anh_giay_to_mau"
type = "document"
label = { vi = "Giấy tờ mẫu", en = "Sample paper" }
document = "giay_to_mau"
required = true
)toml";

// Added to kFeeService: the result may be taken at the desk or sent by post, for a fee.
inline constexpr const char* kPostDelivery = "\n[result_delivery]\ndesk = true\npost = true\npost_fee = 28000\n";

class StatusFixture {
public:
    StatusFixture() {
        std::string pattern = (std::filesystem::temp_directory_path() / "kiosk-ui-status-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        m_dir = pattern;
        config = configWithService(m_dir / "kiosk-config", "thu-phi-mau.toml", kFeeService);
        auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(dataDir(), config->kiosk.kioskId));
        REQUIRE(opened.ok());
        box = std::move(*opened);
        status = std::make_unique<OutboxStatusSource>(*box);
    }
    ~StatusFixture() {
        status.reset();
        box.reset();
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    StatusFixture(const StatusFixture&) = delete;
    StatusFixture& operator=(const StatusFixture&) = delete;

    // The folder the outbox and its status cache live in, as the kiosk's data folder.
    std::filesystem::path dataDir() const { return m_dir / "kiosk-data"; }
    // The client filing id behind a reference, as kiosk-sync knows it.
    std::string filingId(const std::string& reference) {
        auto found = box->findByReference(reference);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return (*found)->clientFilingId;
    }
    // The portal accepted the filing: its acknowledgement (with the look-up code it issued, if
    // any), then feed events.
    void deliver(const std::string& reference, const std::string& maHoSo, const std::string& lookupSecret = {}) {
        REQUIRE(box->markDelivered(filingId(reference), {maHoSo, "{}", std::nullopt, lookupSecret}).ok());
    }
    void event(const std::string& reference, std::int64_t seq, const std::string& action, const std::string& toStatus,
               int code, const std::string& note = {}, const std::string& dueAt = {},
               const std::vector<std::string>& documents = {}) {
        outbox::PortalStatusUpdate u;
        u.clientFilingId = filingId(reference);
        u.portalFilingId = "f-" + u.clientFilingId;
        u.seq = seq;
        u.at = "2025-11-24T09:1" + std::to_string(seq % 10) + ":00+07:00";
        u.action = action;
        u.status = toStatus;
        u.trangThaiHoSo = code;
        u.dueAt = dueAt;
        u.note = note;
        u.documents = documents;
        REQUIRE(box->applyStatusUpdates({u}).ok());
    }

    std::shared_ptr<const config::Config> config;
    std::unique_ptr<outbox::Outbox> box;
    std::unique_ptr<OutboxStatusSource> status;

private:
    std::filesystem::path m_dir;
};

}  // namespace kiosk::test
