// kiosk-portal: the reference provincial portal (docs/portal-api.md).
#include <iostream>
#include <string>
#include <vector>

#include "kiosk_version.hpp"
#include "reference_portal/options.hpp"
#include "reference_portal/server.hpp"

int main(int argc, char** argv) {
    using namespace kiosk::reference_portal;
    if (kiosk::printVersionIfAsked(argc, argv, "kiosk-portal")) return 0;
    const std::vector<std::string> args(argv + 1, argv + argc);
    auto options = parseOptions(args);
    if (!options) {
        std::cerr << options.error().message << "\n\n" << usageText();
        return 2;
    }
    if (options->help) {
        std::cout << usageText();
        return 0;
    }
    if (options->exportFilings) return runExport(*options, std::cout, std::cerr);
    if (!options->revokeId.empty()) return runRevoke(*options, std::cout, std::cerr);
    return runPortal(*options, std::cout, std::cerr);
}
