// Dragging the tips of the vectors with a mouse or a finger.
//
// ImGui 1.86 knows nothing of touch, so the platform layer feeds pointer
// events here straight from SDL. One pointer owns a drag from press to
// release; any other finger is ignored until it ends.
#pragma once

#include "plane.h"

namespace dotlab {

enum class Handle { None, A, B };

enum class PointerKind { Mouse, Touch };

// Hit radii in CSS pixels. A fingertip covers far more than a cursor.
constexpr double kMouseHitRadius = 14.0;
constexpr double kTouchHitRadius = 24.0;

struct Drag {
    Handle held = Handle::None;
    PointerKind kind = PointerKind::Mouse;
    long long pointerId = 0;
    Vec2 grabOffset;  // tip minus pointer, in world units, so the tip never jumps
};

// The handle under `screen_point`, the nearer one when both are in reach.
Handle hit_test(const Plane& plane, Vec2 a, Vec2 b, Vec2 screen_point, PointerKind kind);

// Starts a drag if the pointer lands on a tip and no drag is under way.
// Returns true when the press was taken.
bool press(Drag& drag, const Plane& plane, Vec2 a, Vec2 b, Vec2 screen_point, PointerKind kind,
           long long pointer_id);

// Where the held tip goes for a pointer at `screen_point`, or nothing when
// this pointer does not own the drag.
bool move_target(const Drag& drag, const Plane& plane, Vec2 screen_point, PointerKind kind,
                 long long pointer_id, Vec2& target);

// Ends the drag if this pointer owns it. Returns true when it did.
bool release(Drag& drag, PointerKind kind, long long pointer_id);

}  // namespace dotlab
