// TD1 parsing for Vietnamese cards: layout first (constants and filler), then each
// check-digit-protected field, then the Vietnamese redundancy (document number = last nine
// digits of the personal ID), then dates, the composite check and the name.
#include <algorithm>

#include "mrz_fields.hpp"
#include "mrz_text.hpp"
#include "scanners/id_number.hpp"
#include "scanners/mrz.hpp"

namespace scanners {
namespace {

using Lines = std::array<std::string, 3>;

struct CheckedField {
    const char* name;
    int line;
    size_t start;
    size_t length;
    size_t checkAt;
};

constexpr CheckedField kDocumentNumber{"document_number", 0, 5, 9, 14};
constexpr CheckedField kPersonalId{"personal_id", 0, 15, 12, 29};
constexpr CheckedField kBirthDate{"dob", 1, 0, 6, 6};
constexpr CheckedField kExpiryDate{"expiry_date", 1, 8, 6, 14};
constexpr size_t kSexAt = 7;
constexpr size_t kCompositeAt = 29;

struct Constant {
    int line;
    size_t start;
    std::string_view text;
};
constexpr Constant kConstants[] = {{0, 0, "IDVNM"}, {1, 15, "VNM"}};

Error mrzError(const char* code, const char* message, std::string where = {}) {
    return Error{code, message, std::move(where)};
}

class TripleParser {
public:
    explicit TripleParser(Lines lines) : m_lines(std::move(lines)) {}

    // How far parsing got before failing; picks the most telling error among OCR candidates.
    int stage() const { return m_stage; }

    Result<MrzRecord> parse() {
        if (auto error = checkLayout()) return *error;
        ++m_stage;
        if (auto error = resolveNumbers()) return *error;
        ++m_stage;
        if (auto error = readDates()) return *error;
        ++m_stage;
        if (auto error = checkComposite()) return *error;
        ++m_stage;
        if (!m_lines[2].empty()) {
            if (auto error = readName()) return *error;
        }
        readSex();
        m_record.lines = m_lines;
        m_record.documentCode = m_lines[0].substr(0, 2);
        m_record.issuingState = m_lines[0].substr(2, 3);
        m_record.nationality = m_lines[1].substr(15, 3);
        return std::move(m_record);
    }

private:
    void set(int line, size_t column, char to) {
        char& c = m_lines[static_cast<size_t>(line)][column];
        if (c == to) return;
        m_record.corrections.push_back({line, static_cast<int>(column), c, to});
        c = to;
    }

    std::optional<Error> checkLayout() {
        for (const auto& constant : kConstants) {
            for (size_t i = 0; i < constant.text.size(); ++i) {
                const char read = m_lines[static_cast<size_t>(constant.line)][constant.start + i];
                const char expected = constant.text[i];
                if (!mrz::couldBeLetter(read, expected)) {
                    return mrzError("mrz.not_vietnamese_id",
                                    "Vùng MRZ không phải của căn cước Việt Nam.", "mrz");
                }
                set(constant.line, constant.start + i, expected);
            }
        }
        return std::nullopt;
    }

    std::string read(const CheckedField& field) const {
        const std::string& line = m_lines[static_cast<size_t>(field.line)];
        return line.substr(field.start, field.length) + line[field.checkAt];
    }

    void write(const CheckedField& field, const std::string& digits) {
        for (size_t i = 0; i < field.length; ++i) set(field.line, field.start + i, digits[i]);
        set(field.line, field.checkAt, digits.back());
    }

    static Error fieldError(mrz::FieldStatus status, const char* where) {
        if (status == mrz::FieldStatus::Ambiguous) {
            return mrzError("mrz.ambiguous", "Vùng MRZ có ký tự đọc không rõ; cần chụp lại.",
                            where);
        }
        return mrzError("mrz.check_digit",
                        "Chữ số kiểm tra của vùng MRZ không khớp; cần chụp lại.", where);
    }

    std::optional<Error> resolveOrFail(const CheckedField& field, std::string_view witness = {}) {
        const auto resolved = mrz::resolveField(read(field), witness);
        if (resolved.status != mrz::FieldStatus::Valid) {
            return fieldError(resolved.status, field.name);
        }
        write(field, resolved.digits);
        return std::nullopt;
    }

