#pragma once
// Zeroes memory that held card images or personal data, in a way the optimiser keeps.
#include <cstddef>
#include <string>
#include <vector>

namespace scanners {

void wipeBytes(void* data, size_t size);
void wipe(std::string& text);                 // the whole capacity, then clears
void wipe(std::vector<unsigned char>& bytes);  // the whole capacity, then clears

}  // namespace scanners
