#include "scanners/fusion.hpp"

#include <algorithm>
#include <vector>

#include "fusion_vote.hpp"
#include "scanners/id_number.hpp"
#include "scanners/unicode.hpp"

namespace scanners {
namespace {

using fusion::Decision;
using fusion::Vote;

// The QR code carries Reed-Solomon error correction; every MRZ field we use passed its check
// digit. Neither is proof against a wrong card or a misprint, so neither counts as 1.
constexpr float kQrConfidence = 0.98f;
constexpr float kMrzConfidence = 0.97f;
// MRZ names have no check digit and no diacritics: a last resort.
constexpr float kMrzNameConfidence = 0.6f;
constexpr float kMrzCorrectedNameConfidence = 0.4f;

constexpr Date kCanCuocStart{2024, 7, 1};
constexpr Date kChipCardStart{2021, 1, 1};

template <typename T>
void addOcr(std::vector<Vote<T>>& votes, const std::optional<Reading<T>>& reading) {
    if (reading) votes.push_back({reading->value, FieldSource::Ocr, reading->confidence});
}

IdentityField field(const std::string& value, FieldSource source, float confidence) {
    return IdentityField{value, source, confidence};
}

// "UNG HOANG HIEP" -> "Ung Hoang Hiep": the MRZ spelling in the case forms expect.
std::string titleCase(const std::string& upper) {
    std::string out = upper;
    bool wordStart = true;
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z' && !wordStart) c = static_cast<char>(c - 'A' + 'a');
        wordStart = c == ' ';
    }
    return out;
}

bool sameFoldedText(const std::string& a, const std::string& b) {
    return unicode::foldToAsciiUpper(a) == unicode::foldToAsciiUpper(b);
}

class Fuser {
public:
    explicit Fuser(const CardReads& reads) : m_reads(reads) {}

    Result<Identity> run() {
        if (!m_reads.qr && !m_reads.mrz && !m_reads.printed) {
            return Error{"identity.nothing_read", "Không đọc được thông tin nào từ thẻ.", ""};
        }
        if (auto error = fuseCore()) return *error;
        fuseName();
        fuseOtherFields();
        return std::move(m_identity);
    }

private:
    static Error conflict(const char* label, const char* where) {
        return Error{"identity.conflict",
                     std::string(label) +
                         " đọc từ các nguồn trên thẻ không khớp nhau; không thể dùng thẻ này "
                         "tự động. Vui lòng chụp lại hoặc nhập tay.",
                     where};
    }

    void warnOverruled(bool overruled, const char* label) {
        if (!overruled) return;
        m_identity.warnings.push_back(std::string(label) +
                                      " đọc từ chữ in khác với mã QR/vùng MRZ; đã dùng giá trị "
                                      "từ mã QR/vùng MRZ.");
    }

    std::optional<Error> fuseCore() {
        const auto* qr = m_reads.qr ? &*m_reads.qr : nullptr;
        const auto* mrz = m_reads.mrz ? &*m_reads.mrz : nullptr;
        const auto* printed = m_reads.printed ? &*m_reads.printed : nullptr;

        std::vector<Vote<std::string>> ids;
        std::vector<Vote<Date>> dobs;
        std::vector<Vote<Sex>> sexes;
        if (qr) {
            ids.push_back({qr->idNumber, FieldSource::Qr, kQrConfidence});
            dobs.push_back({qr->dob, FieldSource::Qr, kQrConfidence});
            sexes.push_back({qr->sex, FieldSource::Qr, kQrConfidence});
        }
        if (mrz) {
            ids.push_back({mrz->personalId, FieldSource::Mrz, kMrzConfidence});
            dobs.push_back({mrz->birthDate, FieldSource::Mrz, kMrzConfidence});
            if (mrz->sex != Sex::Unknown) {
                sexes.push_back({mrz->sex, FieldSource::Mrz, kMrzConfidence});
            }
        }
        if (printed) {
            addOcr(ids, printed->idNumber);
            addOcr(dobs, printed->dob);
            addOcr(sexes, printed->sex);
        }

        const auto id = fusion::decide(ids);
        const auto dob = fusion::decide(dobs);
        const auto sex = fusion::decide(sexes);
        if (id.trustedConflict) return conflict("Số định danh", "id_number");
        if (dob.trustedConflict) return conflict("Ngày sinh", "dob");
        if (sex.trustedConflict) return conflict("Giới tính", "sex");
        if (!id.chosen) {
            return Error{"identity.no_id_number", "Không đọc được số định danh trên thẻ.",
                         "id_number"};
        }
        const auto parsed = parseIdNumber(id.chosen->value);
        if (!parsed) {
            return Error{"identity.bad_id_number", "Số định danh đọc được không hợp lệ.",
                         "id_number"};
        }
        // The ID number's digits encode the birth year and the sex: a disagreement means one
        // of the reads is wrong, and we cannot tell which.
        if (dob.chosen && !idMatchesBirthDate(*parsed, dob.chosen->value)) {
            return conflict("Năm sinh và số định danh", "dob");
        }
        if (sex.chosen && !idMatchesSex(*parsed, sex.chosen->value)) {
            return conflict("Giới tính và số định danh", "sex");
        }
        warnOverruled(id.ocrOverruled, "Số định danh");
        warnOverruled(dob.ocrOverruled, "Ngày sinh");
        warnOverruled(sex.ocrOverruled, "Giới tính");

        const auto& chosenId = *id.chosen;
        m_identity.idNumber = field(chosenId.value, chosenId.source, chosenId.confidence);
        if (dob.chosen) {
            m_dob = dob.chosen->value;
            m_identity.dob =
                field(formatDate(dob.chosen->value), dob.chosen->source, dob.chosen->confidence);
        }
        if (sex.chosen) {
            m_identity.sex = field(std::string(sexLabel(sex.chosen->value)), sex.chosen->source,
                                   sex.chosen->confidence);
        } else {
            // By law the fourth digit is the sex: reading it there is not a guess.
            m_identity.sex = field(std::string(sexLabel(parsed->sex)), chosenId.source,
                                   chosenId.confidence);
        }
        return std::nullopt;
    }

