#include "validation_messages.hpp"

#include <string>

#include "kiosk/forms/values.hpp"

namespace kiosk::forms::messages {
namespace {

// "200000" -> "200.000": Vietnamese groups thousands with dots; English with commas.
std::string grouped(double value, char separator) {
    std::string digits = formatNumber(value);
    const bool negative = !digits.empty() && digits.front() == '-';
    if (negative) digits.erase(0, 1);
    if (digits.find('.') != std::string::npos) return formatNumber(value);
    for (size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, 1, separator);
    return negative ? "-" + digits : digits;
}

std::string amount(double value, FieldType type, bool vi) {
    std::string n = grouped(value, vi ? '.' : ',');
    if (type != FieldType::Money) return n;
    return vi ? n + " đồng" : n + " dong";
}

}  // namespace

Text required(FieldType type) {
    switch (type) {
        case FieldType::SingleChoice:
        case FieldType::MultiChoice:
        case FieldType::YesNo:
            return {"Vui lòng chọn một câu trả lời", "Please choose an answer"};
        case FieldType::Document:
            return {"Vui lòng quét hoặc chụp giấy tờ này", "Please scan or photograph this document"};
        case FieldType::Signature: return {"Vui lòng ký vào ô", "Please sign in the box"};
        case FieldType::Passport: return {"Vui lòng quét hộ chiếu", "Please scan the passport"};
        default: return {"Vui lòng trả lời câu hỏi này", "Please answer this question"};
    }
}

Text unreadable() {
    return {"Câu trả lời có ký tự không đọc được; vui lòng nhập lại",
            "The answer contains characters that cannot be read; please enter it again"};
}

Text integerFormat() {
    return {"Nhập một số nguyên bằng chữ số, ví dụ 3", "Enter a whole number using digits, for example 3"};
}

Text moneyFormat() {
    return {"Nhập số tiền bằng chữ số, tính bằng đồng, ví dụ 200000",
            "Enter the amount in dong using digits, for example 200000"};
}

Text numberRange(FieldType type, std::optional<double> min, std::optional<double> max) {
    const bool money = type == FieldType::Money;
    const std::string viWhat = money ? "Nhập số tiền " : "Nhập số ";
    const std::string enWhat = money ? "Enter an amount " : "Enter a number ";
    if (min && max) {
        return {viWhat + "từ " + amount(*min, type, true) + " đến " + amount(*max, type, true),
                enWhat + "from " + amount(*min, type, false) + " to " + amount(*max, type, false)};
    }
    if (min) {
        return {viWhat + "từ " + amount(*min, type, true) + " trở lên",
                enWhat + "of " + amount(*min, type, false) + " or more"};
    }
    return {viWhat + "không quá " + amount(max.value_or(0), type, true),
            enWhat + "no more than " + amount(max.value_or(0), type, false)};
}

Text dateFormat() {
    return {"Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/03/2024",
            "Enter the date as day/month/year, for example 05/03/2024"};
}

Text dateImpossible() {
    return {"Ngày này không có trên lịch; kiểm tra lại ngày và tháng",
            "This date does not exist; check the day and the month"};
}

Text yesNo() { return {"Chọn Có hoặc Không", "Choose Yes or No"}; }

Text singleChoice() {
    return {"Chọn một câu trả lời trong danh sách", "Choose one of the answers in the list"};
}

Text multiChoice() {
    return {"Chọn các câu trả lời trong danh sách", "Choose answers from the list"};
}

Text phoneFormat() {
    return {"Nhập số điện thoại di động gồm 10 chữ số, ví dụ 0912 345 678",
            "Enter a mobile number with 10 digits, for example 0912 345 678"};
}

Text phonePrefix() {
    return {"Số di động Việt Nam bắt đầu bằng 03, 05, 07, 08 hoặc 09",
            "A Vietnamese mobile number starts with 03, 05, 07, 08 or 09"};
}

Text personName() {
    return {"Họ tên chỉ gồm chữ cái và dấu cách, không có chữ số hay ký hiệu",
            "A name has letters and spaces only, no digits or symbols"};
}

Text email() {
    return {"Nhập địa chỉ email đúng dạng, ví dụ ten@example.com",
            "Enter an email address in the correct format, like name@example.com"};
}

Text personalIdFormat() {
    return {"Nhập số định danh cá nhân gồm 12 chữ số, như trên thẻ căn cước",
            "Enter the 12-digit personal ID number, as on the ID card"};
}

Text personalIdBirthYear() {
    return {"Số định danh không khớp với năm sinh đã nhập; kiểm tra lại số hoặc ngày sinh",
            "The ID number does not match the year of birth; check the number or the date of birth"};
}

Text personalIdSex() {
    return {"Số định danh không khớp với giới tính đã chọn; kiểm tra lại số hoặc giới tính",
            "The ID number does not match the sex chosen; check the number or the sex"};
}

Text provinceRequired() { return {"Chọn tỉnh, thành phố", "Choose a province or city"}; }

Text provinceUnknown() {
    return {"Chọn tỉnh, thành phố trong danh sách", "Choose a province or city from the list"};
}

Text communeRequired() { return {"Chọn xã, phường", "Choose a commune or ward"}; }

Text communeNotInProvince() {
    return {"Chọn xã, phường thuộc tỉnh, thành phố đã chọn",
            "Choose a commune or ward in the province you chose"};
}

Text streetRequired() {
    return {"Nhập số nhà, tên đường hoặc thôn, xóm",
            "Enter the house number and street, or the village"};
}

Text signatureUnreadable() {
    return {"Chữ ký chưa được ghi lại; vui lòng ký lại", "The signature was not recorded; please sign again"};
}

Text tooShort(size_t min) {
    const std::string n = std::to_string(min);
    return {"Nhập ít nhất " + n + " ký tự", "Enter at least " + n + " characters"};
}

Text tooLong(size_t max, size_t actual) {
    const std::string n = std::to_string(max), a = std::to_string(actual);
    return {"Nhập không quá " + n + " ký tự (hiện có " + a + ")",
            "Enter no more than " + n + " characters (you have " + a + ")"};
}

Text pattern() {
    return {"Câu trả lời chưa đúng dạng; xem hướng dẫn dưới câu hỏi",
            "The answer is not in the right form; see the help under the question"};
}

Text constraintDefault() {
    return {"Câu trả lời chưa hợp lệ; xem hướng dẫn dưới câu hỏi",
            "The answer is not valid; see the help under the question"};
}

}  // namespace kiosk::forms::messages
