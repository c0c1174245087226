// loadConfig: reads every file of the folder in dependency order (admin units and locales, then
// kiosk.toml, shared choices, services), collects every error, and hands out a Config only when
// there is none.
#include <algorithm>
#include <atomic>
#include <iterator>
#include <thread>
#include <tuple>
#include <vector>

#include "admin_units_loader.hpp"
#include "choices_loader.hpp"
#include "config_files.hpp"
#include "ids.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk_settings_loader.hpp"
#include "locales_loader.hpp"
#include "service_loader.hpp"
#include "working_calendar_loader.hpp"

namespace kiosk::config {
namespace {

using namespace detail;

// A file opened and parsed; `document` is empty when it cannot be read or does not parse.
struct ParsedFile {
    std::optional<SourceFile> source;
    std::optional<toml::table> document;
};

ParsedFile parseFile(const std::filesystem::path& dir, const std::string& relative, ConfigErrors& errors) {
    ParsedFile parsed;
    parsed.source = openSourceFile(dir, relative, errors);
    if (parsed.source) parsed.document = parsed.source->parse();
    return parsed;
}

void reportFile(ConfigErrors& errors, const std::string& file, std::string code, std::string message, std::string hint) {
    SourceFile(file, {}, errors).report({}, {}, std::move(code), std::move(message), std::move(hint));
}

// Returns false when some province file could not be read, so the kiosk's commune is not judged.
bool loadAdminUnits(const std::filesystem::path& dir, const ConfigFiles& files, Config& config, ConfigErrors& errors) {
    bool complete = true;
    for (const auto& relative : files.adminUnits) {
        const std::string code = stemOf(relative);
        ParsedFile parsed = parseFile(dir, relative, errors);
        if (!parsed.document) {
            complete = false;
            continue;
        }
        config.units.provinces.push_back(loadProvince(code, *parsed.document, *parsed.source));
    }
    return complete;
}

void loadLocales(const std::filesystem::path& dir, const ConfigFiles& files, Config& config, ConfigErrors& errors) {
    std::optional<LocaleStrings> vi, en;
    std::optional<SourceFile> enFile;
    for (const auto& relative : files.locales) {
        const std::string lang = stemOf(relative);
        if (lang != "vi" && lang != "en") {
            reportFile(errors, relative, "config.unused_file",
                       "ngôn ngữ '" + lang + "' không được hỗ trợ / language '" + lang + "' is not supported",
                       "chỉ có locales/vi.toml và locales/en.toml / only locales/vi.toml and locales/en.toml are read");
            continue;
        }
        ParsedFile parsed = parseFile(dir, relative, errors);
        if (!parsed.document) continue;
        LocaleStrings strings = loadLocale(*parsed.document, *parsed.source);
        if (lang == "vi") {
            vi = std::move(strings);
        } else {
            en = std::move(strings);
            enFile = std::move(parsed.source);
        }
    }
    const bool viExists = std::find(files.locales.begin(), files.locales.end(), "locales/vi.toml") != files.locales.end();
    if (!viExists) {
        reportFile(errors, "locales/vi.toml", "config.missing_file",
                   "thiếu tệp chữ tiếng Việt / the Vietnamese strings file is missing",
                   "tạo locales/vi.toml: mọi chữ trên màn hình của kiosk / create locales/vi.toml with the kiosk's "
                   "screen strings");
    }
    if (vi && en) checkTranslation(*vi, *en, *enFile);
    if (vi) config.locales.vi = std::move(vi->strings);
    if (en) config.locales.en = std::move(en->strings);
}

// Service files do not depend on each other and parsing them is most of the load time (toml++),
// so they are read on every core; each file reports into its own list and the lists are merged
// in file order, so the error report does not depend on the thread schedule.
void loadServices(const std::filesystem::path& dir, const ConfigFiles& files, const ExternalNames& names,
                  Config& config, ConfigErrors& errors) {
    struct LoadedService {
        ConfigErrors errors;
        std::optional<forms::Service> service;
    };
    std::vector<LoadedService> loaded(files.services.size());
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < files.services.size(); i = next++) {
            const std::string& relative = files.services[i];
            const std::string id = stemOf(relative);
            if (!isSlug(id)) continue;  // reported by serviceIds()
            ParsedFile parsed = parseFile(dir, relative, loaded[i].errors);
            if (parsed.document) loaded[i].service = loadService(id, *parsed.document, *parsed.source, names);
        }
    };
    const size_t helpers = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), 8) - 1;
    {
        std::vector<std::jthread> pool;
        for (size_t t = 0; t < std::min(helpers, files.services.size()); ++t) pool.emplace_back(work);
        work();
    }  // joins the helpers
    for (auto& one : loaded) {
        errors.insert(errors.end(), std::make_move_iterator(one.errors.begin()),
                      std::make_move_iterator(one.errors.end()));
        if (one.service) config.services.push_back(std::move(*one.service));
    }
}

