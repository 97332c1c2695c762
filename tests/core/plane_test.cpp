#include <catch2/catch.hpp>

#include "core/drag.h"
#include "core/plane.h"

using namespace dotlab;

namespace {
Plane test_plane() {
    Plane p;
    p.screen = {100, 50, 400, 200};  // 200 px tall: 20 px per unit at extent 5
    p.halfExtent = 5;
    return p;
}
}  // namespace

TEST_CASE("world and screen coordinates map both ways, y up", "[plane]") {
    const Plane p = test_plane();
    CHECK(pixels_per_unit(p) == 20.0);
    const Vec2 origin = to_screen(p, {0, 0});
    CHECK(origin == Vec2{300, 150});
    CHECK(to_screen(p, {1, 1}) == Vec2{320, 130});
    const Vec2 back = to_world(p, to_screen(p, {-2.5, 3.25}));
    CHECK(back.x == Approx(-2.5));
    CHECK(back.y == Approx(3.25));
    CHECK(visible_half_size(p).x == Approx(10.0));
}

TEST_CASE("grid steps follow 1-2-5 and keep lines apart", "[plane]") {
    const Plane p = test_plane();
    CHECK(grid_step(p, 20) == 1.0);
    CHECK(grid_step(p, 30) == 2.0);
    CHECK(grid_step(p, 50) == 5.0);
    CHECK(grid_step(p, 5) == Approx(0.5));
}

TEST_CASE("the view fits the tips with a margin", "[plane]") {
    CHECK(fitting_half_extent({{3, 1}, {1, 2}}, 4) == 4);
    CHECK(fitting_half_extent({{10, 1}, {1, 2}}, 4) == 12);
    CHECK(fitting_half_extent({{0, 0}, {0, -500}}, 4) == 575);
    CHECK(fitting_half_extent({}, 4) == 4);
}

TEST_CASE("a free spot lies on the half-unit grid, in its ring, away from what is taken", "[plane]") {
    const Vec2 away = free_spot({{3, 3}}, 1, 3);
    CHECK((away.x < 0 && away.y < 0));
    CHECK(distance(away, {3, 3}) > 7);
    CHECK(norm(away) <= 3);
    CHECK(std::fmod(away.x * 2, 1) == 0);
    CHECK(std::fmod(away.y * 2, 1) == 0);
    const Vec2 ring = free_spot({{1, 0}, {0, 1}, {-1, 0}}, 1, 1.5);
    CHECK(norm(ring) >= 1);
    CHECK(norm(ring) <= 1.5);
    CHECK(ring.y < 0);  // the one side left free
    CHECK(free_spot({}, 1, 2) == free_spot({}, 1, 2));
    CHECK(norm(free_spot({}, 1, 2)) >= 1);
}

TEST_CASE("clamping keeps a dragged tip on the plane", "[plane]") {
    const Plane p = test_plane();
    const Vec2 c = clamp_to_plane(p, {50, -50}, 10);
    CHECK(c.x == Approx(9.5));
    CHECK(c.y == Approx(-4.5));
}

TEST_CASE("a press near a tip grabs it; elsewhere it does not", "[drag]") {
    const Plane p = test_plane();
    const Vec2 a{3, 1}, b{1, 2};
    const Vec2 tip_b = to_screen(p, b);
    CHECK(hit_test(p, {a, b}, tip_b + Vec2{13, 0}, PointerKind::Mouse) == kHandleB);
    CHECK(hit_test(p, {a, b}, tip_b + Vec2{16, 0}, PointerKind::Mouse) == kNoHandle);
    // Fingers get at least 22 CSS px.
    CHECK(hit_test(p, {a, b}, tip_b + Vec2{0, 22}, PointerKind::Touch) == kHandleB);
    // Two tips in one place: the one drawn on top.
    CHECK(hit_test(p, {b, a, b}, tip_b, PointerKind::Mouse) == 2);     // the later, by default
    CHECK(hit_test(p, {b, a, b}, tip_b, PointerKind::Mouse, 0) == 0);  // the query, drawn over the keys
    static_assert(kTouchHitRadius >= 22, "fingers get at least 22 CSS px");
}

