#include "projection.h"

#include <algorithm>
#include <cmath>

#include "sqrt_d.h"

namespace dotlab {

Vec2 mean_of(const std::vector<Vec2>& points) {
    if (points.empty()) return {};
    Vec2 sum;
    for (Vec2 p : points) sum = sum + p;
    return (1.0 / double(points.size())) * sum;
}

Covariance2 covariance_of(const std::vector<Vec2>& points) {
    Covariance2 c;
    if (points.empty()) return c;
    const Vec2 m = mean_of(points);
    for (Vec2 p : points) {
        const Vec2 d = p - m;
        c.xx += d.x * d.x;
        c.xy += d.x * d.y;
        c.yy += d.y * d.y;
    }
    const double n = double(points.size());
    return {c.xx / n, c.xy / n, c.yy / n};
}

double variance_along(const Covariance2& c, Vec2 u) {
    return u.x * u.x * c.xx + 2 * u.x * u.y * c.xy + u.y * u.y * c.yy;
}

// For a symmetric 2×2 matrix the eigenvalues are the centre (xx + yy)/2 plus
// or minus the radius √(((xx − yy)/2)² + xy²), and the larger one's
// eigenvector makes the angle ½·atan2(2xy, xx − yy) with the x axis.
PrincipalAxes principal_axes(const Covariance2& c) {
    PrincipalAxes axes;
    const double centre = 0.5 * (c.xx + c.yy);
    const double radius = std::hypot(0.5 * (c.xx - c.yy), c.xy);
    axes.largest = centre + radius;
    axes.smallest = std::max(0.0, centre - radius);
    if (radius > 0) axes.first = direction_at(0.5 * std::atan2(2 * c.xy, c.xx - c.yy) / kDegree);
    if (axes.first.y < 0 || (axes.first.y == 0 && axes.first.x < 0)) axes.first = -1.0 * axes.first;
    axes.second = {-axes.first.y, axes.first.x};
    return axes;
}

double line_angle_deg(Vec2 u) {
    double deg = std::atan2(u.y, u.x) / kDegree;
    if (deg < 0) deg += 180;
    if (deg >= 180) deg -= 180;
    return deg == 0.0 ? 0.0 : deg;
}

double direction_deg(Vec2 u) {
    const double deg = std::atan2(u.y, u.x) / kDegree;
    const double folded = deg < 0 ? deg + 360 : deg;
    return folded >= 360 || folded == 0.0 ? 0.0 : folded;
}

double line_gap_deg(Vec2 u, Vec2 w) {
    const double gap = std::fabs(line_angle_deg(u) - line_angle_deg(w));
    return std::min(gap, 180 - gap);
}

Vec2 direction_at(double degrees) { return {std::cos(degrees * kDegree), std::sin(degrees * kDegree)}; }

Vec2 direction_of_tip(Vec2 tip, Vec2 previous) {
    const double length = norm(tip);
    if (!(length > 0) || !std::isfinite(length)) return previous;
    return {tip.x / length, tip.y / length};
}

std::vector<Vec2> default_cloud() {
    Random rng{20251127};
    // A sum of four uniforms, centred: close enough to a normal for a cloud,
    // and made of nothing but additions.
    auto bell = [&rng] { return rng.uniform() + rng.uniform() + rng.uniform() + rng.uniform() - 2.0; };
    const Vec2 along{std::sqrt(3.0) / 2, 0.5};  // 30°
    const Vec2 across{-0.5, std::sqrt(3.0) / 2};
    std::vector<Vec2> cloud(40);
    for (Vec2& p : cloud) p = (2.7 * bell()) * along + (0.85 * bell()) * across;
    const Vec2 m = mean_of(cloud);
    for (Vec2& p : cloud) {
        const Vec2 centred = p - m;
        p = {std::round(centred.x * 100) / 100, std::round(centred.y * 100) / 100};
    }
    return cloud;
}

ProjectionDerived derive_projection(const std::vector<Vec2>& points, Vec2 u) {
    ProjectionDerived d;
    d.mean = mean_of(points);
    d.along.reserve(points.size());
    for (Vec2 p : points) d.along.push_back(dot(p, u));
    d.meanAlong = dot(d.mean, u);
    d.covariance = covariance_of(points);
    d.variance = variance_along(d.covariance, u);
    d.sd = std::sqrt(std::max(0.0, d.variance));
    d.angleDeg = line_angle_deg(u);
    d.directionDeg = direction_deg(u);
    d.axes = principal_axes(d.covariance);
    d.widestDeg = line_angle_deg(d.axes.first);
    // Points that coincide leave only rounding noise in C (the mean of equal
    // values need not equal them), whose "widest direction" would be noise.
    d.coincident = d.axes.largest <= kCoincidentVariance * (1 + dot(d.mean, d.mean));
    d.elongated = !d.coincident && d.axes.largest >= kMinElongation * d.axes.smallest;
    d.gapToWidestDeg = line_gap_deg(u, d.axes.first);
    d.curve.reserve(kCurveSamples);
    for (int i = 0; i < kCurveSamples; ++i)
        d.curve.push_back(variance_along(d.covariance, direction_at(180.0 * i / (kCurveSamples - 1))));
    return d;
}

}  // namespace dotlab
