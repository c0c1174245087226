#pragma once
// The two choices a user or administrator makes about Vietnamese typing.
#include <optional>
#include <string_view>

namespace kiosk::ime {

// Telex (aa, ow, s f r x j) or VNI (a6, o7, 1-5).
enum class Method { Telex, Vni };

// Where the tone goes on open oa/oe/uy: Old "hòa, thủy" or New "hoà, thuỷ".
enum class ToneStyle { Old, New };

// "telex" / "vni" (any case) to a Method; nullopt for anything else.
std::optional<Method> parseMethod(std::string_view name);

// "old" / "new" (any case) to a ToneStyle; nullopt for anything else.
std::optional<ToneStyle> parseToneStyle(std::string_view name);

}  // namespace kiosk::ime
