#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "core/format.h"

using namespace dotlab;

TEST_CASE("numbers print with two decimals and a real minus sign", "[format]") {
    CHECK(format_number(5.0) == "5.00");
    CHECK(format_number(-1.5) == "\u22121.50");
    CHECK(format_number(-1.5, 2, MinusSign::Ascii) == "-1.50");
    CHECK(format_number(3.14159, 3) == "3.142");
    CHECK(format_number(1000.0) == "1000.00");
}

TEST_CASE("nothing prints as -0.00", "[format]") {
    CHECK(format_number(-0.0) == "0.00");
    CHECK(format_number(-0.004) == "0.00");
    CHECK(format_number(-1e-300) == "0.00");
    CHECK(format_number(-0.005) != "\u22120.00");
    CHECK(format_number(-0.0001, 3) == "0.000");
}

TEST_CASE("softmax's table prints tiny weights with two digits, and underflow as about 0", "[format]") {
    CHECK(format_weight(0.52) == "0.520");
    CHECK(format_weight(0.0033) == "0.0033");
    CHECK(format_weight(1.2e-6) == "0.0000012");
    // q = (1000, −1000): one weight 2.1e−246, others exactly 0 by underflow.
    CHECK(format_weight(2.1e-246) == "\u2248 0");
    CHECK(format_weight(0.0) == "\u2248 0");
    CHECK(format_weight(9.9e-7, MinusSign::Ascii) == "about 0");
    CHECK(format_weight(1.0) == "1.000");
    // No scientific notation in the table, whatever the weight.
    for (double w = 1.0; w > 1e-300; w /= 7.3) CHECK(format_weight(w).find('e') == std::string::npos);
}

TEST_CASE("a value that would print as zero keeps significant digits", "[format]") {
    CHECK(format_small(0.003, 2, 2) == "0.0030");
    // Just under a power of ten, the digits count from the rounded value:
    // noise on either side prints alike (the fuzzer's a = (10.001, −5)).
    CHECK(format_small(0.00099999999999944578, 2, 2) == "0.0010");
    CHECK(format_small(0.0010000000000005, 2, 2) == "0.0010");
    CHECK(format_small(-0.0999999, 2, 3) == "\u22120.100");
    CHECK(format_small(9.99e-8, 2, 2) == "1.0e\u22127");
    CHECK(format_small(-0.0004, 2, 2) == "\u22120.00040");
    CHECK(format_small(0.00050025, 3, 4) == "0.0005003");
    CHECK(format_small(5e-12, 2, 2) == "5.0e\u221212");
    CHECK(format_small(-1.25e-300, 2, 3, MinusSign::Ascii) == "-1.25e-300");
    CHECK(format_small(0.0, 2, 2) == "0.00");
    CHECK(format_small(-0.0, 2, 2) == "0.00");
    CHECK(format_small(0.05, 2, 2) == "0.050");
    CHECK(format_small(0.5, 2, 2) == "0.50");
    CHECK(format_small(12.345, 2, 2) == "12.35");
    CHECK(format_small(std::numeric_limits<double>::quiet_NaN(), 2, 2) == "undefined");
}

TEST_CASE("a minus before all-zero digits is found wherever it is", "[format]") {
    CHECK(has_negative_zero("\u22120.00"));
    CHECK(has_negative_zero("(1.00, -0.0)"));
    CHECK(has_negative_zero("a\u00b7b = \u22120"));
    CHECK_FALSE(has_negative_zero("\u22120.0030"));
    CHECK_FALSE(has_negative_zero("5.0e\u221212"));
    CHECK_FALSE(has_negative_zero("0.00"));
}

TEST_CASE("non-finite and missing values print as undefined", "[format]") {
    CHECK(format_number(std::numeric_limits<double>::quiet_NaN()) == "undefined");
    CHECK(format_number(std::numeric_limits<double>::infinity()) == "undefined");
    CHECK(format_number(std::optional<double>{}) == "undefined");
    CHECK(format_number(std::optional<double>{0.5}) == "0.50");
}

TEST_CASE("values equal up to float noise print the same on a rounding boundary", "[format]") {
    // 0.125 rounds one way, its neighbour a few ulps above the other way
    // unless the noise is removed first.
    const double exact = 0.125;
    const double noisy = std::nextafter(std::nextafter(0.125, 1.0), 1.0);
    CHECK(format_number(exact) == format_number(noisy));
}