    // The document number repeats the personal ID's last nine digits, each under its own
    // check digit: when one field fails its check, the other (proven) one may repair a single
    // misread character in it, and the repair must still satisfy the failing field's check.
    std::optional<Error> resolveNumbers() {
        const auto document = mrz::resolveField(read(kDocumentNumber));
        const auto personal = mrz::resolveField(read(kPersonalId));
        const bool documentOk = document.status == mrz::FieldStatus::Valid;
        const bool personalOk = personal.status == mrz::FieldStatus::Valid;
        if (documentOk && personalOk) {
            write(kDocumentNumber, document.digits);
            write(kPersonalId, personal.digits);
            if (document.digits.compare(0, 9, personal.digits, 3, 9) != 0) {
                return mrzError("mrz.inconsistent",
                                "Số giấy tờ và số định danh trong vùng MRZ không khớp nhau.",
                                "mrz");
            }
        } else if (personalOk) {
            write(kPersonalId, personal.digits);
            const std::string last9 = personal.digits.substr(3, 9);
            const std::string witness = last9 + static_cast<char>('0' + mrzCheckDigit(last9));
            if (auto error = resolveOrFail(kDocumentNumber, witness)) return error;
        } else if (documentOk) {
            write(kDocumentNumber, document.digits);
            const std::string witness = "???" + document.digits.substr(0, 9) + "?";
            if (auto error = resolveOrFail(kPersonalId, witness)) return error;
        } else {
            return fieldError(personal.status, kPersonalId.name);
        }
        if (auto error = resolveOrFail(kBirthDate)) return error;
        return resolveOrFail(kExpiryDate);
    }

    std::optional<Error> readDates() {
        const auto id = parseIdNumber(m_lines[0].substr(kPersonalId.start, kPersonalId.length));
        if (!id) {
            return mrzError("mrz.bad_personal_id",
                            "Số định danh trong vùng MRZ không hợp lệ.", kPersonalId.name);
        }
        m_record.personalId = id->digits;
        m_record.documentNumber = m_lines[0].substr(kDocumentNumber.start, kDocumentNumber.length);
        // YYMMDD has no century: the personal ID's fourth digit supplies it for the birth date.
        const std::string& l2 = m_lines[1];
        const auto two = [&](size_t at) { return (l2[at] - '0') * 10 + (l2[at + 1] - '0'); };
        m_record.birthDate = {id->birthYear / 100 * 100 + two(0), two(2), two(4)};
        if (!isValidDate(m_record.birthDate)) {
            return mrzError("mrz.bad_date", "Ngày tháng trong vùng MRZ không hợp lệ.", "dob");
        }
        if (l2.compare(kExpiryDate.start, 6, "991231") == 0) {
            m_record.noExpiry = true;
            return std::nullopt;
        }
        // An expiry comes after the birth date and within a century of it.
        Date expiry{m_record.birthDate.year / 100 * 100 + two(8), two(10), two(12)};
        if (expiry.year <= m_record.birthDate.year) expiry.year += 100;
        if (!isValidDate(expiry)) {
            return mrzError("mrz.bad_date", "Ngày tháng trong vùng MRZ không hợp lệ.",
                            "expiry_date");
        }
        m_record.expiryDate = expiry;
        return std::nullopt;
    }

    std::optional<Error> checkComposite() {
        const std::string& l1 = m_lines[0];
        const std::string& l2 = m_lines[1];
        const std::string covered = l1.substr(5, 25) + l2.substr(0, 7) + l2.substr(8, 7) +
                                    l2.substr(18, 11);
        const int expected = mrzCheckDigit(covered);
        const auto candidates = mrz::digitCandidates(l2[kCompositeAt]);
        if (expected < 0 || candidates.find(static_cast<char>('0' + expected)) ==
                                std::string_view::npos) {
            return mrzError("mrz.check_digit",
                            "Chữ số kiểm tra của vùng MRZ không khớp; cần chụp lại.", "composite");
        }
        set(1, kCompositeAt, static_cast<char>('0' + expected));
        return std::nullopt;
    }

