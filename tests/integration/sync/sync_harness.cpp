#include "sync_harness.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "kiosk/signing/digest.hpp"

namespace kiosk::test {
namespace fs = std::filesystem;

SyncKiosk::SyncKiosk(const fs::path& portalData)
    : m_root("kiosk-sync-test"),
      m_config(m_root.path() / "kiosk-config"),
      m_data(m_root.path() / "kiosk-data"),
      m_log(m_root.path() / "kiosk-sync.log") {
    fs::create_directories(enrollmentDir());
    for (const auto& entry : fs::directory_iterator(portalData / "enroll" / kKioskId)) {
        fs::copy_file(entry.path(), enrollmentDir() / entry.path().filename());  // keeps the mode
    }
    m_seed = static_cast<int>(std::random_device{}() & 0xFFFFF);
}

void SyncKiosk::setPortalUrl(const std::string& url) {
    const fs::path toml = enrollmentDir() / "enrollment.toml";
    std::ifstream in(toml);
    std::ostringstream out;
    std::string line;
    while (std::getline(in, line)) {
        out << (line.rfind("portal_url", 0) == 0 ? "portal_url = \"" + url + "\"" : line) << "\n";
    }
    in.close();
    std::ofstream(toml) << out.str();
}

std::vector<Enqueued> SyncKiosk::enqueue(int count, int attachments, std::size_t attachmentBytes, long long feeVnd) {
    auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(m_data, kKioskId));
    REQUIRE_MESSAGE(opened.ok(), opened.error().code);
    auto& box = **opened;
    std::mt19937_64 rng(static_cast<std::uint64_t>(++m_seed));
    std::vector<Enqueued> out;
    for (int i = 0; i < count; ++i) {
        core::Filing filing;
        filing.serviceId = "khai-sinh";
        filing.serviceCode = "1.001193";
        filing.feeVnd = feeVnd;
        filing.answers["nguoi_yeu_cau.ho_ten"] = "Nguyễn Thị Thử " + std::to_string(rng() % 100000);
        filing.answers["nguoi_yeu_cau.so_dinh_danh"] = "0" + std::to_string(10000000000ULL + rng() % 89999999999ULL);
        filing.applicantIdNumber = filing.answers["nguoi_yeu_cau.so_dinh_danh"];
        filing.answers["tre.noi_sinh"] = "Trạm y tế xã Hòa Phú \"A\" \\ ✓\nDòng 2";
        for (int a = 0; a < attachments; ++a) {
            core::Attachment part{"giay_to-" + std::to_string(a + 1) + ".jpg", "image/jpeg", {}, {}, 1};
            part.bytes.resize(attachmentBytes + rng() % 512);
            for (auto& b : part.bytes) b = static_cast<unsigned char>(rng());
            filing.attachments.push_back(std::move(part));
        }
        auto stored = box.submit(filing);
        REQUIRE_MESSAGE(stored.ok(), stored.error().code);
        auto summary = box.findByReference(stored->localReference);
        REQUIRE(summary.ok());
        REQUIRE(summary->has_value());
        Enqueued e{stored->localReference, (*summary)->clientFilingId, filing.answers, {}};
        for (const auto& part : filing.attachments) {
            e.attachmentSha256.push_back(
                signing::sha256Hex(std::string_view(reinterpret_cast<const char*>(part.bytes.data()), part.bytes.size())));
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::unique_ptr<outbox::Outbox> SyncKiosk::open() const {
    auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(m_data, ""));
    REQUIRE_MESSAGE(opened.ok(), opened.error().code << " " << opened.error().message << " " << opened.error().where);
    return std::move(*opened);
}

outbox::StatusCounts SyncKiosk::counts() const {
    auto counts = open()->statusCounts();
    REQUIRE(counts.ok());
    return *counts;
}

pid_t SyncKiosk::start(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {KIOSK_SYNC_BIN, "--config", m_config.string(), "--data", m_data.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int fd = ::open(m_log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::dup2(fd, 2);
            ::dup2(fd, 1);
        }
        std::vector<char*> raw;
        for (auto& a : argv) raw.push_back(a.data());
        raw.push_back(nullptr);
        ::execv(raw[0], raw.data());
        ::_exit(127);
    }
    return pid;
}

namespace {

int statusOf(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

}  // namespace

int SyncKiosk::stop(pid_t pid, int signal) {
    ::kill(pid, signal);
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid) return -1;
    return statusOf(status);
}

int SyncKiosk::run(const std::vector<std::string>& args, std::chrono::seconds timeout) {
    const pid_t pid = start(args);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) return statusOf(status);
        std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    stop(pid, SIGKILL);
    return -1;
}

bool SyncKiosk::waitDrained(std::chrono::seconds timeout) const {
    const auto box = open();
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        auto counts = box->statusCounts();
        if (counts && counts->pending == 0 && counts->supplementsPending == 0 && counts->helpCallsPending == 0) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{50});
    }
    return false;
}

std::string SyncKiosk::log() const {
    std::ifstream in(m_log);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void checkExactlyOnce(const fs::path& portalData, const std::vector<Enqueued>& filings, outbox::Outbox& box) {
    std::map<std::string, int> seen;
    std::map<std::string, nlohmann::json> byId;
    for (const auto& line : exportFilings(portalData)) {
        const auto row = nlohmann::json::parse(line, nullptr, false);
        REQUIRE(row.is_object());
        const std::string id = row.value("client_filing_id", "");
        ++seen[id];
        byId[id] = row;
    }
    CHECK(byId.size() == filings.size());
    std::set<std::string> codes;
    for (const auto& f : filings) {
        INFO("filing " << f.localReference);
        REQUIRE(seen[f.clientFilingId] == 1);
        const auto& row = byId[f.clientFilingId];
        CHECK(row["status"] == "submitted");
        CHECK(row["answers"] == nlohmann::json(f.answers));
        std::vector<std::string> hashes;
        for (const auto& a : row["attachments"]) {
            hashes.push_back(a["sha256"].get<std::string>());
            CHECK(a["received"] == true);
        }
        CHECK(hashes == f.attachmentSha256);
        auto summary = box.findByReference(f.localReference);
        REQUIRE(summary.ok());
        REQUIRE(summary->has_value());
        CHECK((*summary)->status == outbox::FilingStatus::Delivered);
        CHECK((*summary)->maHoSo == row["ma_ho_so"].get<std::string>());
        codes.insert((*summary)->maHoSo);
    }
    CHECK(codes.size() == filings.size());
}

std::vector<std::string> fastRetry() { return {"--backoff-base-ms", "10", "--backoff-cap-ms", "100", "--poll-seconds", "1"}; }

}  // namespace kiosk::test
