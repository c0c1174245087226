#pragma once
// Runs a program of the build (kiosk-scan) the way an integrator does, and measures what the
// issue's "Bad input" rules limit: wall time, peak memory, and whether it crashed.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"
#include "support/text_file.hpp"

namespace kiosk::test {

struct ProgramRun {
    int exitCode = -1;   // -1 when killed by a signal
    int signal = 0;
    std::string out, err;
    double seconds = 0;
    long peakRssKb = 0;
};

// stdout and stderr go through files in `scratch`, so a chatty program cannot block on a pipe.
inline ProgramRun runProgram(const std::filesystem::path& program, const std::vector<std::string>& args,
                             const std::filesystem::path& scratch) {
    const auto outPath = scratch / "stdout.txt";
    const auto errPath = scratch / "stderr.txt";
    std::vector<std::string> argv{program.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!freopen(outPath.c_str(), "w", stdout) || !freopen(errPath.c_str(), "w", stderr)) _exit(127);
        execv(raw[0], raw.data());
        _exit(127);
    }
    ProgramRun run;
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid) return run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peakRssKb = usage.ru_maxrss;
    if (WIFEXITED(status)) run.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) run.signal = WTERMSIG(status);
    run.out = readText(outPath);
    run.err = readText(errPath);
    return run;
}

}  // namespace kiosk::test
