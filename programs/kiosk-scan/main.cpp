// kiosk-scan: reads an ID card from photos and prints the identity as JSON.
//   kiosk-scan [--tessdata DIR] IMAGE [IMAGE]     one card (front and/or back, either order)
//   kiosk-scan [--tessdata DIR] --batch LIST      one card per line, FRONT<TAB>BACK (JSON Lines)
//   kiosk-scan --document IMAGE --out FILE.jpg    one paper page as a document slot keeps it
// Exit status: 0 every card read, 1 some card could not be read, 2 usage or setup error.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "document_command.hpp"
#include "kiosk_version.hpp"
#include "scan_json.hpp"
#include "scanners/pipeline.hpp"

using namespace scanners;

namespace {

int usage() {
    std::fprintf(stderr,
                 "Cách dùng / usage:\n"
                 "  kiosk-scan [--tessdata THƯ_MỤC] ẢNH [ẢNH]\n"
                 "  kiosk-scan [--tessdata THƯ_MỤC] --batch DANH_SÁCH\n"
                 "  kiosk-scan --document ẢNH --out TỆP.jpg\n"
                 "  kiosk-scan --version\n"
                 "DANH_SÁCH: mỗi dòng một thẻ, MẶT_TRƯỚC<TAB>MẶT_SAU (hoặc một ảnh).\n"
                 "LIST: one card per line, FRONT<TAB>BACK (or a single image).\n");
    return 2;
}

long msSince(std::chrono::steady_clock::time_point start) {
    return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now() - start)
                                 .count());
}

// Scans one card and prints its JSON line; a card that cannot be read is also explained on
// stderr (code and where, never a value read from the card). True when the card was read.
bool scanOne(Pipeline& pipeline, const std::vector<std::string>& images, const std::string& label) {
    const std::vector<std::filesystem::path> paths(images.begin(), images.end());
    const auto start = std::chrono::steady_clock::now();
    auto report = pipeline.scanFiles(paths);
    if (!report) {
        const Error& e = report.error();
        std::printf("%s\n", cli::errorJson(e, msSince(start)).c_str());
        std::fprintf(stderr, "kiosk-scan: %s%s (%s, %s)\n", label.c_str(), e.message.c_str(),
                     e.code.c_str(), e.where.c_str());
        return false;
    }
    std::printf("%s\n", cli::reportJson(*report).c_str());
    return true;
}

// One LIST line: "FRONT<TAB>BACK" or a single path (paths may contain spaces).
std::optional<std::vector<std::string>> batchImages(std::string line) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> images;
    size_t from = 0;
    for (size_t tab; (tab = line.find('\t', from)) != std::string::npos; from = tab + 1) {
        images.push_back(line.substr(from, tab - from));
    }
    images.push_back(line.substr(from));
    if (images.size() > 2) return std::nullopt;
    for (const auto& image : images) {
        if (image.empty()) return std::nullopt;
    }
    return images;
}

int runBatch(Pipeline& pipeline, const std::string& listPath) {
    std::ifstream list(listPath);
    if (!list) {
        std::fprintf(stderr, "kiosk-scan: không mở được danh sách / cannot open list %s\n",
                     listPath.c_str());
        return 2;
    }
    bool allRead = true;
    int number = 0;
    for (std::string line; std::getline(list, line);) {
        ++number;
        if (line.empty() || line == "\r") continue;
        const std::string label = "dòng " + std::to_string(number) + ": ";
        const auto images = batchImages(line);
        if (!images) {
            const Error error{"batch.bad_line",
                              "Dòng phải là MẶT_TRƯỚC<TAB>MẶT_SAU hoặc một ảnh.",
                              "line:" + std::to_string(number)};
            std::printf("%s\n", cli::errorJson(error, 0).c_str());
            std::fprintf(stderr, "kiosk-scan: %s%s\n", label.c_str(), error.message.c_str());
            allRead = false;
            continue;
        }
        allRead = scanOne(pipeline, *images, label) && allRead;
        std::fflush(stdout);
    }
    return allRead ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (kiosk::printVersionIfAsked(argc, argv, "kiosk-scan")) return 0;
    // Debian's Tesseract parallelises with OpenMP; on two shared cores its spinning threads made
    // a scan 4-5 times slower (measured 4.7 s against 1.0 s). libgomp reads the limit only when
    // it loads, so the program restarts itself once with the limit set.
    if (std::getenv("OMP_THREAD_LIMIT") == nullptr && setenv("OMP_THREAD_LIMIT", "1", 1) == 0) {
        execv("/proc/self/exe", argv);
    }
    PipelineOptions options;
    std::vector<std::string> images;
    std::string batch, document, out;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--tessdata" && i + 1 < argc) {
            options.tessdataDir = argv[++i];
        } else if (arg == "--batch" && i + 1 < argc) {
            batch = argv[++i];
        } else if (arg == "--document" && i + 1 < argc) {
            document = argv[++i];
        } else if (arg == "--out" && i + 1 < argc) {
            out = argv[++i];
        } else if (arg.starts_with("--")) {
            return usage();
        } else {
            images.push_back(arg);
        }
    }
    // A page needs no OCR models: it is processed before they would load.
    if (!document.empty() || !out.empty()) {
        if (document.empty() || out.empty() || !batch.empty() || !images.empty()) return usage();
        return tools::runDocument(document, out);
    }
    if (batch.empty() == images.empty() || images.size() > 2) return usage();

    auto pipeline = Pipeline::create(options);
    if (!pipeline) {
        std::fprintf(stderr, "kiosk-scan: %s (%s)\n", pipeline.error().message.c_str(),
                     pipeline.error().code.c_str());
        return 2;
    }
    if (!batch.empty()) return runBatch(*pipeline, batch);
    return scanOne(*pipeline, images, "") ? 0 : 1;
}
