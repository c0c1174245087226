// "receipt REF --out FILE.pdf | --print QUEUE": staff print a receipt the kiosk kept because no
// printer printed it (docs/receipt.md); "supplement-receipt REF ..." the latest kept receipt of a
// supplement to that filing. The PDF is personal data: the file is created 0600 and
// never over an existing one, and the bytes are wiped once written or handed to CUPS.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <ostream>
#include <system_error>

#include "kiosk/admin/commands.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "kiosk/receipt/printer.hpp"

namespace kiosk::admin {
namespace {

Error fileError(const std::string& path, int code) {
    if (code == EEXIST) {
        return Error{"admin.file_exists",
                     "Tệp " + path + " đã có; không ghi đè. Hãy chọn tên tệp khác. (The file exists; not overwritten.)",
                     path};
    }
    return Error{"admin.write_failed",
                 "Không ghi được tệp " + path + ": " + std::generic_category().message(code) +
                     " (could not write the file)",
                 path};
}

// Creates `path` (0600, never over an existing file) holding `bytes`, flushed to disk; removes
// a half-written file.
Result<void> writeNewPrivateFile(const std::string& path, const std::string& bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return fileError(path, errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int code = errno;
            ::close(fd);
            ::unlink(path.c_str());
            return fileError(path, code);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int code = errno;
        ::unlink(path.c_str());
        return fileError(path, code);
    }
    return {};
}

}  // namespace

int receiptCommand(const Invocation& inv, std::ostream& out, std::ostream& err) {
    const std::string& reference = inv.words[1];
    const auto outPath = inv.options.find("out");
    const auto queue = inv.options.find("print");
    if (outPath == inv.options.end() && queue == inv.options.end()) {
        err << "kiosk-admin: cần --out TỆP.pdf hoặc --print HÀNG_IN (needs --out FILE.pdf or --print QUEUE)\n"
            << usage();
        return 2;
    }
    // Inspection never creates an outbox or a master key, and needs no kiosk id.
    auto options = outbox::OutboxOptions::inDirectory(inv.dataDir, "");
    options.create = false;
    auto box = outbox::Outbox::open(options);
    if (!box) return fail(err, box.error());
    const bool supplement = inv.words[0] == "supplement-receipt";
    auto pdf = supplement ? (*box)->keptSupplementReceipt(reference) : (*box)->keptReceipt(reference);
    if (!pdf) return fail(err, pdf.error());

    int status = 0;
    if (outPath != inv.options.end()) {
        if (auto written = writeNewPrivateFile(outPath->second, *pdf); written) {
            out << "Đã ghi giấy tiếp nhận vào " << outPath->second << " (receipt written)\n";
        } else {
            status = fail(err, written.error());
        }
    }
    if (queue != inv.options.end() && status == 0) {
        // The job title shows in lpstat and CUPS's logs: no name, no code.
        if (auto job = receipt::printPdf(queue->second, supplement ? "Giay tiep nhan bo sung" : "Giay hen", *pdf);
            job) {
            out << "Đã gửi giấy tiếp nhận tới máy in " << queue->second << ", lệnh in số " << *job
                << " (sent to the printer, job " << *job << ")\n";
        } else {
            status = fail(err, job.error());
        }
    }
    secureWipe(*pdf);
    return status;
}

}  // namespace kiosk::admin