TEST_CASE("a drag follows its own pointer and ignores a second finger", "[drag]") {
    const Plane p = test_plane();
    const Vec2 a{3, 1}, b{1, 2};
    Drag drag;
    REQUIRE(press(drag, p, {a, b}, to_screen(p, a) + Vec2{2, -1}, PointerKind::Touch, 7));
    CHECK(drag.held == kHandleA);
    // A second finger can neither start another drag nor move this one.
    CHECK_FALSE(press(drag, p, {a, b}, to_screen(p, b), PointerKind::Touch, 8));
    Vec2 target;
    CHECK_FALSE(move_target(drag, p, {0, 0}, PointerKind::Touch, 8, {}, a, target));
    CHECK_FALSE(release(drag, PointerKind::Touch, 8));
    // The grab offset keeps the tip from jumping to the finger.
    REQUIRE(move_target(drag, p, to_screen(p, {4, -1}) + Vec2{2, -1}, PointerKind::Touch, 7, {}, a, target));
    CHECK(target.x == Approx(4.0));
    CHECK(target.y == Approx(-1.0));
    CHECK(release(drag, PointerKind::Touch, 7));
    CHECK(drag.held == kNoHandle);
}

TEST_CASE("fine mode moves a quarter as far and snap lands on the grid", "[drag]") {
    const Plane p = test_plane();
    const Vec2 a{3, 1}, b{1, 2};
    Drag drag;
    const Vec2 start = to_screen(p, b);
    REQUIRE(press(drag, p, {a, b}, start, PointerKind::Mouse, 0));
    Vec2 target;
    REQUIRE(move_target(drag, p, start + Vec2{40, 0}, PointerKind::Mouse, 0, {true, 0}, b, target));
    CHECK(target.x == Approx(1.5));  // 40 px = 2 units, a quarter of it
    CHECK(target.y == Approx(2.0));
    REQUIRE(move_target(drag, p, start + Vec2{13, 9}, PointerKind::Mouse, 0, {false, 0.5}, b, target));
    CHECK(target == Vec2{1.5, 1.5});
    CHECK(snap_to({-0.2, 0.74}, 0.5) == Vec2{0, 0.5});
    CHECK_FALSE(std::signbit(snap_to({-0.2, 0}, 0.5).x));
    CHECK(snap_to({0.123, 9.87}, 0) == Vec2{0.123, 9.87});
}

TEST_CASE("a drag re-anchored after a resize carries on without a jump", "[drag]") {
    Plane p = test_plane();
    const Vec2 a{3, 1}, b{1, 2};
    Drag drag;
    REQUIRE(press(drag, p, {a, b}, to_screen(p, b), PointerKind::Mouse, 0));
    // The canvas doubles in size and moves; the next pointer event arrives
    // somewhere else on it. That event anchors; the one after moves.
    p.screen = {0, 0, 800, 400};
    drag.reanchor = true;
    Vec2 target;
    REQUIRE(move_target(drag, p, {123, 45}, PointerKind::Mouse, 0, {}, b, target));
    CHECK(target.x == Approx(1.0));
    CHECK(target.y == Approx(2.0));
    REQUIRE(move_target(drag, p, Vec2{123, 45} + Vec2{pixels_per_unit(p), 0}, PointerKind::Mouse, 0, {}, b, target));
    CHECK(target.x == Approx(2.0));
    CHECK(target.y == Approx(2.0));
}

TEST_CASE("a frame sets the origin and scale; the plane may reach beyond it", "[plane]") {
    Plane p;
    p.screen = {0, 0, 400, 900};  // a tall column
    p.frame = {0, 0, 400, 300};   // the part that fits the window
    p.halfExtent = 5;
    CHECK(pixels_per_unit(p) == 30.0);
    CHECK(to_screen(p, {0, 0}) == Vec2{200, 150});
    const WorldBox box = visible_box(p);
    CHECK(box.max.y == Approx(5.0));
    CHECK(box.min.y == Approx(-25.0));
    // A tip dragged far down stays within the column, not the frame.
    CHECK(clamp_to_plane(p, {0, -100}, 0).y == Approx(-25.0));
}
