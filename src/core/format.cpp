#include "format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

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

bool digits_all_zero(const std::string& text) { return text.find_first_of("123456789") == std::string::npos; }

}  // namespace

std::string format_number(double value, int decimals, MinusSign minus) {
    if (!std::isfinite(value)) return "undefined";
    decimals = decimals < 0 ? 0 : (decimals > 9 ? 9 : decimals);
    const double clean = without_float_noise(value);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::abs(clean));
    // A value that rounds to zero has no sign worth showing.
    std::string text;
    if (clean < 0 && !digits_all_zero(buffer)) text = minus_text(minus);
    return text + buffer;
}

std::string format_small(double value, int decimals, int significant, MinusSign minus) {
    const std::string fixed = format_number(value, decimals, minus);
    const double clean = without_float_noise(value);
    if (!std::isfinite(clean) || clean == 0) return fixed;
    int leading = int(std::floor(std::log10(std::abs(clean))));  // 0.0031 -> -3
    // A value just under a power of ten rounds up to it (0.000999…96 to
    // 0.0010): its digits count from there, or two values apart by noise
    // would print 0.00100 and 0.0010.
    if (std::round(std::abs(clean) * std::pow(10.0, significant - 1 - leading)) >= std::pow(10.0, significant))
        ++leading;
    constexpr int kMostDecimals = 7;
    const int needed = significant - 1 - leading;
    if (needed <= decimals) return fixed;
    if (needed <= kMostDecimals) return format_number(clean, needed, minus);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.*e", significant > 1 ? significant - 1 : 0, std::abs(clean));
    std::string text = buffer;  // "1.2e-09"
    const size_t e = text.find('e');
    const bool negative_power = text[e + 1] == '-';
    size_t digits = e + 2;
    while (digits + 1 < text.size() && text[digits] == '0') ++digits;
    text = text.substr(0, e + 1) + (negative_power ? minus_text(minus) : "") + text.substr(digits);
    return (clean < 0 ? minus_text(minus) : "") + text;
}

std::string format_weight(double value, MinusSign minus) {
    constexpr double kAboutZero = 1e-6;
    if (std::isfinite(value) && std::abs(value) < kAboutZero) return minus == MinusSign::Ascii ? "about 0" : "\u2248 0";
    return format_small(value, 3, 2, minus);
}

std::string format_number(std::optional<double> value, int decimals, MinusSign minus) {
    return value ? format_number(*value, decimals, minus) : std::string("undefined");
}

bool has_negative_zero(const std::string& text) {
    for (const char* minus : {"\u2212", "-"}) {
        for (size_t at = text.find(minus); at != std::string::npos; at = text.find(minus, at + 1)) {
            const size_t from = at + std::strlen(minus);
            const size_t end = text.find_first_not_of("0123456789.", from);
            const std::string digits = text.substr(from, end == std::string::npos ? std::string::npos : end - from);
            if (!digits.empty() && digits.find_first_of("123456789") == std::string::npos) return true;
        }
    }
    return false;
}

std::string format_vec(Vec2 v, int decimals) {
    return "(" + format_number(v.x, decimals) + ", " + format_number(v.y, decimals) + ")";
}

std::string format_point(Vec2 v, int decimals) {
    return "(" + format_coordinate(v.x, decimals) + ", " + format_coordinate(v.y, decimals) + ")";
}

std::string format_coordinate(double value, int decimals, MinusSign minus) {
    const std::string fixed = format_number(value, decimals, minus);
    return digits_all_zero(fixed) ? format_small(value, decimals, 2, minus) : fixed;
}

namespace {

// Wraps a negative factor in parentheses so "3.00·(−1.00)" reads unambiguously.
std::string bracketed(const std::string& text) { return text.rfind("\u2212", 0) == 0 ? "(" + text + ")" : text; }
std::string factor(double value, int decimals) { return bracketed(format_coordinate(value, decimals)); }
// A length shorter than 0.01 keeps three significant digits, where three
// decimals would leave one: its factor in the geometric formula carries the
// product (0.00224·2.236·1.000 = 0.0050, not 0.002·2.236·1.000).
std::string format_length(double value, MinusSign minus = MinusSign::Unicode) {
    return value < 0.01 ? format_small(value, 3, 3, minus) : format_number(value, 3, minus);
}

std::string spoken_number(double value) { return format_number(value, 2, MinusSign::Ascii); }

}  // namespace

