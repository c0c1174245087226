// kiosk-admin: administrators' tool for the kiosk's data (design.md, "Processes").
#include <iostream>
#include <string>
#include <vector>

#include "admin/cli.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    return kiosk::admin::run(args, std::cout, std::cerr);
}
