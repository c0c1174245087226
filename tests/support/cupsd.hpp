#pragma once
// A cupsd of the test's own (Debian's cups): a child on a free loopback port with a temporary
// ServerRoot and the kiosk's cupsd settings (packaging/cups/kiosk-cupsd.conf), one queue
// "kiosktest" writing to a file (FileDevice Yes) through cups-filters' Generic PDF Printer. The
// kiosk's code reaches it as any cupsd, through CUPS_SERVER. A cupsd that cannot run here (a
// sandbox without the rights it needs) is for the caller to report as skipped, never passed.
#include <sys/types.h>

#include <filesystem>
#include <string>

#include "support/temp_dir.hpp"

namespace kiosk::test {

class Cupsd {
public:
    Cupsd();
    ~Cupsd();
    Cupsd(const Cupsd&) = delete;
    Cupsd& operator=(const Cupsd&) = delete;

    // Starts cupsd in the foreground as our child; an empty string when it is accepting
    // connections, else why not. packaging/dev.sh installs cups and cups-filters, so their
    // absence fails the test (REQUIRE) rather than skipping it.
    std::string start();
    std::string server() const { return "127.0.0.1:" + std::to_string(m_port); }
    // Adds the queue "kiosktest" writing to output(); what lpadmin said.
    std::string addQueue() const;
    // Waits up to 60 s for the job's output to be written and its spooled copy to go.
    bool waitForOutput() const;
    std::filesystem::path output() const { return m_dir.path() / "out" / "receipt.prn"; }
    std::filesystem::path spool() const { return m_dir.path() / "spool"; }
    std::string errorLog() const;

private:
    TempDir m_dir{"kiosk-cupsd"};
    int m_port;
    pid_t m_pid = -1;
};

// True while CUPS's spool folder still holds a job's document (a "d…" file).
bool spoolHoldsDocuments(const std::filesystem::path& spool);

}  // namespace kiosk::test
