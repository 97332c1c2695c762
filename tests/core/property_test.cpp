// Property tests: random finite vectors across magnitudes from 1e-30 to 1e30,
// subnormals and zeros. Every derived number is finite or explicitly
// undefined, the two dot-product formulas agree, and the projection leaves a
// residual perpendicular to a.
#include <catch2/catch.hpp>

#include <cmath>
#include <iomanip>
#include <limits>
#include <random>

#include "core/dot_product.h"
#include "core/format.h"

using namespace dotlab;

namespace {

constexpr int kCases = 200000;

// A coordinate of random sign and magnitude 10^[-30, 30], sometimes zero or
// subnormal.
double random_coordinate(std::mt19937_64& rng) {
    std::uniform_real_distribution<double> unit(0, 1);
    const double pick = unit(rng);
    const double sign = unit(rng) < 0.5 ? -1 : 1;
    if (pick < 0.05) return 0.0;
    if (pick < 0.08) return sign * std::numeric_limits<double>::denorm_min() * std::floor(1 + unit(rng) * 1e6);
    return sign * (1 + unit(rng) * 9) * std::pow(10.0, std::floor(unit(rng) * 61) - 30);
}

}  // namespace

TEST_CASE("derived numbers are finite or undefined for any finite inputs", "[property]") {
    std::mt19937_64 rng(20261127);
    int undefined = 0, huge = 0, tiny = 0;
    for (int i = 0; i < kCases; ++i) {
        const Vec2 a{random_coordinate(rng), random_coordinate(rng)};
        const Vec2 b{random_coordinate(rng), random_coordinate(rng)};
        const DotDerived d = derive_dot(a, b);
        REQUIRE(std::isfinite(d.dot));
        REQUIRE(std::isfinite(d.dotGeometric));
        REQUIRE(std::isfinite(d.normA));
        REQUIRE(std::isfinite(d.normB));
        REQUIRE(std::isfinite(d.projScalar));
        REQUIRE(is_finite(d.proj));
        REQUIRE(d.cos.has_value() == d.angleDeg.has_value());
        if (d.cos) {
            REQUIRE(*d.cos >= -1.0);
            REQUIRE(*d.cos <= 1.0);
            REQUIRE(*d.angleDeg >= 0.0);
            REQUIRE(*d.angleDeg <= 180.0);
        } else {
            ++undefined;
            REQUIRE((d.normA == 0.0 || d.normB == 0.0));
        }
        huge += d.normA > 1e20 ? 1 : 0;
        tiny += d.normA > 0 && d.normA < 1e-20 ? 1 : 0;
    }
    // The generator does reach the zero vectors and both ends of the range.
    CHECK(undefined > 0);
    CHECK(huge > 0);
    CHECK(tiny > 0);
}

TEST_CASE("the two formulas agree to 1e-12 of ‖a‖‖b‖", "[property]") {
    std::mt19937_64 rng(7);
    for (int i = 0; i < kCases; ++i) {
        const Vec2 a{random_coordinate(rng), random_coordinate(rng)};
        const Vec2 b{random_coordinate(rng), random_coordinate(rng)};
        const DotDerived d = derive_dot(a, b);
        // Products of subnormals round to zero on one path and not the other;
        // the smallest normal double bounds that difference.
        const double allowed = 1e-12 * (d.normA * d.normB) + 4 * std::numeric_limits<double>::min();
        INFO(std::setprecision(17) << "a = (" << a.x << ", " << a.y << "), b = (" << b.x << ", " << b.y << ")");
        REQUIRE(std::abs(d.dotAlgebraic - d.dotGeometric) <= allowed);
    }
}

TEST_CASE("the projection is perpendicular to the residual", "[property]") {
    std::mt19937_64 rng(99);
    for (int i = 0; i < kCases; ++i) {
        const Vec2 a{random_coordinate(rng), random_coordinate(rng)};
        const Vec2 b{random_coordinate(rng), random_coordinate(rng)};
        const auto a_hat = unit(a);
        if (!a_hat) continue;
        const DotDerived d = derive_dot(a, b);
        const Vec2 residual = b - d.proj;
        // Measured along â, the residual is nothing but rounding error.
        INFO(std::setprecision(17) << "a = (" << a.x << ", " << a.y << "), b = (" << b.x << ", " << b.y << ")");
        REQUIRE(std::abs(dot(residual, *a_hat)) <= 1e-12 * d.normB + 4 * std::numeric_limits<double>::min());
        REQUIRE(std::abs(cross(d.proj, *a_hat)) <= 1e-12 * d.normB + 4 * std::numeric_limits<double>::min());
    }
}

TEST_CASE("readouts never show NaN, Inf or -0.00 for lesson-sized inputs", "[property]") {
    std::mt19937_64 rng(3);
    std::uniform_int_distribution<int> hundredths(-100000, 100000);  // ±1000, two decimals
    for (int i = 0; i < 50000; ++i) {
        const Vec2 a{hundredths(rng) / 100.0, hundredths(rng) / 100.0};
        const Vec2 b{hundredths(rng) / 100.0, (i % 7 == 0) ? 0.0 : hundredths(rng) / 100.0};
        const DotReadouts r = make_dot_readouts(a, b, derive_dot(a, b));
        for (const std::string* text : {&r.a, &r.b, &r.normA, &r.normB, &r.angle, &r.cos, &r.algebraicTerms,
                                        &r.geometricTerms, &r.dotAlgebraic, &r.dotGeometric, &r.projScalar}) {
            REQUIRE(text->find("nan") == std::string::npos);
            REQUIRE(text->find("inf") == std::string::npos);
            REQUIRE_FALSE(has_negative_zero(*text));
        }
        REQUIRE(r.dotAlgebraic == r.dotGeometric);
    }
}
