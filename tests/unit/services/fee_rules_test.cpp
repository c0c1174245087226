// Fees are money taken from citizens: the shipped fee expressions must give exactly the amounts
// the circulars set (certified copies: Thông tư 226/2016/TT-BTC; free on-time birth, death and
// marriage registration: Luật Hộ tịch, Điều 11), evaluated through the real engine.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "shipped_services.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

long long feeFor(const forms::Service& service, forms::Answers answers) {
    const auto ctx = contextFor(service);
    forms::applyComputed(ctx, answers);
    return forms::computeFee(ctx, answers);
}

// Certified copies: one repeat instance per document, as (pages, copies).
long long certifiedCopyFee(const std::vector<std::pair<int, int>>& documents) {
    const auto& service = shippedService("chung-thuc-ban-sao");
    forms::Answers answers;
    for (size_t i = 0; i < documents.size(); ++i) {
        const int n = static_cast<int>(i) + 1;
        answer(answers, forms::answerKey("ten_giay_to", n), "Giấy khai sinh");
        answer(answers, forms::answerKey("so_trang", n), std::to_string(documents[i].first));
        answer(answers, forms::answerKey("so_ban", n), std::to_string(documents[i].second));
    }
    forms::setRepeatCount(pageOf(service, "giay_to"), answers, static_cast<int>(documents.size()));
    return feeFor(service, answers);
}

long long signatureFee(int papers) {
    const auto& service = shippedService("chung-thuc-chu-ky");
    forms::Answers answers;
    for (int n = 1; n <= papers; ++n) answer(answers, forms::answerKey("ten_giay_to", n), "Giấy ủy quyền");
    forms::setRepeatCount(pageOf(service, "giay_to"), answers, papers);
    return feeFor(service, answers);
}

forms::Answers birthAnswers(int daysOld) {
    forms::Answers answers;
    answer(answers, "ngay_sinh_tre", dateText(daysBefore(daysOld)));
    answer(answers, "can_ban_sao", "khong");
    if (daysOld > 60) answer(answers, "dien_mien_le_phi", "khong");
    return answers;
}

}  // namespace

TEST_CASE("a certified copy costs 2,000 VND for each of its first two pages") {
    CHECK(certifiedCopyFee({{1, 1}}) == 2000);
    CHECK(certifiedCopyFee({{2, 1}}) == 4000);
}

TEST_CASE("from the third page a certified copy costs 1,000 VND a page") {
    CHECK(certifiedCopyFee({{3, 1}}) == 5000);
    CHECK(certifiedCopyFee({{10, 1}}) == 12000);
}

TEST_CASE("every copy is charged, and every document in the list is added up") {
    CHECK(certifiedCopyFee({{3, 2}}) == 10000);
    CHECK(certifiedCopyFee({{1, 1}, {3, 2}}) == 12000);
}

TEST_CASE("a certified copy costs at most 200,000 VND, however many pages it has") {
    CHECK(certifiedCopyFee({{250, 1}}) == 200000);
    CHECK(certifiedCopyFee({{250, 2}}) == 400000);
    CHECK(certifiedCopyFee({{197, 1}}) == 199000);
}

TEST_CASE("signature certification costs 10,000 VND for each paper") {
    CHECK(signatureFee(1) == 10000);
    CHECK(signatureFee(3) == 30000);
}

TEST_CASE("a birth registered within 60 days of the birth is free") {
    const auto& service = shippedService("dang-ky-khai-sinh");
    CHECK(feeFor(service, birthAnswers(0)) == 0);
    CHECK(feeFor(service, birthAnswers(10)) == 0);
    CHECK(feeFor(service, birthAnswers(60)) == 0);
}

TEST_CASE("a late birth registration is charged unless the child's household is exempt") {
    const auto& service = shippedService("dang-ky-khai-sinh");
    CHECK(feeFor(service, birthAnswers(61)) > 0);
    auto exempt = birthAnswers(400);
    answer(exempt, "dien_mien_le_phi", "ho_ngheo");
    CHECK(feeFor(service, exempt) == 0);
}

TEST_CASE("extra copies of the birth certificate cost 8,000 VND each, even on time") {
    const auto& service = shippedService("dang-ky-khai-sinh");
    auto answers = birthAnswers(5);
    answer(answers, "can_ban_sao", "co");
    answer(answers, "so_ban_sao", "2");
    CHECK(feeFor(service, answers) == 16000);
}

TEST_CASE("a death registered within 15 days is free, later it is charged") {
    const auto& service = shippedService("dang-ky-khai-tu");
    forms::Answers onTime;
    answer(onTime, "ngay_mat", dateText(daysBefore(15)));
    answer(onTime, "can_ban_sao", "khong");
    CHECK(feeFor(service, onTime) == 0);
    forms::Answers late = onTime;
    answer(late, "ngay_mat", dateText(daysBefore(16)));
    answer(late, "dien_mien_le_phi", "khong");
    CHECK(feeFor(service, late) > 0);
}

TEST_CASE("marriage registration between Vietnamese citizens is free") {
    CHECK(feeFor(shippedService("dang-ky-ket-hon"), {}) == 0);
}
