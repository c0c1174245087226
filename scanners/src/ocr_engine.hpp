#pragma once
// One Tesseract model, loaded once and reused for every image (loading takes longer than
// recognising a card).
#include <memory>
#include <string>
#include <vector>

#include "scanners/pix.hpp"
#include "scanners/result.hpp"

namespace tesseract {
class TessBaseAPI;
}

namespace scanners {

// One recognised character and its horizontal extent (ASCII upper case; '?' for anything else).
struct OcrSymbol {
    char ch = 0;
    int left = 0, right = 0;
};

struct OcrTextLine {
    std::string text;
    float confidence = 0.0f;  // 0..1
    int left = 0, top = 0, right = 0, bottom = 0;
    std::vector<OcrSymbol> symbols;  // only when asked for; wiped with `text`
};

struct OcrConfig {
    std::string language;   // "vie", "eng"
    std::string whitelist;  // empty: every character of the model
    bool dictionaries = true;
};

class OcrEngine {
public:
    // Loads the model from `tessdataDir` (empty: Tesseract's default). Error "ocr.model_missing".
    static Result<std::unique_ptr<OcrEngine>> create(const std::string& tessdataDir,
                                                      const OcrConfig& config);
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // Text lines of `image`, segmented as `pageSegMode` (tesseract::PageSegMode) within
    // `timeoutMs`; empty when nothing was recognised or time ran out. `withSymbols`: each
    // line's characters with their positions too.
    std::vector<OcrTextLine> readLines(PIX* image, int pageSegMode, int timeoutMs, bool withSymbols = false);

private:
    OcrEngine();
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
};

}  // namespace scanners
