#pragma once
// Tells when anything under a folder may have changed, so the kiosk re-reads its config folder
// or its status cache then instead of on a timer. Linux inotify watches the folder and every
// folder under it (ones made later too), in place when the constructor returns; one job on a
// kiosk::Worker waits for its events. `changed` is called from that thread, so it must be
// quick (set a flag, wake the frame loop). It is also called once every `safety`, in case a
// change escaped the watches (the whole folder replaced meanwhile, the system's watch limit
// reached): a rare, cheap look instead of a look every second.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>

#include "kiosk/base/worker.hpp"

namespace kiosk {

class FolderChanges {
public:
    FolderChanges(std::filesystem::path dir, std::function<void()> changed,
                  std::chrono::milliseconds safety = std::chrono::minutes(1));
    ~FolderChanges();  // stops waiting; `changed` is not called afterwards
    FolderChanges(const FolderChanges&) = delete;
    FolderChanges& operator=(const FolderChanges&) = delete;

    // False when inotify could not be set up: only the `safety` calls come.
    bool watching() const { return m_inotify >= 0; }

private:
    void watchFolders();
    void wait();

    const std::filesystem::path m_dir;
    const std::function<void()> m_changed;
    const std::chrono::milliseconds m_safety;
    const int m_inotify;
    const int m_stop;  // an eventfd the destructor writes to end wait()
    std::atomic<bool> m_stopping{false};
    Worker<int> m_worker;  // last: its thread starts after everything above exists
};

}  // namespace kiosk
