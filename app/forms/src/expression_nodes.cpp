#include "expression_nodes.hpp"

#include <cmath>

namespace kiosk::forms::detail {

Value FieldNode::evaluate(const EvalContext& ctx) const {
    return answerValue(ctx, resolveKey(ctx, m_id, m_part), m_part.empty() ? m_id : std::string());
}

Value CurrentNode::evaluate(const EvalContext& ctx) const {
    return answerValue(ctx, ctx.currentKey, fieldIdOfKey(ctx.currentKey));
}

Value UnaryNode::evaluate(const EvalContext& ctx) const {
    const Value v = m_operand->evaluate(ctx);
    if (m_op == Op::Not) return !isTruthy(v);
    if (const auto n = asNumber(v)) return -*n;
    return std::monostate{};
}

Value LogicalNode::evaluate(const EvalContext& ctx) const {
    const bool left = isTruthy(m_left->evaluate(ctx));
    if (m_isAnd && !left) return false;
    if (!m_isAnd && left) return true;
    return isTruthy(m_right->evaluate(ctx));
}

Value CompareNode::evaluate(const EvalContext& ctx) const {
    return compareValues(m_op, m_left->evaluate(ctx), m_right->evaluate(ctx));
}

Value ArithmeticNode::evaluate(const EvalContext& ctx) const {
    const auto a = asNumber(m_left->evaluate(ctx));
    const auto b = asNumber(m_right->evaluate(ctx));
    if (!a || !b) return std::monostate{};
    double result = 0;
    switch (m_op) {
        case '+': result = *a + *b; break;
        case '-': result = *a - *b; break;
        case '*': result = *a * *b; break;
        case '/':
            if (*b == 0) return std::monostate{};
            result = *a / *b;
            break;
        case '%':
            if (*b == 0) return std::monostate{};
            result = std::fmod(*a, *b);
            break;
        default: return std::monostate{};
    }
    if (!std::isfinite(result)) return std::monostate{};
    return result;
}

void CallNode::collectFieldRefs(std::vector<std::string>& out) const {
    if (!m_name.empty()) out.push_back(m_name);
    for (const auto& arg : m_args) arg->collectFieldRefs(out);
}

}  // namespace kiosk::forms::detail
