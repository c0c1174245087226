#include "expression_functions.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "expression_nodes.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/forms/form_schema.hpp"

namespace kiosk::forms::detail {
namespace {

constexpr size_t kMany = std::numeric_limits<size_t>::max();

constexpr std::array<FunctionInfo, 17> kFunctions = {{
    {"today", Function::Today, 0, 0, false},
    {"age", Function::Age, 1, 1, false},
    {"days_between", Function::DaysBetween, 2, 2, false},
    {"date", Function::Date, 1, 1, false},
    {"year", Function::Year, 1, 1, false},
    {"len", Function::Len, 1, 1, false},
    {"count", Function::Count, 1, 1, true},
    {"selected", Function::Selected, 2, 2, true},
    {"contains", Function::Contains, 2, 2, false},
    {"upper", Function::Upper, 1, 1, false},
    {"lower", Function::Lower, 1, 1, false},
    {"min", Function::Min, 1, kMany, false},
    {"max", Function::Max, 1, kMany, false},
    {"if", Function::If, 3, 3, false},
    {"round", Function::Round, 1, 1, false},
    {"sum", Function::Sum, 1, 1, true},
    {"empty", Function::Empty, 1, 1, false},
}};

using Args = std::vector<std::unique_ptr<const Node>>;

std::string mapCase(const std::string& s, bool upper) {
    std::string out;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    auto remaining = static_cast<utf8proc_ssize_t>(s.size());
    while (remaining > 0) {
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(p, remaining, &cp);
        if (n <= 0) return s;  // answers are valid UTF-8; keep anything else untouched
        cp = upper ? utf8proc_toupper(cp) : utf8proc_tolower(cp);
        std::array<utf8proc_uint8_t, 4> buf{};
        const auto written = utf8proc_encode_char(cp, buf.data());
        out.append(reinterpret_cast<const char*>(buf.data()), static_cast<size_t>(written));
        p += n;
        remaining -= n;
    }
    return out;
}

// The selected ids of a multi_choice answer.
std::vector<std::string> choiceIds(const std::string& answer) {
    std::vector<std::string> ids;
    std::string current;
    for (char c : answer + ' ') {
        if (c != ' ') {
            current += c;
        } else if (!current.empty()) {
            ids.push_back(std::move(current));
            current.clear();
        }
    }
    return ids;
}

std::string rawAnswer(const EvalContext& ctx, const std::string& key) {
    const auto it = ctx.answers.find(key);
    return it == ctx.answers.end() ? std::string() : it->second;
}

Value count(const std::string& name, const EvalContext& ctx) {
    if (ctx.schema != nullptr) {
        if (const Page* page = ctx.schema->page(name)) {
            return static_cast<double>(repeatCount(*page, ctx.answers));
        }
    } else if (ctx.answers.count(repeatCountKey(name)) > 0) {
        return static_cast<double>(parseInteger(rawAnswer(ctx, repeatCountKey(name))).value_or(0));
    }
    return static_cast<double>(choiceIds(rawAnswer(ctx, resolveKey(ctx, name, {}))).size());
}

// Adds up "<name>#1", "<name>#2", ...: every instance the page has, or every stored one.
Value sum(const std::string& name, const EvalContext& ctx) {
    double total = 0;
    const Page* page = ctx.schema != nullptr ? ctx.schema->pageOf(name) : nullptr;
    if (page != nullptr && page->repeat) {
        const int instances = repeatCount(*page, ctx.answers);
        for (int i = 1; i <= instances; ++i) {
            total += asNumber(answerValue(ctx, answerKey(name, i), name)).value_or(0);
        }
        return total;
    }
    const std::string prefix = name + "#";
    for (auto it = ctx.answers.lower_bound(prefix);
         it != ctx.answers.end() && it->first.rfind(prefix, 0) == 0; ++it) {
        if (repeatIndexOfKey(it->first) > 0 && it->first.find('.') == std::string::npos) {
            total += asNumber(answerValue(ctx, it->first, name)).value_or(0);
        }
    }
    return total;
}

// min()/max() over numbers, or over dates; empty arguments are skipped, mixed kinds give nothing.
Value extreme(const Args& args, const EvalContext& ctx, bool wantMax) {
    std::vector<Value> values;
    for (const auto& arg : args) {
        Value v = arg->evaluate(ctx);
        if (!isEmpty(v)) values.push_back(std::move(v));
    }
    if (values.empty()) return std::monostate{};
    auto pick = [wantMax](auto a, auto b) { return wantMax ? std::max(a, b) : std::min(a, b); };
    if (std::all_of(values.begin(), values.end(), [](const Value& v) { return asNumber(v); })) {
        double best = *asNumber(values.front());
        for (const auto& v : values) best = pick(best, *asNumber(v));
        return best;
    }
    if (std::all_of(values.begin(), values.end(), [](const Value& v) { return asDate(v); })) {
        std::chrono::sys_days best(*asDate(values.front()));
        for (const auto& v : values) best = pick(best, std::chrono::sys_days(*asDate(v)));
        return Date(best);
    }
    return std::monostate{};
}

Value age(const Date& born, const Date& today) {
    int years = static_cast<int>(today.year()) - static_cast<int>(born.year());
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day())) {
        --years;
    }
    return static_cast<double>(years);
}

}  // namespace

const FunctionInfo* findFunction(std::string_view name) {
    for (const auto& f : kFunctions) {
        if (f.name == name) return &f;
    }
    return nullptr;
}

Value callFunction(const FunctionInfo& function, const std::string& name, const Args& args,
                   const EvalContext& ctx) {
    auto arg = [&](size_t i) { return args[i]->evaluate(ctx); };
    switch (function.id) {
        case Function::Today: return ctx.today;
        case Function::Age:
            if (const auto d = asDate(arg(0)); d && ctx.today.ok()) return age(*d, ctx.today);
            return std::monostate{};
        case Function::DaysBetween: {
            const auto a = asDate(arg(0)), b = asDate(arg(1));
            if (!a || !b) return std::monostate{};
            return static_cast<double>(
                (std::chrono::sys_days(*b) - std::chrono::sys_days(*a)).count());
        }
        case Function::Date:
            if (const auto d = asDate(arg(0))) return *d;
            return std::monostate{};
        case Function::Year:
            if (const auto d = asDate(arg(0))) return static_cast<double>(static_cast<int>(d->year()));
            return std::monostate{};
        case Function::Len: return static_cast<double>(text::codepointCount(asText(arg(0))));
        case Function::Count: return count(name, ctx);
        case Function::Selected: {
            const auto ids = choiceIds(rawAnswer(ctx, resolveKey(ctx, name, {})));
            return std::find(ids.begin(), ids.end(), asText(arg(0))) != ids.end();
        }
        case Function::Contains: {
            const Value haystack = arg(0), needle = arg(1);
            if (isEmpty(haystack) || isEmpty(needle)) return false;
            return asText(haystack).find(asText(needle)) != std::string::npos;
        }
        case Function::Upper:
        case Function::Lower: {
            const Value v = arg(0);
            if (isEmpty(v)) return std::monostate{};
            return mapCase(asText(v), function.id == Function::Upper);
        }
        case Function::Min: return extreme(args, ctx, false);
        case Function::Max: return extreme(args, ctx, true);
        case Function::If: return isTruthy(arg(0)) ? arg(1) : arg(2);
        case Function::Round:
            if (const auto n = asNumber(arg(0))) return std::round(*n);
            return std::monostate{};
        case Function::Sum: return sum(name, ctx);
        case Function::Empty: return isEmpty(arg(0));
    }
    return std::monostate{};
}

}  // namespace kiosk::forms::detail
