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
    app.plane.halfExtent = fitting_half_extent(tips_of(app.state), kMinPlaneHalfExtent);
}

// Checks the active exercise; completes it once the vectors are at rest (a
// drag sweeping past the target on its way elsewhere does not count).
void evaluate_exercise(App& app) {
    const int id = app.exercises.active;
    ExerciseProgress& progress = progress_of(app.exercises, id);
    app.check = check_exercise(id, app.state.a, app.state.b, app.exercises.bStart);
    if (app.state.mode != Mode::Dot || !progress.predicted || progress.done || !app.check.passed ||
        !app.movedSincePrediction || app.drag.held != kNoHandle)
        return;
    progress.done = true;
    app.completions.push_back({id, *progress.predicted, *progress.predicted == exercise_text(id).correctChoice});
    app.progressChanged = true;
    app.changed = true;
}

void move_selected(App& app, Vec2 by) {
    if (app.editValue && app.state.mode == Mode::Attention && app.selected >= 1 &&
        size_t(app.selected) <= app.state.values.size()) {
        LessonState next = app.state;
        Vec2& v = next.values[size_t(app.selected) - 1];
        v = {std::clamp(to_hundredths(v.x + by.x), -kMaxCoordinate, kMaxCoordinate),
             std::clamp(to_hundredths(v.y + by.y), -kMaxCoordinate, kMaxCoordinate)};
        set_inputs(app, next);
        return;
    }
    const std::vector<Vec2> tips = tips_of(app.state);
    if (app.selected < 0 || size_t(app.selected) >= tips.size()) return;
    const Vec2 tip = tips[size_t(app.selected)];
    LessonState next = app.state;
    set_tip(next, app.selected,
            {std::clamp(to_hundredths(tip.x + by.x), -kMaxCoordinate, kMaxCoordinate),
             std::clamp(to_hundredths(tip.y + by.y), -kMaxCoordinate, kMaxCoordinate)});
    set_inputs(app, next);
}

int tip_count(const LessonState& state) {
    switch (state.mode) {
        case Mode::Attention: return 1 + int(state.keys.size());
        case Mode::Retrieval: return 1 + int(state.docs.size());
        case Mode::Dot: break;
    }
    return 2;
}

}  // namespace

std::vector<Vec2> tips_of(const LessonState& state) {
    std::vector<Vec2> tips;
    switch (state.mode) {
        case Mode::Dot: return {state.a, state.b};
        case Mode::Attention:
            tips.reserve(1 + state.keys.size());
            tips.push_back(state.q);
            tips.insert(tips.end(), state.keys.begin(), state.keys.end());
            break;
        case Mode::Retrieval:
            tips.reserve(1 + state.docs.size());
            tips.push_back(state.q);
            for (const Document& doc : state.docs) tips.push_back(doc.v);
            break;
    }
    return tips;
}

void set_tip(LessonState& state, Handle handle, Vec2 tip) {
    if (handle < 0) return;
    const size_t i = size_t(handle);
    switch (state.mode) {
        case Mode::Dot: (handle == kHandleA ? state.a : state.b) = tip; break;
        case Mode::Attention:
            if (i == 0)
                state.q = tip;
            else if (i <= state.keys.size())
                state.keys[i - 1] = tip;
            break;
        case Mode::Retrieval:
            if (i == 0)
                state.q = tip;
            else if (i <= state.docs.size())
                state.docs[i - 1].v = tip;
            break;
    }
}

void set_inputs(App& app, const LessonState& state) {
    if (state.a != app.state.a || state.b != app.state.b) app.movedSincePrediction = true;
    const bool mode_changed = state.mode != app.state.mode;
    const bool scale_changed = state.scale != app.state.scale;
    app.state = state;
    app.derived = derive(state);
    app.readouts = make_dot_readouts(state.a, state.b, app.derived.dot);
    if (mode_changed) {
        app.drag = Drag{};
        app.hovered = kNoHandle;
        if (app.selected >= tip_count(state)) app.selected = app.focused ? 0 : kNoHandle;
    }
    // A new scale shows as √d when it is one, as a free value otherwise.
    const double d = std::round(state.scale * state.scale);
    if (scale_changed && d >= 1 && d <= 1024 && std::sqrt(d) == state.scale)
        app.dimension = int(d);
    else if (scale_changed)
        app.freeScale = true;
    // Drags never rescale the plane (the tip would slide from under the
    // finger); values set from outside do, so that every tip stays in view.
    if (app.drag.held == kNoHandle) refit_plane(app);
    app.changed = true;
    evaluate_exercise(app);
}

