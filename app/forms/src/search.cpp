#include "kiosk/forms/search.hpp"

#include "kiosk/base/text.hpp"

namespace kiosk::forms {

std::vector<const Service*> searchServices(const std::vector<Service>& services,
                                           std::string_view query) {
    return searchServices(services, query, {});
}

std::vector<const Service*> searchServices(const std::vector<Service>& services,
                                           std::string_view query,
                                           const std::map<std::string, Text>& categoryNames) {
    std::vector<const Service*> found;
    // Unreadable bytes fold to nothing, which would otherwise match every service.
    if (!text::isValidUtf8(query)) return found;
    for (const auto& service : services) {
        // One haystack, so a query may mix words of the name and of the category.
        std::string haystack = service.name.vi + " " + service.name.en + " " + service.code +
                               " " + service.category;
        if (const auto it = categoryNames.find(service.category); it != categoryNames.end()) {
            haystack += " " + it->second.vi + " " + it->second.en;
        }
        if (text::searchMatches(haystack, query)) found.push_back(&service);
    }
    return found;
}

}  // namespace kiosk::forms
