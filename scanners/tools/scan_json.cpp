#include "scan_json.hpp"

#include <cstdio>

namespace scanners::cli {
namespace {

std::string jsonString(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

std::string stringList(const std::vector<std::string>& items) {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + jsonString(items[i]);
    return out + "]";
}

const char* sourceName(FieldSource source) {
    switch (source) {
        case FieldSource::Qr: return "qr";
        case FieldSource::Mrz: return "mrz";
        case FieldSource::Ocr: return "ocr";
        case FieldSource::Typed: return "typed";
        case FieldSource::None: break;
    }
    return "none";
}

const char* cardTypeName(CardType type) {
    switch (type) {
        case CardType::Cccd2021: return "\"cccd_2021\"";
        case CardType::CanCuoc2024: return "\"can_cuoc_2024\"";
        case CardType::Unknown: break;
    }
    return "null";
}

struct NamedField {
    const char* key;
    const IdentityField* field;
};

std::vector<NamedField> fieldsOf(const Identity& id) {
    return {{"id_number", &id.idNumber},     {"old_id", &id.oldId},
            {"full_name", &id.fullName},     {"dob", &id.dob},
            {"sex", &id.sex},                {"nationality", &id.nationality},
            {"address", &id.address},        {"issue_date", &id.issueDate},
            {"expiry_date", &id.expiryDate}};
}

std::string confidenceText(float confidence) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.3f", static_cast<double>(confidence));
    return buffer;
}

}  // namespace

std::string reportJson(const ScanReport& report, const std::vector<std::string>& images) {
    std::string out = "{";
    if (!images.empty()) out += "\"images\": " + stringList(images) + ", ";
    const auto fields = fieldsOf(report.identity);
    for (const auto& [key, field] : fields) {
        out += jsonString(key) + ": " + (field->value.empty() ? "null" : jsonString(field->value)) + ", ";
    }
    out += std::string("\"card_type\": ") + cardTypeName(report.identity.cardType) + ", ";
    out += "\"mrz\": ";
    if (report.mrzLines) {
        out += stringList({(*report.mrzLines)[0], (*report.mrzLines)[1], (*report.mrzLines)[2]});
    } else {
        out += "null";
    }
    out += ", \"qr\": " + (report.qrText ? jsonString(*report.qrText) : std::string("null"));
    out += ", \"sources\": {";
    bool first = true;
    for (const auto& [key, field] : fields) {
        if (field->source == FieldSource::None) continue;
        out += (first ? "" : ", ") + jsonString(key) + ": {\"source\": " +
               jsonString(sourceName(field->source)) +
               ", \"confidence\": " + confidenceText(field->confidence) + "}";
        first = false;
    }
    std::vector<std::string> warnings = report.identity.warnings;
    warnings.insert(warnings.end(), report.notes.begin(), report.notes.end());
    out += "}, \"warnings\": " + stringList(warnings);
    out += ", \"elapsed_ms\": " + std::to_string(report.elapsedMs) + "}";
    return out;
}

std::string errorJson(const Error& error, long elapsedMs, const std::vector<std::string>& images) {
    std::string out = "{";
    if (!images.empty()) out += "\"images\": " + stringList(images) + ", ";
    out += "\"error\": {\"code\": " + jsonString(error.code) + ", \"message\": " +
           jsonString(error.message) + ", \"where\": " + jsonString(error.where) + "}";
    out += ", \"elapsed_ms\": " + std::to_string(elapsedMs) + "}";
    return out;
}

}  // namespace scanners::cli
