#include "kiosk/capture/scan_worker.hpp"

#include <omp.h>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::capture {
namespace {

Error fromScanner(const scanners::Error& e) { return Error{e.code, e.message, e.where}; }

}  // namespace

void wipeIdentity(scanners::Identity& identity) {
    for (auto* field : {&identity.idNumber, &identity.oldId, &identity.fullName, &identity.dob, &identity.sex,
                        &identity.nationality, &identity.address, &identity.issueDate, &identity.expiryDate}) {
        secureWipe(field->value);
    }
}

void wipeReport(scanners::ScanReport& report) {
    wipeIdentity(report.identity);
    if (report.mrzLines) {
        for (auto& line : *report.mrzLines) secureWipe(line);
    }
    if (report.qrText) secureWipe(*report.qrText);
    if (report.document) scanners::wipeDocument(*report.document);
}

ScanWorker::ScanWorker(std::unique_ptr<Source> source, scanners::PipelineOptions options)
    : m_source(std::move(source)), m_options(std::move(options)), m_thread([this] { run(); }) {}

ScanWorker::ScanWorker(std::unique_ptr<Source> source)
    : m_source(std::move(source)), m_loadModels(false), m_thread([this] { run(); }) {}

ScanWorker::~ScanWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    m_thread.join();
    for (auto& result : m_results) {
        if (result.report) wipeReport(*result.report);
        if (result.page) scanners::wipePage(*result.page);
    }
}

uint64_t ScanWorker::submit(Job job) {
    uint64_t id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextId++;
        m_jobs.emplace_back(id, std::move(job));
    }
    m_wake.notify_one();
    return id;
}

std::optional<JobResult> ScanWorker::poll() {
    std::lock_guard lock(m_mutex);
    if (m_results.empty()) return std::nullopt;
    JobResult result = std::move(m_results.front());
    m_results.pop_front();
    return result;
}

std::optional<JobResult> ScanWorker::wait(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    if (!m_done.wait_for(lock, timeout, [this] { return !m_results.empty(); })) return std::nullopt;
    JobResult result = std::move(m_results.front());
    m_results.pop_front();
    return result;
}

int ScanWorker::modelLoads() const {
    std::lock_guard lock(m_mutex);
    return m_modelLoads;
}

void ScanWorker::run() {
    // Debian's Tesseract parallelises with OpenMP; on the kiosk's two cores its spinning threads
    // made a scan 4-5 times slower (scanners/README.md). The setting is per thread, and all OCR
    // runs on this one, so the kiosk needs no OMP_THREAD_LIMIT in its environment.
    omp_set_num_threads(1);
    // The models load here, once, while the citizen is still reading the first screens.
    auto pipeline = m_loadModels ? scanners::Pipeline::create(m_options)
                                 : scanners::Result<scanners::Pipeline>(scanners::Error{
                                       "ocr.not_loaded", "Máy này không đọc thẻ.", "capture"});
    if (!pipeline) m_modelError = fromScanner(pipeline.error());
    {
        std::lock_guard lock(m_mutex);
        if (pipeline) ++m_modelLoads;
    }
    for (;;) {
        std::pair<uint64_t, Job> next;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_stop) break;
            next = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        JobResult result = execute(next.first, next.second, pipeline ? &pipeline.value() : nullptr);
        {
            std::lock_guard lock(m_mutex);
            m_results.push_back(std::move(result));
        }
        m_done.notify_all();
    }
    for (auto& picture : m_pictures) secureWipe(picture);
}

JobResult ScanWorker::execute(uint64_t id, const Job& job, scanners::Pipeline* pipeline) {
    JobResult result;
    result.id = id;
    if (std::holds_alternative<DropPictures>(job)) {
        for (auto& picture : m_pictures) secureWipe(picture);
        m_pictures.clear();
    } else if (std::holds_alternative<TakeDocumentPage>(job)) {
        takeDocumentPage(result);
    } else if (std::holds_alternative<TakePicture>(job)) {
        if (!m_source) {
            result.error = Error{"capture.no_device", "Máy không có thiết bị chụp thẻ. Bạn có thể nhập thông tin bằng tay.", "capture"};
            return result;
        }
        auto picture = m_source->take();
        if (picture) m_pictures.push_back(std::move(picture.value()));
        else result.error = picture.error();
    } else {
        if (!pipeline) {
            for (auto& picture : m_pictures) secureWipe(picture);
            m_pictures.clear();
            result.error = m_modelError;
            return result;
        }
        const std::vector<scanners::ImageBytes> images(m_pictures.begin(), m_pictures.end());
        auto report = pipeline->scan(images);
        for (auto& picture : m_pictures) secureWipe(picture);
        m_pictures.clear();
        if (report) result.report = std::move(report.value());
        else result.error = fromScanner(report.error());
    }
    return result;
}

void ScanWorker::takeDocumentPage(JobResult& result) {
    if (!m_source) {
        result.error = Error{"capture.no_device", "Máy không có thiết bị chụp giấy tờ. Bạn có thể đưa bản chính cho cán bộ xem ở quầy.", "capture"};
        return;
    }
    auto picture = m_source->take();
    if (!picture) {
        result.error = picture.error();
        return;
    }
    auto page = scanners::processDocumentPage(picture.value());
    secureWipe(picture.value());
    if (page) result.page = std::move(page.value());
    else result.error = fromScanner(page.error());
}

}  // namespace kiosk::capture
