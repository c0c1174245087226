// kiosk-cardgen: writes synthetic card photos and their expected fields, for looking at what
// the corpus test feeds the pipeline and for trying the pipeline by hand.
//   kiosk-cardgen OUTDIR [COUNT] [SEED] [easy|hard]
// OUTDIR/cards.tsv lists the pairs for `kiosk-scan --batch`.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "card_files.hpp"

using namespace scanners;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: kiosk-cardgen OUTDIR [COUNT] [SEED] [easy|hard]\n");
        return 2;
    }
    cardgen::CardSetOptions options;
    options.count = argc > 2 ? std::atoi(argv[2]) : 4;
    options.seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1ull;
    options.hard = argc > 4 && std::string(argv[4]) == "hard";
    if (!cardgen::writeCardSet(argv[1], options)) {
        std::fprintf(stderr,
                     "Không tạo được ảnh thẻ (thiếu phông fonts-noto-core, fonts-ocr-b, hoặc "
                     "không ghi được thư mục) / cannot generate cards.\n");
        return 1;
    }
    return 0;
}
