#include "admin_units_loader.hpp"

#include <algorithm>

#include "ids.hpp"
#include "toml_reader.hpp"

namespace kiosk::config::detail {
namespace {

bool isDigits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

forms::Province loadProvince(const std::string& fileCode, const toml::table& document, SourceFile& file) {
    forms::Province province;
    readDocument(document, file, [&](TableReader& root) {
        province.code = root.string("code", Need::Required).value_or(fileCode);
        if (root.has("code") && province.code != fileCode) {
            root.error("code", "config.bad_id",
                       "mã tỉnh '" + province.code + "' khác tên tệp '" + fileCode + ".toml' / province code '" +
                           province.code + "' differs from the file name '" + fileCode + ".toml'",
                       "đặt tên tệp theo mã tỉnh / name the file after the province code");
        }
        province.name = root.string("name", Need::Required).value_or("");
        UniqueIds codes("mã xã", "commune code");
        root.tables("communes", Need::Required, [&](TableReader& entry, size_t) {
            forms::Commune commune;
            if (auto code = entry.string("code", Need::Required)) {
                if (!isDigits(*code)) {
                    entry.error("code", "config.bad_id", "mã xã '" + *code + "' không hợp lệ / invalid commune code '" + *code + "'",
                                "mã của Cục Thống kê chỉ gồm chữ số / GSO codes are digits only");
                }
                codes.add(*code, entry.file(), entry.valueAt("code"), entry.pathOf("code"));
                commune.code = std::move(*code);
            }
            commune.name = entry.string("name", Need::Required).value_or("");
            province.communes.push_back(std::move(commune));
        });
    });
    return province;
}

}  // namespace kiosk::config::detail
