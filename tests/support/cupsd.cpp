#include "support/cupsd.hpp"

#include <doctest/doctest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "support/paths.hpp"
#include "support/pdf_text.hpp"

namespace kiosk::test {
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

constexpr const char* kPdfPpd = "/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd";

int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) FAIL("cannot bind a loopback port");
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

bool accepts(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

bool spoolHoldsDocuments(const fs::path& spool) {
    for (const auto& entry : fs::directory_iterator(spool)) {
        if (entry.path().filename().string().rfind('d', 0) == 0) return true;
    }
    return false;
}

// Its config, spool, logs and the queue's output all under one folder that the filters (run as
// user lp) can reach.
Cupsd::Cupsd() : m_port(freeLoopbackPort()) {
    const fs::path root = m_dir.path();
    fs::permissions(root, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
    for (const char* sub : {"spool", "cache", "state", "log", "out", "tmp"}) fs::create_directory(root / sub);
    fs::permissions(root / "out", fs::perms::all);
    fs::permissions(root / "tmp", fs::perms::all | fs::perms::sticky_bit);
    std::ofstream(root / "cupsd.conf")
        << "Listen 127.0.0.1:" << m_port << "\nLogLevel info\nWebInterface No\nBrowsing No\n"
        << "<Location />\n  Order allow,deny\n  Allow 127.0.0.1\n</Location>\n"
        << "<Location /admin>\n  Order allow,deny\n  Allow 127.0.0.1\n</Location>\n"
        // A throw-away cupsd on loopback: the test may add its queue without a password.
        << "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        << readFile(sourceDir() / "packaging/cups/kiosk-cupsd.conf");
    std::ofstream(root / "cups-files.conf")
        << "FileDevice Yes\nServerRoot " << root.string() << "\nRequestRoot " << (root / "spool").string()
        << "\nTempDir " << (root / "tmp").string() << "\nCacheDir " << (root / "cache").string() << "\nStateDir "
        << (root / "state").string() << "\nAccessLog " << (root / "log/access_log").string() << "\nErrorLog "
        << (root / "log/error_log").string() << "\nPageLog " << (root / "log/page_log").string()
        << "\nSystemGroup root\n";
}

Cupsd::~Cupsd() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
}

std::string Cupsd::start() {
    REQUIRE_MESSAGE(::access("/usr/sbin/cupsd", X_OK) == 0, "/usr/sbin/cupsd is not installed (Debian package cups)");
    REQUIRE_MESSAGE(::access(kPdfPpd, R_OK) == 0, kPdfPpd << " is missing (Debian package cups-filters)");
    const std::string conf = (m_dir.path() / "cupsd.conf").string();
    const std::string files = (m_dir.path() / "cups-files.conf").string();
    m_pid = ::fork();
    if (m_pid == 0) {
        ::execl("/usr/sbin/cupsd", "cupsd", "-f", "-c", conf.c_str(), "-s", files.c_str(), nullptr);
        ::_exit(127);
    }
    for (int i = 0; i < 100; ++i) {
        if (accepts(m_port)) return {};
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            return "cupsd exited at start: " + readFile(m_dir.path() / "log/error_log");
        }
        std::this_thread::sleep_for(100ms);
    }
    return "cupsd did not listen within 10 s";
}

std::string Cupsd::addQueue() const {
    return runCommand("lpadmin -h " + server() + " -p kiosktest -E -v file://" + output().string() + " -P " + kPdfPpd +
                      " 2>&1");
}

bool Cupsd::waitForOutput() const {
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < deadline) {
        if (fs::exists(output()) && fs::file_size(output()) > 0 && !spoolHoldsDocuments(spool())) return true;
        std::this_thread::sleep_for(100ms);
    }
    return false;
}

std::string Cupsd::errorLog() const { return readFile(m_dir.path() / "log/error_log"); }

}  // namespace kiosk::test
