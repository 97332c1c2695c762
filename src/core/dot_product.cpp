#include "dot_product.h"

#include <algorithm>

namespace dotlab {

namespace {
constexpr double kPi = 3.14159265358979323846;
}

std::optional<Vec2> unit(Vec2 v) {
    const double length = norm(v);
    if (!(length > 0.0) || !std::isfinite(length)) return std::nullopt;
    return Vec2{v.x / length, v.y / length};
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
        // and free of overflow in ‖a‖‖b‖; atan2 stays accurate near 0° and
        // 180°, where acos loses half its digits.
        const double c = std::clamp(dot(*ua, *ub), -1.0, 1.0);
        const double s = std::abs(cross(*ua, *ub));
        d.cos = c;
        d.angleDeg = std::atan2(s, dot(*ua, *ub)) * 180.0 / kPi;
        d.dotGeometric = d.normA * d.normB * c;
    }
    if (ua) {
        d.projScalar = dot(b, *ua);
        d.proj = d.projScalar * *ua;
    }
    return d;
}

}  // namespace dotlab
