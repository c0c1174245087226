#pragma once
// [[choices]] lists: shared ones in choices.toml and a service's own, with the same keys.
#include <vector>

#include "ids.hpp"
#include "toml_reader.hpp"

namespace kiosk::config::detail {

// Reads the `[[choices]]` of `root` into `out`; list ids go through `listIds`.
void readChoiceLists(TableReader& root, UniqueIds& listIds, std::vector<forms::ChoiceList>& out);

// choices.toml: nothing but `[[choices]]`.
std::vector<forms::ChoiceList> loadSharedChoices(const toml::table& document, SourceFile& file);

}  // namespace kiosk::config::detail