void set_theme(App& app, bool dark) {
    app.palette = dark ? &dark_palette() : &light_palette();
    apply_style(*app.palette);
}

void set_mode(App& app, Mode mode) {
    LessonState next = app.state;
    next.mode = mode;
    set_inputs(app, next);
}

void add_key(App& app) {
    if (app.state.keys.size() >= kMaxUiKeys) return;
    LessonState next = app.state;
    // A new key starts opposite the query's side, so it is easy to find.
    const size_t i = next.keys.size();
    next.keys.push_back(Vec2{-1.0 + 0.5 * double(i % 5), -2.0 + 0.25 * double(i % 7)});
    next.values.push_back(default_value(i));
    set_inputs(app, next);
}

void remove_key(App& app) {
    if (app.state.keys.size() <= 1) return;
    LessonState next = app.state;
    next.keys.pop_back();
    next.values.resize(next.keys.size());
    set_inputs(app, next);
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
    app.drag.reanchor = app.drag.held != kNoHandle;
}

bool pointer_down(App& app, Vec2 at, PointerKind kind, long long id) {
    if (!app.layout.plane.contains(at) || app.overlay.contains(at)) return false;
    if (!press(app.drag, app.plane, tips_of(app.state), at, kind, id)) return false;
    app.selected = app.drag.held;
    return true;
}

bool pointer_move(App& app, Vec2 at, PointerKind kind, long long id) {
    const std::vector<Vec2> tips = tips_of(app.state);
    const Vec2 held_tip =
        app.drag.held >= 0 && size_t(app.drag.held) < tips.size() ? tips[size_t(app.drag.held)] : Vec2{};
    Vec2 target;
    if (!move_target(app.drag, app.plane, at, kind, id, app.dragOptions, held_tip, target)) {
        if (kind != PointerKind::Mouse) return false;
        const Handle over = app.layout.plane.contains(at) ? hit_test(app.plane, tips, at, kind) : kNoHandle;
        const bool hover_changed = over != app.hovered;
        app.hovered = over;
        return hover_changed;
    }
    // The pointer may leave the canvas mid-drag; the tip stays on the plane.
    target = clamp_to_plane(app.plane, target, kEdgeMarginPx);
    const Vec2 tip{to_hundredths(target.x), to_hundredths(target.y)};
    if (size_t(app.drag.held) >= tips.size() || tips[size_t(app.drag.held)] == tip) return false;
    LessonState next = app.state;
    set_tip(next, app.drag.held, tip);
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
    if (app.drag.held != kNoHandle) return true;
    return app.layout.plane.contains(at) && !app.overlay.contains(at) &&
           hit_test(app.plane, tips_of(app.state), at, PointerKind::Touch) != kNoHandle;
}

bool key_press(App& app, Key key, bool shift) {
    const double step = shift ? kBigNudge : kNudge;
    switch (key) {
        case Key::NextHandle:
            if (app.selected >= tip_count(app.state) - 1) return false;  // let focus move on
            app.selected = std::max(0, app.selected + 1);
            return true;
        case Key::PrevHandle:
            if (app.selected == 0) return false;
            app.selected = app.selected < 0 ? tip_count(app.state) - 1 : app.selected - 1;
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
        case Key::ToggleNormalize:
            if (app.state.mode == Mode::Retrieval) {
                LessonState next = app.state;
                next.norm = !next.norm;
                set_inputs(app, next);
            } else {
                app.normalized = !app.normalized;
            }
            return true;
        case Key::AddKey: add_key(app); return true;
        case Key::RemoveKey: remove_key(app); return true;
        case Key::ScaleDown:
        case Key::ScaleUp: {
            LessonState next = app.state;
            if (app.freeScale) {
                const double factor = key == Key::ScaleUp ? 1.25 : 0.8;
                next.scale = std::clamp(std::round(next.scale * factor * 1000) / 1000, 0.05, 50.0);
            } else {
                app.dimension = std::clamp(key == Key::ScaleUp ? app.dimension * 2 : app.dimension / 2, 1, 1024);
                next.scale = std::sqrt(double(app.dimension));
            }
            set_inputs(app, next);
            return true;
        }
        case Key::ToggleValueEdit: app.editValue = !app.editValue; return true;
        case Key::ToggleFreeScale: {
            app.freeScale = !app.freeScale;
            if (!app.freeScale) {
                LessonState next = app.state;
                next.scale = std::sqrt(double(app.dimension));
                set_inputs(app, next);
            }
            return true;
        }
    }
    return false;
}

void set_focus(App& app, bool focused, bool backwards) {
    app.focused = focused;
    app.selected = focused ? (backwards ? tip_count(app.state) - 1 : 0) : kNoHandle;
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
