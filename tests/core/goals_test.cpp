// The exercises' magnetic goals: where a snapped tip lands (exactly on the
// goal where the coordinates allow it, and always reading as the goal), how
// far the pull reaches, and where it does not.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/dot_product.h"
#include "core/exercises.h"
#include "core/format.h"
#include "core/goals.h"

using namespace dotlab;

namespace {
constexpr double kPhonePxPerUnit = 35;
constexpr double kDesktopPxPerUnit = 87.5;

bool is_hundredths(double v) { return std::abs(v * 100 - std::round(v * 100)) < 1e-9; }
}  // namespace

TEST_CASE("the reach is 12 px, 3° or 3 % of the length, whichever is largest", "[goals]") {
    // Short vectors on a phone: the 12 px dominate, in plane units.
    CHECK(goal_reach(1, kPhonePxPerUnit) == Approx(12.0 / kPhonePxPerUnit));
    CHECK(goal_reach(1, 2 * kPhonePxPerUnit) == Approx(6.0 / kPhonePxPerUnit));
    // A long vector on a big plane: 3° of arc at its length.
    CHECK(goal_reach(10, 100) == Approx(10 * 3 * 3.14159265358979 / 180));
    // 3 % never beats 3° of arc (0.052 of the length), but it is there.
    CHECK(goal_reach(10, 100) > 10 * kGoalReachFraction);
    CHECK(goal_reach(0, 0) == 0);
}

TEST_CASE("perpendicular: b lands exactly at right angles, a·b reads 0.00", "[goals]") {
    const Vec2 a{3, 1};
    const Vec2 b{-0.9, 2.1};  // about 1.5° short of the perpendicular, at length 2.28
    const auto snapped = snap_to_goal(1, Moving::B, a, b, b, b, kPhonePxPerUnit);
    REQUIRE(snapped);
    CHECK(dot(a, *snapped) == 0.0);
    CHECK(is_hundredths(snapped->x));
    CHECK(is_hundredths(snapped->y));
    CHECK(std::abs(norm(*snapped) - norm(b)) < 0.05);  // turned, not stretched
    CHECK(format_number(*derive_dot(a, *snapped).cos, 3) == "0.000");

    // An awkward a has no lattice point exactly on its perpendicular nearby;
    // the landing spot still reads as 0.00 and 0.000.
    const Vec2 odd{2.37, 1.13};
    const Vec2 across{-1.13 * 0.8, 2.37 * 0.8};
    const auto near_odd =
        snap_to_goal(1, Moving::B, odd, across + Vec2{0.03, 0.02}, {}, across + Vec2{0.03, 0.02}, kPhonePxPerUnit);
    REQUIRE(near_odd);
    const DotDerived d = derive_dot(odd, *near_odd);
    CHECK(format_number(d.dot, 2) == "0.00");
    CHECK(format_number(*d.cos, 3) == "0.000");
    CHECK(check_exercise(1, odd, *near_odd, {}).passed);
}

TEST_CASE("perpendicular works from either side and when a moves instead", "[goals]") {
    const Vec2 b{1, 2};
    const Vec2 target{2.1, -0.95};  // a near the perpendicular of b, below it
    const auto snapped = snap_to_goal(1, Moving::A, target, b, b, target, kDesktopPxPerUnit);
    REQUIRE(snapped);
    CHECK(dot(*snapped, b) == 0.0);
    CHECK(snapped->x > 0);
}

TEST_CASE("opposite: cos θ reads −1.000, exactly opposite when possible", "[goals]") {
    const Vec2 a{3, 1};
    const Vec2 target{-2.0, -0.8};
    const auto snapped = snap_to_goal(2, Moving::B, a, target, target, target, kPhonePxPerUnit);
    REQUIRE(snapped);
    CHECK(cross(a, *snapped) == 0.0);
    CHECK(dot(a, *snapped) < 0);
    CHECK(format_number(*derive_dot(a, *snapped).cos, 3) == "\u22121.000");
}

