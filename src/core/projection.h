// Projection at work: a cloud of points seen along a unit direction u. Each
// point p lands at (p·u) u on u's line; how widely those landings spread is
// uᵀCu, C the cloud's 2×2 covariance, and the direction that spreads them
// most is C's first eigenvector (the first principal component).
#pragma once

#include <vector>

#include "vec2.h"

namespace dotlab {

// The cloud's covariance (dividing by n: the spread of these points, not an
// estimate for a population).
struct Covariance2 {
    double xx = 0, xy = 0, yy = 0;
};

// C's eigenvectors as unit vectors, `first` the one of the larger eigenvalue,
// turned into the upper half plane (angle in [0°, 180°)); `second` is at 90°
// to it. A round cloud (equal eigenvalues) has every direction as a maximum:
// `first` is then (1, 0).
struct PrincipalAxes {
    Vec2 first{1, 0};
    Vec2 second{0, 1};
    double largest = 0;   // variance along `first`
    double smallest = 0;  // variance along `second`
};

// The widest direction counts as a goal only when the cloud is clearly
// longer one way than the other (largest / smallest eigenvalue at least this).
constexpr double kMinElongation = 1.2;
// Points spread by less than this variance (relative to the mean's squared
// length, plus one) all sit at one place: a millionth apart at most.
constexpr double kCoincidentVariance = 1e-12;
// The widest-direction goal is reached within this many degrees.
constexpr double kWidestToleranceDeg = 2.0;
// u's handle sits this far out (plane units): at least 40 % of the plane's
// radius on every screen, so a finger turns u finely.
constexpr double kDirectionHandleLength = 3.0;
// A tip dragged closer to the origin than this (plane units) has no steady
// direction (a hair's move swings it round): u keeps the one it had.
constexpr double kMinTurningRadius = 0.25;
// Samples of the variance-against-angle curve over 0–180°.
constexpr int kCurveSamples = 91;

Vec2 mean_of(const std::vector<Vec2>& points);
Covariance2 covariance_of(const std::vector<Vec2>& points);
// uᵀCu for a unit u: the variance of the projections p·u.
double variance_along(const Covariance2& c, Vec2 u);
PrincipalAxes principal_axes(const Covariance2& c);

// u's direction in degrees, folded into [0°, 180°): u and −u are one line.
double line_angle_deg(Vec2 u);
// u's own direction in degrees, [0°, 360°).
double direction_deg(Vec2 u);
// The angle between two lines, in [0°, 90°].
double line_gap_deg(Vec2 u, Vec2 w);
Vec2 direction_at(double degrees);

// Turns a dragged tip into u: its direction, or `previous` for a tip at the
// origin (a zero-length tip has none).
Vec2 direction_of_tip(Vec2 tip, Vec2 previous);

// The default cloud: 40 points, seeded, stretched about 3 : 1 along 30°,
// centred near the origin; the same on every machine (its own generator,
// only +, −, ×, ÷, sqrt, sin and cos of fixed angles).
std::vector<Vec2> default_cloud();

struct ProjectionDerived {
    Vec2 mean;                  // of the points
    std::vector<double> along;  // pᵢ·u, where each point lands on u's line
    double meanAlong = 0;       // their mean
    double variance = 0;        // their variance = uᵀCu
    double sd = 0;              // and its square root
    double angleDeg = 0;        // u's line, 0–180°
    double directionDeg = 0;    // u itself, 0–360°
    double widestDeg = 0;       // the first component's line, 0–180°
    Covariance2 covariance;
    PrincipalAxes axes;
    bool coincident = false;     // every point at one place: no direction spreads them
    bool elongated = false;      // not coincident, largest ≥ kMinElongation × smallest
    double gapToWidestDeg = 90;  // between u's line and the first component
    std::vector<double> curve;   // variance at 0°, 2°, …, 180°
};

ProjectionDerived derive_projection(const std::vector<Vec2>& points, Vec2 u);

}  // namespace dotlab
