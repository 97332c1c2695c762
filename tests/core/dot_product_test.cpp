#include <catch2/catch.hpp>

#include "core/dot_product.h"

using namespace dotlab;

TEST_CASE("the algebraic and geometric dot products agree", "[dot]") {
    const Vec2 cases[][2] = {{{3, 1}, {1, 2}},
                             {{-2.5, 4}, {0.3, -7}},
                             {{1e-3, 2e-3}, {5e2, -1e2}},
                             {{999, -999}, {-1000, 1000}},
                             {{0.1, 0.2}, {0.3, 0.4}}};
    for (const auto& c : cases) {
        const DotDerived d = derive_dot(c[0], c[1]);
        CHECK(d.dot == d.dotAlgebraic);
        CHECK(d.dotAlgebraic == c[0].x * c[1].x + c[0].y * c[1].y);
        CHECK(d.dotGeometric == Approx(d.dotAlgebraic).epsilon(1e-12).margin(1e-12));
    }
}

TEST_CASE("perpendicular vectors: a·b = 0 and θ = 90°", "[dot]") {
    const DotDerived d = derive_dot({3, 0}, {0, 2});
    CHECK(d.dot == 0.0);
    REQUIRE(d.cos);
    CHECK(*d.cos == 0.0);
    REQUIRE(d.angleDeg);
    CHECK(*d.angleDeg == Approx(90.0).epsilon(1e-15));
    CHECK(d.projScalar == 0.0);
}

TEST_CASE("parallel and opposite vectors give angles of 0° and 180°", "[dot]") {
    const DotDerived same = derive_dot({1, 1}, {3, 3});
    CHECK(*same.cos == Approx(1.0));
    CHECK(*same.angleDeg == Approx(0.0).margin(1e-12));
    CHECK(same.dot == 6.0);

    const DotDerived opposite = derive_dot({2, -1}, {-4, 2});
    CHECK(*opposite.cos == Approx(-1.0));
    CHECK(*opposite.angleDeg == Approx(180.0));
    CHECK(opposite.dot == -10.0);
}

TEST_CASE("small angles stay accurate where acos would not", "[dot]") {
    // 1e-7 rad between the vectors: acos(cos) would return 0 or ~1.5e-7.
    const DotDerived d = derive_dot({1, 0}, {1, 1e-7});
    CHECK(*d.angleDeg == Approx(1e-7 * 180.0 / 3.14159265358979323846).epsilon(1e-6));
}

TEST_CASE("a zero-length vector leaves θ and cos θ undefined, never NaN", "[dot]") {
    for (const auto& pair : {std::pair<Vec2, Vec2>{{0, 0}, {1, 2}}, {{1, 2}, {0, 0}}, {{0, 0}, {0, 0}}}) {
        const DotDerived d = derive_dot(pair.first, pair.second);
        CHECK_FALSE(d.cos);
        CHECK_FALSE(d.angleDeg);
        CHECK(d.dot == 0.0);
        CHECK(d.dotGeometric == 0.0);
        CHECK(std::isfinite(d.projScalar));
        CHECK(is_finite(d.proj));
    }
}

TEST_CASE("the projection of b onto a lies on a's line and leaves a perpendicular residual", "[dot]") {
    const Vec2 a{3, 1}, b{1, 2};
    const DotDerived d = derive_dot(a, b);
    CHECK(d.projScalar == Approx(5.0 / std::sqrt(10.0)));
    CHECK(d.proj.x == Approx(1.5));
    CHECK(d.proj.y == Approx(0.5));
    CHECK(cross(a, d.proj) == Approx(0.0).margin(1e-12));
    CHECK(dot(a, b - d.proj) == Approx(0.0).margin(1e-12));
}

TEST_CASE("tiny and huge vectors still have a direction", "[dot]") {
    const DotDerived tiny = derive_dot({1e-200, 0}, {0, 1e-200});
    REQUIRE(tiny.angleDeg);
    CHECK(*tiny.angleDeg == Approx(90.0));
    const DotDerived huge = derive_dot({1e200, 1e200}, {1e200, -1e200});
    REQUIRE(huge.cos);
    CHECK(*huge.cos == Approx(0.0).margin(1e-12));
    CHECK(huge.normA == Approx(std::sqrt(2.0) * 1e200));
}

TEST_CASE("unit() refuses the zero vector", "[dot]") {
    CHECK_FALSE(unit({0, 0}));
    const auto u = unit({0, -5});
    REQUIRE(u);
    CHECK(u->x == 0.0);
    CHECK(u->y == -1.0);
}
