// Recursive-descent parser: one function per precedence level, lowest first (README order).
#include <string>

#include "expression_lexer.hpp"
#include "expression_nodes.hpp"
#include "kiosk/forms/expression.hpp"

namespace kiosk::forms {
namespace {

using detail::Token;
// Nodes stay mutable while parsing so the root can take its source text; children are const.
using NodePtr = std::unique_ptr<detail::Node>;
using detail::TokenKind;

constexpr int kMaxDepth = 64;  // deeper nesting is a mistake, and would exhaust the stack

bool isComparison(TokenKind k) {
    return k == TokenKind::Eq || k == TokenKind::Ne || k == TokenKind::Lt || k == TokenKind::Le ||
           k == TokenKind::Gt || k == TokenKind::Ge;
}

detail::CompareOp compareOp(TokenKind k) {
    switch (k) {
        case TokenKind::Eq: return detail::CompareOp::Eq;
        case TokenKind::Ne: return detail::CompareOp::Ne;
        case TokenKind::Lt: return detail::CompareOp::Lt;
        case TokenKind::Le: return detail::CompareOp::Le;
        case TokenKind::Gt: return detail::CompareOp::Gt;
        default: return detail::CompareOp::Ge;
    }
}

// Thrown only inside this file to unwind the recursion; parseExpression turns it into a Result.
struct ParseFailure {
    ExpressionError error;
};

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    NodePtr parseAll() {
        if (peek().kind == TokenKind::End) fail(peek().offset, "Biểu thức trống (empty expression)");
        NodePtr root = parseOr();
        if (peek().kind == TokenKind::RParen) {
            fail(peek().offset, "Thừa dấu ')' (unexpected ')')");
        }
        if (peek().kind != TokenKind::End) {
            fail(peek().offset, "Thiếu phép tính giữa hai giá trị, ví dụ 'and' hoặc '==' "
                                "(expected an operator)");
        }
        return root;
    }

private:
    [[noreturn]] static void fail(size_t offset, std::string message) {
        throw ParseFailure{ExpressionError{std::move(message), offset}};
    }

    const Token& peek() const { return m_tokens[m_pos]; }
    const Token& take() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool accept(TokenKind kind) {
        if (peek().kind != kind) return false;
        take();
        return true;
    }

    class DepthGuard {
    public:
        DepthGuard(Parser& p, size_t offset) : m_parser(p) {
            if (++m_parser.m_depth > kMaxDepth) {
                fail(offset, "Biểu thức lồng nhau quá sâu (expression nested too deeply)");
            }
        }
        ~DepthGuard() { --m_parser.m_depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;

    private:
        Parser& m_parser;
    };

    NodePtr parseOr() {
        DepthGuard guard(*this, peek().offset);
        NodePtr left = parseAnd();
        while (accept(TokenKind::Or)) {
            left = std::make_unique<detail::LogicalNode>(false, std::move(left), parseAnd());
        }
        return left;
    }

    NodePtr parseAnd() {
        NodePtr left = parseNot();
        while (accept(TokenKind::And)) {
            left = std::make_unique<detail::LogicalNode>(true, std::move(left), parseNot());
        }
        return left;
    }

    NodePtr parseNot() {
        if (peek().kind != TokenKind::Not) return parseComparison();
        DepthGuard guard(*this, take().offset);
        return std::make_unique<detail::UnaryNode>(detail::UnaryNode::Op::Not, parseNot());
    }

    NodePtr parseComparison() {
        NodePtr left = parseAdditive();
        if (!isComparison(peek().kind)) return left;
        const TokenKind op = take().kind;
        NodePtr right = parseAdditive();
        if (isComparison(peek().kind)) {
            fail(peek().offset, "Không so sánh nối tiếp được; dùng 'and' giữa hai phép so sánh "
                                "(comparisons cannot be chained; use 'and')");
        }
        return std::make_unique<detail::CompareNode>(compareOp(op), std::move(left),
                                                     std::move(right));
    }

    NodePtr parseAdditive() {
        NodePtr left = parseMultiplicative();
        while (peek().kind == TokenKind::Plus || peek().kind == TokenKind::Minus) {
            const char op = take().kind == TokenKind::Plus ? '+' : '-';
            left = std::make_unique<detail::ArithmeticNode>(op, std::move(left),
                                                            parseMultiplicative());
        }
        return left;
    }

    NodePtr parseMultiplicative() {
        NodePtr left = parseUnary();
        while (peek().kind == TokenKind::Star || peek().kind == TokenKind::Slash ||
               peek().kind == TokenKind::Percent) {
            const TokenKind kind = take().kind;
            const char op = kind == TokenKind::Star ? '*' : kind == TokenKind::Slash ? '/' : '%';
            left = std::make_unique<detail::ArithmeticNode>(op, std::move(left), parseUnary());
        }
        return left;
    }

