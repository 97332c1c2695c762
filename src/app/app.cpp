// Lesson state, layout, pointer and key handling, exercise progress. Drawing
// lives in dot_view.cpp and exercise_view.cpp.
#include "app.h"

#include <algorithm>
#include <cmath>

namespace dotlab {

namespace {

// Layout constants, CSS pixels.
constexpr double kSideBySideMinWidth = 720;
constexpr double kPanelWidth = 360;
constexpr double kMinSideBySideHeight = 560;
constexpr double kMinPlaneHalfExtent = 4;
constexpr double kEdgeMarginPx = 6;
constexpr double kNudge = 0.1;
constexpr double kBigNudge = 1.0;

// Dragged coordinates are kept to the two decimals the panel shows, so every
// number a learner reads is the exact number the lesson computes with.
double to_hundredths(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r;
}

double stacked_plane_height(double width) { return std::clamp(width * 0.9, 240.0, 480.0); }

void refit_plane(App& app) {
    app.plane.screen = app.layout.plane;
    app.plane.halfExtent = fitting_half_extent(app.state.a, app.state.b, kMinPlaneHalfExtent);
}

// Checks the active exercise; completes it once the vectors are at rest (a
// drag sweeping past the target on its way elsewhere does not count).
void evaluate_exercise(App& app) {
    const int id = app.exercises.active;
    ExerciseProgress& progress = progress_of(app.exercises, id);
    app.check = check_exercise(id, app.state.a, app.state.b, app.exercises.bStart);
    if (!progress.predicted || progress.done || !app.check.passed || !app.movedSincePrediction ||
        app.drag.held != Handle::None)
        return;
    progress.done = true;
    app.completions.push_back({id, *progress.predicted, *progress.predicted == exercise_text(id).correctChoice});
    app.progressChanged = true;
    app.changed = true;
}

void move_selected(App& app, Vec2 by) {
    if (app.selected == Handle::None) return;
    LessonState next = app.state;
    Vec2& tip = app.selected == Handle::A ? next.a : next.b;
    tip = {std::clamp(to_hundredths(tip.x + by.x), -kMaxCoordinate, kMaxCoordinate),
           std::clamp(to_hundredths(tip.y + by.y), -kMaxCoordinate, kMaxCoordinate)};
    set_inputs(app, next);
}

}  // namespace

void set_inputs(App& app, const LessonState& state) {
    if (state.a != app.state.a || state.b != app.state.b) app.movedSincePrediction = true;
    app.state = state;
    app.derived = derive_dot(state.a, state.b);
    app.readouts = make_dot_readouts(state.a, state.b, app.derived);
    // Drags never rescale the plane (the tip would slide from under the
    // finger); values set from outside do, so that both tips stay in view.
    if (app.drag.held == Handle::None) refit_plane(app);
    app.changed = true;
    evaluate_exercise(app);
}

double preferred_height(const App& app, double width) {
    if (width >= kSideBySideMinWidth) return std::max(kMinSideBySideHeight, app.panelContentHeight);
    return stacked_plane_height(width) + app.panelContentHeight;
}

void set_size(App& app, double width, double height) {
    Layout& l = app.layout;
    l.stacked = width < kSideBySideMinWidth;
    if (l.stacked) {
        const double plane_h = std::min(stacked_plane_height(width), std::max(120.0, height - 200));
        l.plane = {0, 0, width, plane_h};
        l.panel = {0, plane_h, width, height - plane_h};
    } else {
        l.plane = {0, 0, width - kPanelWidth, height};
        l.panel = {width - kPanelWidth, 0, kPanelWidth, height};
    }
    refit_plane(app);
}

bool pointer_down(App& app, Vec2 at, PointerKind kind, long long id) {
    if (!app.layout.plane.contains(at) || app.overlay.contains(at)) return false;
    if (!press(app.drag, app.plane, app.state.a, app.state.b, at, kind, id)) return false;
    app.selected = app.drag.held;
    return true;
}

bool pointer_move(App& app, Vec2 at, PointerKind kind, long long id) {
    Vec2 target;
    if (!move_target(app.drag, app.plane, at, kind, id, app.dragOptions, target)) {
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
    if (!release(app.drag, kind, id)) return false;
    evaluate_exercise(app);
    return true;
}

bool wants_touch(const App& app, Vec2 at) {
    if (app.drag.held != Handle::None) return true;
    return app.layout.plane.contains(at) && !app.overlay.contains(at) &&
           hit_test(app.plane, app.state.a, app.state.b, at, PointerKind::Touch) != Handle::None;
}

bool key_press(App& app, Key key, bool shift) {
    const double step = shift ? kBigNudge : kNudge;
    switch (key) {
        case Key::NextHandle:
            if (app.selected == Handle::B) return false;  // let focus move on
            app.selected = app.selected == Handle::A ? Handle::B : Handle::A;
            return true;
        case Key::PrevHandle:
            if (app.selected == Handle::A) return false;
            app.selected = app.selected == Handle::B ? Handle::A : Handle::B;
            return true;
        case Key::Left: move_selected(app, {-step, 0}); return true;
        case Key::Right: move_selected(app, {step, 0}); return true;
        case Key::Up: move_selected(app, {0, step}); return true;
        case Key::Down: move_selected(app, {0, -step}); return true;
        case Key::Reset: set_inputs(app, app.initial); return true;
        case Key::Choice1: choose_prediction(app, 0); return true;
        case Key::Choice2: choose_prediction(app, 1); return true;
        case Key::Choice3: choose_prediction(app, 2); return true;
        case Key::NextExercise: open_exercise(app, app.exercises.active % kExerciseCount + 1); return true;
        case Key::PrevExercise:
            open_exercise(app, (app.exercises.active + kExerciseCount - 2) % kExerciseCount + 1);
            return true;
        case Key::ToggleSnap: app.dragOptions.snap = app.dragOptions.snap > 0 ? 0 : kDefaultSnap; return true;
        case Key::ToggleFine: app.dragOptions.fine = !app.dragOptions.fine; return true;
        case Key::ToggleNormalize: app.normalized = !app.normalized; return true;
    }
    return false;
}

void set_focus(App& app, bool focused, bool backwards) {
    app.focused = focused;
    app.selected = focused ? (backwards ? Handle::B : Handle::A) : Handle::None;
}

void open_exercise(App& app, int id) {
    if (!is_exercise_id(id)) return;
    app.exercises.active = id;
    app.exercises.bStart = app.state.b;
    app.progressChanged = true;
    evaluate_exercise(app);
}

void choose_prediction(App& app, int choice) {
    ExerciseProgress& progress = progress_of(app.exercises, app.exercises.active);
    if (progress.done || choice < 0 || choice > 2) return;
    progress.predicted = choice;
    // The stretch is measured from b as it is now.
    app.exercises.bStart = app.state.b;
    app.movedSincePrediction = false;
    app.progressChanged = true;
    app.changed = true;
    evaluate_exercise(app);
}

void reset_progress(App& app) {
    app.exercises = ExerciseSession{};
    app.exercises.bStart = app.state.b;
    app.progressChanged = true;
    app.changed = true;
    evaluate_exercise(app);
}

}  // namespace dotlab
