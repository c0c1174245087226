#include "portal_process.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

namespace kiosk::test {

namespace fs = std::filesystem;

namespace {

// Reads one line from `fd`, waiting at most `timeout` in total.
std::string readLine(int fd, std::chrono::milliseconds timeout) {
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd p{fd, POLLIN, 0};
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (::poll(&p, 1, static_cast<int>(std::max<long long>(left.count(), 1))) <= 0) continue;
        char c = 0;
        if (::read(fd, &c, 1) != 1) break;
        if (c == '\n') return line;
        line += c;
    }
    return line;
}

std::vector<const char*> argvOf(const std::vector<std::string>& args) {
    std::vector<const char*> out;
    for (const auto& a : args) out.push_back(a.c_str());
    out.push_back(nullptr);
    return out;
}

}  // namespace

PortalProcess::PortalProcess(const fs::path& dataDir, const std::vector<std::string>& extraArgs,
                             int port, bool demo) {
    std::vector<std::string> args{KIOSK_PORTAL_BIN, "--listen",
                                  "127.0.0.1:" + std::to_string(port), "--data", dataDir.string()};
    if (demo) args.insert(args.end(), {"--demo", "--simulate-payments"});
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    int out[2];
    REQUIRE(::pipe(out) == 0);
    m_log = dataDir.parent_path() / (dataDir.filename().string() + ".log");
    const fs::path& log = m_log;
    m_pid = ::fork();
    REQUIRE(m_pid >= 0);
    if (m_pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        const int err = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (err >= 0) ::dup2(err, STDERR_FILENO);
        ::close(out[0]);
        auto argv = argvOf(args);
        ::execv(argv[0], const_cast<char* const*>(argv.data()));
        ::_exit(127);
    }
    ::close(out[1]);
    // First start creates keys and certificates; allow for a slow, shared, sanitized machine.
    const std::string line = readLine(out[0], std::chrono::seconds(60));
    ::close(out[0]);
    const std::string marker = "listening on ";
    const auto at = line.find(marker);
    REQUIRE_MESSAGE(at != std::string::npos, "kiosk-portal did not start; see " << log.string());
    m_url = line.substr(at + marker.size());
}

PortalProcess::~PortalProcess() { stop(); }

int PortalProcess::port() const {
    const auto colon = m_url.rfind(':');
    return std::stoi(m_url.substr(colon + 1));
}

int PortalProcess::stop() {
    if (m_pid <= 0) return -1;
    ::kill(m_pid, SIGTERM);
    int status = 0;
    int exitStatus = -1;
    bool exited = false;
    for (int i = 0; i < 300 && !exited; ++i) {
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            exited = true;
            exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    if (!exited) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, &status, 0);
    }
    m_pid = -1;
    if (exitStatus != 0) {
        CHECK_MESSAGE(exitStatus == 0, "kiosk-portal did not stop cleanly; its log:\n" << log());
    }
    return exitStatus;
}

std::string PortalProcess::log() const {
    std::ifstream in(m_log);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool PortalProcess::logShows(const std::string& text, std::chrono::milliseconds limit) const {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (log().find(text) == std::string::npos) {
        if (std::chrono::steady_clock::now() >= until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

int runPortalCommand(const fs::path& dataDir, const std::vector<std::string>& extraArgs) {
    std::vector<std::string> args{KIOSK_PORTAL_BIN, "--data", dataDir.string()};
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        auto argv = argvOf(args);
        ::execv(argv[0], const_cast<char* const*>(argv.data()));
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<std::string> exportFilings(const fs::path& dataDir) {
    const std::string command =
        std::string(KIOSK_PORTAL_BIN) + " --data '" + dataDir.string() + "' --export";
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::vector<std::string> lines;
    std::string line;
    int c = 0;
    while ((c = std::fgetc(pipe)) != EOF) {
        if (c == '\n') {
            lines.push_back(line);
            line.clear();
        } else {
            line += static_cast<char>(c);
        }
    }
    CHECK(::pclose(pipe) == 0);
    return lines;
}

}  // namespace kiosk::test
