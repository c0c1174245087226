// "enroll ENROLL_DIR": installs the folder kiosk-portal wrote for this kiosk (DIR/enroll/<id>/)
// into <config>/enrollment/. The files are copied verbatim into a staging folder beside it,
// checked there as kiosk-sync will read them, and only then swapped in, so a bad or partial
// folder never replaces a working enrollment. Run as root on an installed kiosk, it gives the
// folder to the user who owns the data folder (`kiosk`), the user kiosk-sync runs as.
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>
#include <vector>

#include "kiosk/admin/commands.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/portal_client/enrollment.hpp"

namespace kiosk::admin {
namespace fs = std::filesystem;
namespace {

Error enrollError(const std::string& code, const std::string& message, const std::string& where = "") {
    return Error{"admin." + code, message, where};
}

// Private keys stay readable by the kiosk's user only; certificates and public keys may be read.
mode_t modeFor(const std::string& name) { return name.ends_with(".key") ? 0600 : 0644; }

Result<void> syncPath(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return enrollError("enroll_io", "Không mở được " + path.string() + " (cannot open)", path.string());
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) return enrollError("enroll_io", "Không ghi được xuống đĩa " + path.string() + " (fsync failed)", path.string());
    return {};
}

Result<void> copyFile(const fs::path& from, const fs::path& to, mode_t mode) {
    std::ifstream in(from, std::ios::binary);
    if (!in) {
        return enrollError("enroll_missing_file",
                           "Thiếu tệp " + from.filename().string() + " trong thư mục đăng ký " + from.parent_path().string() +
                               " (missing file)",
                           from.filename().string());
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string bytes = std::move(buffer).str();
    const int fd = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    bool ok = fd >= 0;
    if (ok) ok = ::fchmod(fd, mode) == 0 && ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()) &&
                 ::fsync(fd) == 0;
    if (fd >= 0) ::close(fd);
    secureWipe(bytes);  // client.key and signing.key pass through here
    if (!ok) return enrollError("enroll_io", "Không ghi được " + to.string() + " (cannot write)", to.filename().string());
    return {};
}

struct Owner {
    uid_t uid;
    gid_t gid;
};

// Whom the enrollment must belong to: the data folder's owner when root enrols for another user.
std::optional<Owner> enrollmentOwner(const fs::path& dataDir) {
    struct stat st {};
    if (::geteuid() != 0 || ::stat(dataDir.c_str(), &st) != 0 || st.st_uid == 0) return std::nullopt;
    return Owner{st.st_uid, st.st_gid};
}

Result<void> giveTo(const fs::path& staging, const Owner& owner) {
    std::vector<fs::path> paths{staging};
    for (const auto& name : portal_client::enrollmentFileNames()) paths.push_back(staging / name);
    for (const auto& path : paths) {
        if (::chown(path.c_str(), owner.uid, owner.gid) != 0) {
            return enrollError("enroll_io", "Không đổi được chủ của " + path.string() + " (cannot change the owner)",
                               path.filename().string());
        }
    }
    return {};
}

Result<void> stage(const fs::path& source, const fs::path& staging, const std::optional<Owner>& owner) {
    std::error_code ec;
    fs::remove_all(staging, ec);
    if (!fs::create_directory(staging, ec) || ec) {
        return enrollError("enroll_io", "Không tạo được thư mục " + staging.string() + " (cannot create the folder)");
    }
    fs::permissions(staging, fs::perms::owner_all, fs::perm_options::replace, ec);
    for (const auto& name : portal_client::enrollmentFileNames()) {
        if (auto copied = copyFile(source / name, staging / name, modeFor(name)); !copied) return copied;
    }
    if (owner) {
        if (auto given = giveTo(staging, *owner); !given) return given;
    }
    return syncPath(staging, O_RDONLY | O_DIRECTORY);
}

// Puts `staging` where `target` is, atomically when a previous enrollment exists.
Result<void> swapIn(const fs::path& staging, const fs::path& target) {
    std::error_code ec;
    const bool replacing = fs::exists(target, ec);
    const unsigned flags = replacing ? RENAME_EXCHANGE : RENAME_NOREPLACE;
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), flags) != 0) {
        return enrollError("enroll_io", "Không thay được thư mục " + target.string() + " (cannot install the folder)");
    }
    if (replacing) fs::remove_all(staging, ec);  // now holds the previous enrollment
    return syncPath(target.parent_path(), O_RDONLY | O_DIRECTORY);
}

}  // namespace

int enroll(const Invocation& inv, std::ostream& out, std::ostream& err) {
    const fs::path source = inv.words.at(1);
    auto config = loadConfigFor(inv, err);
    if (!config) return 1;
    const std::string& kioskId = config->kiosk.kioskId;

    const fs::path target = portal_client::enrollmentDirectory(inv.configDir);
    // Hidden, so the config loader and watcher never see a half-copied folder.
    const fs::path staging = target.parent_path() / ".enrollment.new";
    if (auto staged = stage(source, staging, enrollmentOwner(inv.dataDir)); !staged) {
        std::error_code ec;
        fs::remove_all(staging, ec);
        return fail(err, staged.error());
    }
    auto checked = portal_client::readEnrollment(staging);
    Error refusal;
    if (!checked) {
        refusal = checked.error();
    } else if (checked->kioskId != kioskId) {
        refusal = enrollError("enroll_wrong_kiosk",
                              "Thư mục đăng ký dành cho kiosk '" + checked->kioskId + "', nhưng kiosk.toml ghi kiosk_id = '" +
                                  kioskId + "'. Hãy lấy đúng thư mục enroll/" + kioskId +
                                  " (the enrollment is for another kiosk)",
                              "kiosk_id");
    }
    if (!refusal.code.empty()) {
        std::error_code ec;
        fs::remove_all(staging, ec);
        return fail(err, refusal);
    }
    const std::string url = checked->portalUrl;
    if (auto swapped = swapIn(staging, target); !swapped) return fail(err, swapped.error());
    out << "Đã cài đăng ký cho kiosk " << kioskId << " vào " << target.string() << "; cổng: " << url
        << " (enrolled with the portal)\n";
    return 0;
}

}  // namespace kiosk::admin
