#include "kiosk/payment/amount_words.hpp"

#include "kiosk/base/text.hpp"

namespace kiosk::payment {

std::string amountInWords(long long vnd) { return text::numberInWords(vnd) + " đồng"; }

}  // namespace kiosk::payment
