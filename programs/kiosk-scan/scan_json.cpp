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
        case CardType::Cccd2021: return "cccd2021";
        case CardType::CanCuoc2024: return "cancuoc2024";
        case CardType::Unknown: break;
    }
    return "unknown";
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

std::string optionalDate(const std::optional<Date>& date) {
    return date ? jsonString(formatDate(*date)) : std::string("null");
}

std::string orNull(const std::string& value) {
    return value.empty() ? std::string("null") : jsonString(value);
}

// {"format", "type", "issuer", "number", "surname", "given_names", "nationality", "dob", "sex",
// "expiry", "checks": {field: true|false}}; dates dd/mm/yyyy, sex "M"/"F" or null.
std::string documentJson(const TravelDocument& d) {
    std::string checks;
    for (const auto& check : d.checks) {
        checks += (checks.empty() ? "" : ", ") + jsonString(check.field) + ": " +
                  (check.valid ? "true" : "false");
    }
    const char* sex = d.sex == Sex::Male ? "\"M\"" : d.sex == Sex::Female ? "\"F\"" : "null";
    return "{\"format\": " + jsonString(mrzFormatName(d.format)) +
           ", \"type\": " + jsonString(d.documentCode) + ", \"issuer\": " + jsonString(d.issuer) +
           ", \"number\": " + orNull(d.number) + ", \"surname\": " + orNull(d.surname) +
           ", \"given_names\": " + orNull(d.givenNames) +
           ", \"nationality\": " + orNull(d.nationality) + ", \"dob\": " +
           optionalDate(d.birthDate) + ", \"sex\": " + sex + ", \"expiry\": " +
           optionalDate(d.expiryDate) + ", \"checks\": {" + checks + "}}";
}

// A document that is not a Vietnamese card: its zone and nothing else.
std::string travelDocumentJson(const ScanReport& report) {
    return "{\"document\": " + documentJson(*report.document) + ", \"mrz\": " +
           stringList(report.document->lines) + ", \"warnings\": " + stringList(report.notes) +
           ", \"elapsed_ms\": " + std::to_string(report.elapsedMs) + "}";
}

}  // namespace

std::string reportJson(const ScanReport& report) {
    if (report.document && report.identity.idNumber.source == FieldSource::None &&
        report.sources.empty()) {
        return travelDocumentJson(report);
    }
    const Identity& id = report.identity;
    const auto fields = fieldsOf(id);
    std::string out = "{";
    for (const auto& named : fields) {
        std::string value = named.field->value.empty() ? "null" : jsonString(named.field->value);
        if (named.field == &id.expiryDate && named.field->value == kNoExpiry) value = "\"\"";
        out += jsonString(named.key) + ": " + value + ", ";
    }
    out += std::string("\"card_type\": ") + jsonString(cardTypeName(id.cardType));
    out += ", \"mrz\": ";
    if (report.mrzLines) {
        out += stringList({(*report.mrzLines)[0], (*report.mrzLines)[1], (*report.mrzLines)[2]});
    } else {
        out += "null";
    }
    out += ", \"qr\": " + (report.qrText ? jsonString(*report.qrText) : std::string("null"));
    std::string sources, confidence;
    for (const auto& [key, field] : fields) {
        if (field->source == FieldSource::None) continue;
        const std::string sep = sources.empty() ? "" : ", ";
        sources += sep + jsonString(key) + ": " + jsonString(sourceName(field->source));
        confidence += sep + jsonString(key) + ": " + confidenceText(field->confidence);
    }
    out += ", \"sources\": {" + sources + "}, \"confidence\": {" + confidence + "}";
    out += ", \"document\": " + (report.document ? documentJson(*report.document) : std::string("null"));
    std::vector<std::string> warnings = id.warnings;
    warnings.insert(warnings.end(), report.notes.begin(), report.notes.end());
    out += ", \"warnings\": " + stringList(warnings);
    out += ", \"elapsed_ms\": " + std::to_string(report.elapsedMs) + "}";
    return out;
}

std::string errorJson(const Error& error, long elapsedMs) {
    return "{\"error\": {\"code\": " + jsonString(error.code) + ", \"message\": " +
           jsonString(error.message) + ", \"where\": " + jsonString(error.where) +
           "}, \"elapsed_ms\": " + std::to_string(elapsedMs) + "}";
}

}  // namespace scanners::cli