    NodePtr parseUnary() {
        if (peek().kind != TokenKind::Minus) return parsePrimary();
        DepthGuard guard(*this, take().offset);
        return std::make_unique<detail::UnaryNode>(detail::UnaryNode::Op::Negate, parseUnary());
    }

    NodePtr parsePrimary() {
        const Token& token = take();
        switch (token.kind) {
            case TokenKind::Number: return std::make_unique<detail::LiteralNode>(token.number);
            case TokenKind::String: return std::make_unique<detail::LiteralNode>(token.text);
            case TokenKind::True: return std::make_unique<detail::LiteralNode>(true);
            case TokenKind::False: return std::make_unique<detail::LiteralNode>(false);
            case TokenKind::Dot: return std::make_unique<detail::CurrentNode>();
            case TokenKind::LParen: {
                NodePtr inner = parseOr();
                if (!accept(TokenKind::RParen)) fail(peek().offset, "Thiếu dấu ')' (missing ')')");
                return inner;
            }
            case TokenKind::Identifier:
                if (peek().kind == TokenKind::LParen) return parseCall(token);
                return fieldReference(token);
            case TokenKind::End:
                fail(token.offset, "Biểu thức kết thúc khi còn thiếu một giá trị "
                                   "(expression ends where a value is expected)");
            default: break;
        }
        fail(token.offset, "Cần một giá trị ở đây: số, chuỗi, mã trường hoặc hàm "
                           "(expected a value: number, string, field id or function)");
    }

    static NodePtr fieldReference(const Token& token) {
        const size_t dot = token.text.find('.');
        if (dot == std::string::npos) return std::make_unique<detail::FieldNode>(token.text, "");
        const std::string part = token.text.substr(dot + 1);
        if (part != "province" && part != "commune" && part != "street") {
            fail(token.offset + dot + 1, "Phần của địa chỉ chỉ có thể là province, commune hoặc "
                                         "street (an address part is province, commune or street)");
        }
        return std::make_unique<detail::FieldNode>(token.text.substr(0, dot), part);
    }

    NodePtr parseCall(const Token& nameToken) {
        const detail::FunctionInfo* function = detail::findFunction(nameToken.text);
        if (function == nullptr) {
            fail(nameToken.offset, "Không có hàm '" + nameToken.text + "' (unknown function)");
        }
        DepthGuard guard(*this, nameToken.offset);
        take();  // '('
        std::string name;
        std::vector<detail::NodePtr> args;
        size_t count = 0;
        if (peek().kind != TokenKind::RParen) {
            do {
                if (count == 0 && function->nameArg) {
                    name = nameArgument(*function);
                } else {
                    args.push_back(parseOr());
                }
                ++count;
            } while (accept(TokenKind::Comma));
        }
        if (peek().kind != TokenKind::RParen) fail(peek().offset, "Thiếu dấu ')' (missing ')')");
        const size_t closeOffset = take().offset;
        if (count < function->minArgs || count > function->maxArgs) {
            fail(closeOffset, arityMessage(*function));
        }
        return std::make_unique<detail::CallNode>(*function, std::move(name), std::move(args));
    }

    std::string nameArgument(const detail::FunctionInfo& function) {
        const Token& token = peek();
        const TokenKind after = m_tokens[std::min(m_pos + 1, m_tokens.size() - 1)].kind;
        if (token.kind != TokenKind::Identifier || token.text.find('.') != std::string::npos ||
            (after != TokenKind::Comma && after != TokenKind::RParen)) {
            fail(token.offset, "Hàm '" + std::string(function.name) +
                                   "' cần mã trường (hoặc mã trang) làm đối số đầu tiên "
                                   "(expects a field or page id as its first argument)");
        }
        return take().text;
    }

    static std::string arityMessage(const detail::FunctionInfo& function) {
        const std::string fn = "Hàm '" + std::string(function.name) + "' ";
        if (function.minArgs == function.maxArgs) {
            const std::string n = std::to_string(function.minArgs);
            return fn + "cần đúng " + n + " đối số (takes exactly " + n + " argument" +
                   (function.minArgs == 1 ? "" : "s") + ")";
        }
        const std::string n = std::to_string(function.minArgs);
        return fn + "cần ít nhất " + n + " đối số (takes at least " + n + " argument" +
               (function.minArgs == 1 ? "" : "s") + ")";
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    int m_depth = 0;
};

}  // namespace

Result<ExpressionPtr, ExpressionError> parseExpression(std::string_view text) {
    auto tokens = detail::tokenize(text);
    if (!tokens) return tokens.error();
    try {
        Parser parser(std::move(tokens.value()));
        NodePtr root = parser.parseAll();
        root->setSource(std::string(text));
        return ExpressionPtr(std::move(root));
    } catch (const ParseFailure& failure) {
        return failure.error;
    }
}

}  // namespace kiosk::forms
