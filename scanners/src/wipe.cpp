#include "scanners/wipe.hpp"

namespace scanners {

void wipeBytes(void* data, size_t size) {
    // A volatile pointer makes every store observable, so the loop cannot be dropped as dead.
    volatile unsigned char* p = static_cast<volatile unsigned char*>(data);
    for (size_t i = 0; i < size; ++i) p[i] = 0;
}

void wipe(std::string& text) {
    text.resize(text.capacity());
    wipeBytes(text.data(), text.size());
    text.clear();
}

void wipe(std::vector<unsigned char>& bytes) {
    bytes.resize(bytes.capacity());
    wipeBytes(bytes.data(), bytes.size());
    bytes.clear();
}

}  // namespace scanners
