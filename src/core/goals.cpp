#include "goals.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "dot_product.h"
#include "exercises.h"

namespace dotlab {

namespace {

// Exact landing spots are looked for this many hundredths around the ideal
// goal point: enough to reach a lattice point exactly on the goal whenever
// the fixed vector's coordinates make one that close.
constexpr int kSearchHundredths = 5;

enum class Kind { Perpendicular, Opposite, Stretch, UnitPoint, UnitCircle };

struct Candidate {
    Kind kind;
    Vec2 point;  // the ideal goal point
};

// How well a landing spot `c` meets a goal: whether every readout the lesson
// shows for it reads as the goal exactly (with a little room below the
// rounding boundary), then how far it is from meeting it exactly.
struct Fit {
    bool shownExactly = false;
    double residual = 0;
};

Fit fit(Kind kind, Vec2 c, Vec2 other) {
    const double length = norm(c);
    const auto cu = unit(c);
    const auto ou = unit(other);
    const double cos = cu && ou ? dot(*cu, *ou) : 0.0;
    switch (kind) {
        case Kind::Perpendicular: {
            const double d = std::abs(dot(c, other));
            return {d < 0.004 && std::abs(cos) < 0.0004, d};
        }
        case Kind::Opposite: return {cos <= -0.9996, std::abs(cross(c, other)) + (cos < 0 ? 0.0 : 1.0)};
        case Kind::Stretch: {
            const double start = norm(other);
            const double turn = std::atan2(std::abs(cross(c, other)), dot(c, other)) / kDegree;
            return {std::abs(length / start - 3.0) < 0.004 && turn < 0.04,
                    std::abs(cross(c, other)) + std::abs(dot(c, c) - 9.0 * dot(other, other))};
        }
        case Kind::UnitPoint:
            return {std::abs(length - 1.0) < 0.004 && cos > 0.9996,
                    std::abs(cross(c, other)) + std::abs(dot(c, c) - 1.0)};
        case Kind::UnitCircle: return {std::abs(length - 1.0) < 0.004, std::abs(dot(c, c) - 1.0)};
    }
    return {};
}

bool better(const Fit& x, double dx, const Fit& y, double dy) {
    if (x.shownExactly != y.shownExactly) return x.shownExactly;
    if (std::abs(x.residual - y.residual) > 1e-12) return x.residual < y.residual;
    return dx < dy;
}

double hundredths(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r;
}

// The hundredths point near the ideal goal point that meets the goal best.
Vec2 exact_spot(const Candidate& goal, Vec2 other) {
    const Vec2 base{hundredths(goal.point.x), hundredths(goal.point.y)};
    Vec2 best = base;
    Fit best_fit = fit(goal.kind, base, other);
    double best_distance = distance(base, goal.point);
    for (int i = -kSearchHundredths; i <= kSearchHundredths; ++i) {
        for (int j = -kSearchHundredths; j <= kSearchHundredths; ++j) {
            const Vec2 c{hundredths(base.x + i / 100.0), hundredths(base.y + j / 100.0)};
            if (c.x == 0.0 && c.y == 0.0) continue;
            const Fit f = fit(goal.kind, c, other);
            const double d = distance(c, goal.point);
            if (better(f, d, best_fit, best_distance)) {
                best = c;
                best_fit = f;
                best_distance = d;
            }
        }
    }
    return best;
}

// The goals for the moving vector, most specific first.
std::vector<Candidate> candidates(int id, Moving moving, Vec2 a, Vec2 b, Vec2 b_start, Vec2 target) {
    const Vec2 other = moving == Moving::A ? b : a;
    const auto other_unit = unit(other);
    const double length = norm(target);
    std::vector<Candidate> out;
    switch (id) {
        case 1:
            if (other_unit && length > 0) {
                const Vec2 across{-other_unit->y, other_unit->x};
                const double side = dot(target, across) >= 0 ? 1.0 : -1.0;
                out.push_back({Kind::Perpendicular, (side * length) * across});
            }
            break;
        case 2:
            if (other_unit && length > 0) out.push_back({Kind::Opposite, (-length) * *other_unit});
            break;
        case 3:
            if (moving == Moving::B && unit(b_start)) out.push_back({Kind::Stretch, kStretchFactor * b_start});
            break;
        case 4: {
            // b aims at the unit point on a's line; a aims at b's only once b
            // is on the circle, and otherwise at the circle itself.
            const bool other_on_circle = std::abs(norm(other) - 1.0) <= 1.0 - kUnitLengthMin;
            if (other_unit && (moving == Moving::B || other_on_circle)) out.push_back({Kind::UnitPoint, *other_unit});
            if (const auto u = unit(target)) out.push_back({Kind::UnitCircle, *u});
            break;
        }
        default: break;
    }
    return out;
}

Vec2 other_of(Moving moving, Vec2 a, Vec2 b) { return moving == Moving::A ? b : a; }

}  // namespace

GoalGuide goal_guide(int id, Vec2 a, Vec2 b, Vec2 b_start) {
    (void)b;
    GoalGuide g;
    switch (id) {
        case 1:
            g.shape = GoalShape::PerpendicularLine;
            g.direction = a;
            break;
        case 2:
            g.shape = GoalShape::OppositeRay;
            g.direction = a;
            break;
        case 3:
            g.shape = GoalShape::StretchMark;
            g.direction = b_start;
            g.start = b_start;
            g.point = kStretchFactor * b_start;
            break;
        case 4:
            g.shape = GoalShape::UnitCircle;
            g.direction = a;
            g.point = unit(a).value_or(Vec2{});
            break;
        default: break;
    }
    return g;
}

double goal_reach(double goal_length, double pixels_per_unit) {
    const double px = pixels_per_unit > 0 ? kGoalReachPx / pixels_per_unit : 0.0;
    return std::max({px, goal_length * kGoalReachDeg * kDegree, goal_length * kGoalReachFraction});
}

std::optional<Vec2> nearest_goal(int id, Moving moving, Vec2 a, Vec2 b, Vec2 b_start, Vec2 target) {
    const std::vector<Candidate> goals = candidates(id, moving, a, b, b_start, target);
    if (goals.empty()) return std::nullopt;
    return goals.front().point;
}

std::optional<Vec2> snap_to_goal(int id, Moving moving, Vec2 a, Vec2 b, Vec2 b_start, Vec2 target,
                                 double pixels_per_unit) {
    if (!is_finite(target)) return std::nullopt;
    const Vec2 other = id == 3 ? b_start : other_of(moving, a, b);
    for (const Candidate& goal : candidates(id, moving, a, b, b_start, target)) {
        if (distance(target, goal.point) <= goal_reach(norm(goal.point), pixels_per_unit))
            return exact_spot(goal, other);
    }
    return std::nullopt;
}

std::optional<Vec2> landing_spot(int id, Moving moving, Vec2 a, Vec2 b, Vec2 b_start) {
    std::vector<Candidate> goals = candidates(id, moving, a, b, b_start, moving == Moving::A ? a : b);
    // a lands on the circle where it points, b then on a's unit point: a
    // keeps the direction the learner gave it.
    if (id == 4 && moving == Moving::A)
        goals.erase(std::remove_if(goals.begin(), goals.end(),
                                   [](const Candidate& goal) { return goal.kind != Kind::UnitCircle; }),
                    goals.end());
    if (goals.empty()) return std::nullopt;
    return exact_spot(goals.front(), id == 3 ? b_start : other_of(moving, a, b));
}

std::optional<Vec2> snap_to_widest(const ProjectionDerived& projection, Vec2 target, double pixels_per_unit) {
    const double length = norm(target);
    if (!projection.elongated || !(length > 0) || !is_finite(target)) return std::nullopt;
    const Vec2 along = dot(target, projection.axes.first) >= 0 ? projection.axes.first : -1.0 * projection.axes.first;
    if (distance(target, length * along) > goal_reach(length, pixels_per_unit)) return std::nullopt;
    return kDirectionHandleLength * along;
}

}  // namespace dotlab
