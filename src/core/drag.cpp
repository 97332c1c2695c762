#include "drag.h"

#include <cmath>

namespace dotlab {

namespace {
bool owns(const Drag& drag, PointerKind kind, long long pointer_id) {
    return drag.held != kNoHandle && drag.kind == kind && drag.pointerId == pointer_id;
}
}  // namespace

Handle hit_test(const Plane& plane, const std::vector<Vec2>& tips, Vec2 screen_point, PointerKind kind, Handle on_top) {
    double best = kind == PointerKind::Touch ? kTouchHitRadius : kMouseHitRadius;
    Handle found = kNoHandle;
    for (size_t i = 0; i < tips.size(); ++i) {
        const double d = distance(to_screen(plane, tips[i]), screen_point);
        if (d < best || (d == best && (found == kNoHandle || found != on_top))) {
            best = d;
            found = Handle(i);
        }
    }
    return found;
}

bool press(Drag& drag, const Plane& plane, const std::vector<Vec2>& tips, Vec2 screen_point, PointerKind kind,
           long long pointer_id, Handle on_top) {
    if (drag.held != kNoHandle) return false;
    const Handle handle = hit_test(plane, tips, screen_point, kind, on_top);
    if (handle == kNoHandle) return false;
    drag.held = handle;
    drag.kind = kind;
    drag.pointerId = pointer_id;
    drag.pressWorld = to_world(plane, screen_point);
    drag.tipStart = tips[size_t(handle)];
    return true;
}

Vec2 snap_to(Vec2 v, double step) {
    if (!(step > 0)) return v;
    auto round = [step](double x) {
        const double r = std::round(x / step) * step;
        return r == 0.0 ? 0.0 : r;
    };
    return {round(v.x), round(v.y)};
}

bool move_target(Drag& drag, const Plane& plane, Vec2 screen_point, PointerKind kind, long long pointer_id,
                 const DragOptions& options, Vec2 tip, Vec2& target) {
    if (!owns(drag, kind, pointer_id)) return false;
    if (drag.reanchor) {
        drag.reanchor = false;
        drag.pressWorld = to_world(plane, screen_point);
        drag.tipStart = tip;
    }
    // Moving by the pointer's displacement (not to the pointer) means the tip
    // never jumps to where the finger landed beside it.
    const Vec2 moved = to_world(plane, screen_point) - drag.pressWorld;
    target = snap_to(drag.tipStart + (options.fine ? kFineFactor : 1.0) * moved, options.snap);
    return true;
}

bool release(Drag& drag, PointerKind kind, long long pointer_id) {
    if (!owns(drag, kind, pointer_id)) return false;
    drag = Drag{};
    return true;
}

}  // namespace dotlab
