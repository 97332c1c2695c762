// Turning numbers into the text a learner reads.
//
// Every number on screen, in the aria-live mirror and in the tests' readouts
// goes through here, so the rules hold everywhere: no NaN, no Inf, no "-0.00",
// and two values that are equal up to floating-point noise print the same.
#pragma once

#include <optional>
#include <string>

#include "dot_product.h"
#include "vec2.h"

namespace dotlab {

enum class MinusSign { Ascii, Unicode };

// Fixed-point text with `decimals` digits. Non-finite input prints "undefined".
std::string format_number(double value, int decimals = 2, MinusSign minus = MinusSign::Unicode);
std::string format_number(std::optional<double> value, int decimals = 2, MinusSign minus = MinusSign::Unicode);
// As format_number, but with at least `significant` significant digits for
// a small value ("0.0030" at 2 decimals; from 10⁻⁷ down, "1.2e−9"): a
// learner never reads 0.00 for a value that is not zero, and a small factor
// keeps the digits a product needs.
std::string format_small(double value, int decimals, int significant, MinusSign minus = MinusSign::Unicode);
// A softmax weight or e^(score − max) as attention's table prints it: as
// format_small at 3 decimals and 2 digits (0.0033, not 0.000), but "≈ 0"
// ("about 0" with ASCII) below a millionth: e^x is never 0 however far it
// underflows, and 2.1e−246 beside 0.000 read as two different things.
std::string format_weight(double value, MinusSign minus = MinusSign::Unicode);
// Whether `text` shows a minus sign before a number whose digits are all
// zero ("−0.00", "(-0.0)"): what no number on screen may read as.
bool has_negative_zero(const std::string& text);
// A coordinate the learner or a link gave: fixed to `decimals`, but a value
// that would round to zero keeps two significant digits (0.0010), so a
// link's (0.001, 0.002) is not read as (0.00, 0.00) beside a length of
// 0.00224. Not for computed values, whose rounding noise (2.1e−16 at a right
// angle) it would show.
std::string format_coordinate(double value, int decimals = 2, MinusSign minus = MinusSign::Unicode);
// "(3.00, −1.50)": a computed vector, fixed decimals.
std::string format_vec(Vec2 v, int decimals = 2);
// A given vector (a, b, q, a value), each coordinate as format_coordinate prints it.
std::string format_point(Vec2 v, int decimals = 2);

// The dot view's numbers as text, substituted into both formulas. The panel
// adds the labels; the aria-live mirror reads `spoken`.
struct DotReadouts {
    std::string a, b;          // "(3.00, 1.00)"
    std::string normA, normB;  // "3.162"
    std::string angle;         // "45.00°" or "undefined"
    std::string cos;           // "0.707" or "undefined"
    // The substituted factors one by one, for formulas drawn in colour;
    // negative ones in parentheses: "(−1.00)".
    struct Factors {
        std::string ax, bx, ay, by, normA, normB, cos;
    } factors;
    std::string algebraicTerms;  // "3.00·1.00 + 1.00·2.00"
    std::string geometricTerms;  // "3.16·2.24·0.71"
    std::string dotAlgebraic;    // "5.00"
    std::string dotGeometric;    // "5.00": the same text, whatever the rounding noise
    std::string projScalar;      // "2.21"
    std::string projVector;      // "(1.42, 0.47)": b's shadow on a's line as a vector
    std::string verdict;         // what the sign of a·b says about the directions
    std::string spoken;          // one sentence for screen readers
};

// `term_decimals`: the digits of each component in the substituted formulas
// (unit vectors want three, so the printed factors multiply to the result).
DotReadouts make_dot_readouts(Vec2 a, Vec2 b, const DotDerived& d, int term_decimals = 2);

}  // namespace dotlab
