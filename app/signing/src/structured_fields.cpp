#include "kiosk/signing/structured_fields.hpp"

#include "kiosk/signing/base64.hpp"

namespace kiosk::signing::sf {

namespace {

bool isLcAlpha(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isTchar(char c) {
    if (isAlpha(c) || isDigit(c)) return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

// A cursor over the field value; every parse step either advances or reports why it stopped.
class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    Result<Dictionary> dictionary() {
        Dictionary dict;
        skipSpaces();
        while (!atEnd()) {
            auto key = this->key();
            if (!key) return key.error();
            Member member{*key, Item{}};
            if (peek() == '=') {
                ++m_pos;
                auto value = itemOrInnerList();
                if (!value) return value.error();
                member.value = std::move(*value);
            } else {
                auto params = parameters();
                if (!params) return params.error();
                std::get<Item>(member.value).params = std::move(*params);
            }
            // A repeated key replaces the earlier value (RFC 8941 §4.2.2).
            bool replaced = false;
            for (auto& existing : dict) {
                if (existing.key == member.key) {
                    existing.value = member.value;
                    replaced = true;
                }
            }
            if (!replaced) dict.push_back(std::move(member));
            skipOws();
            if (atEnd()) break;
            if (peek() != ',') return fail("expected ','");
            ++m_pos;
            skipOws();
            if (atEnd()) return fail("trailing ','");
        }
        return dict;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skipSpaces() {
        while (peek() == ' ') ++m_pos;
    }
    void skipOws() {
        while (peek() == ' ' || peek() == '\t') ++m_pos;
    }

    Error fail(std::string_view why) const {
        return Error{"signing.malformed",
                     "Trường chữ ký không đúng cú pháp / Malformed structured field: " +
                         std::string(why),
                     "offset " + std::to_string(m_pos)};
    }

    Result<std::variant<Item, InnerList>> itemOrInnerList() {
        if (peek() == '(') {
            auto list = innerList();
            if (!list) return list.error();
            return std::variant<Item, InnerList>(std::move(*list));
        }
        auto item = this->item();
        if (!item) return item.error();
        return std::variant<Item, InnerList>(std::move(*item));
    }

    Result<InnerList> innerList() {
        ++m_pos;  // '('
        InnerList list;
        while (!atEnd()) {
            skipSpaces();
            if (peek() == ')') {
                ++m_pos;
                auto params = parameters();
                if (!params) return params.error();
                list.params = std::move(*params);
                return list;
            }
            auto item = this->item();
            if (!item) return item.error();
            list.items.push_back(std::move(*item));
            if (peek() != ' ' && peek() != ')') return fail("expected ' ' or ')' in inner list");
        }
        return fail("unterminated inner list");
    }

    Result<Item> item() {
        auto bare = bareItem();
        if (!bare) return bare.error();
        auto params = parameters();
        if (!params) return params.error();
        return Item{std::move(*bare), std::move(*params)};
    }

    Result<Parameters> parameters() {
        Parameters params;
        while (peek() == ';') {
            ++m_pos;
            skipSpaces();
            auto key = this->key();
            if (!key) return key.error();
            BareItem value = makeBoolean(true);
            if (peek() == '=') {
                ++m_pos;
                auto bare = bareItem();
                if (!bare) return bare.error();
                value = std::move(*bare);
            }
            bool replaced = false;
            for (auto& p : params) {
                if (p.key == *key) {
                    p.value = value;
                    replaced = true;
                }
            }
            if (!replaced) params.push_back(Parameter{*key, std::move(value)});
        }
        return params;
    }

    Result<std::string> key() {
        if (!isLcAlpha(peek()) && peek() != '*') return fail("expected a key");
        std::string out;
        while (isLcAlpha(peek()) || isDigit(peek()) || peek() == '_' || peek() == '-' ||
               peek() == '.' || peek() == '*') {
            out += peek();
            ++m_pos;
        }
        return out;
    }

    Result<BareItem> bareItem() {
        const char c = peek();
        if (c == '-' || isDigit(c)) return integer();
        if (c == '"') return string();
        if (c == ':') return bytes();
        if (c == '?') return boolean();
        if (isAlpha(c) || c == '*') return token();
        return fail("expected an item");
    }

    Result<BareItem> integer() {
        bool negative = false;
        if (peek() == '-') {
            negative = true;
            ++m_pos;
        }
        if (!isDigit(peek())) return fail("expected a digit");
        std::int64_t value = 0;
        int digits = 0;
        while (isDigit(peek())) {
            if (++digits > 15) return fail("integer too long");
            value = value * 10 + (peek() - '0');
            ++m_pos;
        }
        if (peek() == '.') return fail("decimals are not supported");
        return makeInteger(negative ? -value : value);
    }

    Result<BareItem> string() {
        ++m_pos;  // '"'
        std::string out;
        while (!atEnd()) {
            const char c = m_text[m_pos++];
            if (c == '\\') {
                if (atEnd()) return fail("unterminated string");
                const char next = m_text[m_pos++];
                if (next != '"' && next != '\\') return fail("bad escape in string");
                out += next;
            } else if (c == '"') {
                return makeString(std::move(out));
            } else if (c < 0x20 || c > 0x7E) {
                return fail("character outside printable ASCII in string");
            } else {
                out += c;
            }
        }
        return fail("unterminated string");
    }

    Result<BareItem> token() {
        std::string out;
        while (isTchar(peek()) || peek() == ':' || peek() == '/') {
            out += peek();
            ++m_pos;
        }
        BareItem item;
        item.kind = BareItem::Kind::Token;
        item.text = std::move(out);
        return item;
    }

    Result<BareItem> bytes() {
        ++m_pos;  // ':'
        const std::size_t end = m_text.find(':', m_pos);
        if (end == std::string_view::npos) return fail("unterminated byte sequence");
        auto decoded = base64Decode(m_text.substr(m_pos, end - m_pos));
        if (!decoded) return fail("byte sequence is not base64");
        m_pos = end + 1;
        return makeBytes(std::move(*decoded));
    }

    Result<BareItem> boolean() {
        ++m_pos;  // '?'
        if (peek() == '1' || peek() == '0') {
            const bool value = peek() == '1';
            ++m_pos;
            return makeBoolean(value);
        }
        return fail("expected ?0 or ?1");
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

}  // namespace

Result<Dictionary> parseDictionary(std::string_view text) {
    // Field values are trimmed of surrounding spaces before parsing (RFC 8941 §4.2).
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return Parser(text).dictionary();
}

std::string serialize(const BareItem& item) {
    switch (item.kind) {
    case BareItem::Kind::Boolean:
        return item.boolean ? "?1" : "?0";
    case BareItem::Kind::Integer:
        return std::to_string(item.integer);
    case BareItem::Kind::String: {
        std::string out = "\"";
        for (char c : item.text) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        return out + "\"";
    }
    case BareItem::Kind::Token:
        return item.text;
    case BareItem::Kind::Bytes:
        return ":" + base64Encode(item.text) + ":";
    }
    return {};
}

std::string serialize(const Parameters& params) {
    std::string out;
    for (const auto& p : params) {
        out += ';';
        out += p.key;
        // A true boolean parameter is written as the bare key (RFC 8941 §4.1.1.2).
        if (p.value.kind == BareItem::Kind::Boolean && p.value.boolean) continue;
        out += '=';
        out += serialize(p.value);
    }
    return out;
}

std::string serialize(const InnerList& list) {
    std::string out = "(";
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        if (i > 0) out += ' ';
        out += serialize(list.items[i].value);
        out += serialize(list.items[i].params);
    }
    out += ')';
    out += serialize(list.params);
    return out;
}

const BareItem* findParam(const Parameters& params, std::string_view key) {
    for (const auto& p : params) {
        if (p.key == key) return &p.value;
    }
    return nullptr;
}

const Member* findMember(const Dictionary& dict, std::string_view key) {
    for (const auto& m : dict) {
        if (m.key == key) return &m;
    }
    return nullptr;
}

BareItem makeString(std::string text) {
    BareItem item;
    item.kind = BareItem::Kind::String;
    item.text = std::move(text);
    return item;
}

BareItem makeInteger(std::int64_t value) {
    BareItem item;
    item.kind = BareItem::Kind::Integer;
    item.integer = value;
    return item;
}

BareItem makeBytes(std::string bytes) {
    BareItem item;
    item.kind = BareItem::Kind::Bytes;
    item.text = std::move(bytes);
    return item;
}

BareItem makeBoolean(bool value) {
    BareItem item;
    item.kind = BareItem::Kind::Boolean;
    item.boolean = value;
    return item;
}

}  // namespace kiosk::signing::sf
