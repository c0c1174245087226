#pragma once
// A small hand-built config for the flow tests: a birth-registration-like service with a routing
// pre-question, a prefilled page, a page shown only for some answers, a repeat page and a fee,
// plus the combined procedure it routes to. Built in code so the tests do not depend on the
// shipped kiosk-config, which changes as administrators edit it.
#include <chrono>
#include <memory>
#include <optional>
#include <string_view>

#include <doctest/doctest.h>

#include "kiosk/config/config.hpp"
#include "kiosk/core/flow.hpp"
#include "kiosk/core/status_read.hpp"
#include "kiosk/forms/expression.hpp"
#include "support/memory_filing_store.hpp"
#include "support/memory_staff.hpp"

namespace kiosk::test {

inline forms::ExpressionPtr expr(std::string_view text) {
    auto parsed = forms::parseExpression(text);
    REQUIRE(parsed.ok());
    return *parsed;
}

inline forms::Field makeField(std::string id, forms::FieldType type, bool required = true) {
    forms::Field f;
    f.id = std::move(id);
    f.type = type;
    f.label = {"Câu hỏi " + f.id, "Question " + f.id};
    f.required = required;
    return f;
}

inline forms::Page makePage(std::string id, std::vector<forms::Field> fields) {
    forms::Page p;
    p.id = std::move(id);
    p.title = {"Trang " + p.id, ""};
    p.fields = std::move(fields);
    return p;
}

inline std::shared_ptr<const config::Config> sampleConfig() {
    using forms::FieldType;
    auto cfg = std::make_shared<config::Config>();
    cfg->kiosk.kioskId = "KIOSK-TEST";
    cfg->kiosk.communeName = "Xã Thử Nghiệm";
    cfg->kiosk.languages = {forms::Lang::Vi, forms::Lang::En};
    cfg->kiosk.categories = {{"ho-tich", {"Hộ tịch", "Civil status"}}};
    cfg->locales.vi["identity.error.full_name"] = "Hãy nhập họ và tên";
    cfg->kiosk.rating.reasons = {{"cho_lau", {"Phải chờ lâu", ""}}, {"may_kho_dung", {"Máy khó dùng", ""}}};

    forms::Service birth;
    birth.id = "khai-sinh";
    birth.code = "1.001193";
    birth.name = {"Đăng ký khai sinh", "Birth registration"};
    birth.category = "ho-tich";
    birth.preQuestions = {makeField("duoi_6", FieldType::YesNo)};
    birth.routes = {forms::Route{expr("duoi_6 == 'co'"), "lien-thong", {"Làm luôn thường trú", ""}, {}}};
    auto name = makeField("ho_ten", FieldType::Text);
    name.prefill = forms::PrefillKey::FullName;
    auto id = makeField("so_dinh_danh", FieldType::Text);
    id.prefill = forms::PrefillKey::IdNumber;
    auto place = makeField("noi_cap", FieldType::Text, false);
    place.prefill = forms::PrefillKey::IssuePlace;
    birth.pages.push_back(makePage("nguoi_nop", {name, id, place}));
    birth.pages.push_back(makePage("tre", {makeField("ngay_sinh", FieldType::Date),
                                           makeField("co_anh_chi", FieldType::YesNo)}));
    auto siblings = makePage("anh_chi", {makeField("ten_anh_chi", FieldType::Text)});
    siblings.visibleIf = expr("co_anh_chi == 'co'");
    siblings.repeat = true;
    siblings.minRepeat = 1;
    siblings.maxRepeat = 3;
    birth.pages.push_back(siblings);
    auto copies = makeField("so_ban", FieldType::Integer, false);
    copies.max = 5;
    birth.pages.push_back(makePage("ban_sao", {copies}));
    birth.fee.amount = expr("if(empty(so_ban), 0, so_ban * 8000)");
    birth.resultDelivery.post = true;
    birth.resultDelivery.postFeeVnd = 25000;
    cfg->services.push_back(birth);

    forms::Service combined;
    combined.id = "lien-thong";
    combined.code = "1.000689";
    combined.name = {"Liên thông khai sinh", ""};
    combined.category = "ho-tich";
    combined.preQuestions = {makeField("duoi_6", FieldType::YesNo)};
    combined.pages.push_back(makePage("nguoi_nop", {name}));
    cfg->services.push_back(combined);
    return cfg;
}

// A session on the sample config with the flow's surroundings, driven one action at a time.
struct Flow {
    std::shared_ptr<const config::Config> config = sampleConfig();
    MemoryFilingStore store;
    core::Session session = core::newSession(config);
    std::chrono::year_month_day today{std::chrono::year(2025), std::chrono::month(8), std::chrono::day(15)};
    core::StaffLockout staffLockout;
    core::LookupThrottle lookupThrottle;
    core::StatusSource* status = nullptr;  // none: look-ups say the cache is unavailable
    MemoryAuditLog audit;
    MemoryStaffDirectory staff;                     // empty until a test adds someone
    std::optional<std::chrono::local_seconds> now;  // the flow's local time; unset: nine o'clock on `today`
    std::chrono::seconds steady{0};                 // the flow's steady time, from the clock's start

