#pragma once
// The answers of an example filing, question by question: each question (a "slot", keyed by
// its answer key) has candidate answers, the first chosen by the seed. ID numbers are not
// candidates: they are always derived from the answers they are checked against.
#include <map>
#include <string>
#include <vector>

#include "filing_file.hpp"
#include "kiosk/config/config.hpp"
#include "synthetic_people.hpp"

namespace kiosk::admin {

class ExampleAnswers {
public:
    ExampleAnswers(const config::Config& config, const forms::Service& service, unsigned seed, forms::Date today);

    // Answers every question of the service (pre-questions, every page, repeat pages at their
    // minimum count) with its first candidate.
    void fillAll();

    const forms::Answers& answers() const { return m_answers; }
    // The question an error key belongs to ("noi_o.commune" -> "noi_o"); empty when none.
    std::string slotOf(const std::string& errorKey) const;
    std::string value(const std::string& slot) const;
    const std::vector<std::string>& candidates(const std::string& slot) const;
    // Sets a question's answer and re-derives the ID numbers that depend on it.
    void set(const std::string& slot, const std::string& value);

    // One synthetic PDF per document question answered in `file`, named as the answer.
    void attachDocuments(FilingFile& file) const;

private:
    struct Slot {
        const forms::Field* field = nullptr;
        int repeatIndex = 0;
        std::vector<std::string> candidates;
        forms::Date fallbackDob{};  // for an ID number with no date-of-birth question
        forms::Sex fallbackSex = forms::Sex::Male;
    };

    void addSlot(const forms::Field& field, int repeatIndex);
    std::vector<std::string> candidatesFor(const forms::Field& field, const std::string& key);
    std::vector<std::string> textCandidates(const forms::Field& field);
    std::vector<std::string> dateCandidates(const forms::Field& field);
    void fillAddress(const std::string& key, const forms::Field& field);
    void deriveIdNumbers();
    forms::Date yearsAgo(int years, int extraDays) const;

    const config::Config& m_config;
    const forms::Service& m_service;
    forms::Date m_today;
    SyntheticPeople m_people;
    std::string m_placeCode;  // the ID numbers' registration place: the kiosk's province
    std::vector<std::string> m_order;
    std::map<std::string, Slot> m_slots;
    forms::Answers m_answers;
};

}  // namespace kiosk::admin
