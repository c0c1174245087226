// Fuzz target: the config folder's TOML loaders through `config::loadConfig`. A copy of the
// config tests' minimal fixture lives in a private temporary folder; the input's first byte
// picks one file of it and the rest becomes that file's text:
//   k kiosk.toml, c choices.toml, s services/loi.toml (a service beside the fixture's own, as in
//   the broken cases), v locales/vi.toml, e locales/en.toml, a admin-units/99.toml,
//   w working-calendar.toml; any other byte picks by its value modulo the count.
// After the load the fixture is put back as it was. Invariants: never a crash, hang or
// exception out of the loader; a refusal is a non-empty list of errors that all format.
#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "kiosk/config/config.hpp"

namespace fs = std::filesystem;

namespace {

struct Slot {
    char key;
    const char* file;
};
constexpr std::array<Slot, 7> kSlots = {{{'k', "kiosk.toml"},
                                         {'c', "choices.toml"},
                                         {'s', "services/loi.toml"},
                                         {'v', "locales/vi.toml"},
                                         {'e', "locales/en.toml"},
                                         {'a', "admin-units/99.toml"},
                                         {'w', "working-calendar.toml"}}};

const Slot& slotFor(std::uint8_t selector) {
    for (const auto& slot : kSlots) {
        if (static_cast<std::uint8_t>(slot.key) == selector) return slot;
    }
    return kSlots[selector % kSlots.size()];
}

std::optional<std::string> readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeFile(const fs::path& path, const char* data, std::size_t size) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data, static_cast<std::streamsize>(size));
    if (!out) std::abort();
}

// The fixture copied into a private folder, removed again when the process ends.
struct ConfigFolder {
    fs::path dir;
    ConfigFolder() {
        char name[] = "/tmp/fuzz-config-XXXXXX";
        if (::mkdtemp(name) == nullptr) std::abort();
        dir = name;
        fs::copy(KIOSK_FUZZ_CONFIG_FIXTURE, dir, fs::copy_options::recursive);
    }
    ~ConfigFolder() {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
};

const fs::path& configDir() {
    static const ConfigFolder folder;
    return folder.dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const fs::path file = configDir() / slotFor(data[0]).file;
    const auto original = readFile(file);
    writeFile(file, reinterpret_cast<const char*>(data) + 1, size - 1);

    auto loaded = kiosk::config::loadConfig(configDir());
    if (!loaded) {
        if (loaded.error().empty()) std::abort();  // a refusal must say why
        for (const auto& error : loaded.error()) (void)error.format();
    }

    if (original) {
        writeFile(file, original->data(), original->size());
    } else {
        fs::remove(file);
    }
    return 0;
}
