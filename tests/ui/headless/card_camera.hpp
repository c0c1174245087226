#pragma once
// A "camera" for the file capture backend: a folder holding one card generated at test time,
// front then back (the backend takes its pictures in name order), for the identity-step tests.
#include <filesystem>

#include "card_files.hpp"
#include "kiosk/config/capture_settings.hpp"
#include "support/temp_dir.hpp"

namespace kiosk::test {

struct CardCamera {
    config::CaptureSettings capture;  // the file backend reading the folder
    scanners::synth::Person person;   // who the card shows
};

inline CardCamera cardCamera(const TempDir& dir, uint64_t seed, scanners::CardType type) {
    scanners::cardgen::CardSetOptions options;
    options.count = 1;
    options.seed = seed;
    options.type = type;
    const auto cards = scanners::cardgen::writeCardSet(dir.path() / "generated", options);
    REQUIRE(cards);
    const std::filesystem::path camera = dir.path() / "camera";
    std::filesystem::create_directories(camera);
    std::filesystem::copy_file(cards->front().front, camera / "1-front.jpg");
    std::filesystem::copy_file(cards->front().back, camera / "2-back.jpg");
    CardCamera out;
    out.capture.backend = config::CaptureBackend::File;
    out.capture.path = camera.string();
    out.person = cards->front().person;
    return out;
}

}  // namespace kiosk::test
