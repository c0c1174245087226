// kiosk-scan: reads an ID card from photos and prints the identity as JSON.
//   kiosk-scan [--tessdata DIR] IMAGE [IMAGE]     one card (front and/or back)
//   kiosk-scan [--tessdata DIR] --batch LIST      one card per line of LIST (JSON Lines out)
// Exit status: 0 all cards read, 1 some card could not be read, 2 usage or setup error.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "scan_json.hpp"
#include "scanners/pipeline.hpp"

using namespace scanners;

namespace {

int usage() {
    std::fprintf(stderr,
                 "Cách dùng / usage:\n"
                 "  kiosk-scan [--tessdata DIR] ẢNH [ẢNH]\n"
                 "  kiosk-scan [--tessdata DIR] --batch DANH_SÁCH\n"
                 "DANH_SÁCH: mỗi dòng một thẻ, các ảnh cách nhau bởi dấu cách; '#' là chú thích.\n");
    return 2;
}

// Scans one card and prints its line; true when the card was read.
bool scanOne(Pipeline& pipeline, const std::vector<std::string>& images, bool listImages) {
    const std::vector<std::filesystem::path> paths(images.begin(), images.end());
    const auto start = std::chrono::steady_clock::now();
    auto report = pipeline.scanFiles(paths);
    const std::vector<std::string> shown = listImages ? images : std::vector<std::string>{};
    if (!report) {
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now() - start)
                                 .count();
        std::printf("%s\n", cli::errorJson(report.error(), static_cast<long>(elapsed), shown).c_str());
        return false;
    }
    std::printf("%s\n", cli::reportJson(*report, shown).c_str());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    // Debian's Tesseract parallelises with OpenMP; on two shared cores its spinning threads made
    // a scan 4-5 times slower (measured 4.7 s against 1.0 s). libgomp reads the limit only when
    // it loads, so the program restarts itself once with the limit set.
    if (std::getenv("OMP_THREAD_LIMIT") == nullptr && setenv("OMP_THREAD_LIMIT", "1", 1) == 0) {
        execv("/proc/self/exe", argv);
    }
    PipelineOptions options;
    std::vector<std::string> images;
    std::string batch;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--tessdata" && i + 1 < argc) {
            options.tessdataDir = argv[++i];
        } else if (arg == "--batch" && i + 1 < argc) {
            batch = argv[++i];
        } else if (arg.starts_with("--")) {
            return usage();
        } else {
            images.push_back(arg);
        }
    }
    if (batch.empty() == images.empty()) return usage();

    auto pipeline = Pipeline::create(options);
    if (!pipeline) {
        std::fprintf(stderr, "%s\n", pipeline.error().message.c_str());
        return 2;
    }
    if (!batch.empty()) {
        std::ifstream list(batch);
        if (!list) {
            std::fprintf(stderr, "Không mở được danh sách %s.\n", batch.c_str());
            return 2;
        }
        bool allRead = true;
        std::string line;
        while (std::getline(list, line)) {
            std::istringstream words(line);
            std::vector<std::string> card;
            for (std::string word; words >> word;) card.push_back(word);
            if (card.empty() || card.front().starts_with("#")) continue;
            allRead = scanOne(*pipeline, card, true) && allRead;
        }
        return allRead ? 0 : 1;
    }
    return scanOne(*pipeline, images, false) ? 0 : 1;
}
