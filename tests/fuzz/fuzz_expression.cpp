// Fuzz target: the form expression language (visible_if, constraints, computed fees in the
// service TOML files): lexer, parser, then evaluation against a few answers. Invariants: a
// refusal names an offset inside the text, and evaluating never crashes or throws.
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kiosk/forms/expression.hpp"

using namespace kiosk::forms;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = parseExpression(text);
    if (!parsed) {
        if (parsed.error().offset > text.size()) std::abort();
        return 0;
    }
    static const Answers answers{{"so_ban", "3"}, {"ngay_sinh", "01/02/2000"}, {"ho_ten", "Nguyễn Văn A"},
                                 {"co_con", "co"}, {"x.street", "1"}};
    const EvalContext ctx{answers, std::chrono::year{2025} / 11 / 22, "so_ban", 0, nullptr};
    (void)isTruthy((*parsed)->evaluate(ctx));
    std::vector<std::string> refs;
    (*parsed)->collectFieldRefs(refs);
    return 0;
}
