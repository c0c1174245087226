// The kiosk as it runs on site: inside cage (headless here: WLR_BACKENDS=headless,
// WLR_RENDERER=pixman), SDL on Wayland, with systemd's NOTIFY_SOCKET and WATCHDOG_USEC pointing
// at a socket this test owns. Checks that READY=1 comes after the first frame, that the kiosk
// covers the whole output, that WATCHDOG=1 arrives well inside the timeout, and that a hung UI
// thread (the test-only SIGUSR2 hang) stops the pings so systemd would restart the session.
// cage refuses to run as root: as root the session runs as `nobody`.
//
// Coverage: the kiosk's own Wayland trace (WAYLAND_DEBUG) must show it asking for full screen
// and attaching buffers the size of the output. A grim screenshot is saved too, for a person to
// look at, but its pixels prove nothing here: Debian 12's wlroots (0.15) hands a buffer that
// covers the whole output straight to the output (direct scan-out), and its screen copy then
// reads black under the pixman renderer; a smaller window is copied correctly (tried by hand).
#include <doctest/doctest.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>

#include "notify_listener.hpp"
#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using kiosk::test::NotifyListener;

namespace {

constexpr auto kWatchdog = 2s;  // WATCHDOG_USEC given to the kiosk

bool onPath(const std::string& program) {
    return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

std::string commandOutput(const std::string& command) {
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[256];
        while (std::fgets(buffer, sizeof(buffer), pipe) != nullptr) out += buffer;
        ::pclose(pipe);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The user the session runs as: ourselves, or `nobody` when we are root.
struct SessionUser {
    uid_t uid = ::getuid();
    gid_t gid = ::getgid();
    bool drop = false;
};

std::optional<SessionUser> sessionUser() {
    SessionUser user;
    if (::getuid() != 0) return user;
    const passwd* nobody = ::getpwnam("nobody");
    if (nobody == nullptr) return std::nullopt;
    user.uid = nobody->pw_uid;
    user.gid = nobody->pw_gid;
    user.drop = true;
    return user;
}

// Whether `user` can run the built kiosk and read the shipped config: a build tree under a home
// folder that only root may enter cannot be run as `nobody`.
bool reachable(const SessionUser& user) {
    if (!user.drop) return true;
    const std::string kiosk = (kiosk::test::buildDir() / KIOSK_BIN_NAME).string();
    const std::string config = (kiosk::test::shippedConfig() / "kiosk.toml").string();
    const pid_t child = ::fork();
    if (child == 0) {
        const bool dropped = ::setgroups(0, nullptr) == 0 && ::setgid(user.gid) == 0 && ::setuid(user.uid) == 0;
        ::_exit(dropped && ::access(kiosk.c_str(), X_OK) == 0 && ::access(config.c_str(), R_OK) == 0 ? 0 : 1);
    }
    int status = 0;
    return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// cage with the kiosk inside, in its own process group so that the whole session can be killed.
class CageSession {
public:
    CageSession(const fs::path& dir, const SessionUser& user, const fs::path& notifySocket) : m_dir(dir) {
        for (const char* sub : {"runtime", "home", "data"}) {
            fs::create_directories(dir / sub);
            REQUIRE(::chown((dir / sub).c_str(), user.uid, user.gid) == 0);
            fs::permissions(dir / sub, fs::perms::owner_all, fs::perm_options::replace);
        }
        const std::string kiosk = (kiosk::test::buildDir() / KIOSK_BIN_NAME).string();
        const std::string config = kiosk::test::shippedConfig().string();
        const std::string data = (dir / "data").string();
        const std::string log = (dir / "session.log").string();
        m_pid = ::fork();
        REQUIRE(m_pid >= 0);
        if (m_pid == 0) {
            ::setpgid(0, 0);
            std::FILE* out = std::fopen(log.c_str(), "w");
            if (out != nullptr) {
                ::dup2(::fileno(out), 1);
                ::dup2(::fileno(out), 2);
            }
            if (user.drop && (::setgroups(0, nullptr) != 0 || ::setgid(user.gid) != 0 || ::setuid(user.uid) != 0)) {
                ::_exit(126);
            }
            for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "WATCHDOG_PID"}) ::unsetenv(name);
            ::setenv("XDG_RUNTIME_DIR", (dir / "runtime").c_str(), 1);
            ::setenv("HOME", (dir / "home").c_str(), 1);
            ::setenv("WLR_BACKENDS", "headless", 1);
            ::setenv("WLR_RENDERER", "pixman", 1);
            ::setenv("WLR_LIBINPUT_NO_DEVICES", "1", 1);
            ::setenv("SDL_VIDEODRIVER", "wayland", 1);
            ::setenv("NOTIFY_SOCKET", notifySocket.c_str(), 1);
            ::setenv("WATCHDOG_USEC", std::to_string(std::chrono::microseconds(kWatchdog).count()).c_str(), 1);
            ::setenv("KIOSK_TEST_HANG_ON_SIGUSR2", "1", 1);
            ::setenv("WAYLAND_DEBUG", "client", 1);
            ::execlp("cage", "cage", "-d", "--", kiosk.c_str(), "--config", config.c_str(), "--data", data.c_str(),
                     static_cast<char*>(nullptr));
            ::_exit(127);
        }
    }
    ~CageSession() {
        ::kill(-m_pid, SIGKILL);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
    CageSession(const CageSession&) = delete;
    CageSession& operator=(const CageSession&) = delete;

    // Whether cage's Wayland socket is up within 10 s; false when cage exited first.
    bool compositorUp() const {
        for (int i = 0; i < 100; ++i) {
            if (fs::exists(m_dir / "runtime" / "wayland-0")) return true;
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) return false;
            std::this_thread::sleep_for(100ms);
        }
        return false;
    }
    std::string log() const { return readFile(m_dir / "session.log"); }
    std::string environmentFor(const std::string& command) const {
        return "XDG_RUNTIME_DIR='" + (m_dir / "runtime").string() + "' WAYLAND_DISPLAY=wayland-0 " + command;
    }

private:
    fs::path m_dir;
    pid_t m_pid = -1;
};

}  // namespace

TEST_CASE("under cage the kiosk is ready after its first frame, fills the output, and its pings stop when the UI hangs") {
    for (const char* program : {"cage", "grim", "Xwayland", "convert"}) {
        if (!onPath(program)) {
            MESSAGE("SKIPPED: " << program << " is not installed (packaging/debian-packages.txt)");
            return;
        }
    }
    const auto user = sessionUser();
    if (!user) {
        MESSAGE("SKIPPED: running as root and there is no user `nobody` to run cage as");
        return;
    }
    if (!reachable(*user)) {
        MESSAGE("SKIPPED: as root the session runs as `nobody`, who cannot reach the build tree or the config here");
        return;
    }
    kiosk::test::TempDir dir("kiosk-cage");
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec,
                    fs::perm_options::replace);
    NotifyListener notify(dir.path() / "notify.sock");
    CageSession session(dir.path(), *user, dir.path() / "notify.sock");
    if (!session.compositorUp()) {
        MESSAGE("SKIPPED: cage cannot start here: " << session.log());
        return;
    }

