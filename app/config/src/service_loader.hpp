#pragma once
// services/<id>.toml -> forms::Service, with every reference checked against the service itself
// and against the names the rest of the config defines.
#include <string>

#include "references_check.hpp"
#include "source_file.hpp"

namespace kiosk::config::detail {

forms::Service loadService(const std::string& id, const toml::table& document, SourceFile& file,
                           const ExternalNames& names);

}  // namespace kiosk::config::detail
