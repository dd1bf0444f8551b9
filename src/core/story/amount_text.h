// Locale-independent text for pounds of gold and silver and for head counts ("2,000 lb silver").
#pragma once
#include <string>

#include "core/data/campaign.h"

namespace atlas {

// "2,000"; fractions keep up to two decimals ("12.5"). Never depends on the C locale.
std::string format_pounds(double lb);
// "2000", "12.5": for machine-readable output such as CSV.
std::string plain_number(double value);
// "2,000 lb silver", "1,000 lb silver (uncertain)", "unknown amount of gold", "amount unknown",
// "" when the amount is absent.
std::string describe_amount(const Amount& amount);
// "12,000", "unknown", "" when absent.
std::string describe_count(const Count& count);

}  // namespace atlas
