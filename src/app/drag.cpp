#include "drag.h"

namespace dotlab {

namespace {
bool owns(const Drag& drag, PointerKind kind, long long pointer_id) {
    return drag.held != Handle::None && drag.kind == kind && drag.pointerId == pointer_id;
}
}  // namespace

Handle hit_test(const Plane& plane, Vec2 a, Vec2 b, Vec2 screen_point, PointerKind kind) {
    const double radius = kind == PointerKind::Touch ? kTouchHitRadius : kMouseHitRadius;
    const double da = distance(to_screen(plane, a), screen_point);
    const double db = distance(to_screen(plane, b), screen_point);
    // b is drawn on top, so it wins a tie.
    if (db <= radius && db <= da) return Handle::B;
    if (da <= radius) return Handle::A;
    return Handle::None;
}

bool press(Drag& drag, const Plane& plane, Vec2 a, Vec2 b, Vec2 screen_point, PointerKind kind,
           long long pointer_id) {
    if (drag.held != Handle::None) return false;
    const Handle handle = hit_test(plane, a, b, screen_point, kind);
    if (handle == Handle::None) return false;
    drag.held = handle;
    drag.kind = kind;
    drag.pointerId = pointer_id;
    drag.grabOffset = (handle == Handle::A ? a : b) - to_world(plane, screen_point);
    return true;
}

bool move_target(const Drag& drag, const Plane& plane, Vec2 screen_point, PointerKind kind,
                 long long pointer_id, Vec2& target) {
    if (!owns(drag, kind, pointer_id)) return false;
    target = to_world(plane, screen_point) + drag.grabOffset;
    return true;
}

bool release(Drag& drag, PointerKind kind, long long pointer_id) {
    if (!owns(drag, kind, pointer_id)) return false;
    drag = Drag{};
    return true;
}

}  // namespace dotlab
