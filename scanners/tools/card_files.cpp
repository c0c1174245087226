#include "card_files.hpp"

#include <cstdio>
#include <fstream>

#include "card_render.hpp"
#include "photo.hpp"

namespace scanners::cardgen {
namespace {

bool writeBytes(const std::filesystem::path& path, const std::vector<unsigned char>& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    return !bytes.empty() && static_cast<bool>(out);
}

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string expectedJson(const synth::Person& p) {
    const auto mrz = synth::mrzFor(p);
    return "{\n  \"id_number\": " + quoted(p.idNumber) + ",\n  \"old_id\": " +
           (p.oldId.empty() ? std::string("null") : quoted(p.oldId)) +
           ",\n  \"full_name\": " + quoted(p.fullName) + ",\n  \"dob\": " +
           quoted(formatDate(p.dob)) + ",\n  \"sex\": " + quoted(std::string(sexLabel(p.sex))) +
           ",\n  \"address\": " + quoted(p.address) + ",\n  \"issue_date\": " +
           quoted(formatDate(p.issueDate)) + ",\n  \"expiry_date\": " +
           quoted(p.expiryDate ? formatDate(*p.expiryDate) : "") + ",\n  \"card_type\": " +
           quoted(p.cardType == CardType::CanCuoc2024 ? "cancuoc2024" : "cccd2021") + ",\n  \"mrz\": [" +
           quoted(mrz[0]) + ", " + quoted(mrz[1]) + ", " + quoted(mrz[2]) + "],\n  \"qr\": " +
           quoted(synth::qrPayloadFor(p)) + "\n}\n";
}

std::optional<std::vector<CardOnDisk>> writeCardSet(const std::filesystem::path& dir,
                                                    const CardSetOptions& options) {
    auto fonts = CardFonts::loadSystem();
    if (!fonts) return std::nullopt;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    synth::Random random(options.seed);
    const auto style = options.webcam ? webcamPhoto() : options.hard ? hardPhoto() : easyPhoto();
    std::vector<CardOnDisk> cards;
    std::ofstream list(dir / "cards.tsv");
    for (int i = 0; i < options.count; ++i) {
        CardType type = options.type;
        if (type == CardType::Unknown) type = i % 2 == 0 ? CardType::Cccd2021 : CardType::CanCuoc2024;
        CardOnDisk card{synth::randomPerson(random, type), {}, {}};
        char stem[32];
        std::snprintf(stem, sizeof stem, "card-%04d", i);
        for (auto side : {Side::Front, Side::Back}) {
            auto flat = renderCard(card.person, side, *fonts, random);
            if (!flat) return std::nullopt;
            const auto jpeg = photograph(flat.get(), style, random);
            auto& path = side == Side::Front ? card.front : card.back;
            path = dir / (std::string(stem) + (side == Side::Front ? "-front.jpg" : "-back.jpg"));
            if (!writeBytes(path, jpeg)) return std::nullopt;
        }
        std::ofstream expected(dir / (std::string(stem) + ".expected.json"));
        expected << expectedJson(card.person);
        list << card.front.string() << '\t' << card.back.string() << '\n';
        if (!expected || !list) return std::nullopt;
        cards.push_back(std::move(card));
    }
    return cards;
}

}  // namespace scanners::cardgen
