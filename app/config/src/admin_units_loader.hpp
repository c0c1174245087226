#pragma once
// admin-units/<province code>.toml: one province and its communes (two-level units, 2025).
#include <string>

#include "kiosk/forms/model.hpp"
#include "source_file.hpp"

namespace kiosk::config::detail {

// `fileCode` is the file name without ".toml"; the `code` inside must be the same.
forms::Province loadProvince(const std::string& fileCode, const toml::table& document, SourceFile& file);

}  // namespace kiosk::config::detail
