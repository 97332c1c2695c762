// The plane: mapping between world units and screen (CSS) pixels, the grid's
// tick spacing, and hit-testing of the draggable tips. No ImGui in here, so it
// is unit-tested natively with the core.
#pragma once

#include <vector>

#include "vec2.h"

namespace dotlab {

struct Rect {
    double x = 0, y = 0, w = 0, h = 0;
    Vec2 center() const { return {x + w / 2, y + h / 2}; }
    bool contains(Vec2 p) const { return p.x >= x && p.x <= x + w && p.y >= y && p.y <= y + h; }
    bool operator==(const Rect& o) const { return x == o.x && y == o.y && w == o.w && h == o.h; }
};

struct Plane {
    Rect screen;            // where the plane is drawn, in CSS pixels
    double halfExtent = 5;  // world units from the origin to the nearer edge of `frame`
    // The box the origin is centred in and the scale is taken from; empty:
    // the whole of `screen`. Beside a tall panel the plane is drawn down the
    // whole column, but its scale and origin stay where the frame puts them.
    Rect frame;
};

// World coordinates of the visible plane's corners: the smallest and largest x and y.
struct WorldBox {
    Vec2 min, max;
};
WorldBox visible_box(const Plane& plane);

// Pixels per world unit.
double pixels_per_unit(const Plane& plane);
// World y points up; screen y points down.
Vec2 to_screen(const Plane& plane, Vec2 world);
Vec2 to_world(const Plane& plane, Vec2 screen);
// The largest |x| and |y| visible in the frame.
Vec2 visible_half_size(const Plane& plane);

// A 1-2-5 grid step that puts at least `min_pixels` between grid lines.
double grid_step(const Plane& plane, double min_pixels);

// The extent that shows every tip with some margin, never below `minimum`,
// rounded up to a whole number so the view does not jitter.
double fitting_half_extent(const std::vector<Vec2>& tips, double minimum);

// The point of the half-unit grid between `inner` and `outer` from the
// origin that lies farthest from every point in `taken`: where a new handle
// is easy to see and to grab. Ties go to the first such point from the
// bottom left, so the choice is repeatable.
Vec2 free_spot(const std::vector<Vec2>& taken, double inner, double outer);

// Moves a world point back inside the visible plane, `margin_px` in from the
// edge, so a dragged tip can never be lost off-screen.
Vec2 clamp_to_plane(const Plane& plane, Vec2 world, double margin_px);

}  // namespace dotlab
