#include "local_ticket_numbers.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace kiosk {
namespace {

// What the file may hold: "2025-11-22 7\n". Anything else was not written by us.
constexpr int kMaxNumber = 99999;

bool isDay(const std::string& day) {
    if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
    for (size_t i = 0; i < day.size(); ++i) {
        if (i != 4 && i != 7 && (day[i] < '0' || day[i] > '9')) return false;
    }
    return true;
}

Error damaged(const std::filesystem::path& file) {
    return Error{"queue.local_damaged",
                 "Tệp số thứ tự của máy bị hỏng; hãy xóa tệp này để máy cấp lại từ số 1 (the kiosk's queue number "
                 "file is damaged; delete it to start again)",
                 file.filename().string()};
}

}  // namespace

Result<int> LocalTicketNumbers::next(const std::string& day) {
    int last = 0;
    if (std::filesystem::exists(m_file)) {
        std::ifstream in(m_file);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::istringstream fields(text);
        std::string savedDay, rest;
        long long saved = -1;
        if (text.size() > 64 || !(fields >> savedDay >> saved) || (fields >> rest) || !isDay(savedDay) || saved < 0 ||
            saved > kMaxNumber) {
            return damaged(m_file);
        }
        if (savedDay == day) last = static_cast<int>(saved);
    }
    if (last >= kMaxNumber) return damaged(m_file);
    const int number = last + 1;
    const std::string text = day + " " + std::to_string(number) + "\n";
    const auto tmp = std::filesystem::path(m_file).concat(".tmp");
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    bool ok = fd >= 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    if (fd >= 0) ok = ::close(fd) == 0 && ok;
    ok = ok && std::rename(tmp.c_str(), m_file.c_str()) == 0;
    if (!ok) {
        return Error{"queue.local_unwritable",
                     "Không ghi được tệp số thứ tự của máy (cannot write the kiosk's queue number file)",
                     m_file.filename().string()};
    }
    return number;
}

std::string localTicketNumber(const std::string& prefix, int number) {
    std::string digits = std::to_string(number);
    if (digits.size() < 3) digits.insert(0, 3 - digits.size(), '0');
    return prefix + "-" + digits;
}

}  // namespace kiosk
