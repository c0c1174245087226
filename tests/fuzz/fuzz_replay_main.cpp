// Replays a fuzz target's seed corpus without libFuzzer, so every build (GCC included) runs each
// target over its committed inputs: `fuzz_replay_<target> DIR...` feeds every file of each DIR
// to LLVMFuzzerTestOneInput. A crash or a sanitizer report fails the ctest entry; an empty or
// missing corpus fails too, so a replay can never pass by running nothing.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(argv[i], error)) {
            if (!entry.is_regular_file()) continue;
            std::ifstream in(entry.path(), std::ios::binary);
            const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++replayed;
        }
        if (error) std::fprintf(stderr, "cannot read %s: %s\n", argv[i], error.message().c_str());
    }
    std::printf("%zu inputs replayed\n", replayed);
    return replayed > 0 ? 0 : 1;
}
