// enqueue holds a file to the kiosk's rules: a broken filing is refused with the question named
// in Vietnamese, and nothing reaches the outbox.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "admin_support.hpp"
#include "kiosk/outbox/outbox.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Fixture {
    TempDir dir;
    std::filesystem::path data = dir.path() / "kiosk-data";

    nlohmann::json example(const std::string& service) {
        const auto made = runAdmin({"--config", shippedConfig().string(), "example-filing", service, "--seed", "5"});
        REQUIRE_MESSAGE(made.status == 0, made.err);
        return nlohmann::json::parse(made.out);
    }
    AdminRun enqueueText(const std::string& text) {
        const auto file = dir.path() / "filing.json";
        writeText(file, text);
        return runAdmin({"--config", shippedConfig().string(), "--data", data.string(), "enqueue", file.string()});
    }
    AdminRun enqueue(const nlohmann::json& filing) { return enqueueText(filing.dump()); }
    // Nothing queued: either no outbox was created at all, or it holds no filing.
    bool outboxEmpty() const {
        if (!std::filesystem::exists(data / "outbox.db")) return true;
        auto box = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(data, ""));
        REQUIRE(box.ok());
        const auto counts = (*box)->statusCounts();
        REQUIRE(counts.ok());
        return counts->pending + counts->delivered + counts->failed == 0;
    }
};

}  // namespace

TEST_CASE("an ID number that does not fit its owner is refused with the question named") {
    Fixture f;
    auto filing = f.example("dang-ky-khai-sinh");
    std::string id = filing["answers"]["so_dinh_danh_me"];
    id[4] = id[4] == '9' ? '0' : static_cast<char>(id[4] + 1);  // born ten years off her birth date
    filing["answers"]["so_dinh_danh_me"] = id;
    const auto result = f.enqueue(filing);
    CHECK(result.status == 1);
    CHECK(result.out.empty());
    CHECK(result.err.find("không hợp lệ, chưa đưa vào hộp thư đi") != std::string::npos);
    CHECK(result.err.find("so_dinh_danh_me (") != std::string::npos);
    CHECK(result.err.find(id) == std::string::npos);  // the value itself is never echoed
    CHECK(f.outboxEmpty());
}

TEST_CASE("a missing required answer and a wrong date are each reported") {
    Fixture f;
    auto filing = f.example("dang-ky-khai-tu");
    filing["answers"].erase("ho_ten_nguoi_mat");
    filing["answers"]["ngay_mat"] = "31/02/2025";
    const auto result = f.enqueue(filing);
    CHECK(result.status == 1);
    CHECK(result.err.find("ho_ten_nguoi_mat (") != std::string::npos);
    CHECK(result.err.find("ngay_mat (") != std::string::npos);
    CHECK(f.outboxEmpty());
}

TEST_CASE("an answer to a question the form does not ask is refused, not dropped") {
    Fixture f;
    auto filing = f.example("chung-thuc-chu-ky");
    filing["answers"]["ho_tenn"] = "Nguyễn Văn An";
    const auto result = f.enqueue(filing);
    CHECK(result.status == 1);
    CHECK(result.err.find("ho_tenn: biểu mẫu 'chung-thuc-chu-ky' không có câu hỏi này") != std::string::npos);
    CHECK(f.outboxEmpty());
}

TEST_CASE("pre-question answers that lead to another procedure are refused") {
    Fixture f;
    auto filing = f.example("dang-ky-khai-sinh");
    filing["answers"]["tre_duoi_6_tuoi"] = "co";
    filing["answers"]["muon_lien_thong"] = "co";
    const auto result = f.enqueue(filing);
    CHECK(result.status == 1);
    CHECK(result.err.find("lien-thong-khai-sinh") != std::string::npos);
    CHECK(f.outboxEmpty());
}

TEST_CASE("a file that is not a filing is refused with where it is wrong") {
    Fixture f;
    SUBCASE("not JSON") {
        const auto result = f.enqueueText("{\"service\": ");
        CHECK(result.status == 1);
        CHECK(result.err.find("không phải một đối tượng JSON hợp lệ") != std::string::npos);
    }
    SUBCASE("wrong types and bad base64") {
        const auto result = f.enqueueText(
            R"({"service": "chung-thuc-chu-ky", "answers": {"so_ban": 2},
                "attachments": [{"name": "a.pdf", "media_type": "application/pdf", "content_base64": "!!"}]})");
        CHECK(result.status == 1);
        CHECK(result.err.find("/answers/so_ban: câu trả lời phải là chuỗi") != std::string::npos);
        CHECK(result.err.find("/attachments/0/content_base64: không phải base64") != std::string::npos);
    }
    SUBCASE("unknown service") {
        const auto result = f.enqueueText(R"({"service": "khai-gi-do", "answers": {}})");
        CHECK(result.status == 1);
        CHECK(result.err.find("không có thủ tục 'khai-gi-do'") != std::string::npos);
    }
    SUBCASE("missing file") {
        const auto result = runAdmin({"--config", shippedConfig().string(), "--data", f.data.string(), "enqueue",
                                      (f.dir.path() / "khong-co.json").string()});
        CHECK(result.status == 1);
        CHECK(result.err.find("Không đọc được tệp") != std::string::npos);
    }
    CHECK(f.outboxEmpty());
}