    std::optional<Error> readName() {
        std::string& l3 = m_lines[2];
        for (size_t i = 0; i < l3.size(); ++i) {
            const char c = l3[i];
            if ((c >= 'A' && c <= 'Z') || c == '<') continue;
            const char letter = mrz::letterForDigit(c);
            const char to = letter != 0 ? letter : (mrz::looksLikeFiller(c) ? '<' : char{0});
            if (to == 0) {
                return mrzError("mrz.bad_name", "Không đọc được họ tên trong vùng MRZ.",
                                "full_name");
            }
            set(2, i, to);
            m_record.nameCorrected = true;
        }
        // Inside a word, K can only begin a syllable, before a vowel or H ("KHANH", "KIEU");
        // a K between a letter and another consonant is a filler OCR misread ("MINHKLINH").
        for (size_t i = 1; i + 1 < l3.size(); ++i) {
            const auto isLetter = [](char c) { return c >= 'A' && c <= 'Z'; };
            const char next = l3[i + 1];
            if (l3[i] == 'K' && isLetter(l3[i - 1]) && isLetter(next) &&
                std::string_view("AEIOUYH").find(next) == std::string_view::npos) {
                set(2, i, '<');
                m_record.nameCorrected = true;
            }
        }
        m_record.nameTruncated = l3.back() != '<';
        const size_t split = l3.find("<<");
        m_record.surname = words(l3.substr(0, split));
        if (split != std::string::npos) m_record.givenNames = words(l3.substr(split + 2));
        if (m_record.surname.empty()) {
            return mrzError("mrz.bad_name", "Không đọc được họ tên trong vùng MRZ.", "full_name");
        }
        return std::nullopt;
    }

    // '<'-separated words joined by spaces. OCR reads the filler '<' as K, and no Vietnamese
    // syllable ends in K, so trailing K's are filler: dropped, and the name marked.
    std::string words(std::string_view text) {
        std::string out;
        size_t start = 0;
        while (start <= text.size()) {
            const size_t end = std::min(text.find('<', start), text.size());
            std::string_view word = text.substr(start, end - start);
            while (!word.empty() && word.back() == 'K') {
                word.remove_suffix(1);
                m_record.nameCorrected = true;
            }
            if (!word.empty()) {
                if (!out.empty()) out += ' ';
                out += word;
            }
            start = end + 1;
        }
        return out;
    }

    // The sex character is outside every check digit, so it is never corrected.
    void readSex() {
        const char c = m_lines[1][kSexAt];
        m_record.sex = c == 'M' ? Sex::Male : c == 'F' ? Sex::Female : Sex::Unknown;
    }

    Lines m_lines;
    MrzRecord m_record;
    int m_stage = 0;
};

// OCR output rarely exceeds a dozen lines; the cap keeps hostile input cheap.
constexpr size_t kMaxWindows = 64;
// Shorter lines are OCR specks; a name line may be short when OCR drops its filler.
constexpr size_t kShortestCandidateLine = 3;

}  // namespace

namespace {

// Parses lines[first..first+count) as an MRZ; count 2 means the name line was not read.
Result<MrzRecord> parseWindow(const std::vector<std::string>& lines, size_t first, int count,
                              int& stage) {
    Lines window;
    for (int i = 0; i < count; ++i) {
        auto fitted = mrz::fitLine(lines[first + static_cast<size_t>(i)], i);
        if (!fitted) {
            stage = -1;
            return mrzError("mrz.not_found", "", "mrz");
        }
        window[static_cast<size_t>(i)] = std::move(*fitted);
    }
    TripleParser parser(std::move(window));
    auto result = parser.parse();
    stage = parser.stage();
    return result;
}

}  // namespace

Result<MrzRecord> parseMrz(std::string_view text) {
    std::vector<std::string> lines;
    for (auto& line : mrz::cleanLines(text)) {
        if (line.size() >= kShortestCandidateLine) lines.push_back(std::move(line));
    }
    std::optional<Error> best;
    int bestStage = -1;
    // Three lines first; then two, because OCR loses the name line more often than the others
    // and lines 1-2 carry every check digit.
    for (int count : {3, 2}) {
        for (size_t first = 0; first + static_cast<size_t>(count) <= lines.size() &&
                               first < kMaxWindows;
             ++first) {
            int stage = -1;
            auto result = parseWindow(lines, first, count, stage);
            if (result) return result;
            if (stage > bestStage) {
                bestStage = stage;
                best = result.error();
            }
        }
    }
    if (best) return *best;
    return mrzError("mrz.not_found", "Không tìm thấy vùng MRZ (ba dòng ký tự ở mặt sau thẻ).",
                    "mrz");
}

}  // namespace scanners
