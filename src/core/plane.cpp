#include "plane.h"

#include <algorithm>
#include <cmath>

namespace dotlab {

namespace {
constexpr double kFitMargin = 1.15;  // room around the farthest tip
const Rect& frame_of(const Plane& plane) { return plane.frame.w > 0 && plane.frame.h > 0 ? plane.frame : plane.screen; }
}  // namespace

double pixels_per_unit(const Plane& plane) {
    const Rect& f = frame_of(plane);
    const double side = std::min(f.w, f.h);
    return side > 0 && plane.halfExtent > 0 ? side / (2 * plane.halfExtent) : 1.0;
}

Vec2 to_screen(const Plane& plane, Vec2 world) {
    const double s = pixels_per_unit(plane);
    const Vec2 c = frame_of(plane).center();
    return {c.x + world.x * s, c.y - world.y * s};
}

Vec2 to_world(const Plane& plane, Vec2 screen) {
    const double s = pixels_per_unit(plane);
    const Vec2 c = frame_of(plane).center();
    return {(screen.x - c.x) / s, (c.y - screen.y) / s};
}

Vec2 visible_half_size(const Plane& plane) {
    const double s = pixels_per_unit(plane);
    return {frame_of(plane).w / 2 / s, frame_of(plane).h / 2 / s};
}

WorldBox visible_box(const Plane& plane) {
    const Rect& r = plane.screen;
    const Vec2 top_left = to_world(plane, {r.x, r.y}), bottom_right = to_world(plane, {r.x + r.w, r.y + r.h});
    return {{top_left.x, bottom_right.y}, {bottom_right.x, top_left.y}};
}

double grid_step(const Plane& plane, double min_pixels) {
    const double s = pixels_per_unit(plane);
    const double raw = min_pixels / s;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * decade >= raw) return m * decade;
    return 10 * decade;
}

double fitting_half_extent(const std::vector<Vec2>& tips, double minimum) {
    double reach = 0;
    for (const Vec2& t : tips) reach = std::max({reach, std::abs(t.x), std::abs(t.y)});
    return std::max(minimum, std::ceil(reach * kFitMargin));
}

Vec2 free_spot(const std::vector<Vec2>& taken, double inner, double outer) {
    Vec2 best{outer, 0};
    double best_gap = -1;
    const int steps = int(std::floor(outer * 2));
    for (int j = -steps; j <= steps; ++j) {
        for (int i = -steps; i <= steps; ++i) {
            const Vec2 spot{i / 2.0, j / 2.0};
            if (norm(spot) < inner || norm(spot) > outer) continue;
            double gap = INFINITY;
            for (const Vec2& t : taken) gap = std::min(gap, distance(spot, t));
            if (gap > best_gap) best = spot, best_gap = gap;
        }
    }
    return best;
}

Vec2 clamp_to_plane(const Plane& plane, Vec2 world, double margin_px) {
    const WorldBox box = visible_box(plane);
    const double margin = margin_px / pixels_per_unit(plane);
    auto clamp = [margin](double v, double lo, double hi) {
        return lo + margin <= hi - margin ? std::clamp(v, lo + margin, hi - margin) : (lo + hi) / 2;
    };
    return {clamp(world.x, box.min.x, box.max.x), clamp(world.y, box.min.y, box.max.y)};
}

}  // namespace dotlab
