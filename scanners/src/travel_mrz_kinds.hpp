#pragma once
// What the format lets each character of a document's zone be, so that reads are compared by
// what they mean ('1' in an issuer is the parser's I, 'O' in a date its 0).
#include <vector>

#include "scanners/travel_document.hpp"

namespace scanners {

// What the format allows at each character of a document's lines: letters only (document
// code, issuer, nationality, sex, name), digits only (dates, check digits), or either.
enum class Kind : unsigned char { Either, Letter, Digit };
using Kinds = std::vector<std::vector<Kind>>;
Kinds characterKinds(const TravelDocument& document);

// True when `read` at a position of this kind means `wanted`: the same character, or a digit
// in a letters-only field that is that letter's shape ('1' for I), or a letter in a digits-only
// field that can only be that digit ('O' for 0), as the parser itself reads such fields.
bool sameMeaning(char read, char wanted, Kind kind);

}  // namespace scanners
