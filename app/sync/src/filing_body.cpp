#include "kiosk/sync/filing_body.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/result_delivery.hpp"

namespace kiosk::sync {
namespace {

// The fee line a result sent by public post adds (bưu chính công ích), beside the procedure's.
constexpr const char* kPostFeeCode = "BCCI";

}  // namespace

std::string vietnamTime(std::chrono::sys_seconds t) {
    using namespace std::chrono;
    const auto local = t + hours{7};
    const auto day = floor<days>(local);
    const year_month_day ymd{day};
    const hh_mm_ss<seconds> time{local - day};
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02ld+07:00", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(time.hours().count()), static_cast<long>(time.minutes().count()),
                  static_cast<long>(time.seconds().count()));
    return text;
}

std::string createFilingBody(const outbox::OpenedFiling& opened) {
    using nlohmann::json;
    const core::Filing& filing = opened.filing;
    json documents = json::array();
    for (std::size_t i = 0; i < filing.attachments.size() && i < opened.attachmentSha256.size(); ++i) {
        const auto& a = filing.attachments[i];
        json document{{"part_id", std::to_string(i + 1)},
                      {"name", a.name},
                      {"media_type", a.mediaType},
                      {"length", a.bytes.size()},
                      {"sha256", opened.attachmentSha256[i]}};
        // The slot names the component digitised_components refers to; a filing stored before
        // digitisation was recorded keeps the body it was first sent with.
        if (filing.digitisation && !a.slotId.empty()) document["component_code"] = a.slotId;
        documents.push_back(std::move(document));
    }
    json fees = json::array();
    if (filing.feeVnd > 0) fees.push_back({{"fee_code", "LP01"}, {"name", "Lệ phí"}, {"amount", filing.feeVnd}});
    if (filing.postFeeVnd > 0) {
        fees.push_back({{"fee_code", kPostFeeCode},
                        {"name", "Cước gửi kết quả qua bưu chính công ích"},
                        {"amount", filing.postFeeVnd}});
    }

    // std::map keeps answers sorted, so the same filing always gives the same bytes.
    json body = {{"client_filing_id", opened.clientFilingId},
                 {"service_code", filing.serviceCode},
                 {"service_id", filing.serviceId},
                 {"channel", core::channelName(filing.channel)},
                 {"kiosk_created_at", vietnamTime(opened.createdAt)},
                 {"local_reference", opened.localReference},
                 {"answers", filing.answers},
                 {"documents", std::move(documents)},
                 {"fees", std::move(fees)}};
    // The desk is the portal's default: a desk filing's body stays as it was before the choice
    // existed, so one stored then and retried now keeps its bytes under its Idempotency-Key.
    if (filing.delivery != forms::ResultDelivery::Desk) {
        body["result_delivery"] = {{"method", core::deliveryName(filing.delivery)}};
        if (filing.delivery == forms::ResultDelivery::Post) body["result_delivery"]["address"] = filing.postAddress;
    }
    if (filing.dueWorkingDays) body["due_working_days"] = *filing.dueWorkingDays;
    if (filing.digitisation) {
        body["digitised_components"] = filing.digitisation->components;
        body["all_components_digitised"] = filing.digitisation->all;
    }
    // The staff member who helped at the kiosk (channel kiosk_assisted), by operator id.
    if (!filing.assistedBy.empty()) body["assisted_by"] = filing.assistedBy;
    // The document slots whose original the helper saw at the kiosk (the desk need not ask again).
    if (!filing.originalsSeen.empty()) body["originals_seen"] = filing.originalsSeen;
    // The ID number lets the applicant's card prove the filing is theirs at any kiosk (§4.6).
    if (!filing.applicantIdNumber.empty()) body["applicant"] = {{"id_number", filing.applicantIdNumber}};
    // Invalid UTF-8 cannot come from the forms; should it ever, it is replaced, not a crash.
    std::string text = body.dump(-1, ' ', false, json::error_handler_t::replace);
    // The tree holds copies of every answer.
    for (auto& [key, value] : body["answers"].items()) {
        if (value.is_string()) secureWipe(value.get_ref<std::string&>());
    }
    if (const auto delivery = body.find("result_delivery"); delivery != body.end() && delivery->contains("address")) {
        secureWipe((*delivery)["address"].get_ref<std::string&>());
    }
    if (body.contains("applicant")) secureWipe(body["applicant"]["id_number"].get_ref<std::string&>());
    return text;
}

}  // namespace kiosk::sync
