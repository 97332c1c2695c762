// The exercises' goals as geometry: what each one asks of the tip being
// dragged, the guide the plane draws for it, and the magnetic pull that lands
// a fingertip exactly on it.
//
// A goal pulls a tip that comes within its reach and puts it on coordinates
// (hundredths, like every dragged coordinate) whose readouts show the goal
// exactly: a·b = 0.00, cos θ = −1.000, ‖b‖ = 3.00× its start, ‖a‖ = 1.00.
// The exercise checks keep their own tolerances; the pull is what gets a
// finger there.
#pragma once

#include <optional>

#include "projection.h"
#include "vec2.h"

namespace dotlab {

// Reach of a goal: a fingertip's worth of screen, a few degrees of turn or a
// few percent of the length, whichever is largest.
constexpr double kGoalReachPx = 12.0;
constexpr double kGoalReachDeg = 3.0;
constexpr double kGoalReachFraction = 0.03;

// Which vector the learner is moving.
enum class Moving { A, B };

// What an exercise's goal looks like, for the guide on the plane.
enum class GoalShape {
    None,
    PerpendicularLine,  // the line through the origin at 90° to `direction`
    OppositeRay,        // the ray from the origin along −`direction`
    StretchMark,        // `start` (b where it began) and the mark at 3·start
    UnitCircle,         // the unit circle and `direction`'s ray, `point` on it
};

struct GoalGuide {
    GoalShape shape = GoalShape::None;
    Vec2 direction;  // the fixed vector the goal is built on (a, or b₀)
    Vec2 start;      // stretch: b when the prediction was made
    Vec2 point;      // a point to mark: 3·b₀, or â on the unit circle
};

// The guide of exercise `id` for the current vectors. `b_start` is b when the
// prediction was made (the stretch measures from it).
GoalGuide goal_guide(int id, Vec2 a, Vec2 b, Vec2 b_start);

// The snap radius in plane units for a goal point `goal_length` from the
// origin, on a plane drawn at `pixels_per_unit`.
double goal_reach(double goal_length, double pixels_per_unit);

// The goal point nearest to `target` for the vector being moved: on the
// perpendicular or the opposite ray at the target's own length, 3·b₀, the
// unit point on the other vector's line, or the unit circle. Nothing when the
// exercise has no goal for this vector or the geometry has none (zero
// vectors).
std::optional<Vec2> nearest_goal(int id, Moving moving, Vec2 a, Vec2 b, Vec2 b_start, Vec2 target);

// Where a tip dragged to `target` lands: the exact goal coordinates when the
// target is within reach of a goal, nothing otherwise.
std::optional<Vec2> snap_to_goal(int id, Moving moving, Vec2 a, Vec2 b, Vec2 b_start, Vec2 target,
                                 double pixels_per_unit);

// Where a finished exercise puts the tip it was about: the goal's exact spot
// nearest the tip as it is, however far (the check's tolerance let a key's
// step, a fine drag or typed numbers pass off it). Nothing when the geometry
// has no goal.
std::optional<Vec2> landing_spot(int id, Moving moving, Vec2 a, Vec2 b, Vec2 b_start);

// The widest direction's pull on u's tip: a target within reach of the first
// principal component's line (either way along it) puts the tip on that line
// at the handle's distance, so u becomes the component itself. Nothing for a
// nearly round cloud, which has no widest direction.
std::optional<Vec2> snap_to_widest(const ProjectionDerived& projection, Vec2 target, double pixels_per_unit);

}  // namespace dotlab
