// Fuzz target: the kiosk's enrollment folder reader (`portal_client::readEnrollment`). The input
// becomes the files of a private temporary folder: its first byte holds flags, the rest is split
// at each line "@@" ("\n@@\n") into the files of `enrollmentFileNames()` in their order
// (enrollment.toml, ca.pem, client.pem, client.key, signing.key, signing.pub,
// portal-signing.pub); parts beyond the input are not written. Every file is written 0600
// unless flag bit 0 (client.key) or bit 1 (signing.key) opens that key to others, which the
// reader must refuse. Invariants: never a crash or an exception out of the reader; an
// accepted enrollment names files inside the folder and a kiosk id the reader allows.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string_view>

#include "kiosk/portal_client/enrollment.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kSeparator = "\n@@\n";

// A private folder for the files, emptied before each input and removed when the process ends.
struct EnrollmentFolder {
    fs::path dir;
    EnrollmentFolder() {
        char name[] = "/tmp/fuzz-enrollment-XXXXXX";
        if (::mkdtemp(name) == nullptr) std::abort();
        dir = name;
    }
    ~EnrollmentFolder() {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
};

const fs::path& enrollmentDir() {
    static const EnrollmentFolder folder;
    return folder.dir;
}

void writeFile(const fs::path& path, std::string_view text, bool openToOthers) {
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out) std::abort();
    }
    if (::chmod(path.c_str(), openToOthers ? 0644 : 0600) != 0) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const fs::path& dir = enrollmentDir();
    for (const auto& entry : fs::directory_iterator(dir)) fs::remove(entry.path());

    const std::uint8_t flags = data[0];
    std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    for (const auto& name : kiosk::portal_client::enrollmentFileNames()) {
        const auto end = rest.find(kSeparator);
        const bool open = (name == "client.key" && (flags & 1) != 0) || (name == "signing.key" && (flags & 2) != 0);
        writeFile(dir / name, rest.substr(0, end), open);
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + kSeparator.size());
    }

    auto enrollment = kiosk::portal_client::readEnrollment(dir);
    if (!enrollment) return 0;
    for (const fs::path* file :
         {&enrollment->caCert, &enrollment->clientCert, &enrollment->clientKey, &enrollment->signingKey,
          &enrollment->signingPublicKey, &enrollment->portalSigningPublicKey}) {
        if (file->parent_path() != dir) std::abort();
    }
    if (enrollment->kioskId.empty() || enrollment->kioskId.size() > 64) std::abort();
    return 0;
}
