// `kiosk --check-config DIR` is what administrators and deployment scripts run before copying
// a config to a kiosk: scripts rely on the exit codes, people on the summary and error lines.
#include <doctest/doctest.h>

#include <sstream>

#include "config_fixture.hpp"
#include "kiosk/config/check_config.hpp"
#include "kiosk/config/config.hpp"

using kiosk::config::runCheckConfig;

TEST_CASE("a valid config exits 0 with a short Vietnamese summary and nothing on stderr") {
    std::ostringstream out, err;
    CHECK(runCheckConfig(kiosk::test::minimalFixture(), out, err) == 0);
    CHECK(out.str().rfind("Cấu hình hợp lệ: 3 thủ tục, 14 trường, 1 tỉnh (2 xã, phường)", 0) == 0);
    CHECK(out.str().find("Config is valid: 3 services, 14 fields") != std::string::npos);
    CHECK(err.str().empty());
}

TEST_CASE("a broken config exits 1 and prints every error on its own line, then the count") {
    kiosk::test::ConfigCopy copy;
    copy.write("services/loi.toml", "code = 1\nname = { vi = \"Lỗi\" }\ncategory = \"ho-tich\"\nnote = \"x\"\n");
    const auto loaded = kiosk::config::loadConfig(copy.dir());
    REQUIRE_FALSE(loaded.ok());
    std::ostringstream out, err;
    CHECK(runCheckConfig(copy.dir(), out, err) == 1);
    CHECK(out.str().empty());
    std::string expected;
    for (const auto& error : loaded.error()) expected += error.format() + "\n";
    const size_t n = loaded.error().size();
    REQUIRE(n >= 3);  // code, note and the missing pages
    expected += "Cấu hình có " + std::to_string(n) + " lỗi, kiosk sẽ không dùng nó / " + std::to_string(n) +
                " errors in the config; the kiosk will not use it\n";
    CHECK(err.str() == expected);
}

TEST_CASE("a folder that does not exist exits 2") {
    kiosk::test::TempDir scratch;
    std::ostringstream out, err;
    CHECK(runCheckConfig(scratch.path() / "khong-co", out, err) == 2);
    CHECK(err.str().find("Không tìm thấy thư mục cấu hình") != std::string::npos);
}
