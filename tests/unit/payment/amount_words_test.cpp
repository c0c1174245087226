// The fee screen and the receipt print the amount in words (bằng chữ) beside the digits, as
// Vietnamese payment documents do, so that a misread digit is noticed before paying.
#include <doctest/doctest.h>

#include "kiosk/payment/amount_words.hpp"

using kiosk::payment::amountInWords;

TEST_CASE("amounts read as Vietnamese words followed by the currency") {
    CHECK(amountInWords(120000) == "một trăm hai mươi nghìn đồng");
    CHECK(amountInWords(8000) == "tám nghìn đồng");
    CHECK(amountInWords(1500000) == "một triệu năm trăm nghìn đồng");
    CHECK(amountInWords(0) == "không đồng");
}
