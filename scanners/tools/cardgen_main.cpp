// kiosk-cardgen: writes synthetic card photos and their expected fields, for looking at what
// the corpus test feeds the pipeline and for trying the pipeline by hand.
//   kiosk-cardgen OUTDIR [COUNT] [SEED] [easy|hard]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "card_render.hpp"
#include "photo.hpp"
#include "scanners/civil.hpp"

using namespace scanners;

namespace {

bool writeFile(const std::filesystem::path& path, const std::vector<unsigned char>& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

void writeExpected(const std::filesystem::path& path, const synth::Person& p) {
    std::ofstream out(path);
    out << "{\n  \"id_number\": " << quoted(p.idNumber) << ",\n  \"full_name\": "
        << quoted(p.fullName) << ",\n  \"dob\": " << quoted(formatDate(p.dob))
        << ",\n  \"sex\": " << quoted(std::string(sexLabel(p.sex)))
        << ",\n  \"issue_date\": " << quoted(formatDate(p.issueDate)) << ",\n  \"expiry_date\": "
        << quoted(p.expiryDate ? formatDate(*p.expiryDate) : "Không thời hạn")
        << ",\n  \"card_type\": "
        << quoted(p.cardType == CardType::CanCuoc2024 ? "can_cuoc_2024" : "cccd_2021") << "\n}\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: kiosk-cardgen OUTDIR [COUNT] [SEED] [easy|hard]\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const int count = argc > 2 ? std::atoi(argv[2]) : 4;
    const auto seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1ull;
    const bool hard = argc > 4 && std::string(argv[4]) == "hard";
    auto fonts = cardgen::CardFonts::loadSystem();
    if (!fonts) {
        std::fprintf(stderr, "Thiếu phông chữ (fonts-noto-core, fonts-ocr-b).\n");
        return 1;
    }
    std::filesystem::create_directories(dir);
    synth::Random random(seed);
    const auto style = hard ? cardgen::hardPhoto() : cardgen::easyPhoto();
    for (int i = 0; i < count; ++i) {
        const auto type = i % 2 == 0 ? CardType::Cccd2021 : CardType::CanCuoc2024;
        const auto person = synth::randomPerson(random, type);
        char stem[32];
        std::snprintf(stem, sizeof stem, "card-%04d", i);
        for (auto side : {cardgen::Side::Front, cardgen::Side::Back}) {
            auto card = cardgen::renderCard(person, side, *fonts, random);
            const auto jpeg = cardgen::photograph(card.get(), style, random);
            const std::string name = std::string(stem) +
                                     (side == cardgen::Side::Front ? "-front.jpg" : "-back.jpg");
            if (jpeg.empty() || !writeFile(dir / name, jpeg)) {
                std::fprintf(stderr, "Không ghi được ảnh %s.\n", name.c_str());
                return 1;
            }
        }
        writeExpected(dir / (std::string(stem) + ".expected.json"), person);
    }
    return 0;
}
