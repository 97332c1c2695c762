// Everything the dot view shows, derived from the two input vectors.
#pragma once

#include <optional>

#include "vec2.h"

namespace dotlab {

struct DotDerived {
    double dot = 0.0;           // a·b, the value the lesson is about
    double dotAlgebraic = 0.0;  // a_x b_x + a_y b_y
    double dotGeometric = 0.0;  // ‖a‖‖b‖cos θ (0 when θ is undefined)
    double normA = 0.0;
    double normB = 0.0;
    // Undefined when either vector has zero length: no direction, no angle.
    std::optional<double> cos;
    std::optional<double> angleDeg;  // in [0, 180]
    double projScalar = 0.0;         // signed length of b's shadow on a's line
    Vec2 proj;                       // that shadow as a vector (zero when a = 0)
};

DotDerived derive_dot(Vec2 a, Vec2 b);

// The unit vector along v, or nothing for the zero vector.
std::optional<Vec2> unit(Vec2 v);

// The angle between u and v in degrees, in [0, 180]; 0 when either is zero.
double angle_between_deg(Vec2 u, Vec2 v);

}  // namespace dotlab