    void fuseName() {
        std::vector<Vote<std::string>> votes;
        if (m_reads.qr) votes.push_back({m_reads.qr->fullName, FieldSource::Qr, kQrConfidence});
        if (m_reads.printed) addOcr(votes, m_reads.printed->fullName);
        // OCR drops and confuses tone marks, so only a difference beyond diacritics counts.
        auto d = fusion::decide(votes, sameFoldedText);
        warnOverruled(d.ocrOverruled, "Họ tên");
        auto& chosen = d.chosen;
        if (const auto& mrz = m_reads.mrz; mrz && !mrz->surname.empty()) {
            if (!chosen) {
                chosen = Vote<std::string>{titleCase(mrzFullName(*mrz)), FieldSource::Mrz,
                                           mrz->nameCorrected ? kMrzCorrectedNameConfidence
                                                              : kMrzNameConfidence};
                m_identity.warnings.push_back(
                    "Họ tên chỉ đọc được từ vùng MRZ nên không có dấu; cần kiểm tra và sửa lại.");
            } else if (matchesMrzName(chosen->value, *mrz)) {
                chosen->confidence = fusion::combined(chosen->confidence, kMrzNameConfidence);
                warnToneMarksUnchecked(*chosen);
            } else {
                m_identity.warnings.push_back(
                    "Họ tên (bỏ dấu) không khớp với họ tên trong vùng MRZ; cần kiểm tra lại.");
            }
        } else if (chosen) {
            warnToneMarksUnchecked(*chosen);
        }
        if (chosen) m_identity.fullName = field(chosen->value, chosen->source, chosen->confidence);
    }

    // Without the QR a name's tone marks come from OCR alone, and the MRZ (no diacritics) can
    // confirm only its letters: on 720p webcam photos OCR read Đặng as Đăng and Hằng as Hãng,
    // consistently at every scale. Such a name is given, and said to need a look.
    void warnToneMarksUnchecked(const Vote<std::string>& name) {
        if (name.source != FieldSource::Ocr) return;
        m_identity.warnings.push_back(
            "Dấu của họ tên chỉ đọc được từ chữ in (không có mã QR để đối chiếu); cần kiểm tra lại.");
    }

    // OCR reads the MRZ filler '<' as K, X, C, S … and drops or doubles it, so the name line
    // is compared with the one the chosen name would give by edit distance, where any of those
    // shapes may stand for a filler. One other edit is forgiven as OCR noise; so is, then, a
    // one-letter difference in the name itself, which the ID number check makes harmless.
    static bool matchesMrzName(const std::string& name, const MrzRecord& mrz) {
        constexpr std::string_view kFillerShapes = "<KXCSEGLZ([{";
        constexpr size_t kForgivenEdits = 1;
        // Trailing filler is free; misread filler beyond the name's length too.
        std::string expected = mrzNameLine(name);
        while (!expected.empty() && expected.back() == '<') expected.pop_back();
        std::string read = mrz.lines[2];
        while (!read.empty() && (read.back() == '<' ||
                                 (read.size() > expected.size() &&
                                  kFillerShapes.find(read.back()) != std::string_view::npos))) {
            read.pop_back();
        }
        std::vector<size_t> previous(read.size() + 1), current(read.size() + 1);
        for (size_t j = 0; j <= read.size(); ++j) previous[j] = j;
        for (size_t i = 1; i <= expected.size(); ++i) {
            current[0] = i;
            for (size_t j = 1; j <= read.size(); ++j) {
                const char want = expected[i - 1], got = read[j - 1];
                const bool same =
                    want == got || (want == '<' && kFillerShapes.find(got) != std::string_view::npos);
                current[j] = std::min({previous[j - 1] + (same ? 0 : 1), previous[j] + 1,
                                       current[j - 1] + 1});
            }
            std::swap(previous, current);
        }
        return previous[read.size()] <= kForgivenEdits;
    }

