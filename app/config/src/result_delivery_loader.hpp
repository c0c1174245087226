#pragma once
// A service file's [result_delivery] (how the citizen may receive the result) and kiosk.toml's
// [rating] (the reasons a dissatisfied citizen may pick): both read with file:line:column errors.
#include "kiosk/config/config.hpp"
#include "toml_reader.hpp"

namespace kiosk::config::detail {

void readResultDelivery(TableReader& table, forms::ResultDeliveryOptions& out);

void readRating(TableReader& table, RatingSettings& out);

}  // namespace kiosk::config::detail
