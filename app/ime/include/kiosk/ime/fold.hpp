#pragma once
// Comparison keys for Vietnamese names and addresses typed by different people and programs.
#include <string>
#include <string_view>

namespace kiosk::ime {

// A key that is equal for spellings that differ only in tone placement style, case, NFC/NFD
// form, or i/y after a consonant: "hòa" == "Hoà", "Thủy" == "THUỶ", "Lý" == "lí", "Kỹ" == "kĩ".
// Diacritics still count: "hoà" != "hóa", "Đức" != "Dục". Invalid UTF-8 bytes are dropped.
std::string foldToneStyle(std::string_view text);

}  // namespace kiosk::ime
