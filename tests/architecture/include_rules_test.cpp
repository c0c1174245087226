// The table of docs/architecture.md is the law for includes; this reads every #include of the
// parts and programs and fails on an edge the table does not allow.
#include <doctest/doctest.h>

#include <sstream>

#include "include_rules.hpp"
#include "support/paths.hpp"

using namespace kiosk::test;

namespace {

LayerTable shippedTable() { return readLayerTable(sourceDir() / "docs" / "architecture.md"); }

std::string describe(const std::vector<IncludeViolation>& violations) {
    std::ostringstream out;
    for (const auto& v : violations) out << v.file << ":" << v.line << ": " << v.what << "\n";
    return out.str();
}

}  // namespace

TEST_CASE("the table names every part and program with what it uses") {
    const auto table = shippedTable();
    REQUIRE(table.count("base"));
    CHECK(table.at("base").empty());
    REQUIRE(table.count("ui"));
    CHECK(table.at("ui").count("core"));
    CHECK_FALSE(table.at("ui").count("outbox"));
    REQUIRE(table.count("kiosk"));
    CHECK(table.at("kiosk").count("runner"));
}

TEST_CASE("every include of the tree keeps to the table") {
    const auto violations = checkIncludes(sourceDir(), shippedTable());
    INFO(describe(violations));
    CHECK(violations.empty());
}

TEST_CASE("a screen that includes the outbox breaks the rule") {
    const auto violations = checkIncludes(sourceDir(), shippedTable(),
                                          {{"app/ui/src/screens/home.cpp", "#include \"kiosk/outbox/outbox.hpp\""}});
    INFO(describe(violations));
    REQUIRE(violations.size() == 1);
    CHECK(violations[0].file == "app/ui/src/screens/home.cpp");
    CHECK(violations[0].what.find("ui may not include outbox") == 0);
}

TEST_CASE("a part that reaches into another part's private sources breaks the rule") {
    const auto violations = checkIncludes(sourceDir(), shippedTable(),
                                          {{"app/ui/src/layout.cpp", "#include \"../../core/src/flow_steps.hpp\""}});
    INFO(describe(violations));
    REQUIRE(violations.size() == 1);
    CHECK(violations[0].what.find("private to core") != std::string::npos);
}

TEST_CASE("a part missing from the table is reported") {
    auto table = shippedTable();
    table.erase("speech");
    const auto violations = checkIncludes(sourceDir(), table);
    bool named = false;
    for (const auto& v : violations)
        named = named || v.what == "speech has no row in the table of docs/architecture.md";
    CHECK(named);
}
