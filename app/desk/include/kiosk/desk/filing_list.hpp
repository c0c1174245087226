#pragma once
// The commune's filings as the desk lists them: every record with its due state worked out once
// when the list arrives (or the day changes), and the rows each filter shows kept ready, so a
// frame only draws the rows on screen, whatever the list's length.
#include <array>
#include <chrono>
#include <cstdint>
#include <vector>

#include "kiosk/base/working_calendar.hpp"
#include "kiosk/desk/due_state.hpp"
#include "kiosk/desk/filing_record.hpp"

namespace kiosk::desk {

enum class Filter {
    All,
    NeedsCitizen,       // a supplement or a fee asked for
    ResultsToHandBack,  // approved, the result not yet handed over
    Late,
    DueToday,
};
inline constexpr std::array<Filter, 5> kFilters{Filter::All, Filter::NeedsCitizen, Filter::ResultsToHandBack,
                                                Filter::Late, Filter::DueToday};

bool passes(Filter filter, const FilingRecord& record, const DueState& due);

class FilingList {
public:
    FilingList() = default;
    ~FilingList();
    FilingList(const FilingList&) = delete;
    FilingList& operator=(const FilingList&) = delete;

    // Takes a fresh list (the old one is wiped) and orders it most urgent first: by due date,
    // those without one last.
    void replace(std::vector<FilingRecord> records, std::chrono::sys_days today, const WorkingCalendar& calendar);
    // Works the due states out again when the day has changed.
    void setToday(std::chrono::sys_days today, const WorkingCalendar& calendar);
    // Wipes every record (the desk closes, or staff sign out).
    void clear();

    size_t size() const { return m_records.size(); }
    const std::vector<FilingRecord>& records() const { return m_records; }
    const FilingRecord& record(size_t index) const { return m_records[index]; }
    const DueState& due(size_t index) const { return m_due[index]; }
    // Indices into the list of the rows `filter` shows, in list order.
    const std::vector<uint32_t>& rows(Filter filter) const { return m_rows[static_cast<size_t>(filter)]; }
    // The position of a filing in the list, or -1.
    long find(std::string_view filingId) const;
    std::chrono::sys_days today() const { return m_today; }

private:
    void classify(const WorkingCalendar& calendar);

    std::vector<FilingRecord> m_records;
    std::vector<DueState> m_due;
    std::array<std::vector<uint32_t>, kFilters.size()> m_rows;
    std::chrono::sys_days m_today{};
};

}  // namespace kiosk::desk
