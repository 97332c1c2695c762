// Dragging the tips of the vectors with a mouse or a finger.
//
// ImGui 1.86 knows nothing of touch, so the platform layer feeds pointer
// events here straight from SDL. One pointer owns a drag from press to
// release; any other finger is ignored until it ends.
#pragma once

#include "plane.h"

namespace dotlab {

// A draggable tip, by its index in the view's list of tips (dot view: a, b;
// attention: q then the keys; retrieval: q then the documents).
using Handle = int;
constexpr Handle kNoHandle = -1;
constexpr Handle kHandleA = 0;
constexpr Handle kHandleB = 1;

enum class PointerKind { Mouse, Touch };

// Hit radii in CSS pixels. A fingertip covers far more than a cursor.
constexpr double kMouseHitRadius = 14.0;
constexpr double kTouchHitRadius = 24.0;

struct Drag {
    Handle held = kNoHandle;
    PointerKind kind = PointerKind::Mouse;
    long long pointerId = 0;
    Vec2 pressWorld;  // where the pointer went down, world units
    Vec2 tipStart;    // where the tip was then
    // The plane moved or rescaled mid-drag (a resize): the next pointer
    // position becomes the new anchor, so the tip carries on from where it
    // is instead of jumping by however far the canvas moved.
    bool reanchor = false;
};

// Precision aids for placing a tip exactly.
struct DragOptions {
    bool fine = false;  // the tip moves a quarter of the pointer's distance
    double snap = 0;    // grid step to snap to; 0 is off
};
constexpr double kFineFactor = 0.25;
constexpr double kDefaultSnap = 0.5;

// Rounds to the nearest multiple of `step` (no-op for step <= 0), never -0.
Vec2 snap_to(Vec2 v, double step);

// The tip under `screen_point`, the nearest when several are in reach; on a
// tie, the one drawn on top: `on_top` if it is among them (the query, drawn
// over the keys), else the later.
Handle hit_test(const Plane& plane, const std::vector<Vec2>& tips, Vec2 screen_point, PointerKind kind,
                Handle on_top = kNoHandle);

// Starts a drag if the pointer lands on a tip and no drag is under way.
// Returns true when the press was taken.
bool press(Drag& drag, const Plane& plane, const std::vector<Vec2>& tips, Vec2 screen_point, PointerKind kind,
           long long pointer_id, Handle on_top = kNoHandle);

// Where the held tip goes for a pointer at `screen_point`, or nothing when
// this pointer does not own the drag. `tip` is where the held tip is now.
bool move_target(Drag& drag, const Plane& plane, Vec2 screen_point, PointerKind kind, long long pointer_id,
                 const DragOptions& options, Vec2 tip, Vec2& target);

// Ends the drag if this pointer owns it. Returns true when it did.
bool release(Drag& drag, PointerKind kind, long long pointer_id);

}  // namespace dotlab
