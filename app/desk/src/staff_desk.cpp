#include "kiosk/desk/staff_desk.hpp"

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

std::optional<DeskUpdate> StaffDesk::take() { return m_answers.take(); }

void StaffDesk::run(Job& job) {
    if (job.retired) {
        job.retired.reset();  // FilingList wipes its records as it goes
        return;
    }
    if (!job.filingId.empty()) {
        auto done = m_portal->act(job.filingId, job.request);
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
