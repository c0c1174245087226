#pragma once
// Amounts as receipts print them "in words" (bằng chữ), so a misread digit cannot go unnoticed.
#include <string>

namespace kiosk::payment {

// 120000 -> "một trăm hai mươi nghìn đồng"; 0 -> "không đồng".
std::string amountInWords(long long vnd);

}  // namespace kiosk::payment
