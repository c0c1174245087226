#include "expression_lexer.hpp"

#include <charconv>
#include <cmath>

#include "kiosk/base/text.hpp"

namespace kiosk::forms::detail {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isIdentChar(char c) { return isIdentStart(c) || isDigit(c); }

ExpressionError errorAt(size_t offset, std::string message) {
    return ExpressionError{std::move(message), offset};
}

std::optional<TokenKind> keyword(std::string_view word) {
    if (word == "and") return TokenKind::And;
    if (word == "or") return TokenKind::Or;
    if (word == "not") return TokenKind::Not;
    if (word == "true") return TokenKind::True;
    if (word == "false") return TokenKind::False;
    return std::nullopt;
}

class Lexer {
public:
    explicit Lexer(std::string_view text) : m_text(text) {}

    Result<std::vector<Token>, ExpressionError> run() {
        std::vector<Token> tokens;
        while (true) {
            while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                             m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
                ++m_pos;
            }
            if (m_pos >= m_text.size()) break;
            auto token = next();
            if (!token) return token.error();
            tokens.push_back(std::move(token.value()));
        }
        tokens.push_back(Token{TokenKind::End, {}, 0, m_text.size()});
        return tokens;
    }

private:
    Result<Token, ExpressionError> next() {
        const size_t start = m_pos;
        const char c = m_text[m_pos];
        if (isDigit(c)) return number(start);
        if (isIdentStart(c)) return identifier(start);
        if (c == '\'' || c == '"') return string(start, c);
        const char n = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
        auto simple = [&](TokenKind kind, size_t length) {
            m_pos += length;
            return Token{kind, std::string(m_text.substr(start, length)), 0, start};
        };
        switch (c) {
            case '.': return simple(TokenKind::Dot, 1);
            case '(': return simple(TokenKind::LParen, 1);
            case ')': return simple(TokenKind::RParen, 1);
            case ',': return simple(TokenKind::Comma, 1);
            case '+': return simple(TokenKind::Plus, 1);
            case '-': return simple(TokenKind::Minus, 1);
            case '*': return simple(TokenKind::Star, 1);
            case '/': return simple(TokenKind::Slash, 1);
            case '%': return simple(TokenKind::Percent, 1);
            case '<': return n == '=' ? simple(TokenKind::Le, 2) : simple(TokenKind::Lt, 1);
            case '>': return n == '=' ? simple(TokenKind::Ge, 2) : simple(TokenKind::Gt, 1);
            case '=':
                if (n == '=') return simple(TokenKind::Eq, 2);
                return errorAt(start, "Dùng '==' để so sánh bằng (use '==' to compare)");
            case '!':
                if (n == '=') return simple(TokenKind::Ne, 2);
                return errorAt(start, "Dùng 'not' thay cho '!' (use 'not' instead of '!')");
            case '&':
                return errorAt(start, "Dùng 'and' thay cho '&&' (use 'and' instead of '&&')");
            case '|':
                return errorAt(start, "Dùng 'or' thay cho '||' (use 'or' instead of '||')");
            default: break;
        }
        return errorAt(start, "Ký tự không dùng được trong biểu thức (unexpected character)");
    }

    Result<Token, ExpressionError> number(size_t start) {
        while (m_pos < m_text.size() && isDigit(m_text[m_pos])) ++m_pos;
        if (m_pos + 1 < m_text.size() && m_text[m_pos] == '.' && isDigit(m_text[m_pos + 1])) {
            ++m_pos;
            while (m_pos < m_text.size() && isDigit(m_text[m_pos])) ++m_pos;
        }
        const std::string_view spelling = m_text.substr(start, m_pos - start);
        double value = 0;
        const auto [end, ec] = std::from_chars(spelling.data(), spelling.data() + spelling.size(),
                                               value);
        if (ec != std::errc() || !std::isfinite(value)) {
            return errorAt(start, "Số quá lớn (number too large)");
        }
        if (m_pos < m_text.size() && isIdentStart(m_text[m_pos])) {
            return errorAt(m_pos, "Thiếu dấu cách hoặc phép tính sau số (expected an operator "
                                  "after the number)");
        }
        return Token{TokenKind::Number, std::string(spelling), value, start};
    }

    Result<Token, ExpressionError> identifier(size_t start) {
        while (m_pos < m_text.size() && isIdentChar(m_text[m_pos])) ++m_pos;
        // An address part is written `dia_chi.province`: a dot directly followed by a letter.
        if (m_pos + 1 < m_text.size() && m_text[m_pos] == '.' && isIdentStart(m_text[m_pos + 1])) {
            ++m_pos;
            while (m_pos < m_text.size() && isIdentChar(m_text[m_pos])) ++m_pos;
        }
        std::string word(m_text.substr(start, m_pos - start));
        if (const auto kind = keyword(word)) return Token{*kind, std::move(word), 0, start};
        return Token{TokenKind::Identifier, std::move(word), 0, start};
    }

    Result<Token, ExpressionError> string(size_t start, char quote) {
        ++m_pos;
        const size_t contentStart = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != quote) ++m_pos;
        if (m_pos >= m_text.size()) {
            return errorAt(start, "Chuỗi chưa có dấu nháy đóng (unterminated string)");
        }
        auto normalized = text::toNfc(m_text.substr(contentStart, m_pos - contentStart));
        ++m_pos;
        if (!normalized.valid) {
            return errorAt(start, "Chuỗi không phải UTF-8 hợp lệ (string is not valid UTF-8)");
        }
        return Token{TokenKind::String, std::move(normalized.text), 0, start};
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

}  // namespace

Result<std::vector<Token>, ExpressionError> tokenize(std::string_view text) {
    return Lexer(text).run();
}

}  // namespace kiosk::forms::detail