TEST_CASE("stretch: the tip lands on 3·b₀ exactly", "[goals]") {
    const Vec2 start{0.67, 1.34};
    const Vec2 target{2.05, 3.95};
    const auto snapped = snap_to_goal(3, Moving::B, {3, 1}, target, start, target, kPhonePxPerUnit);
    REQUIRE(snapped);
    CHECK(*snapped == Vec2{2.01, 4.02});
    const ExerciseCheck c = check_exercise(3, {3, 1}, *snapped, start);
    CHECK(c.passed);
    CHECK(c.onPlane.find("3.00\u00d7") != std::string::npos);
    // a has no stretch goal.
    CHECK_FALSE(snap_to_goal(3, Moving::A, target, {1, 1}, start, target, kPhonePxPerUnit));
}

TEST_CASE("unit and parallel: b lands on â, a on the circle, then on b", "[goals]") {
    const Vec2 a{3, 1};
    // b near the unit point on a's line.
    const Vec2 near_a_hat{0.93, 0.36};
    const auto b = snap_to_goal(4, Moving::B, a, near_a_hat, {}, near_a_hat, kPhonePxPerUnit);
    REQUIRE(b);
    CHECK(format_number(norm(*b), 2) == "1.00");
    CHECK(format_number(*derive_dot(a, *b).cos, 3) == "1.000");
    // a near the circle (b not yet unit): radially onto the circle.
    const Vec2 a_target{0.8, 0.72};
    const auto a_on_circle = snap_to_goal(4, Moving::A, a_target, {1, 2}, {}, a_target, kPhonePxPerUnit);
    REQUIRE(a_on_circle);
    CHECK(format_number(norm(*a_on_circle), 2) == "1.00");
    CHECK(angle_between_deg(*a_on_circle, a_target) < 2);
    // a near a unit b: onto b itself.
    const auto a_on_b =
        snap_to_goal(4, Moving::A, *b + Vec2{0.03, -0.04}, *b, {}, *b + Vec2{0.03, -0.04}, kPhonePxPerUnit);
    REQUIRE(a_on_b);
    CHECK(*a_on_b == *b);
    CHECK(check_exercise(4, *a_on_b, *b, {}).passed);
}

TEST_CASE("no pull beyond the reach, and none without a goal", "[goals]") {
    const Vec2 a{3, 1};
    // 20 px off the perpendicular at the phone's scale, at b's length.
    const Vec2 across = (2.0 / norm(a)) * Vec2{-a.y, a.x};
    const Vec2 off = across + (20.0 / kPhonePxPerUnit) * (1.0 / norm(a)) * a;
    CHECK_FALSE(snap_to_goal(1, Moving::B, a, off, off, off, kPhonePxPerUnit));
    CHECK_FALSE(snap_to_goal(2, Moving::B, {0, 0}, {-1, 0}, {}, {-1, 0}, kPhonePxPerUnit));
    CHECK_FALSE(snap_to_goal(3, Moving::B, a, {3, 6}, {0, 0}, {3, 6}, kPhonePxPerUnit));
    CHECK_FALSE(snap_to_goal(7, Moving::B, a, a, a, a, kPhonePxPerUnit));
    CHECK_FALSE(snap_to_goal(1, Moving::B, a, {NAN, 0}, {}, {NAN, 0}, kPhonePxPerUnit));
}

TEST_CASE("the guides describe each exercise's goal", "[goals]") {
    CHECK(goal_guide(1, {3, 1}, {1, 2}, {1, 2}).shape == GoalShape::PerpendicularLine);
    CHECK(goal_guide(2, {3, 1}, {1, 2}, {1, 2}).shape == GoalShape::OppositeRay);
    const GoalGuide stretch = goal_guide(3, {3, 1}, {1, 2}, {1, 2});
    CHECK(stretch.shape == GoalShape::StretchMark);
    CHECK(stretch.point == Vec2{3, 6});
    const GoalGuide circle = goal_guide(4, {3, 4}, {1, 2}, {1, 2});
    CHECK(circle.shape == GoalShape::UnitCircle);
    CHECK(circle.point.x == Approx(0.6));
    CHECK(nearest_goal(3, Moving::B, {3, 1}, {1, 2}, {1, 2}, {2, 5}) == Vec2{3, 6});
}
