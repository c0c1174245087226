#include "document_command.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

#include "scanners/document_page.hpp"
#include "scanners/wipe.hpp"

namespace scanners::tools {

int runDocument(const std::string& image, const std::string& out) {
    std::ifstream in(image, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "kiosk-scan: không đọc được tệp ảnh / cannot read the image (image.unreadable)\n");
        return 1;
    }
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto page = processDocumentPage(bytes);
    wipe(bytes);
    if (!page) {
        std::fprintf(stderr, "kiosk-scan: %s (%s)\n", page.error().message.c_str(), page.error().code.c_str());
        return 1;
    }
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(page->jpeg.data()), static_cast<std::streamsize>(page->jpeg.size()));
    if (!file.flush()) {
        std::fprintf(stderr, "kiosk-scan: không ghi được tệp / cannot write the output (document.write_failed)\n");
        wipePage(*page);
        return 1;
    }
    std::printf("{\"width\": %d, \"height\": %d, \"skew_degrees\": %.2f, \"bytes\": %zu}\n", page->width,
                page->height, static_cast<double>(page->skewDegrees), page->jpeg.size());
    wipePage(*page);
    return 0;
}

}  // namespace scanners::tools
