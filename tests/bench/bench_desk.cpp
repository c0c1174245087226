// Benchmark: the desk's frame with the commune's whole list (issue 14: 10,000 filings with
// filters in ≤ 16 ms per frame). DeskApp runs headlessly at 1920x1080 with the shipped config;
// its portal hands it N synthetic filings (mixed statuses, due dates around today, histories of
// two to five steps) from memory, so the figures are the desk's own cost: taking the list in
// (ordering it and working out every due state, done once in the frame the answer arrives), and
// then, for each filter, frames that scroll the table from top to bottom with the mouse wheel:
// the UI logic and ImGui's draw lists. GL rasterisation of the ~40 rows on screen is not included.
// usage: bench_desk [FILINGS]
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <thread>
#include <vector>

#include "count_argument.hpp"
#include "kiosk/config/config.hpp"
#include "support/desk_driver.hpp"
#include "support/paths.hpp"

using namespace kiosk;
using Stopwatch = std::chrono::steady_clock;

namespace {

const char* const kStatuses[] = {"submitted",         "accepted", "processing",      "supplement_requested",
                                 "payment_requested", "approved", "result_returned", "stopped"};
const char* const kServices[] = {"1.001193", "2.000815", "1.000894", "1.000656", "2.000884"};

// N filings with a fixed seed, so every run lists the same ones.
std::vector<desk::FilingRecord> syntheticFilings(int count) {
    std::mt19937 random(766);
    const auto today = std::chrono::floor<std::chrono::days>(SystemClock().localNow());
    std::vector<desk::FilingRecord> filings;
    filings.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        desk::FilingRecord f;
        f.filingId = "f-" + std::to_string(i);
        f.maHoSo = "000.00.00.H66-261207-" + std::to_string(100000 + i);
        f.serviceCode = kServices[random() % 5];
        f.applicantName = "Nguyễn Thị Thử " + std::to_string(i);
        f.status = kStatuses[random() % 8];
        f.channel = static_cast<desk::Channel>(random() % 3);
        const auto received = today - std::chrono::days(random() % 30) + std::chrono::hours(8 + random() % 9);
        f.receivedAt = received;
        f.dueAt = std::chrono::floor<std::chrono::days>(received) + std::chrono::days(random() % 15) +
                  std::chrono::hours(17);
        f.allComponentsDigitised = random() % 4 != 0;
        const int steps = 2 + static_cast<int>(random() % 4);
        for (int s = 0; s < steps; ++s) {
            const char* to = s == 0 ? "submitted" : (s + 1 == steps ? f.status.c_str() : "processing");
            f.history.push_back({received + std::chrono::hours(s * 20), s == 0 ? "submit" : "accept", to});
        }
        filings.push_back(std::move(f));
    }
    return filings;
}

class MemoryPortal final : public desk::StaffPortal {
public:
    explicit MemoryPortal(std::vector<desk::FilingRecord> filings) : m_filings(std::move(filings)) {}
    Result<std::vector<desk::FilingRecord>> fetchQueue() override { return m_filings; }
    Result<std::string> act(const std::string&, const desk::ActionRequest&) override { return std::string("accepted"); }
    Result<std::string> uploadResult(const std::string&, const std::string&) override { return std::string(); }
    Result<std::vector<desk::HelpCall>> fetchHelpCalls() override { return std::vector<desk::HelpCall>{}; }
    Result<void> answerHelpCall(const std::string&) override { return {}; }

private:
    std::vector<desk::FilingRecord> m_filings;
};

constexpr int kFramesPerFilter = 600;

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())))];
}

// This thread's CPU time: on a shared machine a frame's wall time includes the time another
// process held the core; both are reported.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct FrameTimes {
    std::vector<double> wall, cpu;
};

double timedFrame(test::DeskDriver& desk, FrameTimes* times = nullptr) {
    const auto start = Stopwatch::now();
    const double cpuStart = threadCpuMs();
    desk.frame();
    const double wall = std::chrono::duration<double, std::milli>(Stopwatch::now() - start).count();
    if (times) {
        times->wall.push_back(wall);
        times->cpu.push_back(threadCpuMs() - cpuStart);
    }
    return wall;
}

}  // namespace

int main(int argc, char** argv) {
    const int count = argc > 1 ? bench::countArgument(argv[1], 1000000, "bench_desk [FILINGS 1-1000000]") : 10000;
    auto loaded = config::loadConfig(test::shippedConfig());
    if (!loaded) return 1;
    auto config = std::make_shared<const config::Config>(std::move(*loaded));
    test::DeskDriver desk(config, std::make_unique<MemoryPortal>(syntheticFilings(count)), "STAFF-BENCH");
    // The frame that takes the list in: wait for the worker's answer without drawing, then time it.
    while (desk.app().pendingCalls() > 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const double takeIn = timedFrame(desk);

    FrameTimes frames;
    const char* const filters[] = {"all", "needs_citizen", "results_to_hand_back", "late", "due_today"};
    for (const char* filter : filters) {
        desk.click(std::string("desk.filter.") + filter);
        const auto* first = desk.find("desk.filter.all");
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(first->min.x + 200.0f, 540.0f);  // over the table
        // Five lines of wheel a frame (about 500 px): 600 frames reach the end of 10,000 rows.
        for (int notch = 0; notch < kFramesPerFilter; ++notch) {
            io.MouseWheel = -5.0f;
            timedFrame(desk, &frames);
        }
    }
    std::printf("bench_desk: %d filings, 1920x1080\n", count);
    std::printf("  frame that takes the list in (order + due states): %.2f ms\n", takeIn);
    std::printf("  scrolling with each filter, %zu frames:\n", frames.wall.size());
    std::printf("    wall time: median %.3f ms, p99 %.3f ms, max %.3f ms\n", percentile(frames.wall, 0.5),
                percentile(frames.wall, 0.99), percentile(frames.wall, 1.0));
    std::printf("    CPU time:  median %.3f ms, p99 %.3f ms, max %.3f ms\n", percentile(frames.cpu, 0.5),
                percentile(frames.cpu, 0.99), percentile(frames.cpu, 1.0));
    return 0;
}
