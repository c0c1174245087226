// Document pages: generated photos of A4 pages on a desk (tilts from -15° to +15°) through
// scanners::processDocumentPage, timed one by one. Prints the median and worst time, the output
// size, and how far the skew found is from the tilt. usage: bench_document_page [ROUNDS]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "page_photo.hpp"
#include "scanners/document_page.hpp"

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    std::vector<std::vector<unsigned char>> photos;
    std::vector<double> tilts;
    for (int tilt = -15; tilt <= 15; tilt += 5) {
        scanners::cardgen::PagePhotoStyle style;
        style.rotationDeg = tilt;
        style.seed = static_cast<unsigned>(tilt + 100);
        photos.push_back(scanners::cardgen::photographPage(style));
        tilts.push_back(tilt);
    }
    std::vector<double> ms;
    size_t largest = 0;
    double worstSkewError = 0;
    int failed = 0;
    for (int round = 0; round < rounds; ++round) {
        for (size_t i = 0; i < photos.size(); ++i) {
            const auto start = std::chrono::steady_clock::now();
            auto page = scanners::processDocumentPage(photos[i]);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            if (!page) {
                ++failed;
                continue;
            }
            largest = std::max(largest, page->jpeg.size());
            worstSkewError = std::max(worstSkewError, std::fabs(page->skewDegrees + tilts[i]));
            scanners::wipePage(*page);
        }
    }
    std::sort(ms.begin(), ms.end());
    std::printf("document pages: %zu (1700x2200 photos of A4 at 150 dpi, tilts -15..15 deg), %d refused\n",
                ms.size(), failed);
    std::printf("time per page: median %.0f ms, worst %.0f ms\n", ms[ms.size() / 2], ms.back());
    std::printf("largest JPEG: %zu KB; worst skew error: %.2f deg\n", largest / 1024, worstSkewError);
    return failed == 0 ? 0 : 1;
}
