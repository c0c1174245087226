#include "example_answers.hpp"

#include <algorithm>

#include "kiosk/base/text.hpp"
#include "kiosk/forms/validation.hpp"

namespace kiosk::admin {
namespace {

bool contains(const std::string& id, const char* part) { return id.find(part) != std::string::npos; }

// A sex hinted by a question's id, so the mother gets a woman's name; random otherwise.
std::optional<forms::Sex> sexHint(const std::string& id) {
    if (id.ends_with("_me") || contains(id, "_vo")) return forms::Sex::Female;
    if (id.ends_with("_cha") || contains(id, "_chong")) return forms::Sex::Male;
    return std::nullopt;
}

std::string truncated(const std::string& value, const forms::Field& field) {
    if (!field.maxLength || text::codepointCount(value) <= *field.maxLength) return value;
    // Only ASCII is ever cut (the long Vietnamese values are far below every limit).
    return value.substr(0, *field.maxLength);
}

// A one-page PDF saying what it is; ASCII only, so the built-in Helvetica can show it.
std::string syntheticPdf(const std::string& title) {
    const std::string stream = "BT /F1 18 Tf 72 760 Td (Tai lieu mau - synthetic document: " + title + ") Tj ET";
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one object written on two lines
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t offset : offsets) {
        std::string digits = std::to_string(offset);
        pdf += std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

std::string documentName(const std::string& key) {
    std::string name = key;
    std::replace(name.begin(), name.end(), '#', '-');
    return name + ".pdf";
}

}  // namespace

ExampleAnswers::ExampleAnswers(const config::Config& config, const forms::Service& service, unsigned seed,
                               forms::Date today)
    : m_config(config), m_service(service), m_today(today), m_people(seed) {
    m_placeCode = config.kiosk.provinceCode.empty() ? "001" : config.kiosk.provinceCode;
}

forms::Date ExampleAnswers::yearsAgo(int years, int extraDays) const {
    return forms::Date(std::chrono::sys_days(m_today) - std::chrono::days(years * 365 + years / 4 + extraDays));
}

void ExampleAnswers::fillAll() {
    for (const auto& field : m_service.preQuestions) addSlot(field, 0);
    for (const auto& page : m_service.pages) {
        if (!page.repeat) {
            for (const auto& field : page.fields) addSlot(field, 0);
            continue;
        }
        const int count = std::max(1, page.minRepeat);
        forms::setRepeatCount(page, m_answers, count);
        for (int i = 1; i <= count; ++i) {
            for (const auto& field : page.fields) addSlot(field, i);
        }
    }
    deriveIdNumbers();
}

void ExampleAnswers::addSlot(const forms::Field& field, int repeatIndex) {
    using forms::FieldType;
    if (field.type == FieldType::Info || field.compute) return;  // nothing to type
    const std::string key = forms::answerKey(field.id, repeatIndex);
    Slot slot;
    slot.field = &field;
    slot.repeatIndex = repeatIndex;
    if (field.type == FieldType::Address) {
        fillAddress(key, field);
    } else if (field.type == FieldType::PersonalId) {
        slot.fallbackDob = yearsAgo(m_people.between(25, 50), m_people.between(0, 364));
        slot.fallbackSex = sexHint(field.id).value_or(m_people.sex());
    } else {
        slot.candidates = candidatesFor(field, key);
        forms::setAnswer(m_answers, key, slot.candidates.front());
    }
    m_order.push_back(key);
    m_slots.emplace(key, std::move(slot));
}

void ExampleAnswers::fillAddress(const std::string& key, const forms::Field& field) {
    const forms::Province* province = m_config.units.findProvince(m_config.kiosk.provinceCode);
    if (province == nullptr && !m_config.units.provinces.empty()) province = &m_config.units.provinces.front();
    if (province == nullptr || province->communes.empty()) return;  // validation will say so
    const auto& commune = province->communes[m_people.pick(province->communes.size())];
    forms::setAnswer(m_answers, key + ".province", province->code);
    forms::setAnswer(m_answers, key + ".commune", commune.code);
    forms::setAnswer(m_answers, key + ".street", truncated("Thôn " + std::to_string(m_people.between(1, 12)), field));
}

std::vector<std::string> ExampleAnswers::candidatesFor(const forms::Field& field, const std::string& key) {
    using forms::FieldType;
    switch (field.type) {
        case FieldType::Text: return textCandidates(field);
        case FieldType::PersonName:
            return {truncated(m_people.fullName(sexHint(field.id).value_or(m_people.sex())), field)};
        case FieldType::LongText: return {truncated("Nội dung mẫu do kiosk-admin tạo để thử nghiệm.", field)};
        case FieldType::Integer:
        case FieldType::Money: {
            const long long low = field.min ? static_cast<long long>(*field.min) : 1;
            const long long high = field.max ? static_cast<long long>(*field.max) : low + 1;
            return {std::to_string(std::max(low, 1LL)), std::to_string(low), std::to_string(high)};
        }
        case FieldType::Date: return dateCandidates(field);
        case FieldType::YesNo:
            return m_people.pick(2) == 0 ? std::vector<std::string>{"co", "khong"} : std::vector<std::string>{"khong", "co"};
        case FieldType::SingleChoice:
        case FieldType::MultiChoice: {
            const forms::ChoiceList* list = m_config.findChoices(m_service, field.choices);
            if (list == nullptr || list->choices.empty()) return {""};
            // Every option, starting from one the seed picks; Vietnamese nationality first when
            // offered, as for most people at a commune kiosk (a foreign one opens passport pages).
            std::vector<std::string> ids;
            const size_t start = m_people.pick(list->choices.size());
            for (size_t i = 0; i < list->choices.size(); ++i) ids.push_back(list->choices[(start + i) % list->choices.size()].id);
            if (const auto vn = std::find(ids.begin(), ids.end(), "vn"); vn != ids.end()) std::rotate(ids.begin(), vn, vn + 1);
            return ids;
        }
        case FieldType::Phone: return {m_people.mobileNumber()};
        case FieldType::Email: return {"nguoi.mau." + std::to_string(m_people.between(1, 999)) + "@example.vn"};
        case FieldType::Document: return {documentName(key)};
        case FieldType::Signature: return {"0.1,0.6 0.3,0.4 0.5,0.6 0.7,0.4 0.9,0.6"};
        case FieldType::Passport: return {forms::kPassportRead};
        case FieldType::Address:
        case FieldType::PersonalId:
        case FieldType::Info: break;
    }
    return {""};
}

std::vector<std::string> ExampleAnswers::textCandidates(const forms::Field& field) {
    const std::string& id = field.id;
    const auto* province = m_config.units.findProvince(m_config.kiosk.provinceCode);
    const std::string place = m_config.kiosk.communeName + ", " + (province ? province->name : m_config.kiosk.provinceName);
    std::vector<std::string> out;
    if (!field.pattern.empty()) out = {"08:30", "8", "A1"};  // the one patterned text is a time
    else if (contains(id, "noi_cap")) out = {"Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Bộ Công an"};
    else if (contains(id, "quoc_tich")) out = {"Lào"};
    else if (contains(id, "ho_chieu") || id.starts_with("giay_to_")) out = {"C" + std::to_string(m_people.between(1000000, 9999999))};
    else if (id.starts_with("so_")) out = {std::to_string(m_people.between(1, 300)) + "/2025"};
    else if (contains(id, "toa_an")) out = {"Tòa án nhân dân khu vực 1 - " + m_config.kiosk.provinceName};
    else if (contains(id, "ten_giay_to")) out = {"Giấy khai sinh", "Bằng tốt nghiệp"};
    else if (contains(id, "nguyen_nhan")) out = {"Bệnh già"};
    else if (contains(id, "noi_kham")) out = {"Trạm y tế " + m_config.kiosk.communeName};
    else if (contains(id, "noi_") || contains(id, "que_quan")) out = {place};
    else out = {"Thông tin mẫu để thử nghiệm"};
    out.push_back("Mẫu");
    for (auto& value : out) value = truncated(value, field);
    return out;
}

std::vector<std::string> ExampleAnswers::dateCandidates(const forms::Field& field) {
    const std::string& id = field.id;
    std::vector<forms::Date> dates;
    const int jitter = m_people.between(0, 9);
    if (id.starts_with("ngay_sinh") && !contains(id, "tre")) {
        dates.push_back(yearsAgo(m_people.between(25, 50), m_people.between(0, 364)));
    } else if (contains(id, "tre")) {
        dates.push_back(forms::Date(std::chrono::sys_days(m_today) - std::chrono::days(5 + jitter)));
    } else {
        dates.push_back(forms::Date(std::chrono::sys_days(m_today) - std::chrono::days(3 + jitter)));
    }
    // What repairs may try: recent days first, then ages an adult, a child or an old record has.
    for (int days : {1, 10, 400}) dates.push_back(forms::Date(std::chrono::sys_days(m_today) - std::chrono::days(days)));
    for (int years : {3, 10, 22, 30, 45, 70}) dates.push_back(yearsAgo(years, jitter));
    dates.push_back(m_today);
    std::vector<std::string> out;
    for (const auto& d : dates) out.push_back(forms::formatDate(d));
    return out;
}

void ExampleAnswers::deriveIdNumbers() {
    // The sex an ID number is checked against may be computed (the partner's, from one's own).
    forms::Answers computed = m_answers;
    forms::applyComputed(forms::ValidationContext{m_service, m_config.units, m_today, &m_config.sharedChoices}, computed);
    for (auto& entry : m_slots) {
        const std::string& key = entry.first;
        const auto& slot = entry.second;
        if (slot.field->type != forms::FieldType::PersonalId) continue;
        auto answerOf = [&](const std::string& fieldId) -> std::string {
            if (fieldId.empty()) return {};
            const auto it = computed.find(forms::answerKey(fieldId, slot.repeatIndex));
            return it == computed.end() ? std::string() : it->second;
        };
        const forms::Date dob = forms::parseDate(answerOf(slot.field->dobField)).value_or(slot.fallbackDob);
        const forms::Sex sex = forms::parseSex(answerOf(slot.field->sexField)).value_or(slot.fallbackSex);
        // Keep the number while its date-and-sex digits still fit, so repairs elsewhere leave it.
        const std::string fresh = m_people.idNumber(dob, sex, m_placeCode);
        const auto it = m_answers.find(key);
        if (it == m_answers.end() || it->second.compare(0, 6, fresh, 0, 6) != 0) forms::setAnswer(m_answers, key, fresh);
    }
}

std::string ExampleAnswers::slotOf(const std::string& errorKey) const {
    if (m_slots.count(errorKey)) return errorKey;
    const size_t dot = errorKey.rfind('.');
    if (dot != std::string::npos && m_slots.count(errorKey.substr(0, dot))) return errorKey.substr(0, dot);
    return {};
}

std::string ExampleAnswers::value(const std::string& slot) const {
    const auto it = m_answers.find(slot);
    return it == m_answers.end() ? std::string() : it->second;
}

const std::vector<std::string>& ExampleAnswers::candidates(const std::string& slot) const {
    return m_slots.at(slot).candidates;
}

void ExampleAnswers::set(const std::string& slot, const std::string& value) {
    forms::setAnswer(m_answers, slot, value);
    deriveIdNumbers();
}

void ExampleAnswers::attachDocuments(FilingFile& file) const {
    for (const auto& key : m_order) {
        const Slot& slot = m_slots.at(key);
        if (slot.field->type != forms::FieldType::Document) continue;
        const auto it = file.answers.find(key);
        if (it == file.answers.end()) continue;
        const std::string pdf = syntheticPdf(key);
        file.attachments.push_back(
            core::Attachment{it->second, "application/pdf", {pdf.begin(), pdf.end()}, slot.field->document, 1});
    }
}

}  // namespace kiosk::admin
