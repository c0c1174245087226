#include "kiosk/desk/filing_list.hpp"

#include <algorithm>

namespace kiosk::desk {

bool passes(Filter filter, const FilingRecord& record, const DueState& due) {
    switch (filter) {
        case Filter::All: return true;
        case Filter::NeedsCitizen: return needsCitizen(record.status);
        case Filter::ResultsToHandBack: return record.status == "approved";
        case Filter::Late: return due.kind == DueState::Kind::Late;
        case Filter::DueToday: return due.kind == DueState::Kind::DueToday;
    }
    return false;
}

FilingList::~FilingList() { clear(); }

void FilingList::replace(std::vector<FilingRecord> records, std::chrono::sys_days today,
                         const WorkingCalendar& calendar) {
    clear();
    m_records = std::move(records);
    std::stable_sort(m_records.begin(), m_records.end(), [](const FilingRecord& a, const FilingRecord& b) {
        if (a.dueAt && b.dueAt) return *a.dueAt < *b.dueAt;
        return a.dueAt.has_value() && !b.dueAt.has_value();
    });
    m_today = today;
    classify(calendar);
}

void FilingList::setToday(std::chrono::sys_days today, const WorkingCalendar& calendar) {
    if (today == m_today) return;
    m_today = today;
    classify(calendar);
}

void FilingList::clear() {
    wipeRecords(m_records);
    m_due.clear();
    for (auto& rows : m_rows) rows.clear();
}

long FilingList::find(std::string_view filingId) const {
    for (size_t i = 0; i < m_records.size(); ++i) {
        if (m_records[i].filingId == filingId) return static_cast<long>(i);
    }
    return -1;
}

void FilingList::classify(const WorkingCalendar& calendar) {
    m_due.clear();
    m_due.reserve(m_records.size());
    for (auto& rows : m_rows) rows.clear();
    for (size_t i = 0; i < m_records.size(); ++i) {
        m_due.push_back(dueState(m_records[i], m_today, calendar));
        for (const Filter filter : kFilters) {
            if (passes(filter, m_records[i], m_due.back())) {
                m_rows[static_cast<size_t>(filter)].push_back(static_cast<uint32_t>(i));
            }
        }
    }
}

}  // namespace kiosk::desk
