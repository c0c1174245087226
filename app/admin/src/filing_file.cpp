#include "filing_file.hpp"

#include <nlohmann/json.hpp>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/signing/base64.hpp"

namespace kiosk::admin {
namespace {

using Problems = std::vector<std::string>;

// "/answers/ho_ten" with JSON Pointer escaping, so a key with '/' or '~' is still findable.
std::string pointer(const std::string& section, const std::string& key) {
    std::string escaped;
    for (char c : key) {
        if (c == '~') escaped += "~0";
        else if (c == '/') escaped += "~1";
        else escaped += c;
    }
    return "/" + section + "/" + escaped;
}

void readAnswers(const nlohmann::json& answers, FilingFile& out, Problems& problems) {
    if (!answers.is_object()) {
        problems.push_back("/answers: phải là một đối tượng {\"mã câu hỏi\": \"câu trả lời\"} / must be an object");
        return;
    }
    for (const auto& [key, value] : answers.items()) {
        if (!value.is_string()) {
            problems.push_back(pointer("answers", key) +
                               ": câu trả lời phải là chuỗi chữ, ví dụ \"2\" chứ không phải 2 / an answer must be a string");
        } else if (!value.get_ref<const std::string&>().empty() &&
                   !forms::setAnswer(out.answers, key, value.get_ref<const std::string&>())) {
            problems.push_back(pointer("answers", key) + ": không phải UTF-8 hợp lệ / not valid UTF-8");
        }
    }
}

void readAttachments(const nlohmann::json& list, FilingFile& out, Problems& problems) {
    if (!list.is_array()) {
        problems.push_back("/attachments: phải là một danh sách / must be an array");
        return;
    }
    for (size_t i = 0; i < list.size(); ++i) {
        const auto& item = list[i];
        const std::string where = "/attachments/" + std::to_string(i);
        auto text = [&](const char* name) -> std::string {
            const auto it = item.is_object() ? item.find(name) : item.end();
            if (!item.is_object() || it == item.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
                problems.push_back(where + ": thiếu \"" + name + "\" (chuỗi) / missing \"" + name + "\" (string)");
                return {};
            }
            return it->get<std::string>();
        };
        core::Attachment attachment;
        attachment.name = text("name");
        attachment.mediaType = text("media_type");
        std::string encoded = text("content_base64");
        if (encoded.empty()) continue;
        auto bytes = signing::base64Decode(encoded);
        secureWipe(encoded);
        if (!bytes) {
            problems.push_back(where + "/content_base64: không phải base64 hợp lệ / not valid base64");
            continue;
        }
        attachment.bytes.assign(bytes->begin(), bytes->end());
        secureWipe(*bytes);
        out.attachments.push_back(std::move(attachment));
    }
}

}  // namespace

Result<FilingFile, std::vector<std::string>> parseFilingFile(std::string_view json) {
    nlohmann::json doc = parseBoundedJson(json);
    if (doc.is_discarded() || !doc.is_object()) {
        return Problems{"tệp không phải một đối tượng JSON hợp lệ / the file is not a valid JSON object"};
    }
    FilingFile out;
    Problems problems;
    for (const auto& [key, value] : doc.items()) {
        if (key != "service" && key != "answers" && key != "attachments") {
            problems.push_back("/" + key + ": khóa không được biết, chỉ dùng service, answers, attachments / unknown key");
        }
    }
    if (const auto it = doc.find("service"); it != doc.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
        out.service = it->get<std::string>();
    } else {
        problems.push_back("/service: thiếu mã thủ tục (tên tệp trong services/, không có .toml) / missing service id");
    }
    if (const auto it = doc.find("answers"); it != doc.end()) readAnswers(*it, out, problems);
    else problems.push_back("/answers: thiếu câu trả lời / missing answers");
    if (const auto it = doc.find("attachments"); it != doc.end()) readAttachments(*it, out, problems);
    // The parsed tree held every answer; it is wiped before it is freed.
    for (auto& [key, value] : doc["answers"].items()) {
        if (value.is_string()) secureWipe(value.get_ref<std::string&>());
    }
    if (!problems.empty()) {
        secureWipe(out.answers);
        return problems;
    }
    return out;
}

std::string formatFilingFile(const FilingFile& file) {
    nlohmann::json attachments = nlohmann::json::array();
    for (const auto& a : file.attachments) {
        const std::string_view bytes(reinterpret_cast<const char*>(a.bytes.data()), a.bytes.size());
        attachments.push_back({{"name", a.name}, {"media_type", a.mediaType}, {"content_base64", signing::base64Encode(bytes)}});
    }
    const nlohmann::json doc = {{"service", file.service}, {"answers", file.answers}, {"attachments", attachments}};
    return doc.dump(2);
}

}  // namespace kiosk::admin
