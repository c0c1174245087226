// Benchmark: how long a kiosk with 50 real procedures takes to load and validate its config.
// The shipped services are copied (new file names and codes) until there are 50, so every copy
// has the fields, expressions and choice lists of a real procedure. Prints figures only.
// usage: bench_config_load [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "kiosk/config/config.hpp"
#include "support/paths.hpp"

namespace fs = std::filesystem;

namespace {

constexpr int kServices = 50;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A copy of the shipped config with its services duplicated up to kServices files.
fs::path makeFiftyServiceConfig() {
    const fs::path dir = fs::temp_directory_path() / ("kiosk-bench-config-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(kiosk::test::shippedConfig(), dir, fs::copy_options::recursive);
    std::vector<fs::path> originals;
    for (const auto& entry : fs::directory_iterator(dir / "services")) originals.push_back(entry.path());
    std::sort(originals.begin(), originals.end());
    const std::regex codeLine(R"(^code = "[^"]*")", std::regex::multiline);
    for (int n = static_cast<int>(originals.size()); n < kServices; ++n) {
        const fs::path& source = originals[static_cast<size_t>(n) % originals.size()];
        const std::string code = "code = \"9." + std::to_string(100000 + n) + "\"";
        std::ofstream out(dir / "services" / (source.stem().string() + "-ban-" + std::to_string(n) + ".toml"));
        out << std::regex_replace(readFile(source), codeLine, code);
    }
    return dir;
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    const fs::path dir = makeFiftyServiceConfig();
    std::vector<double> ms;
    size_t services = 0, fields = 0;
    for (int run = 0; run <= runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        auto loaded = kiosk::config::loadConfig(dir);
        const auto end = std::chrono::steady_clock::now();
        if (!loaded) {
            for (const auto& e : loaded.error()) std::fprintf(stderr, "%s\n", e.format().c_str());
            fs::remove_all(dir);
            return 1;
        }
        services = loaded->services.size();
        fields = 0;
        for (const auto& service : loaded->services)
            for (const auto& page : service.pages) fields += page.fields.size();
        if (run > 0) ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());  // run 0 warms the cache
    }
    fs::remove_all(dir);
    std::sort(ms.begin(), ms.end());
    std::printf("config load: %zu services, %zu fields: median %.1f ms, worst %.1f ms over %d runs\n",
                services, fields, ms[ms.size() / 2], ms.back(), runs);
    return 0;
}
