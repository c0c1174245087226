#pragma once
// The layering of docs/architecture.md, checked against the code: every quoted #include of every
// part and program, read from the source tree, must stay inside the file's own part or reach a
// part its row of the table names under "uses".
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kiosk::test {

// The table: each part or program and the parts it may include.
using LayerTable = std::map<std::string, std::set<std::string>>;

// Rows "| `name` | ... | `a`, `b` |" of the page; the last cell is what the row uses ("—": none).
LayerTable readLayerTable(const std::filesystem::path& architectureMd);

struct IncludeViolation {
    std::string file;  // relative to the source root
    int line = 0;
    std::string what;  // one sentence: who may not include what
};

// One extra line to pretend a file holds, so a test can show that a forbidden edge is caught.
struct PretendInclude {
    std::string file;  // relative to the source root
    std::string line;  // e.g. #include "kiosk/outbox/outbox.hpp"
};

// Walks app/, reference-portal/, scanners/ and programs/ under root.
std::vector<IncludeViolation> checkIncludes(const std::filesystem::path& root, const LayerTable& table,
                                            const std::vector<PretendInclude>& pretend = {});

}  // namespace kiosk::test
