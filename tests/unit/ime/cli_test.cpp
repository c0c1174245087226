// kiosk-ime, the command: the whole typing table piped through it line by line, and the
// argument errors (Vietnamese first, exit code 2) an administrator or script would see.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unistd.h>

#include "case_table.hpp"

namespace {

struct Run {
    int exitCode = -1;
    std::string output;
};

// Runs kiosk-ime with `args`, feeding `input` on stdin; stderr joins the output.
Run runTool(const std::string& args, const std::string& input) {
    const auto inputFile = std::filesystem::temp_directory_path() /
                           ("kiosk-ime-test-" + std::to_string(::getpid()) + ".txt");
    {
        std::ofstream out(inputFile, std::ios::binary);
        out << input;
    }
    const std::string command = (kiosk::test::buildDir() / "kiosk-ime").string() + " " + args +
                                " < '" + inputFile.string() + "' 2>&1";
    Run run;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, n);
        const int status = ::pclose(pipe);
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    std::filesystem::remove(inputFile);
    return run;
}

}  // namespace

TEST_CASE("kiosk-ime composes every line of the typing table") {
    std::map<std::string, std::vector<kiosk::test::TypingCase>> groups;
    for (const auto& c : kiosk::test::loadTypingCases()) {
        groups[c.methodName + " --style " + c.styleName].push_back(c);
    }
    REQUIRE(groups.size() == 4);
    for (const auto& group : groups) {
        const std::string& args = group.first;
        const auto& cases = group.second;
        std::string input;
        for (const auto& c : cases) input += c.keys + "\n";
        const Run run = runTool("--method " + args, input);
        REQUIRE(run.exitCode == 0);
        std::istringstream lines(run.output);
        std::string line;
        for (const auto& c : cases) {
            INFO("cases.tsv:", c.line, " --method ", args, " keys \"", c.keys, "\"");
            REQUIRE(std::getline(lines, line));
            CHECK(line == c.expected);
        }
        CHECK_FALSE(std::getline(lines, line));
    }
}

TEST_CASE("kiosk-ime accepts Windows line ends and keeps empty lines") {
    const Run run = runTool("--method telex", "Vieetj\r\n\r\nNam\n");
    CHECK(run.exitCode == 0);
    CHECK(run.output == "Việt\n\nNam\n");
}

TEST_CASE("kiosk-ime rejects bad arguments with a Vietnamese message and exit code 2") {
    for (const std::string args : {"", "--method", "--method qwerty", "--method telex --style x",
                                   "--method vni --colour red"}) {
        INFO("args: ", args);
        const Run run = runTool(args, "");
        CHECK(run.exitCode == 2);
        CHECK(run.output.rfind("Lỗi: ", 0) == 0);
        CHECK(run.output.find("Error: ") != std::string::npos);
        CHECK(run.output.find("Cách dùng: kiosk-ime") != std::string::npos);
    }
}

TEST_CASE("kiosk-ime --help prints the usage and succeeds") {
    const Run run = runTool("--help", "");
    CHECK(run.exitCode == 0);
    CHECK(run.output.rfind("Cách dùng: kiosk-ime --method telex|vni", 0) == 0);
}
