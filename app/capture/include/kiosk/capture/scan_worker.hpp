#pragma once
// Scanning off the UI thread: one worker thread owns the capture source and the scanners
// Pipeline (Tesseract models loaded once, when the worker starts), takes jobs from a queue and
// leaves results in another. The UI submits, keeps drawing, and polls.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>

#include "kiosk/capture/source.hpp"
#include "scanners/document_page.hpp"
#include "scanners/pipeline.hpp"

namespace kiosk::capture {

struct TakePicture {};    // one picture from the source, kept for the next ReadCard
struct ReadCard {};       // reads the pictures kept since the last ReadCard, then wipes them
struct DropPictures {};   // wipes the kept pictures (the citizen started again or left)
struct TakeDocumentPage {};  // one paper page from the source, cropped, straightened, compressed
using Job = std::variant<TakePicture, ReadCard, DropPictures, TakeDocumentPage>;

struct JobResult {
    uint64_t id = 0;
    std::optional<Error> error;               // Vietnamese message, no personal data
    std::optional<scanners::ScanReport> report;  // ReadCard that succeeded
    std::optional<scanners::DocumentPage> page;  // TakeDocumentPage that succeeded (wipePage)
};

// Zeroes every personal value of an identity / a report (kiosk::secureWipe).
void wipeIdentity(scanners::Identity& identity);
void wipeReport(scanners::ScanReport& report);

class ScanWorker {
public:
    // `source` may be null (no device): TakePicture then fails with "capture.no_device".
    ScanWorker(std::unique_ptr<Source> source, scanners::PipelineOptions options);
    // A worker for document pages alone: no OCR models are loaded (ReadCard then fails).
    explicit ScanWorker(std::unique_ptr<Source> source);
    ~ScanWorker();  // finishes the running job, drops the rest, wipes pictures
    ScanWorker(const ScanWorker&) = delete;
    ScanWorker& operator=(const ScanWorker&) = delete;

    // Queues a job; returns its id (results come back in submission order).
    uint64_t submit(Job job);
    // A finished job's result, if any, without waiting.
    std::optional<JobResult> poll();
    // Waits up to `timeout` for a result (tests, and a runner shutting down).
    std::optional<JobResult> wait(std::chrono::milliseconds timeout);
    // How many times the OCR models were loaded (once per worker).
    int modelLoads() const;

private:
    void run();
    JobResult execute(uint64_t id, const Job& job, scanners::Pipeline* pipeline);
    void takeDocumentPage(JobResult& result);

    std::unique_ptr<Source> m_source;
    scanners::PipelineOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<std::pair<uint64_t, Job>> m_jobs;
    std::deque<JobResult> m_results;
    std::vector<Picture> m_pictures;     // worker thread only
    std::optional<Error> m_modelError;   // worker thread only
    bool m_loadModels = true;
    uint64_t m_nextId = 1;
    int m_modelLoads = 0;
    bool m_stop = false;
    std::thread m_thread;  // last: starts after everything above exists
};

}  // namespace kiosk::capture
