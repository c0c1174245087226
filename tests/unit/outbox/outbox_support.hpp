#pragma once
// Helpers shared by the outbox tests: a private temporary data directory, synthetic citizens
// and filings generated per run (never real data), and raw looks at the files on disk.
#include <stdlib.h>
#include <sys/stat.h>

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "kiosk/core/filing_store.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "support/temp_dir.hpp"
#include "support/test_seed.hpp"

namespace kiosk::test {

// A made-up citizen: a name from common Vietnamese name parts plus a random 12-digit number,
// different on every run.
struct SyntheticCitizen {
    std::string fullName;
    std::string idNumber;
    std::string phone;
};

// Every synthetic value comes from one engine seeded once a run, the seed printed so a failing
// run can be replayed (KIOSK_TEST_SEED=N); a test may seed it again with a seed it prints.
inline std::mt19937& rng() {
    static std::mt19937 engine{[] {
        const std::uint32_t seed = testSeed();
        std::fprintf(stderr, "synthetic citizens from seed %u (replay with KIOSK_TEST_SEED=%u)\n", seed, seed);
        return seed;
    }()};
    return engine;
}

inline std::string randomDigits(std::size_t n) {
    std::uniform_int_distribution<int> digit(0, 9);
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += static_cast<char>('0' + digit(rng()));
    return out;
}

inline SyntheticCitizen makeCitizen() {
    static const std::vector<std::string> family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng"};
    static const std::vector<std::string> middle = {"Thị", "Văn", "Đức", "Ngọc", "Minh", "Thanh", "Quốc", "Hữu"};
    static const std::vector<std::string> given = {"Ánh", "Bảo", "Cường", "Dũng", "Hạnh", "Khoa", "Lộc", "Nhung",
                                                   "Phượng", "Quyết", "Sương", "Tường", "Uyên", "Vỹ", "Xuân", "Yến"};
    auto pick = [](const std::vector<std::string>& v) {
        return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng())];
    };
    return {pick(family) + " " + pick(middle) + " " + pick(given) + " " + pick(given), "0" + randomDigits(11),
            "09" + randomDigits(8)};
}

inline std::vector<unsigned char> randomBytes(std::size_t n) {
    std::uniform_int_distribution<int> byte(0, 255);
    std::vector<unsigned char> out(n);
    for (auto& b : out) b = static_cast<unsigned char>(byte(rng()));
    return out;
}

inline core::Filing makeFiling(const SyntheticCitizen& citizen, std::size_t attachments = 1,
                               std::size_t attachmentBytes = 2048) {
    core::Filing filing;
    filing.serviceId = "khai-sinh";
    filing.serviceCode = "1.001193";
    filing.feeVnd = 8000;
    filing.dueWorkingDays = 5;
    filing.answers["nguoi_yeu_cau.ho_ten"] = citizen.fullName;
    filing.answers["nguoi_yeu_cau.so_dinh_danh"] = citizen.idNumber;
    filing.applicantIdNumber = citizen.idNumber;
    filing.answers["nguoi_yeu_cau.dien_thoai"] = citizen.phone;
    filing.answers["tre.noi_sinh"] = "Trạm y tế xã Hòa Phú, tỉnh Đắk Lắk";
    for (std::size_t i = 0; i < attachments; ++i) {
        auto bytes = randomBytes(attachmentBytes);
        // Put the citizen's number inside the scan too, as a real scanned card would have it.
        bytes.insert(bytes.begin(), citizen.idNumber.begin(), citizen.idNumber.end());
        filing.attachments.push_back({"giay_chung_sinh-" + std::to_string(i + 1) + ".jpg", "image/jpeg", bytes, {}, 1});
    }
    return filing;
}

inline outbox::OutboxOptions optionsIn(const std::filesystem::path& dir) {
    return outbox::OutboxOptions::inDirectory(dir, "KIOSK01");
}

// An outbox in a folder of its own holding one synthetic citizen's filing (no attachments), claimed
// by kiosk-sync as before a delivery: where the tests of a filing's later life start.
struct ClaimedFiling {
    TempDir dir;
    std::unique_ptr<outbox::Outbox> box;
    SyntheticCitizen citizen = makeCitizen();
    std::string reference;  // the receipt's local reference
    std::string id;         // the client filing id kiosk-sync sends

    // `adjust` changes the filing before it is submitted (a result delivered by post, say).
    explicit ClaimedFiling(const std::function<void(core::Filing&)>& adjust = nullptr) {
        auto opened = outbox::Outbox::open(optionsIn(dir.path()));
        REQUIRE(opened.ok());
        box = std::move(*opened);
        auto filing = makeFiling(citizen, 0);
        if (adjust) adjust(filing);
        auto stored = box->submit(filing);
        REQUIRE(stored.ok());
        reference = stored->localReference;
        auto claimed = box->claimNextPending();
        REQUIRE(claimed.ok());
        REQUIRE(claimed->has_value());
        id = (*claimed)->clientFilingId;
    }

    // The portal's acknowledgement as kiosk-sync records it with the delivery: filing f-1, submitted.
    outbox::PortalStatusUpdate receipt() const {
        outbox::PortalStatusUpdate update;
        update.clientFilingId = id;
        update.portalFilingId = "f-1";
        update.status = "submitted";
        return update;
    }
};

inline std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// True when `needle` occurs in the database file or its WAL (committed data may be in either).
inline bool storedBytesContain(const std::filesystem::path& databasePath, const std::string& needle) {
    for (const auto& path : {databasePath, std::filesystem::path(databasePath.string() + "-wal")}) {
        if (readBytes(path).find(needle) != std::string::npos) return true;
    }
    return false;
}

inline mode_t fileMode(const std::filesystem::path& path) {
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 07777;
}

}  // namespace kiosk::test
