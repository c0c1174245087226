#include "kiosk/outbox/master_key.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <system_error>

#include "kiosk/base/hex.hpp"
#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::outbox {
namespace {

class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (m_fd >= 0) ::close(m_fd);
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

Error keyError(const char* code, std::string message, const std::filesystem::path& path) {
    return Error{code, std::move(message), path.string()};
}

std::string octalMode(mode_t mode) {
    std::array<char, 8> buf{};
    std::snprintf(buf.data(), buf.size(), "%04o", static_cast<unsigned>(mode & 07777));
    return buf.data();
}

bool writeAll(int fd, const unsigned char* data, size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

Result<SecretKey> readKey(const std::filesystem::path& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0) {
        return keyError("outbox.master_key_unreadable",
                        "Không đọc được tệp khóa chính " + path.string() + ": " +
                            std::generic_category().message(errno) + ". (Cannot read the master key file.)",
                        path);
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return keyError("outbox.master_key_invalid",
                        "Tệp khóa chính " + path.string() + " không phải tệp thường. (The master key is not a regular file.)",
                        path);
    }
    // Checked on the open descriptor, so the file cannot be swapped between check and read.
    if ((st.st_mode & 077) != 0) {
        return keyError("outbox.master_key_permissions",
                        "Tệp khóa chính " + path.string() + " có quyền " + octalMode(st.st_mode) +
                            ", người khác có thể đọc được; máy từ chối chạy để bảo vệ hồ sơ. Sửa bằng lệnh: chmod 600 " +
                            path.string() + " (The master key file is readable by others; run chmod 600.)",
                        path);
    }
    if (st.st_size != static_cast<off_t>(kKeyBytes)) {
        return keyError("outbox.master_key_invalid",
                        "Tệp khóa chính " + path.string() + " phải dài đúng 32 byte. (The master key file must be 32 bytes.)",
                        path);
    }
    std::array<unsigned char, kKeyBytes> bytes{};
    size_t got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd.get(), bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += static_cast<size_t>(n);
    }
    SecretKey key = SecretKey::fromBytes(bytes);
    secureWipe(bytes.data(), bytes.size());
    if (got != kKeyBytes) {
        return keyError("outbox.master_key_invalid",
                        "Tệp khóa chính " + path.string() + " bị cắt ngắn. (The master key file is truncated.)", path);
    }
    return key;
}

Error createError(const std::filesystem::path& path) {
    return keyError("outbox.master_key_create",
                    "Không tạo được tệp khóa chính " + path.string() + ": " + std::generic_category().message(errno) +
                        ". Vui lòng báo cán bộ. (Cannot create the master key file.)",
                    path);
}

bool syncDirectory(const std::filesystem::path& dir) {
    Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return fd.get() >= 0 && ::fsync(fd.get()) == 0;
}

// Writes a new key to a private temporary file and links it into place: link() fails if another
// process got there first, so a reader never sees a half-written key and the first key wins.
Result<void> createKey(const std::filesystem::path& path) {
    auto key = SecretKey::random();
    if (!key) return key.error();
    std::array<unsigned char, 6> suffix{};
    if (auto ok = randomBytes(suffix); !ok) return ok.error();
    const std::filesystem::path tmp = path.string() + ".new-" + toHex(suffix);
    {
        Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (fd.get() < 0) return createError(path);
        const bool written = ::fchmod(fd.get(), 0600) == 0 &&
                             writeAll(fd.get(), key->bytes().data(), key->bytes().size()) && ::fsync(fd.get()) == 0;
        if (!written) {
            const Error error = createError(path);
            ::unlink(tmp.c_str());
            return error;
        }
    }
    const int linked = ::link(tmp.c_str(), path.c_str());
    const int linkErrno = errno;
    ::unlink(tmp.c_str());
    if (linked != 0 && linkErrno != EEXIST) {
        errno = linkErrno;
        return createError(path);
    }
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    if (!syncDirectory(dir)) return createError(path);
    return {};
}

}  // namespace

Result<SecretKey> loadOrCreateMasterKey(const std::filesystem::path& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        if (errno != ENOENT) return readKey(path);
        if (auto created = createKey(path); !created) return created.error();
    }
    return readKey(path);
}

}  // namespace kiosk::outbox
