#pragma once
// kiosk-portal's command line (docs/portal-api.md §3), including the --faults specification.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"

namespace kiosk::reference_portal {

// Probabilities in [0, 1] per kiosk request, and a delay range in milliseconds.
struct FaultSpec {
    double error500 = 0;
    double drop = 0;
    double resetAfterCommit = 0;
    double overload = 0;
    double captive = 0;
    int delayMinMs = 0;
    int delayMaxMs = 0;
};

// "error500=0.1,drop=0.2,reset_after_commit=0.1,overload=0.1,captive=0.1,delay_ms=0-300".
Result<FaultSpec> parseFaults(std::string_view spec);

struct Options {
    std::string host = "127.0.0.1";
    int port = -1;  // required unless exporting; 0 picks a free port
    std::filesystem::path dataDir;
    std::vector<std::string> kiosks;  // --enroll (and KIOSK-DEMO-01 with --demo)
    std::vector<std::string> staff;   // --staff (and STAFF-DEMO-01 with --demo)
    bool simulatePayments = false;    // --simulate-payments: the /_sim/ routes exist
    std::string agency = "000.00.00.H66";
    std::string bankBin = "970415";
    std::string bankAccount = "0011001932418";
    FaultSpec faults;
    std::filesystem::path workingCalendar;  // --working-calendar; weekends only without it
    bool exportFilings = false;
    std::string revokeId;  // --revoke ID: revoke that kiosk or operator, then exit
    bool help = false;
};

// Parses the arguments after the program name; errors are Vietnamese / English usage mistakes.
Result<Options> parseOptions(const std::vector<std::string>& args);

// The usage text, Vietnamese first.
const char* usageText();

}  // namespace kiosk::reference_portal
