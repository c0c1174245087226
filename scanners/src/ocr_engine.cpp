#include "ocr_engine.hpp"

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <cstring>

#include "scanners/wipe.hpp"

namespace scanners {

OcrEngine::OcrEngine() : m_api(std::make_unique<tesseract::TessBaseAPI>()) {}

OcrEngine::~OcrEngine() {
    if (m_api) m_api->End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::create(const std::string& tessdataDir,
                                                      const OcrConfig& config) {
    std::unique_ptr<OcrEngine> engine(new OcrEngine());
    // Tesseract writes warnings ("Estimating resolution…") to stderr; a kiosk's log is no place
    // for them. The dictionaries must be switched off at Init, not after.
    std::vector<std::string> names{"debug_file"};
    std::vector<std::string> values{"/dev/null"};
    if (!config.dictionaries) {
        names.insert(names.end(), {"load_system_dawg", "load_freq_dawg"});
        values.insert(values.end(), {"F", "F"});
    }
    const char* path = tessdataDir.empty() ? nullptr : tessdataDir.c_str();
    if (engine->m_api->Init(path, config.language.c_str(), tesseract::OEM_LSTM_ONLY, nullptr, 0,
                            &names, &values, false) != 0) {
        return Error{"ocr.model_missing",
                     "Không nạp được mô hình nhận dạng chữ (gói tesseract-ocr-" + config.language +
                         ").",
                     "ocr"};
    }
    if (!config.whitelist.empty()) {
        engine->m_api->SetVariable("tessedit_char_whitelist", config.whitelist.c_str());
    }
    // The working images are about 300 dpi for a card; saying so skips Tesseract's guess.
    engine->m_api->SetVariable("user_defined_dpi", "300");
    return engine;
}

namespace {

// The characters of the line the iterator is at, left to right; leaves it at the line's last.
std::vector<OcrSymbol> lineSymbols(tesseract::ResultIterator& it) {
    std::vector<OcrSymbol> symbols;
    do {
        std::unique_ptr<char[]> text(it.GetUTF8Text(tesseract::RIL_SYMBOL));
        int left = 0, top = 0, right = 0, bottom = 0;
        if (!text || !it.BoundingBox(tesseract::RIL_SYMBOL, &left, &top, &right, &bottom)) continue;
        char ch = text[0];
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        if (static_cast<unsigned char>(ch) >= 0x80 || text[1] != '\0') ch = '?';
        wipeBytes(text.get(), std::strlen(text.get()));
        if (ch != ' ') symbols.push_back({ch, left, right});
    } while (!it.IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_SYMBOL) && it.Next(tesseract::RIL_SYMBOL));
    return symbols;
}

}  // namespace

std::vector<OcrTextLine> OcrEngine::readLines(PIX* image, int pageSegMode, int timeoutMs, bool withSymbols) {
    std::vector<OcrTextLine> lines;
    if (timeoutMs <= 0) return lines;
    m_api->SetPageSegMode(static_cast<tesseract::PageSegMode>(pageSegMode));
    m_api->SetImage(image);
    tesseract::ETEXT_DESC monitor;
    monitor.set_deadline_msecs(timeoutMs);
    if (m_api->Recognize(&monitor) == 0) {
        std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
        if (it && !it->Empty(tesseract::RIL_TEXTLINE)) {
            do {
                std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
                if (!text) continue;
                OcrTextLine line;
                line.text = text.get();
                wipeBytes(text.get(), line.text.size());
                while (!line.text.empty() && (line.text.back() == '\n' || line.text.back() == ' ')) {
                    line.text.pop_back();
                }
                line.confidence = it->Confidence(tesseract::RIL_TEXTLINE) / 100.0f;
                it->BoundingBox(tesseract::RIL_TEXTLINE, &line.left, &line.top, &line.right,
                                &line.bottom);
                if (withSymbols) line.symbols = lineSymbols(*it);
                if (!line.text.empty()) lines.push_back(std::move(line));
            } while (it->Next(tesseract::RIL_TEXTLINE));
        }
    }
    m_api->Clear();
    return lines;
}

}  // namespace scanners
