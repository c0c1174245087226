#include "kiosk/desk/staff_desk.hpp"

#include <filesystem>
#include <fstream>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::desk {
namespace {

void wipeRequest(ActionRequest& request) {
    secureWipe(request.note);
    secureWipe(request.reason);
}

}  // namespace

StaffDesk::StaffDesk(std::unique_ptr<StaffPortal> portal, WorkingCalendar calendar)
    : m_portal(std::move(portal)),
      m_calendar(std::move(calendar)),
      m_answers([](DeskUpdate& update) { update.list.reset(); }),
      m_worker({[this](Job& job) { run(job); }, [](Job& job) { wipeRequest(job.request); }}) {}

StaffDesk::~StaffDesk() { m_worker.stop(); }

void StaffDesk::setWake(std::function<void()> wake) { m_answers.setWake(std::move(wake)); }

void StaffDesk::refresh(std::chrono::sys_days today) {
    ++m_pending;
    m_worker.submit(Job{{}, {}, today, nullptr});
}

void StaffDesk::act(std::string filingId, ActionRequest request, std::chrono::sys_days today) {
    ++m_pending;
    m_worker.submit(Job{std::move(filingId), std::move(request), today, nullptr});
}

void StaffDesk::retire(std::unique_ptr<FilingList> list) { m_worker.submit(Job{{}, {}, {}, std::move(list)}); }

void StaffDesk::refreshHelpCalls() {
    ++m_helpPending;
    m_worker.submit(Job{{}, {}, {}, nullptr, true});
}

void StaffDesk::answerHelpCall(std::string helpCallId) {
    ++m_helpPending;
    m_worker.submit(Job{{}, {}, {}, nullptr, true, std::move(helpCallId)});
}

std::optional<DeskUpdate> StaffDesk::take() { return m_answers.take(); }

namespace {

constexpr std::uintmax_t kMaxResultBytes = 20u << 20;  // the portal's limit for one document

// The result PDF staff chose: read whole, or why not (missing, too large, not a PDF).
Result<std::string> readResultPdf(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Error{"desk.result_pdf", "Không đọc được tệp kết quả (cannot read the result file): " + path.string(),
                     ""};
    if (size > kMaxResultBytes) {
        return Error{"desk.result_pdf", "Tệp kết quả lớn quá 20 MB (the result file is over 20 MB)", ""};
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (!in || bytes.rfind("%PDF-", 0) != 0) {
        return Error{"desk.result_pdf", "Tệp kết quả phải là PDF (the result file must be a PDF): " + path.string(),
                     ""};
    }
    return bytes;
}

}  // namespace

void StaffDesk::runHelpCalls(const Job& job) {
    if (!job.helpCallToAnswer.empty()) {
        if (auto answered = m_portal->answerHelpCall(job.helpCallToAnswer); !answered) {
            DeskUpdate update;
            update.kind = DeskUpdate::Kind::Failed;
            update.action = "help_call.answer";
            update.helpCallId = job.helpCallToAnswer;
            update.error = answered.error();
            m_answers.post(std::move(update));
        }
    }
    auto calls = m_portal->fetchHelpCalls();
    DeskUpdate update;
    if (calls) {
        update.kind = DeskUpdate::Kind::HelpCalls;
        update.helpCalls = std::move(*calls);
    } else {
        update.kind = DeskUpdate::Kind::Failed;
        update.action = "help_calls";
        update.error = calls.error();
    }
    --m_helpPending;  // before the post, so the frame that takes the answer sees the job done
    m_answers.post(std::move(update));
}

void StaffDesk::run(Job& job) {
    if (job.helpCalls) {
        runHelpCalls(job);
        return;
    }
    if (job.retired) {
        job.retired.reset();  // FilingList wipes its records as it goes
        return;
    }
    if (!job.filingId.empty()) {
        // A result to attach is uploaded first; the action then names it.
        Result<std::string> done = std::string();
        if (!job.request.resultPdf.empty()) {
            auto pdf = readResultPdf(job.request.resultPdf);
            if (pdf) {
                auto uploaded = m_portal->uploadResult(job.filingId, *pdf);
                if (uploaded) job.request.resultSha256 = *uploaded;
                else done = uploaded.error();
            } else {
                done = pdf.error();
            }
        }
        if (done) done = m_portal->act(job.filingId, job.request);
        DeskUpdate update;
        update.filingId = job.filingId;
        update.action = job.request.action;
        wipeRequest(job.request);
        if (!done) {
            update.kind = DeskUpdate::Kind::Failed;
            update.error = done.error();
            --m_pending;  // before the post, so the frame that takes the answer sees the job done
            m_answers.post(std::move(update));
            return;  // nothing changed: the list stays as it is
        }
        update.kind = DeskUpdate::Kind::ActionDone;
        update.status = *done;
        m_answers.post(std::move(update));
    }
    auto queue = m_portal->fetchQueue();
    DeskUpdate update;
    if (queue) {
        update.list = std::make_unique<FilingList>();
        update.list->replace(std::move(*queue), job.today, m_calendar);
    } else {
        update.kind = DeskUpdate::Kind::Failed;
        update.error = queue.error();
    }
    --m_pending;
    m_answers.post(std::move(update));
}

}  // namespace kiosk::desk
