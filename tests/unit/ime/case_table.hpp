#pragma once
// Reads tests/unit/ime/cases.tsv: one typing case per line (method, style, keys, expected).
#include <fstream>
#include <string>
#include <vector>

#include "kiosk/ime/options.hpp"
#include "support/paths.hpp"

namespace kiosk::test {

struct TypingCase {
    int line = 0;
    std::string methodName;
    std::string styleName;
    kiosk::ime::Method method = kiosk::ime::Method::Telex;
    kiosk::ime::ToneStyle style = kiosk::ime::ToneStyle::New;
    std::string keys;
    std::string expected;
};

// Every case in the table; a malformed line becomes a case whose keys say so, so it fails loudly.
inline std::vector<TypingCase> loadTypingCases() {
    std::vector<TypingCase> cases;
    std::ifstream in(sourceDir() / "tests/unit/ime/cases.tsv");
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        size_t start = 0;
        for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
            fields.push_back(line.substr(start, tab - start));
        }
        fields.push_back(line.substr(start));
        TypingCase c;
        c.line = number;
        if (fields.size() != 4) {
            c.keys = "malformed line";
            c.expected = "4 tab-separated fields";
            cases.push_back(c);
            continue;
        }
        c.methodName = fields[0];
        c.styleName = fields[1];
        const auto method = kiosk::ime::parseMethod(fields[0]);
        const auto style = kiosk::ime::parseToneStyle(fields[1]);
        if (!method || !style) {
            c.keys = "unknown method or style";
            c.expected = "telex|vni and old|new";
            cases.push_back(c);
            continue;
        }
        c.method = *method;
        c.style = *style;
        c.keys = fields[2];
        c.expected = fields[3];
        cases.push_back(c);
    }
    return cases;
}

}  // namespace kiosk::test