TEST_CASE("the readouts substitute the numbers into both formulas", "[format]") {
    const Vec2 a{3, 1}, b{1, 2};
    const DotReadouts r = make_dot_readouts(a, b, derive_dot(a, b));
    CHECK(r.a == "(3.00, 1.00)");
    CHECK(r.b == "(1.00, 2.00)");
    CHECK(r.algebraicTerms == "3.00\u00b71.00 + 1.00\u00b72.00");
    CHECK(r.geometricTerms == "3.162\u00b72.236\u00b70.707");
    CHECK(r.dotAlgebraic == "5.00");
    CHECK(r.dotGeometric == "5.00");
    // Both ways alike when a·b lies just under a power of ten.
    const Vec2 near{10.001, -5};
    const DotReadouts small = make_dot_readouts(near, b, derive_dot(near, b));
    CHECK(small.dotAlgebraic == "0.0010");
    CHECK(small.dotGeometric == "0.0010");
    CHECK(r.angle == "45.00\u00b0");
    CHECK(r.cos == "0.707");
    CHECK(r.normA == "3.162");
    CHECK(r.projScalar == "1.58");
    CHECK(r.projVector == "(1.50, 0.50)");
    CHECK(r.spoken.find("a dot b is 5.00") != std::string::npos);
}

TEST_CASE("negative factors are bracketed", "[format]") {
    const Vec2 a{-2, 1}, b{1, -3};
    const DotReadouts r = make_dot_readouts(a, b, derive_dot(a, b));
    CHECK(r.algebraicTerms == "(\u22122.00)\u00b71.00 + 1.00\u00b7(\u22123.00)");
    CHECK(r.dotAlgebraic == "\u22125.00");
    CHECK(r.dotGeometric == "\u22125.00");
}

TEST_CASE("a tiny vector's coordinates and length keep the digits their product shows", "[format]") {
    // A link may carry (0.001, 0.002): read as (0.00, 0.00), the formula
    // said 0.00·1.00 + 0.00·2.00 = 0.0050.
    const Vec2 a{0.001, 0.002}, b{1, 2};
    const DotReadouts r = make_dot_readouts(a, b, derive_dot(a, b));
    CHECK(r.a == "(0.0010, 0.0020)");
    CHECK(r.algebraicTerms == "0.0010\u00b71.00 + 0.0020\u00b72.00");
    CHECK(r.dotAlgebraic == "0.0050");
    CHECK(r.normA == "0.00224");
    CHECK(r.geometricTerms == "0.00224\u00b72.236\u00b71.000");
    CHECK(r.spoken.find("Length of a 0.00224") != std::string::npos);
    // Ordinary values keep their fixed decimals; zero stays 0.00.
    CHECK(format_coordinate(0.05) == "0.05");
    CHECK(format_coordinate(-0.004) == "\u22120.0040");
    CHECK(format_coordinate(0.0) == "0.00");
    CHECK(format_point({1e-9, 3}) == "(1.0e\u22129, 3.00)");
    // A computed vector keeps fixed decimals: its tiny values are noise.
    CHECK(format_vec({2.1e-16, -3.5e-17}) == "(0.00, 0.00)");
    int noisy = 0;  // right angles on hundredths whose products leave noise
    for (int i = 1; i <= 300; ++i) {
        const Vec2 p{i / 100.0, 0.7};
        const Vec2 across{-p.y * 1.3, p.x * 1.3};
        const DotDerived d = derive_dot(p, across);
        noisy += d.dot != 0 ? 1 : 0;
        const DotReadouts at_right_angle = make_dot_readouts(p, across, d);
        CHECK(at_right_angle.projVector.find('e') == std::string::npos);
    }
    CHECK(noisy > 0);
    const Vec2 c{0.05, 0};
    CHECK(make_dot_readouts(c, b, derive_dot(c, b)).normA == "0.050");
    // No factor reads all zeros while its value is not zero.
    for (double x : {1e-12, 3e-7, 0.0049, -0.0001}) {
        const Vec2 t{x, -x};
        const DotReadouts tiny = make_dot_readouts(t, b, derive_dot(t, b));
        for (const std::string& text : {tiny.factors.ax, tiny.factors.ay, tiny.factors.normA})
            CHECK(text.find_first_of("123456789") != std::string::npos);
    }
}

