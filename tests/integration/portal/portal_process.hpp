#pragma once
// Starts the real kiosk-portal on 127.0.0.1 with a free port (PORT 0, the portal reports the one
// it bound) in a fresh data folder, and stops it again with SIGTERM.
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"

namespace kiosk::test {

class PortalProcess {
public:
    // Starts `kiosk-portal --listen 127.0.0.1:<port> --data dataDir extraArgs...` (port 0: the
    // portal picks a free one) and waits for its "listening on" line; REQUIREs that it comes.
    // With `demo` (what most tests want) it also passes --demo --simulate-payments: the demo
    // kiosk and operator are enrolled and the payment simulator is open.
    explicit PortalProcess(const std::filesystem::path& dataDir,
                           const std::vector<std::string>& extraArgs = {}, int port = 0,
                           bool demo = true);
    ~PortalProcess();
    PortalProcess(const PortalProcess&) = delete;
    PortalProcess& operator=(const PortalProcess&) = delete;

    // "https://127.0.0.1:PORT/api/v1"
    const std::string& url() const { return m_url; }
    // The port from url().
    int port() const;
    // Sends SIGTERM and waits; CHECKs a clean exit (status 0: no sanitizer report, no hang)
    // and shows the portal's log when it was not. Returns the exit status, -1 if not running.
    int stop();
    // The portal's process id (-1 once stopped), to read its memory use from /proc.
    int pid() const { return m_pid; }
    // What the portal has written to stderr so far (its request log: routes, statuses, ids).
    std::string log() const;
    // Whether `text` shows in the log within `limit`: the portal writes some lines (a refused
    // handshake) on its own thread after the client has already seen the outcome.
    bool logShows(const std::string& text, std::chrono::milliseconds limit = std::chrono::seconds(3)) const;

private:
    int m_pid = -1;
    std::string m_url;
    std::filesystem::path m_log;
};

// Runs `kiosk-portal --data dataDir extraArgs...` (a one-shot command such as --revoke) and
// returns its exit status.
int runPortalCommand(const std::filesystem::path& dataDir, const std::vector<std::string>& extraArgs);

// Runs `kiosk-portal --data dataDir --export` and returns its stdout lines.
std::vector<std::string> exportFilings(const std::filesystem::path& dataDir);

}  // namespace kiosk::test
