// Satisfaction ratings (docs/portal-api.md §4.12): a score and reason ids against a submitted
// filing, one per filing and moment, kept for the staff's indicators (766 index, group 5).
#include <algorithm>
#include <cctype>

#include "routes.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxReasons = 10;
constexpr std::size_t kMaxReasonBytes = 64;

bool isReasonId(const json& value) {
    if (!value.is_string()) return false;
    const auto& id = value.get_ref<const std::string&>();
    return !id.empty() && id.size() <= kMaxReasonBytes && std::all_of(id.begin(), id.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c)) != 0 || std::isdigit(static_cast<unsigned char>(c)) != 0 ||
               c == '_';
    });
}

// {pointer, code} for each wrong member, as the create body's checks report them.
json ratingErrors(const json& body) {
    json errors = json::array();
    const auto error = [&errors](const char* pointer, const char* code) {
        errors.push_back({{"pointer", pointer}, {"code", code}});
    };
    const auto moment = body.find("moment");
    if (moment == body.end()) error("/moment", "required");
    else if (*moment != "receipt" && *moment != "result") error("/moment", "bad_value");
    const auto score = body.find("score");
    if (score == body.end()) error("/score", "required");
    else if (!score->is_number_integer()) error("/score", "wrong_type");
    else if (score->get<std::int64_t>() < 1 || score->get<std::int64_t>() > 5) error("/score", "out_of_range");
    const auto reasons = body.find("reasons");
    if (reasons == body.end()) return errors;
    if (!reasons->is_array()) error("/reasons", "wrong_type");
    else if (reasons->size() > kMaxReasons) error("/reasons", "too_many");
    else if (!std::all_of(reasons->begin(), reasons->end(), isReasonId)) error("/reasons", "bad_format");
    else if (!reasons->empty() && score != body.end() && score->is_number_integer() && score->get<std::int64_t>() > 3) {
        error("/reasons", "not_allowed");  // reasons explain a score of 3 or less
    }
    return errors;
}

json ratingJson(const RatingRow& r) {
    return {{"rating_id", r.id},
            {"filing_id", r.filingId},
            {"moment", r.moment},
            {"score", r.score},
            {"reasons", json::parse(r.reasonsJson, nullptr, false)},
            {"at", rfc3339(r.at)}};
}

}  // namespace

json ratingsJson(Store& store, const std::string& filingId) {
    json out = json::array();
    for (const auto& r : store.ratings(filingId)) {
        json one = ratingJson(r);
        one.erase("filing_id");
        one.erase("rating_id");
        out.push_back(std::move(one));
    }
    return out;
}

ApiResponse handleCreateRating(PortalContext& ctx, const Call& call) {
    auto filing = visibleFiling(ctx, call);
    if (!filing) return notFound(call);
    const auto body = parseJsonBody(call, false);
    if (!body) return badJson(call);
    if (auto errors = ratingErrors(*body); !errors.empty()) {
        return problem(400, "bad_request",
                       "Đánh giá thiếu hoặc sai trường; xem errors / The rating has missing or "
                       "invalid fields; see errors",
                       call.instance, std::move(errors));
    }
    if (filing->status == "draft") {
        return problem(409, "invalid_transition",
                       "Hồ sơ chưa được nộp, chưa thể đánh giá / The filing is not submitted yet", call.instance);
    }
    const std::string moment = (*body)["moment"];
    const auto existing = ctx.store.ratings(filing->filingId);
    if (std::any_of(existing.begin(), existing.end(), [&](const RatingRow& r) { return r.moment == moment; })) {
        return problem(409, "already_rated", "Hồ sơ này đã được đánh giá / This filing is already rated",
                       call.instance);
    }
    const json reasons = body->value("reasons", json::array());
    const RatingRow row = ctx.store.addRating(filing->filingId, moment, (*body)["score"].get<std::int64_t>(),
                                              reasons.dump(), call.now);
    return jsonResponse(201, ratingJson(row));
}

}  // namespace kiosk::reference_portal
