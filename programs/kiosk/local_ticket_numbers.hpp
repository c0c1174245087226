#pragma once
// The kiosk's own queue numbers, for when the portal cannot be reached: one sequence a day for
// all groups, kept in a small file of the data folder so that a restart never gives a number
// twice. Used on the ticket worker's thread only.
#include <filesystem>
#include <string>

#include "kiosk/base/result.hpp"

namespace kiosk {

class LocalTicketNumbers {
public:
    explicit LocalTicketNumbers(std::filesystem::path file) : m_file(std::move(file)) {}

    // The next number of `day` ("2025-11-22"), 1 on a day not seen before; on disk (written to
    // a temporary file, flushed, renamed over the old one) before it is returned. Errors:
    // queue.local_damaged (the file is not ours to trust: staff delete it to start again),
    // queue.local_unwritable.
    Result<int> next(const std::string& day);

private:
    std::filesystem::path m_file;
};

// "K01-007": the prefix and the number with at least three digits.
std::string localTicketNumber(const std::string& prefix, int number);

}  // namespace kiosk
