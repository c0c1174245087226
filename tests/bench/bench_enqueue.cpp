// Benchmark: tap on submit -> durable, i.e. how long Outbox::submit takes to return for a filing
// with 2 MB of attachments, on a real outbox (WAL, synchronous=FULL, AES-GCM) in a temp dir.
// Issue 4 target: <= 50 ms. The attachments are random bytes made here (incompressible, like
// JPEG scans). Prints figures only.
// usage: bench_enqueue [RUNS] [DIR]   (DIR: where the temp outbox goes; default the temp dir)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

#include "kiosk/outbox/outbox.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kAttachmentBytes = 2u * 1024u * 1024u;
constexpr int kPages = 4;  // a few scanned pages making up the 2 MB together

kiosk::core::Filing syntheticFiling(std::mt19937_64& random) {
    kiosk::core::Filing filing;
    filing.serviceId = "khai_sinh";
    filing.serviceCode = "1.001193";
    filing.answers = {{"ho_ten", "Nguyễn Văn Thử"}, {"so_dinh_danh", "001099012345"},
                      {"dien_thoai", "0912345678"}, {"noi_cu_tru", "Xã Thử Nghiệm, Tỉnh Mẫu"}};
    for (int page = 1; page <= kPages; ++page) {
        kiosk::core::Attachment a;
        a.name = "trang-" + std::to_string(page) + ".jpg";
        a.mediaType = "image/jpeg";
        a.bytes.resize(kAttachmentBytes / kPages);
        for (auto& b : a.bytes) b = static_cast<unsigned char>(random());
        filing.attachments.push_back(std::move(a));
    }
    return filing;
}

double percentile(const std::vector<double>& sorted, double p) {
    const auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
    const fs::path base = argc > 2 ? fs::path(argv[2]) : fs::temp_directory_path();
    const fs::path dir = base / ("kiosk-bench-enqueue-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);

    auto outbox = kiosk::outbox::Outbox::open(kiosk::outbox::OutboxOptions::inDirectory(dir, "BENCH01"));
    if (!outbox) {
        std::fprintf(stderr, "open: %s\n", outbox.error().message.c_str());
        return 1;
    }
    std::mt19937_64 random(42);
    std::vector<double> ms;
    for (int run = 0; run <= runs; ++run) {  // run 0 warms up (schema, page cache) and is not counted
        const auto filing = syntheticFiling(random);
        const auto start = std::chrono::steady_clock::now();
        auto stored = (*outbox)->submit(filing);
        const auto end = std::chrono::steady_clock::now();
        if (!stored) {
            std::fprintf(stderr, "submit: %s\n", stored.error().message.c_str());
            return 1;
        }
        if (run > 0) ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("enqueue of a filing with %zu bytes of attachments (%d pages), %d runs, dir %s\n",
                kAttachmentBytes, kPages, runs, base.c_str());
    std::printf("median %.1f ms  p95 %.1f ms  worst %.1f ms  best %.1f ms  (target <= 50 ms)\n",
                percentile(ms, 0.5), percentile(ms, 0.95), ms.back(), ms.front());
    outbox->reset();
    fs::remove_all(dir);
    return 0;
}