    // Applies `action`. The status reads it asks for are done at once, as the kiosk's status
    // worker does them, and their answers applied, as the next frame would: what comes back is
    // every other effect, in order.
    core::Effects operator()(const core::Action& action) {
        const kiosk::ManualClock clock(kiosk::ManualClock::Steady::time_point{} + steady,
                                       now.value_or(std::chrono::local_days(today) + std::chrono::hours(9)));
        const core::FlowContext ctx{store, clock, config, status, &staffLockout, &lookupThrottle, &audit};
        core::Effects rest;
        for (auto& effect : core::apply(session, action, ctx)) {
            if (auto* read = std::get_if<core::fx::ReadStatus>(&effect); read && status) {
                for (auto& more : (*this)(core::readStatus(*status, *read))) rest.push_back(std::move(more));
            } else if (auto* code = std::get_if<core::fx::LookUpStatus>(&effect); code && status) {
                for (auto& more : (*this)(core::lookUpStatus(*status, *code))) rest.push_back(std::move(more));
            } else {
                rest.push_back(std::move(effect));
            }
        }
        return rest;
    }
    // Types `operatorId` and `pin` on the staff screen and presses "Đăng nhập"; when the flow asks
    // for the check, runs it as the kiosk's sign-in worker would and hands back its answer.
    // True when the check was asked for.
    bool signIn(const std::string& operatorId, const std::string& pin) {
        (*this)(core::act::SetText{core::TextTarget::StaffOperator, "", operatorId});
        (*this)(core::act::SetText{core::TextTarget::StaffPin, "", pin});
        const auto effects = (*this)(core::act::UnlockStaff{});
        if (effects.size() != 1 || !std::holds_alternative<core::fx::CheckStaffPin>(effects.front())) return false;
        const auto verdict = core::checkStaffSignIn(staff, session.staffOperatorInput, session.staffPinInput);
        (*this)(core::act::StaffPinChecked{session.staffOperatorInput, verdict});
        return true;
    }
    void answer(const std::string& key, const std::string& value) {
        (*this)(core::act::SetText{core::TextTarget::Answer, key, value});
    }
    void identity(const std::string& key, const std::string& value) {
        (*this)(core::act::SetText{core::TextTarget::Identity, key, value});
    }
    // Home -> catalogue -> the birth service -> its pre-question answered "no" -> identity.
    void toIdentity() {
        (*this)(core::act::OpenCatalogue{});
        (*this)(core::act::ChooseService{"khai-sinh"});
        (*this)(core::act::StartFiling{});
        answer("duoi_6", "khong");
        (*this)(core::act::Continue{});
    }
    // ... then a typed identity, arriving on the first page.
    void toFirstPage() {
        toIdentity();
        identity("full_name", "Lê Thị Hoa");
        identity("id_number", "079301000123");
        (*this)(core::act::Continue{});
    }
    // ... then every page answered with no siblings, arriving at check answers.
    void toCheckAnswers() {
        toFirstPage();
        (*this)(core::act::Continue{});
        answer("ngay_sinh", "01/08/2025");
        answer("co_anh_chi", "khong");
        (*this)(core::act::Continue{});
        (*this)(core::act::Continue{});
    }
};

}  // namespace kiosk::test
