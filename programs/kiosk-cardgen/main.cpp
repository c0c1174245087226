// kiosk-cardgen: writes synthetic card photos and their expected fields, for looking at what
// the corpus test feeds the pipeline and for trying the pipeline by hand.
//   kiosk-cardgen OUTDIR [COUNT] [SEED] [easy|hard|webcam]
// OUTDIR/cards.tsv lists the pairs for `kiosk-scan --batch`.
#include <charconv>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "card_files.hpp"

using namespace scanners;

namespace {

constexpr const char* kUsage =
    "Cách dùng / usage: kiosk-cardgen OUTDIR [COUNT] [SEED] [easy|hard|webcam]\n"
    "  COUNT 1-1000 cặp ảnh (card pairs, default 4), SEED số tự nhiên (default 1)\n"
    "  easy: camera kiosk cố định (steady kiosk camera, default)\n"
    "  hard: điện thoại cầm tay (hand-held phone)\n"
    "  webcam: webcam rẻ 1280x720 (cheap 720p webcam)\n";

// A whole number in [low, high], nothing else: "4x" or "-1" is a mistake, not 4 or a huge count.
std::optional<unsigned long long> wholeNumber(std::string_view text, unsigned long long low,
                                              unsigned long long high) {
    unsigned long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < low || value > high) {
        return std::nullopt;
    }
    return value;
}

int refuse(const std::string& what) {
    std::fprintf(stderr, "kiosk-cardgen: %s\n%s", what.c_str(), kUsage);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 2 && (std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (argc < 2 || argc > 5) return refuse("cần OUTDIR và tối đa ba tham số / OUTDIR and at most three more");
    // An option here is a typo, not a folder to fill with photos.
    if (argv[1][0] == '-') return refuse(std::string("không hiểu tùy chọn / unknown option: ") + argv[1]);
    cardgen::CardSetOptions options;
    if (argc > 2) {
        const auto count = wholeNumber(argv[2], 1, 1000);
        if (!count) return refuse(std::string("COUNT không hợp lệ / bad COUNT: ") + argv[2]);
        options.count = static_cast<int>(*count);
    }
    if (argc > 3) {
        const auto seed = wholeNumber(argv[3], 0, ~0ull);
        if (!seed) return refuse(std::string("SEED không hợp lệ / bad SEED: ") + argv[3]);
        options.seed = *seed;
    }
    if (argc > 4) {
        const std::string_view mode = argv[4];
        if (mode != "easy" && mode != "hard" && mode != "webcam") {
            return refuse(std::string("chỉ easy, hard hoặc webcam / easy, hard or webcam: ") + argv[4]);
        }
        options.hard = mode == "hard";
        options.webcam = mode == "webcam";
    }
    if (!cardgen::writeCardSet(argv[1], options)) {
        std::fprintf(stderr,
                     "Không tạo được ảnh thẻ (thiếu phông fonts-noto-core, fonts-ocr-b, hoặc "
                     "không ghi được thư mục) / cannot generate cards.\n");
        return 1;
    }
    return 0;
}
