#pragma once
// Zeroises memory that held personal data in a way the optimiser may not elide.
#include <map>
#include <string>
#include <vector>

namespace kiosk {

void secureWipe(void* data, size_t size);
void secureWipe(std::string& s);  // zeroes the whole capacity, then clears
void secureWipe(std::vector<unsigned char>& bytes);
void secureWipe(std::map<std::string, std::string>& values);  // every value, then clears

}  // namespace kiosk
