#include "kiosk/forms/prefill.hpp"

#include <array>

#include "kiosk/base/text.hpp"
#include "kiosk/forms/expression.hpp"
#include "kiosk/forms/personal_id.hpp"
#include "kiosk/forms/values.hpp"

namespace kiosk::forms {
namespace {

// Folded name without its kind word, so "Tỉnh Đắk Lắk", "Đắk Lắk" and "DAK LAK" all agree.
std::string coreName(std::string_view name) {
    static constexpr std::array<std::string_view, 7> kKinds = {
        "thanh pho ", "tinh ", "tp. ", "tp ", "xa ", "phuong ", "dac khu "};
    std::string folded = text::foldForSearch(name);
    while (!folded.empty() && folded.front() == ' ') folded.erase(0, 1);
    while (!folded.empty() && folded.back() == ' ') folded.pop_back();
    for (const auto kind : kKinds) {
        if (folded.rfind(kind, 0) == 0) return folded.substr(kind.size());
    }
    return folded;
}

std::vector<std::string> splitAddress(const std::string& address) {
    std::vector<std::string> parts;
    std::string current;
    for (char c : address + ',') {
        if (c != ',') {
            current += c;
            continue;
        }
        while (!current.empty() && current.front() == ' ') current.erase(0, 1);
        while (!current.empty() && current.back() == ' ') current.pop_back();
        if (!current.empty()) parts.push_back(std::move(current));
        current.clear();
    }
    return parts;
}

struct AddressParts {
    std::string province, commune, street;
};

// Reads a printed address "street, commune[, old district], province" against the units.
AddressParts splitByUnits(const std::string& address, const AdminUnits& units) {
    AddressParts out;
    const auto parts = splitAddress(address);
    const Province* province = nullptr;
    size_t provinceAt = parts.size();
    for (size_t i = parts.size(); i-- > 0 && province == nullptr;) {
        for (const auto& p : units.provinces) {
            if (coreName(p.name) == coreName(parts[i])) {
                province = &p;
                provinceAt = i;
                break;
            }
        }
    }
    if (province == nullptr) return out;
    out.province = province->code;
    for (size_t i = provinceAt; i-- > 0;) {
        for (const auto& c : province->communes) {
            if (coreName(c.name) != coreName(parts[i])) continue;
            out.commune = c.code;
            for (size_t j = 0; j < i; ++j) out.street += (j > 0 ? ", " : "") + parts[j];
            return out;
        }
    }
    return out;
}

const ChoiceList* findList(const Service& service, const std::vector<ChoiceList>* shared,
                           const std::string& id) {
    for (const auto& list : service.choiceLists) {
        if (list.id == id) return &list;
    }
    if (shared != nullptr) {
        for (const auto& list : *shared) {
            if (list.id == id) return &list;
        }
    }
    return nullptr;
}

class Prefiller {
public:
    Prefiller(const Service& service, const scanners::Identity& identity, const AdminUnits& units,
              Answers& answers, bool overwrite, const std::vector<ChoiceList>* shared)
        : m_service(service), m_identity(identity), m_units(units), m_answers(answers),
          m_overwrite(overwrite), m_shared(shared) {}

    int run() {
        int filled = 0;
        for (const auto& field : m_service.preQuestions) filled += fill(field) ? 1 : 0;
        for (const auto& page : m_service.pages) filled += run(page);
        return filled;
    }

    int run(const Page& page) {
        int filled = 0;
        if (page.repeat) return 0;
        for (const auto& field : page.fields) filled += fill(field) ? 1 : 0;
        return filled;
    }

private:
    bool fill(const Field& field) {
        // Answers read as text, as in visible_if: "quan_he_voi_tre == 'me'".
        if (field.prefillIf && !isTruthy(field.prefillIf->evaluate(EvalContext{m_answers, {}, {}, 0}))) return false;
        switch (field.prefill) {
            case PrefillKey::None: return false;
            case PrefillKey::FullName: return set(field.id, m_identity.fullName.value);
            case PrefillKey::IdNumber: return set(field.id, m_identity.idNumber.value);
            case PrefillKey::Dob: return set(field.id, asDate(m_identity.dob.value));
            case PrefillKey::IssueDate: return set(field.id, asDate(m_identity.issueDate.value));
            case PrefillKey::IssuePlace:
                return set(field.id, scanners::issuePlaceFor(m_identity.cardType));
            case PrefillKey::Sex: return set(field.id, sexAnswer(field));
            case PrefillKey::Address:
                if (field.type == FieldType::Address) return fillAddress(field);
                return set(field.id, m_identity.address.value);
        }
        return false;
    }

    static std::string asDate(const std::string& value) {
        const auto date = parseDate(value);
        return date ? formatDate(*date) : value;
    }

    std::string sexAnswer(const Field& field) const {
        const auto sex = parseSex(m_identity.sex.value);
        if (!sex) return {};
        if (field.type != FieldType::SingleChoice) return m_identity.sex.value;
        const ChoiceList* list = findList(m_service, m_shared, field.choices);
        if (list == nullptr) return {};
        for (const auto& choice : list->choices) {
            if (parseSex(choice.id) == sex || parseSex(choice.label.vi) == sex) return choice.id;
        }
        return {};
    }

    bool fillAddress(const Field& field) {
        const std::string& printed = m_identity.address.value;
        if (printed.empty()) return false;
        const bool started = has(field.id + ".province") || has(field.id + ".commune") ||
                             has(field.id + ".street");
        if (started && !m_overwrite) return false;
        const AddressParts parts = splitByUnits(printed, m_units);
        if (parts.province.empty()) return false;
        setAnswer(m_answers, field.id + ".province", parts.province);
        setAnswer(m_answers, field.id + ".commune", parts.commune);
        setAnswer(m_answers, field.id + ".street", parts.street);
        return true;
    }

    bool has(const std::string& key) const {
        const auto it = m_answers.find(key);
        return it != m_answers.end() && !it->second.empty();
    }

    bool set(const std::string& key, const std::string& value) {
        if (value.empty() || (has(key) && !m_overwrite)) return false;
        return setAnswer(m_answers, key, value);
    }

    const Service& m_service;
    const scanners::Identity& m_identity;
    const AdminUnits& m_units;
    Answers& m_answers;
    bool m_overwrite;
    const std::vector<ChoiceList>* m_shared;
};

}  // namespace

int prefillFromIdentity(const Service& service, const scanners::Identity& identity,
                        const AdminUnits& units, Answers& answers, bool overwrite,
                        const std::vector<ChoiceList>* sharedChoices) {
    return Prefiller(service, identity, units, answers, overwrite, sharedChoices).run();
}

int prefillPage(const Service& service, const Page& page, const scanners::Identity& identity,
                const AdminUnits& units, Answers& answers, const std::vector<ChoiceList>* sharedChoices) {
    return Prefiller(service, identity, units, answers, false, sharedChoices).run(page);
}

void applyDefaults(const Service& service, Answers& answers) {
    for (const auto& page : service.pages) {
        if (page.repeat) continue;
        for (const auto& field : page.fields) {
            if (field.defaultAnswer.empty()) continue;
            const auto it = answers.find(field.id);
            if (it == answers.end() || it->second.empty()) setAnswer(answers, field.id, field.defaultAnswer);
        }
    }
}

}  // namespace kiosk::forms
