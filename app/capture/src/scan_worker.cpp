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

namespace {

void wipeResult(JobResult& result) {
    if (result.report) wipeReport(*result.report);
    if (result.page) scanners::wipePage(*result.page);
}

}  // namespace

ScanWorker::ScanWorker(std::unique_ptr<Source> source, scanners::PipelineOptions options)
    : ScanWorker(std::move(source), std::move(options), true) {}

ScanWorker::ScanWorker(std::unique_ptr<Source> source, scanners::PipelineOptions options, bool withModels)
    : m_source(std::move(source)),
      m_options(std::move(options)),
      m_loadModels(withModels),
      m_results(wipeResult),
      m_worker({.run = [this](Queued& queued) { execute(queued); },
                .start = [this] { loadModels(); },
                .finish =
                    [this] {
                        dropPictures();
                        m_pipeline.reset();
                    }}) {}

ScanWorker::ScanWorker(std::unique_ptr<Source> source)
    : ScanWorker(std::move(source), scanners::PipelineOptions{}, false) {}

ScanWorker::~ScanWorker() = default;  // the worker stops first (last member), then the mailbox wipes

uint64_t ScanWorker::submit(Job job) {
    const uint64_t id = m_nextId++;
    m_worker.submit(Queued{id, std::move(job)});
    return id;
}

std::optional<JobResult> ScanWorker::poll() { return m_results.take(); }

std::optional<JobResult> ScanWorker::wait(std::chrono::milliseconds timeout) { return m_results.waitTake(timeout); }

void ScanWorker::setWake(std::function<void()> wake) { m_results.setWake(std::move(wake)); }

int ScanWorker::modelLoads() const { return m_modelLoads.load(); }

void ScanWorker::loadModels() {
    // Debian's Tesseract parallelises with OpenMP; on the kiosk's two cores its spinning threads
    // made a scan 4-5 times slower (scanners/README.md). The setting is per thread, and all OCR
    // runs on this one, so the kiosk needs no OMP_THREAD_LIMIT in its environment.
    omp_set_num_threads(1);
    // The models load here, once, while the citizen is still reading the first screens.
    if (!m_loadModels) {
        m_modelError = Error{"ocr.not_loaded", "Máy này không đọc thẻ.", "capture"};
        return;
    }
    auto pipeline = scanners::Pipeline::create(m_options);
    if (!pipeline) {
        m_modelError = fromScanner(pipeline.error());
        return;
    }
    m_pipeline.emplace(std::move(pipeline).value());
    ++m_modelLoads;
}

void ScanWorker::dropPictures() {
    for (auto& picture : m_pictures) secureWipe(picture);
    m_pictures.clear();
}

void ScanWorker::execute(Queued& queued) {
    JobResult result;
    result.id = queued.id;
    const Job& job = queued.job;
    if (std::holds_alternative<DropPictures>(job)) {
        dropPictures();
    } else if (std::holds_alternative<TakeDocumentPage>(job)) {
        takeDocumentPage(result);
    } else if (std::holds_alternative<TakePicture>(job)) {
        if (!m_source) {
            result.error = Error{"capture.no_device", "Máy không có thiết bị chụp thẻ. Bạn có thể nhập thông tin bằng tay.", "capture"};
        } else if (auto picture = m_source->take()) {
            m_pictures.push_back(std::move(picture.value()));
        } else {
            result.error = picture.error();
        }
    } else if (!m_pipeline) {
        dropPictures();
        result.error = m_modelError;
    } else {
        const std::vector<scanners::ImageBytes> images(m_pictures.begin(), m_pictures.end());
        auto report = m_pipeline->scan(images);
        dropPictures();
        if (report) result.report = std::move(report.value());
        else result.error = fromScanner(report.error());
    }
    m_results.post(std::move(result));
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
