// example-filing must give, for every shipped service, a filing the kiosk's own checks accept,
// and enqueue must put exactly that filing (answers and attachments) into the real outbox.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "admin_support.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/outbox/outbox.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::vector<std::string> shippedServiceIds() {
    auto config = config::loadConfig(shippedConfig());
    REQUIRE(config.ok());
    std::vector<std::string> ids;
    for (const auto& s : config->services) ids.push_back(s.id);
    return ids;
}

AdminRun example(const std::string& service, int seed) {
    return runAdmin({"--config", shippedConfig().string(), "example-filing", service, "--seed", std::to_string(seed)});
}

}  // namespace

TEST_CASE("an example filing of every shipped service goes through enqueue into the outbox unchanged") {
    const auto ids = shippedServiceIds();
    REQUIRE(ids.size() >= 7);
    TempDir dir;
    const auto data = dir.path() / "kiosk-data";
    const std::regex reference("KIOSK-DEMO-01-[0-9]{6}-[0-9]{4}");
    int documents = 0;
    for (const auto& id : ids) {
        for (int seed : {1, 2, 3}) {
            CAPTURE(id);
            CAPTURE(seed);
            const auto made = example(id, seed);
            REQUIRE_MESSAGE(made.status == 0, made.err);
            const auto filing = nlohmann::json::parse(made.out);
            CHECK(filing["service"] == id);
            const auto file = dir.path() / (id + "-" + std::to_string(seed) + ".json");
            writeText(file, made.out);

            const auto queued = runAdmin({"--config", shippedConfig().string(), "--data", data.string(), "enqueue", file.string()});
            REQUIRE_MESSAGE(queued.status == 0, queued.err);
            const std::string ref = queued.out.substr(0, queued.out.find('\n'));
            CHECK(std::regex_match(ref, reference));

            auto box = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(data, ""));
            REQUIRE(box.ok());
            const auto summary = (*box)->findByReference(ref);
            REQUIRE(summary.ok());
            REQUIRE(summary->has_value());
            CHECK((*summary)->serviceId == id);
            const auto opened = (*box)->decryptPayload((*summary)->clientFilingId);
            REQUIRE(opened.ok());
            for (const auto& item : filing["answers"].items()) {
                const std::string& key = item.key();
                CAPTURE(key);
                REQUIRE(opened->filing.answers.count(key) == 1);
                CHECK(opened->filing.answers.at(key) == item.value().get<std::string>());
            }
            CHECK(opened->filing.answers.size() == filing["answers"].size());
            REQUIRE(opened->filing.attachments.size() == filing["attachments"].size());
            for (size_t i = 0; i < opened->filing.attachments.size(); ++i) {
                const auto& a = opened->filing.attachments[i];
                CHECK(a.name == filing["attachments"][i]["name"]);
                CHECK(a.mediaType == "application/pdf");
                CHECK(std::string(a.bytes.begin(), a.bytes.end()).starts_with("%PDF-1.4"));
                ++documents;
            }
        }
    }
    CHECK(documents > 0);  // at least one service asks for a scanned document
}

TEST_CASE("the same seed gives the same filing and another seed another one") {
    const auto first = example("dang-ky-khai-sinh", 7);
    const auto again = example("dang-ky-khai-sinh", 7);
    const auto other = example("dang-ky-khai-sinh", 8);
    REQUIRE(first.status == 0);
    CHECK(first.out == again.out);
    CHECK(first.out != other.out);
}

TEST_CASE("example answers look like a real declaration: NFC names, matching ID numbers, local addresses") {
    const auto made = example("dang-ky-khai-sinh", 3);
    REQUIRE(made.status == 0);
    const auto answers = nlohmann::json::parse(made.out)["answers"];
    // The mother's ID number: her province (066), century and sex (3: a woman born 2000-2099,
    // 1: 1900-1999) and the last two digits of her birth year.
    const std::string id = answers["so_dinh_danh_me"];
    const std::string dob = answers["ngay_sinh_me"];
    REQUIRE(id.size() == 12);
    CHECK(id.substr(0, 3) == "066");
    CHECK(id.substr(4, 2) == dob.substr(8, 2));
    const char centuryAndSex = dob.substr(6, 2) == "19" ? '1' : '3';
    CHECK(id[3] == centuryAndSex);
    CHECK(answers["noi_cu_tru_me.province"] == "66");
    const std::string name = answers["ho_ten_me"];
    // The mother gets a woman's middle name.
    bool female = false;
    for (const char* middle : {" Thị ", " Ngọc ", " Thu ", " Mỹ ", " Hồng "}) female = female || name.find(middle) != std::string::npos;
    CHECK(female);
}

TEST_CASE("an unknown service is refused with the list of services") {
    const auto made = example("khong-co", 1);
    CHECK(made.status == 1);
    CHECK(made.err.find("không có thủ tục 'khong-co'") != std::string::npos);
    CHECK(made.err.find("dang-ky-khai-sinh") != std::string::npos);
}
