#include "kiosk/base/secure_wipe.hpp"

#include <string.h>  // explicit_bzero: glibc guarantees the store is not optimised away

namespace kiosk {

void secureWipe(void* data, size_t size) {
    if (data != nullptr && size > 0) explicit_bzero(data, size);
}

void secureWipe(std::string& s) {
    // Wipe the whole buffer, not just size(): shorter edits leave old bytes behind the end.
    s.resize(s.capacity());
    secureWipe(s.data(), s.size());
    s.clear();
}

void secureWipe(std::vector<unsigned char>& bytes) {
    bytes.resize(bytes.capacity());
    secureWipe(bytes.data(), bytes.size());
    bytes.clear();
}

void secureWipe(std::map<std::string, std::string>& values) {
    // Keys are field ids from the config, never personal data; the values are.
    for (auto& entry : values) secureWipe(entry.second);
    values.clear();
}

}  // namespace kiosk
