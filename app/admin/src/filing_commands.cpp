// "example-filing SERVICE [--seed N]" and "enqueue FILE.json": a filing from a file goes through
// core::prepareFiling, the very checks the kiosk's Send step runs, then into the outbox.
#include <ctime>
#include <fstream>
#include <ostream>
#include <sstream>

#include "example_filing.hpp"
#include "filing_file.hpp"
#include "kiosk/admin/commands.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/filing_prepare.hpp"
#include "kiosk/outbox/outbox.hpp"

namespace kiosk::admin {
namespace {

// The kiosk's own "today": the local date, as the Send step uses it.
forms::Date localToday() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return forms::Date{std::chrono::year(tm.tm_year + 1900), std::chrono::month(static_cast<unsigned>(tm.tm_mon + 1)),
                       std::chrono::day(static_cast<unsigned>(tm.tm_mday))};
}

Result<unsigned> parseSeed(const Invocation& inv) {
    const auto it = inv.options.find("seed");
    if (it == inv.options.end()) return 1u;
    const std::string& text = it->second;
    if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) {
        return Error{"admin.usage", "--seed phải là số nguyên không âm (--seed must be a whole number)", "seed"};
    }
    return static_cast<unsigned>(std::stoul(text));
}

const forms::Service* findServiceOrSay(const config::Config& config, const std::string& id, std::ostream& err) {
    if (const auto* service = config.findService(id)) return service;
    err << "kiosk-admin: không có thủ tục '" << id << "' trong cấu hình (unknown service). Có / available:\n";
    for (const auto& s : config.services) err << "  " << s.id << "  " << s.name.vi << "\n";
    return nullptr;
}

// Where a field is asked, for messages: its label as the citizen sees it.
const forms::Field* findField(const forms::Service& service, const std::string& id) {
    for (const auto& f : service.preQuestions) {
        if (f.id == id) return &f;
    }
    for (const auto& page : service.pages) {
        for (const auto& f : page.fields) {
            if (f.id == id) return &f;
        }
    }
    return nullptr;
}

bool isRepeatCountKey(const forms::Service& service, const std::string& key) {
    for (const auto& page : service.pages) {
        if (page.repeat && key == forms::repeatCountKey(page.id)) return true;
    }
    return false;
}

// The kiosk cannot produce an answer to a question the form does not ask, so a file that has
// one was mistyped: say which key, rather than drop it silently.
std::vector<std::string> unknownKeys(const forms::Service& service, const forms::Answers& answers) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : answers) {
        if (findField(service, forms::fieldIdOfKey(key)) == nullptr && !isRepeatCountKey(service, key)) keys.push_back(key);
    }
    return keys;
}

std::string labelOf(const forms::Service& service, const std::string& fieldId) {
    const forms::Field* field = findField(service, fieldId);
    return field != nullptr && !field->label.vi.empty() ? " (" + field->label.vi + ")" : "";
}

Result<std::string> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"admin.enqueue_unreadable", "Không đọc được tệp " + path + " (cannot read the file)", path};
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

int refuse(std::ostream& err, const std::string& path, const std::vector<std::string>& lines) {
    err << "kiosk-admin: hồ sơ trong " << path << " không hợp lệ, chưa đưa vào hộp thư đi "
        << "(the filing is not valid; nothing was queued):\n";
    for (const auto& line : lines) err << "  " << line << "\n";
    return 1;
}

}  // namespace

int exampleFilingCommand(const Invocation& inv, std::ostream& out, std::ostream& err) {
    const auto seed = parseSeed(inv);
    if (!seed) return fail(err, seed.error());
    auto config = loadConfigFor(inv, err);
    if (!config) return 1;
    const forms::Service* service = findServiceOrSay(*config, inv.words.at(1), err);
    if (service == nullptr) return 1;
    auto file = exampleFiling(*config, *service, *seed, localToday());
    if (!file) return fail(err, file.error());
    out << formatFilingFile(*file) << "\n";
    return 0;
}

int enqueueCommand(const Invocation& inv, std::ostream& out, std::ostream& err) {
    const std::string path = inv.words.at(1);
    auto config = loadConfigFor(inv, err);
    if (!config) return 1;
    auto text = readFile(path);
    if (!text) return fail(err, text.error());
    auto parsed = parseFilingFile(*text);
    secureWipe(*text);
    if (!parsed) return refuse(err, path, parsed.error());
    FilingFile& file = *parsed;
    const forms::Service* service = findServiceOrSay(*config, file.service, err);
    if (service == nullptr) {
        secureWipe(file.answers);
        return 1;
    }
    std::vector<std::string> problems;
    for (const auto& key : unknownKeys(*service, file.answers)) {
        problems.push_back(key + ": biểu mẫu '" + service->id + "' không có câu hỏi này (no such question in the form)");
    }
    const forms::Date today = localToday();
    if (const forms::Route* route = core::chosenRoute(*service, file.answers, today)) {
        problems.push_back("câu hỏi đầu: với các câu trả lời này kiosk chuyển sang thủ tục '" + route->service + "': " +
                           route->reason.vi + " (the pre-questions route to another service)");
    }
    auto prepared = core::prepareFiling(*config, *service, file.answers, today);
    secureWipe(file.answers);
    if (!prepared) {
        for (const auto& e : prepared.error()) {
            problems.push_back(e.key + labelOf(*service, e.fieldId) + ": " + e.message.vi +
                               (e.message.en.empty() ? "" : " / " + e.message.en));
        }
    }
    if (!problems.empty()) {
        if (prepared) secureWipe(prepared->answers);
        return refuse(err, path, problems);
    }
    core::Filing& filing = *prepared;
    filing.attachments = std::move(file.attachments);

    auto box = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(inv.dataDir, config->kiosk.kioskId));
    if (!box) return fail(err, box.error());
    auto stored = (*box)->submit(filing);
    secureWipe(filing.answers);
    for (auto& a : filing.attachments) secureWipe(a.bytes);
    if (!stored) return fail(err, stored.error());
    out << stored->localReference << "\n";
    return 0;
}

}  // namespace kiosk::admin
