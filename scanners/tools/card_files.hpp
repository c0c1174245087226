#pragma once
// Generated card photos on disk: what kiosk-cardgen writes, and what the CLI, capture, UI and
// benchmark tests generate at run time (nothing generated is committed).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "synthetic_identity.hpp"

namespace scanners::cardgen {

struct CardOnDisk {
    synth::Person person;
    std::filesystem::path front, back;  // JPEG photos
};

struct CardSetOptions {
    int count = 4;
    uint64_t seed = 1;
    bool hard = false;
    bool webcam = false;  // a 720p webcam (webcamPhoto), whatever `hard` says
    // Unknown: alternate CCCD 2021 and Căn cước 2024.
    CardType type = CardType::Unknown;
};

// Writes card-NNNN-front.jpg, card-NNNN-back.jpg and card-NNNN.expected.json for each card,
// and cards.tsv (FRONT<TAB>BACK per line, kiosk-scan --batch). nullopt when fonts are missing
// or a file cannot be written.
std::optional<std::vector<CardOnDisk>> writeCardSet(const std::filesystem::path& dir,
                                                    const CardSetOptions& options);

// The fields kiosk-scan should print for this person, as a JSON object (keys as kiosk-scan).
std::string expectedJson(const synth::Person& person);

}  // namespace scanners::cardgen