    const auto ready = notify.nextWith("READY=1", 60s);
    REQUIRE_MESSAGE(ready, "no READY=1 within 60 s; session log:\n" << session.log());
    CHECK(session.log().find("first frame after") != std::string::npos);  // READY=1 follows it
    CHECK(readFile("/proc/" + std::to_string(ready->sender) + "/comm").starts_with("kiosk"));

    // The kiosk full screen: its buffers are the size of the output (wlroots' headless 1280x720).
    const fs::path shots = kiosk::test::buildDir() / "screenshots";
    fs::create_directories(shots);
    const fs::path shot = shots / "kiosk-cage-headless.png";
    std::this_thread::sleep_for(1s);  // the frames that settle the layout
    REQUIRE(std::system(session.environmentFor("grim '" + shot.string() + "'").c_str()) == 0);
    const std::string size = commandOutput("identify -format '%wx%h' '" + shot.string() + "'");
    MESSAGE("cage output " << size << ", screenshot " << shot.string());
    CHECK(size == "1280x720");
    const std::string trace = session.log();
    CHECK(trace.find(".set_fullscreen(") != std::string::npos);
    CHECK(std::regex_search(trace, std::regex(R"(create_buffer\(new id wl_buffer@\d+, \d+, 1280, 720, )")));
    CHECK(std::regex_search(trace, std::regex(R"(wl_surface@\d+\.attach\(wl_buffer@)")));

    // WATCHDOG=1 from the kiosk, each well inside the timeout.
    auto last = notify.nextWith("WATCHDOG=1", kWatchdog);
    REQUIRE_MESSAGE(last, "no WATCHDOG=1 within the watchdog timeout");
    CHECK(last->sender == ready->sender);
    for (int i = 0; i < 3; ++i) {
        auto ping = notify.nextWith("WATCHDOG=1", kWatchdog);
        REQUIRE_MESSAGE(ping, "a WATCHDOG=1 missed the timeout while the kiosk was idle");
        CHECK(ping->at - last->at < kWatchdog);
        last = ping;
    }

    // Hang the UI thread: the pings must stop, so systemd would restart the session.
    REQUIRE(::kill(ready->sender, SIGUSR2) == 0);
    const auto hungAt = std::chrono::steady_clock::now();
    const auto afterHang = notify.nextWith("WATCHDOG=1", 2 * kWatchdog);
    CHECK_MESSAGE(!afterHang, "the hung kiosk still pinged the watchdog");
    const auto sinceLastPing = std::chrono::duration_cast<std::chrono::milliseconds>(hungAt - last->at).count();
    MESSAGE("no ping in the " << std::chrono::seconds(2 * kWatchdog).count() << " s after the hang; the last came "
            << sinceLastPing << " ms before it, so systemd notices the hang at most WatchdogSec after it");
}
