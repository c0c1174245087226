// kiosk-scan's output is a contract with integrators (issue 3 §4): these tests run the real
// program on card photos generated at test time and hold it to the exact keys and spellings.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

#include "card_files.hpp"
#include "integration/scanners/run_program.hpp"
#include "support/paths.hpp"

using nlohmann::json;
using namespace scanners;

namespace {

const std::filesystem::path kScan = kiosk::test::buildDir() / "kiosk-scan";

std::vector<json> jsonLines(const std::string& text) {
    std::vector<json> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) lines.push_back(json::parse(line));
    }
    return lines;
}

// The keys of issue 3 §4, plus "confidence" (per-field confidences kept apart from "sources").
void checkShape(const json& j) {
    std::set<std::string> keys;
    for (const auto& item : j.items()) keys.insert(item.key());
    CHECK(keys == std::set<std::string>{"id_number", "old_id", "full_name", "dob", "sex",
                                        "nationality", "address", "issue_date", "expiry_date",
                                        "card_type", "mrz", "qr", "sources", "confidence",
                                        "warnings", "elapsed_ms"});
    const std::string type = j.at("card_type");
    CHECK((type == "cccd2021" || type == "cancuoc2024" || type == "unknown"));
    CHECK((j.at("mrz").is_null() || (j.at("mrz").is_array() && j.at("mrz").size() == 3)));
    CHECK((j.at("qr").is_null() || j.at("qr").is_string()));
    for (const auto& [field, source] : j.at("sources").items()) {
        CAPTURE(field);
        REQUIRE(source.is_string());
        CHECK((source == "qr" || source == "mrz" || source == "ocr"));
        CHECK(j.at("confidence").at(field).is_number());
    }
    CHECK(j.at("warnings").is_array());
    CHECK(j.at("elapsed_ms").is_number_integer());
}

void checkPerson(const json& j, const synth::Person& p) {
    checkShape(j);
    CHECK(j.at("id_number") == p.idNumber);
    CHECK(j.at("full_name") == p.fullName);
    CHECK(j.at("dob") == formatDate(p.dob));
    CHECK(j.at("sex") == std::string(sexLabel(p.sex)));
    CHECK(j.at("issue_date") == formatDate(p.issueDate));
    CHECK(j.at("expiry_date") == (p.expiryDate ? formatDate(*p.expiryDate) : ""));
    CHECK(j.at("card_type") == (p.cardType == CardType::CanCuoc2024 ? "cancuoc2024" : "cccd2021"));
    CHECK(j.at("sources").at("id_number") == "qr");
    CHECK(j.at("qr").get<std::string>().starts_with(p.idNumber + "|"));
    REQUIRE(j.at("mrz").is_array());
    CHECK(j.at("mrz")[0].get<std::string>().starts_with("IDVNM"));
}

struct Cards {
    kiosk::test::TempDir dir{"kiosk-scan-output"};
    std::vector<cardgen::CardOnDisk> cards;
    Cards() {
        cardgen::CardSetOptions options;
        options.count = 2;  // one CCCD 2021 with no expiry or with one, one Căn cước 2024
        options.seed = 31;
        auto written = cardgen::writeCardSet(dir.path() / "cards", options);
        REQUIRE(written);
        cards = std::move(*written);
    }
};

}  // namespace

TEST_CASE("one card, either side first, prints one JSON object with the issue's keys") {
    Cards set;
    for (const auto& card : set.cards) {
        const auto run = kiosk::test::runProgram(kScan, {card.back.string(), card.front.string()},
                                                 set.dir.path());
        CHECK(run.exitCode == 0);
        const auto lines = jsonLines(run.out);
        REQUIRE(lines.size() == 1);
        checkPerson(lines[0], card.person);
    }
}

TEST_CASE("a batch prints one object per FRONT<TAB>BACK line in order and goes on after a failure") {
    Cards set;
    const auto& a = set.cards[0];
    const auto& b = set.cards[1];
    // A path with spaces must survive: only the tab separates front from back.
    const auto spaced = set.dir.path() / "the back of a card.jpg";
    std::filesystem::copy_file(b.back, spaced);
    const auto list = set.dir.path() / "list.tsv";
    std::ofstream(list) << a.front.string() << '\t' << a.back.string() << "\n"
                        << "/nonexistent/front.jpg\t/nonexistent/back.jpg\n"
                        << "one\ttwo\tthree\n"
                        << "\n"
                        << spaced.string() << '\t' << b.front.string() << "\r\n";
    const auto run = kiosk::test::runProgram(kScan, {"--batch", list.string()}, set.dir.path());
    CHECK(run.exitCode == 1);
    const auto lines = jsonLines(run.out);
    REQUIRE(lines.size() == 4);
    checkPerson(lines[0], a.person);
    CHECK(lines[1].at("error").at("code") == "image.unreadable");
    CHECK(lines[1].at("elapsed_ms").is_number_integer());
    CHECK(lines[2].at("error").at("code") == "batch.bad_line");
    checkPerson(lines[3], b.person);
    CHECK(run.err.find("dòng 2") != std::string::npos);
    CHECK(run.err.find("dòng 3") != std::string::npos);
}

TEST_CASE("a batch where every card is read exits 0; kiosk-cardgen's cards.tsv is such a list") {
    Cards set;
    const auto run = kiosk::test::runProgram(
        kScan, {"--batch", (set.dir.path() / "cards" / "cards.tsv").string()}, set.dir.path());
    CHECK(run.exitCode == 0);
    const auto lines = jsonLines(run.out);
    REQUIRE(lines.size() == 2);
    for (size_t i = 0; i < lines.size(); ++i) checkPerson(lines[i], set.cards[i].person);
}

TEST_CASE("wrong usage is exit status 2 with the usage text") {
    kiosk::test::TempDir dir("kiosk-scan-usage");
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{}, {"a.jpg", "b.jpg", "c.jpg"}, {"--bogus", "a.jpg"}}) {
        const auto run = kiosk::test::runProgram(kScan, args, dir.path());
        CHECK(run.exitCode == 2);
        CHECK(run.err.find("kiosk-scan") != std::string::npos);
        CHECK(run.out.empty());
    }
}
