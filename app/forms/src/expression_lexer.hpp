#pragma once
// Splits expression text into tokens, each with its byte offset for error messages.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/forms/expression.hpp"

namespace kiosk::forms::detail {

enum class TokenKind {
    Number, String, Identifier, Dot, LParen, RParen, Comma,
    Eq, Ne, Lt, Le, Gt, Ge, Plus, Minus, Star, Slash, Percent,
    And, Or, Not, True, False, End,
};

struct Token {
    TokenKind kind = TokenKind::End;
    std::string text;  // identifier name, string contents (NFC), or number spelling
    double number = 0;
    size_t offset = 0;
};

// Every token of `text` ending with an End token, or the first lexical error.
Result<std::vector<Token>, ExpressionError> tokenize(std::string_view text);

}  // namespace kiosk::forms::detail
