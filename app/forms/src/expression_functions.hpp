#pragma once
// The functions expressions may call (kiosk-config/README.md, "Expressions").
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/forms/expression.hpp"

namespace kiosk::forms::detail {

class Node;

enum class Function {
    Today, Age, DaysBetween, Date, Year, Len, Count, Selected, Contains, Upper, Lower,
    Min, Max, If, Round, Sum, Empty,
};

struct FunctionInfo {
    std::string_view name;
    Function id;
    size_t minArgs;
    size_t maxArgs;  // counting the name argument
    bool nameArg;    // the first argument is a field or page id, not a value
};

// The function called `name`, or nullptr when there is none.
const FunctionInfo* findFunction(std::string_view name);

// Calls `function`; `name` is its id argument when nameArg, `args` the remaining arguments.
Value callFunction(const FunctionInfo& function, const std::string& name,
                   const std::vector<std::unique_ptr<const Node>>& args, const EvalContext& ctx);

}  // namespace kiosk::forms::detail