std::vector<std::string> serviceIds(const ConfigFiles& files, ConfigErrors& errors) {
    std::vector<std::string> ids;
    for (const auto& relative : files.services) {
        const std::string id = stemOf(relative);
        if (isSlug(id)) {
            ids.push_back(id);
        } else {
            reportFile(errors, relative, "config.bad_file_name",
                       "tên tệp '" + id + "' không dùng được làm id thủ tục / '" + id + "' cannot be a service id",
                       "đổi tên tệp: chỉ chữ thường không dấu, số và '-' / rename it using a-z, 0-9 and '-' only");
        }
    }
    if (ids.empty()) {
        reportFile(errors, "services", "config.missing_file", "chưa có thủ tục nào / there are no services",
                   "thêm ít nhất một tệp services/<id>.toml / add at least one services/<id>.toml");
    }
    return ids;
}

// Catalogue order: the order of [[categories]] in kiosk.toml, then the file name.
void sortServices(Config& config) {
    const auto rank = [&](const forms::Service& service) {
        const auto& categories = config.kiosk.categories;
        const auto it = std::find_if(categories.begin(), categories.end(),
                                     [&](const Category& c) { return c.id == service.category; });
        return std::make_tuple(it - categories.begin(), service.id);
    };
    std::stable_sort(config.services.begin(), config.services.end(),
                     [&](const forms::Service& a, const forms::Service& b) { return rank(a) < rank(b); });
}

}  // namespace

Result<Config, ConfigErrors> loadConfig(const std::filesystem::path& dir) {
    ConfigErrors errors;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        reportFile(errors, dir.string(), "config.no_folder", "không có thư mục cấu hình / the config folder does not exist",
                   "kiểm tra đường dẫn / check the path");
        return errors;
    }
    Config config;
    const ConfigFiles files = listConfigFiles(dir);
    for (const auto& relative : files.unused) {
        reportFile(errors, relative, "config.unused_file", "kiosk không đọc tệp này / the kiosk does not read this file",
                   "đặt đúng chỗ: kiosk.toml, choices.toml, working-calendar.toml, services/, admin-units/, "
                   "locales/ / put it where it belongs: kiosk.toml, choices.toml, working-calendar.toml, "
                   "services/, admin-units/, locales/");
    }
    const bool unitsComplete = loadAdminUnits(dir, files, config, errors);
    loadLocales(dir, files, config, errors);

    ExternalNames names;
    names.serviceIds = serviceIds(files, errors);
    if (!files.kiosk) {
        reportFile(errors, "kiosk.toml", "config.missing_file", "thiếu tệp kiosk.toml / kiosk.toml is missing",
                   "xem mẫu trong kiosk-config/README.md / see the example in kiosk-config/README.md");
    } else if (ParsedFile kiosk = parseFile(dir, "kiosk.toml", errors); kiosk.document) {
        const KioskNames kioskNames{unitsComplete ? &config.units : nullptr,
                                    std::find(files.locales.begin(), files.locales.end(), "locales/en.toml") !=
                                        files.locales.end()};
        config.kiosk = loadKioskSettings(*kiosk.document, *kiosk.source, kioskNames);
        names.categories = &config.kiosk.categories;
    }
    if (!files.choices) {
        names.sharedChoices = &config.sharedChoices;
    } else if (ParsedFile choices = parseFile(dir, "choices.toml", errors); choices.document) {
        config.sharedChoices = loadSharedChoices(*choices.document, *choices.source);
        names.sharedChoices = &config.sharedChoices;
    }
    if (files.workingCalendar) {
        if (ParsedFile calendar = parseFile(dir, "working-calendar.toml", errors); calendar.document) {
            config.calendar = loadWorkingCalendar(*calendar.document, *calendar.source);
        }
    }
    loadServices(dir, files, names, config, errors);

    if (!errors.empty()) {
        std::stable_sort(errors.begin(), errors.end(), [](const ConfigError& a, const ConfigError& b) {
            return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
        });
        return errors;
    }
    sortServices(config);
    return config;
}

Result<WorkingCalendar, ConfigErrors> loadWorkingCalendarFile(const std::filesystem::path& file) {
    ConfigErrors errors;
    ParsedFile parsed = parseFile(file.parent_path(), file.filename().string(), errors);
    WorkingCalendar calendar;
    if (parsed.document) calendar = loadWorkingCalendar(*parsed.document, *parsed.source);
    if (!errors.empty()) return errors;
    return calendar;
}

}  // namespace kiosk::config
