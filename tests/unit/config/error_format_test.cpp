// ConfigError::format() is the one line administrators read in `kiosk --check-config` and on
// the staff screen; editors and scripts jump to "file:line:column", so its shape is fixed.
#include <doctest/doctest.h>

#include "kiosk/config/config.hpp"

using kiosk::config::ConfigError;

namespace {

ConfigError sample() {
    ConfigError error;
    error.file = "services/khai-sinh.toml";
    error.line = 12;
    error.column = 5;
    error.keyPath = "pages[2].fields[0].type";
    error.message = "giá trị 'txt' không hợp lệ / 'txt' is not a valid type";
    error.hint = "có phải ý bạn là 'text'? / did you mean 'text'?";
    error.code = "config.bad_value";
    return error;
}

}  // namespace

TEST_CASE("an error formats as file:line:column: key path: message (hint) on one line") {
    CHECK(sample().format() ==
          "services/khai-sinh.toml:12:5: pages[2].fields[0].type: giá trị 'txt' không hợp lệ / 'txt' is not a "
          "valid type (có phải ý bạn là 'text'? / did you mean 'text'?)");
}

TEST_CASE("an error without a hint has no empty parentheses") {
    ConfigError error = sample();
    error.hint.clear();
    CHECK(error.format() ==
          "services/khai-sinh.toml:12:5: pages[2].fields[0].type: giá trị 'txt' không hợp lệ / 'txt' is not a valid type");
}

TEST_CASE("an error about a whole file names the file without a line or a key") {
    ConfigError error;
    error.file = "locales/vi.toml";
    error.message = "thiếu tệp / missing";
    CHECK(error.format() == "locales/vi.toml: thiếu tệp / missing");
}
