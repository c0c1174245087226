#include "kiosk/config/check_config.hpp"

#include <string>

#include "kiosk/config/config.hpp"

namespace kiosk::config {
namespace {

size_t fieldCount(const Config& config) {
    size_t count = 0;
    for (const auto& service : config.services) {
        count += service.preQuestions.size();
        for (const auto& page : service.pages) count += page.fields.size();
    }
    return count;
}

size_t communeCount(const Config& config) {
    size_t count = 0;
    for (const auto& province : config.units.provinces) count += province.communes.size();
    return count;
}

std::string plural(size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

int runCheckConfig(const std::filesystem::path& dir, std::ostream& out, std::ostream& err) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        err << "Không tìm thấy thư mục cấu hình / config folder not found: " << dir.string() << '\n';
        return 2;
    }
    const auto loaded = loadConfig(dir);
    if (!loaded) {
        const size_t n = loaded.error().size();
        for (const auto& error : loaded.error()) err << error.format() << '\n';
        err << "Cấu hình có " << n << " lỗi, kiosk sẽ không dùng nó / " << plural(n, "error")
            << " in the config; the kiosk will not use it\n";
        return 1;
    }
    const Config& config = *loaded;
    const size_t services = config.services.size();
    const size_t fields = fieldCount(config);
    const size_t provinces = config.units.provinces.size();
    const size_t communes = communeCount(config);
    out << "Cấu hình hợp lệ: " << services << " thủ tục, " << fields << " trường, " << provinces << " tỉnh ("
        << communes << " xã, phường) / Config is valid: " << plural(services, "service") << ", "
        << plural(fields, "field") << ", " << plural(provinces, "province") << " (" << plural(communes, "commune")
        << ")\n";
    return 0;
}

}  // namespace kiosk::config
