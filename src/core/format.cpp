#include "format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dotlab {

namespace {

// Both dot-product formulas land within a few ulps of each other; rounding to
// 12 significant digits first removes that noise so they print identically
// even when the true value sits on a rounding boundary such as 0.125.
double without_float_noise(double value) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.12g", value);
    return std::strtod(buffer, nullptr);
}

const char* minus_text(MinusSign minus) { return minus == MinusSign::Unicode ? "\u2212" : "-"; }

}  // namespace

std::string format_number(double value, int decimals, MinusSign minus) {
    if (!std::isfinite(value)) return "undefined";
    decimals = decimals < 0 ? 0 : (decimals > 9 ? 9 : decimals);
    const double clean = without_float_noise(value);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::abs(clean));
    // A value that rounds to zero has no sign worth showing.
    bool all_zero = true;
    for (const char* p = buffer; *p; ++p)
        if (*p >= '1' && *p <= '9') all_zero = false;
    std::string text;
    if (clean < 0 && !all_zero) text = minus_text(minus);
    return text + buffer;
}

std::string format_number(std::optional<double> value, int decimals, MinusSign minus) {
    return value ? format_number(*value, decimals, minus) : std::string("undefined");
}

std::string format_vec(Vec2 v, int decimals) {
    return "(" + format_number(v.x, decimals) + ", " + format_number(v.y, decimals) + ")";
}

namespace {

// Wraps a negative factor in parentheses so "3.00·(−1.00)" reads unambiguously.
std::string factor(double value, int decimals = 2) {
    std::string text = format_number(value, decimals);
    return text.rfind("\u2212", 0) == 0 ? "(" + text + ")" : text;
}

std::string spoken_number(double value) { return format_number(value, 2, MinusSign::Ascii); }

}  // namespace

DotReadouts make_dot_readouts(Vec2 a, Vec2 b, const DotDerived& d, int term_decimals) {
    DotReadouts r;
    r.a = format_vec(a, term_decimals);
    r.b = format_vec(b, term_decimals);
    r.normA = format_number(d.normA);
    r.normB = format_number(d.normB);
    r.angle = d.angleDeg ? format_number(*d.angleDeg) + "\u00b0" : std::string("undefined");
    r.cos = format_number(d.cos);
    const int t = term_decimals;
    DotReadouts::Factors& f = r.factors;
    f.ax = factor(a.x, t);
    f.bx = factor(b.x, t);
    f.ay = factor(a.y, t);
    f.by = factor(b.y, t);
    // Lengths and cosines are irrational in general; a third decimal keeps the
    // product of the printed factors within rounding of the printed result.
    // With a zero vector the angle is meaningless but the product is not: a
    // zero length makes it zero whatever cos θ would be.
    f.normA = factor(d.normA, 3);
    f.normB = factor(d.normB, 3);
    f.cos = d.cos ? factor(*d.cos, 3) : std::string("(undefined)");
    const std::string times = "\u00b7";
    r.algebraicTerms = f.ax + times + f.bx + " + " + f.ay + times + f.by;
    r.geometricTerms = f.normA + times + f.normB + times + f.cos;
    r.dotAlgebraic = format_number(d.dotAlgebraic);
    r.dotGeometric = format_number(d.dotGeometric);
    r.projScalar = format_number(d.projScalar);

    // Judged on the value as shown, so the sentence never contradicts the
    // number above it.
    if (!d.cos) {
        r.verdict = "A zero-length vector points nowhere, so a\u00b7b is 0.";
    } else if (r.dotAlgebraic == "0.00") {
        r.verdict = "a and b are at a right angle: they share no direction, so a\u00b7b is 0.";
    } else if (d.dot > 0) {
        r.verdict = "\u03b8 is under 90\u00b0: a and b lean the same way, so a\u00b7b is positive.";
    } else {
        r.verdict = "\u03b8 is over 90\u00b0: a and b lean apart, so a\u00b7b is negative.";
    }

    r.spoken = "a dot b is " + spoken_number(d.dot) + ". ";
    r.spoken += d.angleDeg ? "The angle between a and b is " + spoken_number(*d.angleDeg) + " degrees. "
                           : "The angle is undefined because a vector has zero length. ";
    r.spoken += "Length of a " + spoken_number(d.normA) + ", length of b " + spoken_number(d.normB) + ".";
    return r;
}

}  // namespace dotlab
