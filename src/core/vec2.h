// Vec2: the one value type of the lesson, with free functions for its math.
#pragma once

#include <cmath>

namespace dotlab {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegree = kPi / 180.0;  // one degree in radians

struct Vec2 {
    double x = 0.0;
    double y = 0.0;
};

inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator*(double s, Vec2 v) { return {s * v.x, s * v.y}; }
inline bool operator==(Vec2 a, Vec2 b) { return a.x == b.x && a.y == b.y; }
inline bool operator!=(Vec2 a, Vec2 b) { return !(a == b); }

inline double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
// z component of the 3-D cross product: signed area spanned by a and b.
inline double cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }
// hypot avoids the overflow and underflow of sqrt(x*x + y*y).
inline double norm(Vec2 v) { return std::hypot(v.x, v.y); }
inline bool is_finite(Vec2 v) { return std::isfinite(v.x) && std::isfinite(v.y); }
inline double distance(Vec2 a, Vec2 b) { return norm(a - b); }

}  // namespace dotlab