DotReadouts make_dot_readouts(Vec2 a, Vec2 b, const DotDerived& d, int term_decimals) {
    DotReadouts r;
    r.a = format_point(a, term_decimals);
    r.b = format_point(b, term_decimals);
    // Lengths and cosines are irrational in general; a third decimal keeps the
    // product of the printed factors within rounding of the printed result,
    // and the readouts show the same digits as the formula.
    r.normA = format_length(d.normA);
    r.normB = format_length(d.normB);
    r.angle = d.angleDeg ? format_number(*d.angleDeg) + "\u00b0" : std::string("undefined");
    // cos θ is relative already: below 1e-12 it is the rounding noise of a
    // right angle (5.55e-17 once showed), not a small angle's cosine.
    r.cos = d.cos ? format_small(std::abs(*d.cos) <= 1e-12 ? 0.0 : *d.cos, 3, 3) : std::string("undefined");
    const int t = term_decimals;
    DotReadouts::Factors& f = r.factors;
    f.ax = factor(a.x, t);
    f.bx = factor(b.x, t);
    f.ay = factor(a.y, t);
    f.by = factor(b.y, t);
    // With a zero vector the angle is meaningless but the product is not: a
    // zero length makes it zero whatever cos θ would be, so cos θ stays a
    // symbol ("0.000·2.236·cos θ"; a teacher balked at "·(undefined)").
    f.normA = r.normA;
    f.normB = r.normB;
    f.cos = d.cos ? bracketed(r.cos) : std::string("cos \u03b8");
    const std::string times = "\u00b7";
    r.algebraicTerms = f.ax + times + f.bx + " + " + f.ay + times + f.by;
    r.geometricTerms = f.normA + times + f.normB + times + f.cos;
    // Both formulas' results differ by rounding noise: far below what any
    // input could mean, it is zero, so a right angle prints 0.00 both ways.
    const double noise = 1e-12 * d.normA * d.normB;
    // Unit vectors' a·b is cos θ, and prints as cos θ does.
    const int dot_decimals = t > 2 ? 3 : 2;
    auto dot_text = [&](double value, MinusSign minus = MinusSign::Unicode) {
        return format_small(std::abs(value) <= noise ? 0.0 : value, dot_decimals, dot_decimals, minus);
    };
    r.dotAlgebraic = dot_text(d.dotAlgebraic);
    // With a·b tiny beside ‖a‖‖b‖, the geometric route loses its last digits
    // to cancellation: a = (10.00000000965, −5), b = (1, 2) gave 9.6e−9 one
    // way and 9.7e−9 the other. Within that noise the two are one number,
    // printed from the algebraic route, which keeps the digits.
    r.dotGeometric = dot_text(std::abs(d.dotGeometric - d.dotAlgebraic) <= noise ? d.dotAlgebraic : d.dotGeometric);
    r.projScalar = format_small(std::abs(d.projScalar) <= 1e-12 * d.normB ? 0.0 : d.projScalar, 2, 2);
    r.projVector = format_vec(d.proj);

    // Judged on the numbers as shown, so the sentence never contradicts them:
    // a·b prints 0.00 only when it is 0, and θ may round to 90.00° before.
    if (!d.cos) {
        r.verdict = "A zero-length vector points nowhere, so a\u00b7b is 0.";
    } else if (r.dotAlgebraic == "0.00") {
        r.verdict = "a and b are at a right angle: they share no direction, so a\u00b7b is 0.";
    } else if (r.angle == "90.00\u00b0") {
        r.verdict =
            "\u03b8 is within 0.005\u00b0 of 90\u00b0: a and b are nearly at a right angle, so a\u00b7b is "
            "close to 0.";
    } else if (d.dot > 0) {
        r.verdict = "\u03b8 is under 90\u00b0: a and b lean the same way, so a\u00b7b is positive.";
    } else {
        r.verdict = "\u03b8 is over 90\u00b0: a and b lean apart, so a\u00b7b is negative.";
    }

    r.spoken = "a dot b is " + dot_text(d.dot, MinusSign::Ascii) + ". ";
    r.spoken += d.angleDeg ? "The angle between a and b is " + spoken_number(*d.angleDeg) + " degrees. "
                           : "The angle is undefined because a vector has zero length. ";
    r.spoken += "Length of a " + format_length(d.normA, MinusSign::Ascii) + ", length of b " +
                format_length(d.normB, MinusSign::Ascii) + ".";
    return r;
}

}  // namespace dotlab
