#include "result_delivery_loader.hpp"

#include "ids.hpp"

namespace kiosk::config::detail {
namespace {

// A public-post fee above this is a typing mistake (an extra zero), not a tariff.
constexpr int kMaxPostFeeVnd = 1'000'000;
// A short list: an elderly citizen reads every reason before choosing.
constexpr size_t kMaxRatingReasons = 6;

}  // namespace

void readResultDelivery(TableReader& table, forms::ResultDeliveryOptions& out) {
    out.desk = table.boolean("desk").value_or(true);
    out.post = table.boolean("post").value_or(false);
    out.electronic = table.boolean("electronic").value_or(false);
    const auto fee = table.integerInRange(
        "post_fee", 0, kMaxPostFeeVnd, out.post ? Need::Required : Need::Optional,
        "cước gửi kết quả qua bưu chính công ích, đồng / the public-post fee for sending the result, in VND");
    if (fee && !out.post) {
        table.error("post_fee", "config.unused_key",
                    "có post_fee nhưng không cho gửi qua bưu điện / post_fee is set but post is not allowed",
                    "thêm post = true hoặc bỏ post_fee / add post = true or remove post_fee");
    }
    out.postFeeVnd = fee.value_or(0);
    if (!out.desk && !out.post && !out.electronic) {
        table.error("desk", "config.no_delivery",
                    "không có cách nhận kết quả nào / no way to receive the result is allowed",
                    "cho phép ít nhất một: desk, post, electronic / allow at least one: desk, post, electronic");
    }
}

void readRating(TableReader& table, RatingSettings& out) {
    UniqueIds ids("lý do", "reason");
    table.tables("reasons", Need::Optional, [&](TableReader& entry, size_t index) {
        RatingReason reason;
        if (auto id = entry.string("id", Need::Required)) {
            if (!isIdentifier(*id)) {
                entry.error("id", "config.bad_id",
                            "id lý do '" + *id + "' không hợp lệ / invalid reason id '" + *id + "'",
                            "bắt đầu bằng chữ cái, chỉ dùng chữ không dấu, số và '_' / start with a letter, use "
                            "a-z, 0-9 and '_'");
            }
            ids.add(*id, entry.file(), entry.valueAt("id"), entry.pathOf("id"));
            reason.id = std::move(*id);
        }
        reason.label = entry.text("label", Need::Required);
        if (index == kMaxRatingReasons) {
            entry.error("id", "config.too_many",
                        "quá " + std::to_string(kMaxRatingReasons) + " lý do / more than " +
                            std::to_string(kMaxRatingReasons) + " reasons",
                        "giữ danh sách ngắn để người cao tuổi đọc hết / keep the list short enough to read in full");
        }
        out.reasons.push_back(std::move(reason));
    });
}

}  // namespace kiosk::config::detail
