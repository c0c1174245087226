#include "synthetic_filing.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <random>

#include "kiosk/signing/digest.hpp"

namespace kiosk::test {

namespace {

constexpr std::array<const char*, 6> kFamily{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ"};
constexpr std::array<const char*, 6> kMiddle{"Thị", "Văn", "Hữu", "Ngọc", "Minh", "Đức"};
constexpr std::array<const char*, 6> kGiven{"Thử", "Mẫu", "Giả", "Kiểm", "Nghiệm", "Tạo"};

std::string uuid4(std::mt19937_64& rng) {
    std::uniform_int_distribution<int> hex(0, 15);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20) out += '-';
        int digit = hex(rng);
        if (i == 12) digit = 4;
        if (i == 16) digit = 8 + (digit & 3);
        out += kHex[digit];
    }
    return out;
}

template <std::size_t N>
const char* pick(std::mt19937_64& rng, const std::array<const char*, N>& words) {
    return words[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

}  // namespace

SyntheticFiling makeFiling(std::uint64_t seed, int documents, std::int64_t feeVnd) {
    std::mt19937_64 rng(seed);
    SyntheticFiling filing;
    filing.clientFilingId = uuid4(rng);
    const std::string name = std::string(pick(rng, kFamily)) + " " + pick(rng, kMiddle) + " " +
                             pick(rng, kGiven);
    std::string idNumber = "0";
    for (int i = 0; i < 11; ++i) idNumber += static_cast<char>('0' + rng() % 10);
    nlohmann::json docs = nlohmann::json::array();
    for (int i = 0; i < documents; ++i) {
        SyntheticDocument doc;
        doc.name = "giay_to-" + std::to_string(i + 1) + ".jpg";
        doc.mediaType = "image/jpeg";
        const std::size_t size = 2000 + rng() % 30000;
        for (std::size_t k = 0; k < size; ++k) doc.bytes += static_cast<char>(rng() & 0xFF);
        doc.sha256 = signing::sha256Hex(doc.bytes);
        docs.push_back({{"part_id", std::to_string(i + 1)},
                        {"component_code", "GT00" + std::to_string(i + 1)},
                        {"name", doc.name},
                        {"media_type", doc.mediaType},
                        {"length", doc.bytes.size()},
                        {"sha256", doc.sha256}});
        filing.documents.push_back(std::move(doc));
    }
    filing.body = {{"client_filing_id", filing.clientFilingId},
                   {"service_code", "1.001193"},
                   {"service_id", "khai-sinh"},
                   {"form_version", "khai-sinh@3"},
                   {"channel", "kiosk"},
                   {"kiosk_created_at", "2025-11-22T09:15:00+07:00"},
                   {"applicant", {{"subject_type", 1}, {"full_name", name}, {"id_number", idNumber}}},
                   {"answers",
                    {{"ho_ten_nguoi_yeu_cau", name},
                     {"so_dinh_danh", idNumber},
                     {"dia_chi.province", "66"},
                     {"ghi_chu", "Dòng 1\nDòng 2 \"trích\" \\ / ~ ✓"}}},
                   {"documents", docs},
                   {"fees", nlohmann::json::array({{{"fee_code", "LP01"},
                                                    {"name", "Lệ phí"},
                                                    {"amount", feeVnd}}})}};
    return filing;
}

Delivered deliverFiling(const KioskClient& kiosk, const SyntheticFiling& filing) {
    Delivered out;
    const Reply created = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    REQUIRE_MESSAGE(created.status == 201, created.body);
    out.filingId = created.json().value("filing_id", "");
    out.maHoSo = created.json().value("ma_ho_so", "");
    for (const auto& doc : filing.documents) {
        const Reply put = kiosk.put("/filings/" + out.filingId + "/documents/" + doc.sha256,
                                    doc.bytes, doc.mediaType);
        CHECK_MESSAGE(put.status == 201, put.body);
    }
    out.receipt = kiosk.post("/filings/" + out.filingId + "/submit", "{}",
                             filing.clientFilingId + ":submit");
    CHECK_MESSAGE(out.receipt.status == 202, out.receipt.body);
    if (out.receipt.status == 202) out.lookupCode = out.receipt.json().value("lookup_code", "");
    return out;
}

}  // namespace kiosk::test