    void fuseOtherFields() {
        const auto& qr = m_reads.qr;
        const auto& printed = m_reads.printed;
        if (qr && !qr->oldId.empty()) {
            m_identity.oldId = field(qr->oldId, FieldSource::Qr, kQrConfidence);
        }
        if (qr && !qr->address.empty()) {
            // Addresses are long free text OCR rarely gets exactly right: the QR wins silently.
            m_identity.address = field(qr->address, FieldSource::Qr, kQrConfidence);
        } else if (printed && printed->address) {
            m_identity.address =
                field(printed->address->value, FieldSource::Ocr, printed->address->confidence);
        }
        fuseNationality();
        fuseDates();
        fuseCardType();
    }

    void fuseNationality() {
        const auto& mrz = m_reads.mrz;
        const auto& printed = m_reads.printed;
        std::vector<Vote<std::string>> votes;
        if (mrz && mrz->nationality == "VNM") {
            votes.push_back({"Việt Nam", FieldSource::Mrz, kMrzConfidence});
        }
        if (printed) addOcr(votes, printed->nationality);
        const auto d = fusion::decide(votes, sameFoldedText);
        warnOverruled(d.ocrOverruled, "Quốc tịch");
        if (d.chosen) {
            m_identity.nationality = field(d.chosen->value, d.chosen->source, d.chosen->confidence);
        }
    }

    void fuseDates() {
        const auto& qr = m_reads.qr;
        const auto& mrz = m_reads.mrz;
        const auto& printed = m_reads.printed;

        std::vector<Vote<Date>> issued;
        if (qr && qr->issueDate) issued.push_back({*qr->issueDate, FieldSource::Qr, kQrConfidence});
        if (printed) addOcr(issued, printed->issueDate);
        const auto issue = fusion::decide(issued);
        warnOverruled(issue.ocrOverruled, "Ngày cấp");
        if (issue.chosen) {
            m_issueDate = issue.chosen->value;
            m_identity.issueDate = field(formatDate(issue.chosen->value), issue.chosen->source,
                                         issue.chosen->confidence);
            if (m_dob && issue.chosen->value < *m_dob) {
                m_identity.warnings.push_back("Ngày cấp thẻ sớm hơn ngày sinh; cần kiểm tra lại.");
            }
        }

        // "No expiry" is a value of its own: an empty optional date stands for it.
        std::vector<Vote<std::optional<Date>>> expiries;
        if (mrz) expiries.push_back({mrz->expiryDate, FieldSource::Mrz, kMrzConfidence});
        if (printed) addOcr(expiries, printed->expiryDate);
        const auto expiry = fusion::decide(expiries);
        warnOverruled(expiry.ocrOverruled, "Ngày hết hạn");
        if (expiry.chosen) {
            const auto& value = expiry.chosen->value;
            m_identity.expiryDate = field(value ? formatDate(*value) : kNoExpiry,
                                          expiry.chosen->source, expiry.chosen->confidence);
        }
    }

    // The printed title tells the generation; failing that, the issue date does, since the
    // Căn cước replaced the chip CCCD on 01/07/2024.
    void fuseCardType() {
        if (m_reads.printed && m_reads.printed->cardType != CardType::Unknown) {
            m_identity.cardType = m_reads.printed->cardType;
        } else if (m_issueDate && *m_issueDate >= kCanCuocStart) {
            m_identity.cardType = CardType::CanCuoc2024;
        } else if (m_issueDate && *m_issueDate >= kChipCardStart) {
            m_identity.cardType = CardType::Cccd2021;
        }
    }

    const CardReads& m_reads;
    Identity m_identity;
    std::optional<Date> m_dob;
    std::optional<Date> m_issueDate;
};

}  // namespace

Result<Identity> fuseIdentity(const CardReads& reads) { return Fuser(reads).run(); }

}  // namespace scanners
