// The config folder is re-read when something in it changes, not on a timer: a changed file, a
// file in a folder made after the watch began, and the rare safety look each call back; after
// the watcher is gone nothing calls back. The waits below are bounds for a loaded machine, not
// timings: each returns as soon as the call comes.
#include <doctest/doctest.h>

#include <atomic>
#include <condition_variable>
#include <fstream>
#include <mutex>

#include "kiosk/base/folder_changes.hpp"
#include "support/temp_dir.hpp"

using namespace std::chrono_literals;

namespace {

// Counts the calls and lets the test wait for the next one.
class Calls {
public:
    void operator()() {
        std::lock_guard lock(m_mutex);
        ++m_count;
        m_called.notify_all();
    }
    int count() {
        std::lock_guard lock(m_mutex);
        return m_count;
    }
    bool waitBeyond(int seen, std::chrono::seconds bound = 20s) {
        std::unique_lock lock(m_mutex);
        return m_called.wait_for(lock, bound, [&] { return m_count > seen; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_called;
    int m_count = 0;
};

void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path) << text; }

}  // namespace

TEST_CASE("a changed file and a file in a folder made later each call back") {
    kiosk::test::TempDir dir("kiosk-folder-changes");
    std::filesystem::create_directories(dir.path() / "services");
    write(dir.path() / "services" / "a.toml", "id = \"a\"\n");
    Calls calls;
    kiosk::FolderChanges changes(
        dir.path(), [&] { calls(); }, std::chrono::hours(1));
    REQUIRE(changes.watching());

    // The watches are set on the worker's thread: keep touching until the first call comes.
    int seen = 0;
    for (int i = 0; i < 200 && calls.count() == 0; ++i) {
        write(dir.path() / "services" / "a.toml", "id = \"a\"\n# " + std::to_string(i) + "\n");
        calls.waitBeyond(0, 1s);
    }
    REQUIRE(calls.count() > 0);

    seen = calls.count();
    std::filesystem::create_directories(dir.path() / "locales");
    REQUIRE(calls.waitBeyond(seen));
    // The new folder's watch is added on the thread after that call: a file written there
    // afterwards must be seen, however long the machine takes.
    for (int i = 0; i < 200; ++i) {
        seen = calls.count();
        write(dir.path() / "locales" / "vi.toml", "x = " + std::to_string(i) + "\n");
        if (calls.waitBeyond(seen, 1s)) break;
    }
    CHECK(calls.count() > seen);
}

TEST_CASE("with nothing changing, only the safety look calls back; none after the watcher goes") {
    kiosk::test::TempDir dir("kiosk-folder-quiet");
    Calls calls;
    {
        kiosk::FolderChanges changes(
            dir.path(), [&] { calls(); }, 50ms);
        CHECK(calls.waitBeyond(0));
    }
    const int atEnd = calls.count();
    CHECK_FALSE(calls.waitBeyond(atEnd, 1s));
}
