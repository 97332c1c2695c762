// Lesson state, layout and pointer handling. Drawing lives in dot_view.cpp.
#include "app.h"

#include <algorithm>
#include <cmath>

namespace dotlab {

namespace {

// Layout constants, CSS pixels.
constexpr double kSideBySideMinWidth = 720;
constexpr double kPanelWidth = 340;
constexpr double kStackedPanelHeight = 340;
constexpr double kMinPlaneHalfExtent = 4;
constexpr double kEdgeMarginPx = 6;

// Dragged coordinates are kept to the two decimals the panel shows, so every
// number a learner reads is the exact number the lesson computes with.
double to_hundredths(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r;
}

void refit_plane(App& app) {
    app.plane.screen = app.layout.plane;
    app.plane.halfExtent = fitting_half_extent(app.state.a, app.state.b, kMinPlaneHalfExtent);
}

}  // namespace

void set_inputs(App& app, const LessonState& state) {
    app.state = state;
    app.derived = derive_dot(state.a, state.b);
    app.readouts = make_dot_readouts(state.a, state.b, app.derived);
    // Drags never rescale the plane (the tip would slide from under the
    // finger); values set from outside do, so that both tips stay in view.
    if (app.drag.held == Handle::None) refit_plane(app);
    app.changed = true;
}

double preferred_height(double width) {
    if (width >= kSideBySideMinWidth) return 520;
    // A plane a little wider than tall leaves room for the panel on a phone.
    return std::clamp(width * 0.9, 240.0, 480.0) + kStackedPanelHeight;
}

void set_size(App& app, double width, double height) {
    Layout& l = app.layout;
    l.stacked = width < kSideBySideMinWidth;
    if (l.stacked) {
        const double plane_h = std::max(120.0, height - kStackedPanelHeight);
        l.plane = {0, 0, width, plane_h};
        l.panel = {0, plane_h, width, height - plane_h};
    } else {
        l.plane = {0, 0, width - kPanelWidth, height};
        l.panel = {width - kPanelWidth, 0, kPanelWidth, height};
    }
    app.plane.screen = l.plane;
    refit_plane(app);
}

bool pointer_down(App& app, Vec2 at, PointerKind kind, long long id) {
    if (!app.layout.plane.contains(at) || app.overlay.contains(at)) return false;
    return press(app.drag, app.plane, app.state.a, app.state.b, at, kind, id);
}

bool pointer_move(App& app, Vec2 at, PointerKind kind, long long id) {
    Vec2 target;
    if (!move_target(app.drag, app.plane, at, kind, id, target)) {
        if (kind != PointerKind::Mouse) return false;
        const Handle over = app.layout.plane.contains(at)
                                ? hit_test(app.plane, app.state.a, app.state.b, at, kind)
                                : Handle::None;
        const bool hover_changed = over != app.hovered;
        app.hovered = over;
        return hover_changed;
    }
    // The pointer may leave the canvas mid-drag; the tip stays on the plane.
    target = clamp_to_plane(app.plane, target, kEdgeMarginPx);
    const Vec2 tip{to_hundredths(target.x), to_hundredths(target.y)};
    LessonState next = app.state;
    (app.drag.held == Handle::A ? next.a : next.b) = tip;
    if (next.a == app.state.a && next.b == app.state.b) return false;
    set_inputs(app, next);
    return true;
}

bool pointer_up(App& app, PointerKind kind, long long id) {
    // The scale stays as it was: a view that zooms on release would move
    // the tip away from under the learner's finger.
    return release(app.drag, kind, id);
}

bool wants_touch(const App& app, Vec2 at) {
    if (app.drag.held != Handle::None) return true;
    return app.layout.plane.contains(at) && !app.overlay.contains(at) &&
           hit_test(app.plane, app.state.a, app.state.b, at, PointerKind::Touch) != Handle::None;
}

}  // namespace dotlab
