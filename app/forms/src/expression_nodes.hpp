#pragma once
// The syntax tree of a parsed expression: one small immutable class per construct.
#include <memory>
#include <string>
#include <vector>

#include "expression_functions.hpp"
#include "expression_values.hpp"
#include "kiosk/forms/expression.hpp"

namespace kiosk::forms::detail {

class Node : public Expression {
public:
    void setSource(std::string source) { m_source = std::move(source); }
};

using NodePtr = std::unique_ptr<const Node>;

class LiteralNode final : public Node {
public:
    explicit LiteralNode(Value value) : m_value(std::move(value)) {}
    Value evaluate(const EvalContext&) const override { return m_value; }
    void collectFieldRefs(std::vector<std::string>&) const override {}

private:
    Value m_value;
};

// A field id, optionally with an address part: `ho_ten`, `dia_chi.province`.
class FieldNode final : public Node {
public:
    FieldNode(std::string id, std::string part) : m_id(std::move(id)), m_part(std::move(part)) {}
    Value evaluate(const EvalContext& ctx) const override;
    void collectFieldRefs(std::vector<std::string>& out) const override { out.push_back(m_id); }

private:
    std::string m_id, m_part;
};

// `.`: the answer being checked by a constraint.
class CurrentNode final : public Node {
public:
    Value evaluate(const EvalContext& ctx) const override;
    void collectFieldRefs(std::vector<std::string>&) const override {}
};

class UnaryNode final : public Node {
public:
    enum class Op { Not, Negate };
    UnaryNode(Op op, NodePtr operand) : m_op(op), m_operand(std::move(operand)) {}
    Value evaluate(const EvalContext& ctx) const override;
    void collectFieldRefs(std::vector<std::string>& out) const override {
        m_operand->collectFieldRefs(out);
    }

private:
    Op m_op;
    NodePtr m_operand;
};

class BinaryNode : public Node {
public:
    BinaryNode(NodePtr left, NodePtr right) : m_left(std::move(left)), m_right(std::move(right)) {}
    void collectFieldRefs(std::vector<std::string>& out) const override {
        m_left->collectFieldRefs(out);
        m_right->collectFieldRefs(out);
    }

protected:
    NodePtr m_left, m_right;
};

// `and` / `or`, evaluated left to right and stopping as soon as the result is known.
class LogicalNode final : public BinaryNode {
public:
    LogicalNode(bool isAnd, NodePtr left, NodePtr right)
        : BinaryNode(std::move(left), std::move(right)), m_isAnd(isAnd) {}
    Value evaluate(const EvalContext& ctx) const override;

private:
    bool m_isAnd;
};

class CompareNode final : public BinaryNode {
public:
    CompareNode(CompareOp op, NodePtr left, NodePtr right)
        : BinaryNode(std::move(left), std::move(right)), m_op(op) {}
    Value evaluate(const EvalContext& ctx) const override;

private:
    CompareOp m_op;
};

// + - * / %: numbers only; anything else, or division by zero, gives no value.
class ArithmeticNode final : public BinaryNode {
public:
    ArithmeticNode(char op, NodePtr left, NodePtr right)
        : BinaryNode(std::move(left), std::move(right)), m_op(op) {}
    Value evaluate(const EvalContext& ctx) const override;

private:
    char m_op;
};

// A function call; `name` is the field or page id of count(), sum() and selected().
class CallNode final : public Node {
public:
    CallNode(const FunctionInfo& function, std::string name, std::vector<NodePtr> args)
        : m_function(function), m_name(std::move(name)), m_args(std::move(args)) {}
    Value evaluate(const EvalContext& ctx) const override {
        return callFunction(m_function, m_name, m_args, ctx);
    }
    void collectFieldRefs(std::vector<std::string>& out) const override;

private:
    const FunctionInfo& m_function;
    std::string m_name;
    std::vector<NodePtr> m_args;
};

}  // namespace kiosk::forms::detail
