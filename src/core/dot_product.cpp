#include "dot_product.h"

#include <algorithm>

namespace dotlab {

namespace {

// v times 2^shift, with the larger coordinate in [1, 2): exact, and it keeps
// the full 53 bits that a subnormal vector's length would lose.
Vec2 rescaled(Vec2 v, int& shift) {
    shift = -std::ilogb(std::max(std::abs(v.x), std::abs(v.y)));
    return {std::ldexp(v.x, shift), std::ldexp(v.y, shift)};
}

}  // namespace

std::optional<Vec2> unit(Vec2 v) {
    const double largest = std::max(std::abs(v.x), std::abs(v.y));
    if (!(largest > 0.0) || !std::isfinite(largest)) return std::nullopt;
    int shift = 0;
    const Vec2 scaled = rescaled(v, shift);
    const double length = norm(scaled);
    return Vec2{scaled.x / length, scaled.y / length};
}

double angle_between_deg(Vec2 u, Vec2 v) {
    const auto uu = unit(u);
    const auto vu = unit(v);
    if (!uu || !vu) return 0.0;
    // atan2 stays accurate near 0° and 180°, where acos loses half its digits.
    return std::atan2(std::abs(cross(*uu, *vu)), dot(*uu, *vu)) * 180.0 / kPi;
}

DotDerived derive_dot(Vec2 a, Vec2 b) {
    DotDerived d;
    d.dotAlgebraic = a.x * b.x + a.y * b.y;
    d.dot = d.dotAlgebraic;
    d.normA = norm(a);
    d.normB = norm(b);

    const auto ua = unit(a);
    const auto ub = unit(b);
    if (ua && ub) {
        // Working with unit vectors keeps cos θ inside [-1, 1] up to rounding
        // and free of overflow in ‖a‖‖b‖.
        const double c = std::clamp(dot(*ua, *ub), -1.0, 1.0);
        d.cos = c;
        d.angleDeg = angle_between_deg(a, b);
        // ‖a‖‖b‖cos θ from the rescaled lengths, scaled back once at the end,
        // so tiny or huge vectors lose nothing on the way.
        int shift_a = 0, shift_b = 0;
        const double length_a = norm(rescaled(a, shift_a));
        const double length_b = norm(rescaled(b, shift_b));
        d.dotGeometric = std::ldexp(length_a * length_b * c, -(shift_a + shift_b));
    }
    if (ua) {
        d.projScalar = dot(b, *ua);
        d.proj = d.projScalar * *ua;
    }
    return d;
}

}  // namespace dotlab
