#pragma once
// Scanning off the UI thread: a kiosk::Worker owns the capture source and the scanners Pipeline
// (Tesseract models loaded once, when the worker starts), takes jobs in order and leaves results
// in a mailbox. The UI submits, keeps drawing, and takes results when the mailbox wakes it.
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

#include "kiosk/base/mailbox.hpp"
#include "kiosk/base/worker.hpp"
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

    // Queues a job; returns its id (results come back in submission order). From one thread.
    uint64_t submit(Job job);
    // A finished job's result, if any, without waiting.
    std::optional<JobResult> poll();
    // Waits up to `timeout` for a result (tests, and a runner shutting down).
    std::optional<JobResult> wait(std::chrono::milliseconds timeout);
    // Called on the worker's thread after each result is left (the UI's wake-up); see Mailbox.
    void setWake(std::function<void()> wake);
    // How many times the OCR models were loaded (once per worker).
    int modelLoads() const;

private:
    struct Queued {
        uint64_t id = 0;
        Job job;
    };
    ScanWorker(std::unique_ptr<Source> source, scanners::PipelineOptions options, bool withModels);
    void loadModels();
    void execute(Queued& queued);
    void takeDocumentPage(JobResult& result);
    void dropPictures();

    std::unique_ptr<Source> m_source;
    scanners::PipelineOptions m_options;
    const bool m_loadModels;
    std::optional<scanners::Pipeline> m_pipeline;  // worker thread only
    std::optional<Error> m_modelError;             // worker thread only
    std::vector<Picture> m_pictures;               // worker thread only
    uint64_t m_nextId = 1;
    std::atomic<int> m_modelLoads{0};
    Mailbox<JobResult> m_results;
    Worker<Queued> m_worker;  // last: its thread starts after everything above exists
};

}  // namespace kiosk::capture