TEST_CASE("both formulas print the same result across a sweep of angles and lengths", "[format]") {
    // The sweep must reach the cases it is about: products whose two
    // computations differ in the last bits, which only the printing hides.
    int noisy = 0;
    for (int i = 0; i < 360; ++i) {
        for (double length : {0.01, 0.37, 1.0, 2.5, 7.77, 123.45}) {
            const double t = i * 3.14159265358979323846 / 180;
            const Vec2 a{std::round(100 * length * std::cos(t)) / 100, std::round(100 * length * std::sin(t)) / 100};
            const Vec2 b{1.25, -0.75};
            const DotDerived d = derive_dot(a, b);
            const DotReadouts r = make_dot_readouts(a, b, d);
            CHECK(r.dotAlgebraic == r.dotGeometric);
            noisy += d.dotAlgebraic != d.dotGeometric ? 1 : 0;
        }
    }
    CHECK(noisy > 100);
    // a·b tiny beside ‖a‖‖b‖ and on a rounding boundary (the entry fuzzer's
    // find): the geometric route's cancellation must not change its digits.
    const Vec2 a{10.00000000965, -5}, b{1, 2};
    const DotReadouts r = make_dot_readouts(a, b, derive_dot(a, b));
    CHECK(r.dotAlgebraic == r.dotGeometric);
    CHECK(r.dotAlgebraic != "0.00");
}

TEST_CASE("at a right angle cos θ prints 0.000, never rounding noise", "[format]") {
    // b snapped onto exercise 1's line: a right angle up to the last bits,
    // where cos θ came out as 5.55e-17 and printed so (a reviewer's screenshot).
    int noisy = 0;
    for (int i = 0; i < 360; ++i) {
        const double t = i * 3.14159265358979323846 / 180;
        for (double length : {0.37, 2.245, 7.77}) {
            const Vec2 a{3 * std::cos(t) - std::sin(t), 3 * std::sin(t) + std::cos(t)};
            const Vec2 b = (length / std::hypot(a.x, a.y)) * Vec2{-a.y, a.x};
            const DotDerived d = derive_dot(a, b);
            const DotReadouts r = make_dot_readouts(a, b, d);
            INFO(a.x << ", " << a.y << " and " << b.x << ", " << b.y);
            CHECK(r.cos == "0.000");
            CHECK(r.factors.cos == "0.000");
            CHECK(r.dotGeometric == "0.00");
            noisy += d.cos && *d.cos != 0 ? 1 : 0;
        }
    }
    CHECK(noisy > 100);  // the sweep reaches the noise it is about
    // A tiny cos θ that is meant prints as such.
    const Vec2 a{1, 0}, b{0.001, 5};
    CHECK(make_dot_readouts(a, b, derive_dot(a, b)).cos == "0.000200");
}

TEST_CASE("a zero vector reads undefined for θ and cos θ", "[format]") {
    const DotReadouts r = make_dot_readouts({0, 0}, {1, 2}, derive_dot({0, 0}, {1, 2}));
    CHECK(r.angle == "undefined");
    CHECK(r.cos == "undefined");
    CHECK(r.dotAlgebraic == "0.00");
    CHECK(r.dotGeometric == "0.00");
    CHECK(r.geometricTerms == "0.000\u00b72.236\u00b7cos \u03b8");
    CHECK(r.spoken.find("undefined") != std::string::npos);
}

TEST_CASE("the verdict follows the sign of a·b as shown", "[format]") {
    auto verdict = [](Vec2 a, Vec2 b) { return make_dot_readouts(a, b, derive_dot(a, b)).verdict; };
    CHECK(verdict({3, 1}, {1, 2}).find("positive") != std::string::npos);
    CHECK(verdict({3, 1}, {-1, -2}).find("negative") != std::string::npos);
    CHECK(verdict({3, 0}, {0, 2}).find("right angle") != std::string::npos);
    // 0.001 is not 0: it prints with its digits, and the verdict agrees.
    const Vec2 a{1, 0}, b{0.001, 5};
    CHECK(make_dot_readouts(a, b, derive_dot(a, b)).dotAlgebraic == "0.0010");
    CHECK(verdict(a, b).find("under 90") != std::string::npos);
    // θ = 89.9999°: shown as 90.00°, a·b not 0, and the verdict says both.
    CHECK(verdict({1, 0}, {0.00001, 5}).find("nearly at a right angle") != std::string::npos);
    // Parallel but short (the reviewer's case): not called a right angle.
    CHECK(verdict({0.05, 0}, {0.06, 0}).find("under 90") != std::string::npos);
    CHECK(verdict({0, 0}, {1, 2}).find("zero-length") != std::string::npos);
}
