#pragma once
// Reading a rendered receipt back with independent tools (poppler-utils' pdftotext), for the
// tests that check paper against screen, the kept copy and the CUPS job.
#include <stdio.h>

#include <filesystem>
#include <string>

#include <doctest/doctest.h>

namespace kiosk::test {

// Runs `command` through the shell and returns what it printed; checks it exited 0.
inline std::string runCommand(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    CHECK(::pclose(pipe) == 0);
    return out;
}

// Text joined to one line of single spaces (pdftotext lays text out as on the page).
inline std::string squeezed(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool blank = c == ' ' || c == '\n' || c == '\f' || c == '\r' || c == '\t';
        if (blank) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

// The text of the PDF at `file`, squeezed.
inline std::string pdfText(const std::filesystem::path& file) {
    return squeezed(runCommand("pdftotext -enc UTF-8 '" + file.string() + "' -"));
}

}  // namespace kiosk::test
