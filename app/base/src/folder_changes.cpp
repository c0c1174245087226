#include "kiosk/base/folder_changes.hpp"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>

namespace kiosk {
namespace {

// Anything that can change what a config file holds, or which files there are.
constexpr uint32_t kEvents = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO |
                             IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF;

}  // namespace

FolderChanges::FolderChanges(std::filesystem::path dir, std::function<void()> changed, std::chrono::milliseconds safety)
    : m_dir(std::move(dir)),
      m_changed(std::move(changed)),
      m_safety(safety),
      m_inotify(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)),
      m_stop(eventfd(0, EFD_CLOEXEC)),
      m_worker({.run = [this](int&) { wait(); }}) {
    watchFolders();  // here, not on the worker: a change right after the constructor returns counts
    m_worker.submit(0);
}

FolderChanges::~FolderChanges() {
    const uint64_t one = 1;
    if (m_stop >= 0) {
        [[maybe_unused]] const auto written = ::write(m_stop, &one, sizeof one);
    }
    m_stopping = true;
    m_worker.stop();  // wait() returns at once (within a second without the eventfd)
    if (m_inotify >= 0) ::close(m_inotify);
    if (m_stop >= 0) ::close(m_stop);
}

// Adding a watch twice keeps one, so this runs again whenever folders come or go.
void FolderChanges::watchFolders() {
    if (m_inotify < 0) return;
    inotify_add_watch(m_inotify, m_dir.c_str(), kEvents);
    std::error_code ec;
    std::filesystem::recursive_directory_iterator it(m_dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        if (it->is_directory(ec)) inotify_add_watch(m_inotify, it->path().c_str(), kEvents);
    }
}

void FolderChanges::wait() {
    pollfd fds[2] = {{m_inotify, POLLIN, 0}, {m_stop, POLLIN, 0}};
    alignas(inotify_event) char events[4096];
    // Without the eventfd the destructor's flag is looked at once a second (and the folder too,
    // as it was before inotify).
    const auto timeout = m_stop >= 0 ? m_safety : std::min(m_safety, std::chrono::milliseconds(1000));
    for (;;) {
        const int ready = ::poll(fds, 2, static_cast<int>(timeout.count()));
        if (m_stopping) return;
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) return;
        bool folders = ready == 0;  // the safety look also catches a folder the watches missed
        if ((fds[0].revents & POLLIN) != 0) {
            ssize_t length = 0;
            while ((length = ::read(m_inotify, events, sizeof events)) > 0) {
                for (ssize_t at = 0; at < length;) {
                    const auto* event = reinterpret_cast<const inotify_event*>(events + at);
                    if ((event->mask & (IN_ISDIR | IN_IGNORED | IN_Q_OVERFLOW | IN_MOVE_SELF)) != 0) folders = true;
                    at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
                }
            }
        }
        if (folders) watchFolders();
        m_changed();
    }
}

}  // namespace kiosk
