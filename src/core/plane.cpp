#include "plane.h"

#include <algorithm>
#include <cmath>

namespace dotlab {

double pixels_per_unit(const Plane& plane) {
    const double side = std::min(plane.screen.w, plane.screen.h);
    return side > 0 && plane.halfExtent > 0 ? side / (2 * plane.halfExtent) : 1.0;
}

Vec2 to_screen(const Plane& plane, Vec2 world) {
    const double s = pixels_per_unit(plane);
    const Vec2 c = plane.screen.center();
    return {c.x + world.x * s, c.y - world.y * s};
}

Vec2 to_world(const Plane& plane, Vec2 screen) {
    const double s = pixels_per_unit(plane);
    const Vec2 c = plane.screen.center();
    return {(screen.x - c.x) / s, (c.y - screen.y) / s};
}

Vec2 visible_half_size(const Plane& plane) {
    const double s = pixels_per_unit(plane);
    return {plane.screen.w / 2 / s, plane.screen.h / 2 / s};
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
    return std::max(minimum, std::ceil(reach * 1.15));
}

Vec2 clamp_to_plane(const Plane& plane, Vec2 world, double margin_px) {
    const Vec2 half = visible_half_size(plane);
    const double margin = margin_px / pixels_per_unit(plane);
    const double hx = std::max(0.0, half.x - margin);
    const double hy = std::max(0.0, half.y - margin);
    return {std::clamp(world.x, -hx, hx), std::clamp(world.y, -hy, hy)};
}

}  // namespace dotlab
