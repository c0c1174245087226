// kiosk-admin: administrators' tool for the kiosk's data (design.md, "Processes").
#include <iostream>
#include <string>
#include <vector>

#include "kiosk/admin/cli.hpp"
#include "kiosk_version.hpp"

int main(int argc, char** argv) {
    if (kiosk::printVersionIfAsked(argc, argv, "kiosk-admin")) return 0;
    const std::vector<std::string> args(argv + 1, argv + argc);
    return kiosk::admin::run(args, std::cout, std::cerr);
}
