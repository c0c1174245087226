#include "notify_listener.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

namespace kiosk::test {

NotifyListener::NotifyListener(const std::filesystem::path& path) {
    m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string name = path.string();
    if (m_fd < 0 || name.size() >= sizeof(address.sun_path)) throw std::runtime_error("notify socket: " + name);
    std::memcpy(address.sun_path, name.c_str(), name.size() + 1);
    if (::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        throw std::runtime_error("cannot bind the notify socket " + name);
    }
    ::chmod(name.c_str(), 0666);
    const int on = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_PASSCRED, &on, sizeof(on));  // who sent it: the kiosk's pid
}

NotifyListener::~NotifyListener() {
    if (m_fd >= 0) ::close(m_fd);
}

std::optional<Notification> NotifyListener::next(std::chrono::milliseconds timeout) {
    pollfd waitFor{m_fd, POLLIN, 0};
    if (::poll(&waitFor, 1, static_cast<int>(timeout.count())) != 1) return std::nullopt;
    char text[4096];
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
    iovec io{text, sizeof(text) - 1};
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof(control);
    const ssize_t got = ::recvmsg(m_fd, &message, 0);
    if (got < 0) return std::nullopt;
    Notification n{std::string(text, static_cast<std::size_t>(got)), 0, std::chrono::steady_clock::now()};
    for (cmsghdr* c = CMSG_FIRSTHDR(&message); c != nullptr; c = CMSG_NXTHDR(&message, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
            ucred credentials{};
            std::memcpy(&credentials, CMSG_DATA(c), sizeof(credentials));
            n.sender = credentials.pid;
        }
    }
    return n;
}

std::optional<Notification> NotifyListener::nextWith(const std::string& line, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return std::nullopt;
        auto n = next(left);
        if (!n) return std::nullopt;
        if (n->text.find(line) != std::string::npos) return n;
    }
}

}  // namespace kiosk::test
