#include "include_rules.hpp"

#include <algorithm>
#include <fstream>
#include <regex>

namespace fs = std::filesystem;

namespace kiosk::test {
namespace {

// A part or program: the folder it owns, where its own quoted includes resolve, and the folders
// other parts may include it from.
struct Owner {
    std::string name;
    fs::path folder;
    std::vector<fs::path> ownRoots;
    std::vector<fs::path> publicRoots;
};

std::vector<Owner> owners(const fs::path& root) {
    std::vector<Owner> out;
    for (const auto& entry : fs::directory_iterator(root / "app")) {
        if (!entry.is_directory()) continue;
        const fs::path& dir = entry.path();
        out.push_back({dir.filename().string(), dir, {dir / "src", dir / "include"}, {dir / "include"}});
    }
    const fs::path portal = root / "reference-portal";
    out.push_back({"reference_portal", portal, {portal / "src", portal / "include"}, {portal / "include"}});
    // The scanners keep their synthetic-card library in tools/, headers beside the sources.
    const fs::path scanners = root / "scanners";
    out.push_back({"scanners",
                   scanners,
                   {scanners / "include", scanners / "src", scanners / "tools"},
                   {scanners / "include", scanners / "tools"}});
    for (const auto& entry : fs::directory_iterator(root / "programs")) {
        if (entry.is_directory()) out.push_back({entry.path().filename().string(), entry.path(), {entry.path()}, {}});
    }
    return out;
}

bool isUnder(const fs::path& file, const fs::path& folder) {
    const auto rel = file.lexically_relative(folder);
    return !rel.empty() && *rel.begin() != "..";
}

const Owner* ownerOf(const std::vector<Owner>& all, const fs::path& file) {
    const Owner* best = nullptr;
    for (const auto& owner : all) {
        if (isUnder(file, owner.folder) && (!best || owner.folder.string().size() > best->folder.string().size())) {
            best = &owner;
        }
    }
    return best;
}

bool isUnderAny(const fs::path& file, const std::vector<fs::path>& folders) {
    return std::any_of(folders.begin(), folders.end(), [&](const fs::path& f) { return isUnder(file, f); });
}

// Where a quoted include lands: the including file's folder, its owner's own folders, then
// every part's public folders. Empty when it is found nowhere.
fs::path resolve(const std::vector<Owner>& all, const Owner& me, const fs::path& file, const std::string& written) {
    std::vector<fs::path> roots{file.parent_path()};
    roots.insert(roots.end(), me.ownRoots.begin(), me.ownRoots.end());
    for (const auto& owner : all) roots.insert(roots.end(), owner.publicRoots.begin(), owner.publicRoots.end());
    for (const auto& dir : roots) {
        fs::path candidate = (dir / written).lexically_normal();
        if (fs::is_regular_file(candidate)) return candidate;
    }
    return {};
}

std::vector<std::string> linesOf(const fs::path& file) {
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

bool isSource(const fs::path& file) {
    const auto ext = file.extension();
    return ext == ".cpp" || ext == ".hpp" || ext == ".h";
}

}  // namespace

LayerTable readLayerTable(const fs::path& architectureMd) {
    static const std::regex row(R"(^\|\s*`([A-Za-z0-9_-]+)`\s*\|.*\|\s*([^|]*?)\s*\|\s*$)");
    static const std::regex name("`([A-Za-z0-9_-]+)`");
    LayerTable table;
    for (const auto& line : linesOf(architectureMd)) {
        std::smatch m;
        if (!std::regex_match(line, m, row)) continue;
        auto& uses = table[m[1].str()];
        const std::string cell = m[2].str();
        for (auto it = std::sregex_iterator(cell.begin(), cell.end(), name); it != std::sregex_iterator(); ++it) {
            uses.insert((*it)[1].str());
        }
    }
    return table;
}

std::vector<IncludeViolation> checkIncludes(const fs::path& root, const LayerTable& table,
                                            const std::vector<PretendInclude>& pretend) {
    static const std::regex quoted(R"(^\s*#\s*include\s*"([^"]+)\")");
    const auto all = owners(root);
    std::vector<IncludeViolation> found;
    for (const auto& owner : all) {
        if (!table.count(owner.name)) {
            found.push_back({fs::relative(owner.folder, root).string(), 0,
                             owner.name + " has no row in the table of docs/architecture.md"});
        }
    }
    for (const auto& owner : all) {
        for (const auto& entry : fs::recursive_directory_iterator(owner.folder)) {
            const fs::path file = entry.path().lexically_normal();
            if (!entry.is_regular_file() || !isSource(file) || ownerOf(all, file) != &owner) continue;
            const std::string rel = fs::relative(file, root).string();
            auto lines = linesOf(file);
            for (const auto& extra : pretend) {
                if (extra.file == rel) lines.push_back(extra.line);
            }
            const auto& allowed = table.count(owner.name) ? table.at(owner.name) : std::set<std::string>{};
            for (std::size_t i = 0; i < lines.size(); ++i) {
                std::smatch m;
                if (!std::regex_search(lines[i], m, quoted)) continue;
                const std::string written = m[1].str();
                const int lineNo = static_cast<int>(i + 1);
                if (written == "kiosk_version.hpp") continue;  // generated by the build for --version
                const fs::path target = resolve(all, owner, file, written);
                if (target.empty()) {
                    found.push_back({rel, lineNo,
                                     "\"" + written + "\" is neither " + owner.name +
                                         "'s own nor a public header of another part"});
                    continue;
                }
                const Owner* targetOwner = ownerOf(all, target);
                if (targetOwner == &owner) {
                    if (isUnderAny(file, owner.publicRoots) && !isUnderAny(target, owner.publicRoots)) {
                        found.push_back(
                            {rel, lineNo,
                             "a public header of " + owner.name + " includes its private \"" + written + "\""});
                    }
                    continue;
                }
                if (!targetOwner || !allowed.count(targetOwner->name)) {
                    found.push_back({rel, lineNo,
                                     owner.name + " may not include " +
                                         (targetOwner ? targetOwner->name : std::string("?")) + " (\"" + written +
                                         "\"); the table lets it use only what its row names"});
                } else if (!isUnderAny(target, targetOwner->publicRoots)) {
                    found.push_back({rel, lineNo, "\"" + written + "\" is private to " + targetOwner->name});
                }
            }
        }
    }
    return found;
}

}  // namespace kiosk::test
