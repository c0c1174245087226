#pragma once
// The part of RFC 8941 structured fields that Signature-Input, Signature and Content-Digest use:
// dictionaries whose members are items or inner lists, with parameters. Decimals are refused.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kiosk/base/result.hpp"

namespace kiosk::signing::sf {

struct BareItem {
    enum class Kind { Boolean, Integer, String, Token, Bytes };
    Kind kind = Kind::Boolean;
    bool boolean = true;
    std::int64_t integer = 0;
    std::string text;  // String and Token: the characters; Bytes: the decoded bytes
};

struct Parameter {
    std::string key;
    BareItem value;
};
using Parameters = std::vector<Parameter>;

struct Item {
    BareItem value;
    Parameters params;
};

struct InnerList {
    std::vector<Item> items;
    Parameters params;
};

struct Member {
    std::string key;
    std::variant<Item, InnerList> value;
};
using Dictionary = std::vector<Member>;

// Parses a dictionary field value; the error code is "signing.malformed" with a short reason.
Result<Dictionary> parseDictionary(std::string_view text);

// The canonical serialization (RFC 8941 §4.1) of a bare item, parameters and an inner list.
std::string serialize(const BareItem& item);
std::string serialize(const Parameters& params);
std::string serialize(const InnerList& list);

// The first parameter named `key`, or nullptr.
const BareItem* findParam(const Parameters& params, std::string_view key);

// The first member named `key`, or nullptr.
const Member* findMember(const Dictionary& dict, std::string_view key);

BareItem makeString(std::string text);
BareItem makeInteger(std::int64_t value);
BareItem makeBytes(std::string bytes);
BareItem makeBoolean(bool value);

}  // namespace kiosk::signing::sf
