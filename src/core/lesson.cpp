#include "lesson.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "goals.h"
#include "schema.h"
#include "state_codec.h"
#include "views.h"

namespace dotlab {

namespace {

constexpr double kEdgeMarginPx = 6;
constexpr double kNudge = 0.1;
constexpr double kBigNudge = 1.0;
constexpr double kFineNudge = 0.01;
constexpr double kNewKeyInner = 1.0, kNewKeyOuter = 2.5;      // an added key's length
constexpr double kNewValueInner = 1.0, kNewValueOuter = 1.5;  // ... and its value's

// Dragged coordinates are kept to the two decimals the panel shows, so every
// number a learner reads is the exact number the lesson computes with.
double to_hundredths(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r;
}

Vec2 clamp_coordinates(Vec2 v) {
    return {std::clamp(to_hundredths(v.x), -kMaxCoordinate, kMaxCoordinate),
            std::clamp(to_hundredths(v.y), -kMaxCoordinate, kMaxCoordinate)};
}

const ExerciseProgress& active_progress(const Lesson& l) { return progress_of(l.exercises, l.exercises.active); }

// The active exercise is on show: the view is the exercise's own.
bool exercise_on_show(const Lesson& l) { return l.state.mode == exercise_mode(l.exercises.active); }

bool exercise_in_play(const Lesson& l) {
    const ExerciseProgress& p = active_progress(l);
    return exercise_on_show(l) && p.predicted && !p.done;
}

// The active exercise gives way to `next`: if it was finished, its verdict
// now speaks of then, not of the vectors that will be on show.
void leave_exercise(Lesson& l, int next) {
    ExerciseProgress& p = progress_of(l.exercises, l.exercises.active);
    if (next == l.exercises.active || !p.done) return;
    p.earlier = true;
    p.proof.clear();
}

}  // namespace

int exercise_for_view(const ExerciseSession& session, Mode mode) {
    if (!view_of(mode).exercises || exercise_mode(session.active) == mode) return session.active;
    int first = 0;
    for (int id = 1; id <= kExerciseCount; ++id) {
        if (exercise_mode(id) != mode) continue;
        if (!progress_of(session, id).done) return id;
        if (!first) first = id;
    }
    return first ? first : 1;
}

namespace {

// The tips an exercise is about: a and b, or u.
bool exercise_handle(const Lesson& l, Handle handle) {
    if (l.exercises.active == kWidestExercise) return handle == 0;
    return handle == kHandleA || handle == kHandleB;
}

// The tip an exercise asks the learner to move first: b to turn or stretch,
// a to shorten (then b), u to turn.
Handle first_tip_of_exercise(int id) {
    if (id == kWidestExercise) return 0;
    return id == kUnitExercise ? kHandleA : kHandleB;
}

// The stretch exercise's goal, 3·b₀: the plane makes room for it (when the
// exercise opens and again at the prediction), so the goal is never off screen.
std::vector<Vec2> points_to_fit(const Lesson& l) {
    std::vector<Vec2> points = tips_of(l.state);
    if (l.state.mode == Mode::Dot && l.exercises.active == 3 && !active_progress(l).done)
        points.push_back(kStretchFactor * stretch_start(l));
    return points;
}

// Retrieval's plane zooms with the normalize transition, from the extent
// the raw arrows need to the unit circle's, so normalized arrows are drawn
// large enough for their labels to stand apart.
double retrieval_extent(const Lesson& l) {
    const double least = view_of(Mode::Retrieval).leastExtent;
    LessonState raw = l.state, unit = l.state;
    raw.norm = false;
    unit.norm = true;
    const double from = fitting_half_extent(tips_of(raw), least), to = fitting_half_extent(tips_of(unit), least);
    return from + (to - from) * normalized_shown(l);
}

void refit_plane(Lesson& l) {
    l.plane.screen = l.layout.plane;
    l.plane.frame = l.layout.planeFrame;
    if (l.state.mode == Mode::Retrieval) {
        l.plane.halfExtent = retrieval_extent(l);
        return;
    }
    // Kept once done: the solved arrows stay as large as they were made.
    const bool unit_exercise = exercise_on_show(l) && l.exercises.active == kUnitExercise;
    const double least = unit_exercise ? kUnitExerciseExtent : view_of(l.state.mode).leastExtent;
    l.plane.halfExtent = fitting_half_extent(points_to_fit(l), least);
}

void relayout(Lesson& l) {
    l.sizes.exerciseStrip = view_of(l.state.mode).exercises;
    l.sizes.foldedAll = l.collapse >= kMaxCollapse;
    l.layout = compute_layout(l.sizes);
    // While the frame the data is fitted to stays, so does the scale: a
    // verdict that lengthens the panel must not zoom out from under a tip
    // a drag left near the edge (40 -> 32 px per unit on a phone).
    if (l.layout.planeFrame == l.plane.frame) {
        l.plane.screen = l.layout.plane;
        return;
    }
    refit_plane(l);
}

// The panel's content will differ (another step, text size or frame
// height): unfold it, ask the page for a height again, and let the next
// frames measure and fold anew. (A new view or width is measured without
// asking: the next frame's heights differ, which asks.)
void unfold_and_measure(Lesson& l) {
    l.collapse = 0;
    l.heightChanged = true;
    relayout(l);
}

// A check passes within its tolerance, but the verdict states the goal
// ("exactly 0"): the finished exercise's tips are put on the goal's own spot,
// where every readout shows it. A finger's drag is there already (the pull).
void land_on_goal(Lesson& l) {
    const int id = l.exercises.active;
    LessonState next = l.state;
    if (id == kWidestExercise) {
        const ProjectionDerived& d = l.derived.projection;
        if (d.elongated) next.u = dot(next.u, d.axes.first) >= 0 ? d.axes.first : -1.0 * d.axes.first;
    } else {
        const Vec2 b_start = l.exercises.bStart;
        if (id == kUnitExercise) next.a = landing_spot(id, Moving::A, next.a, next.b, b_start).value_or(next.a);
        next.b = landing_spot(id, Moving::B, next.a, next.b, b_start).value_or(next.b);
    }
    if (next.a == l.state.a && next.b == l.state.b && next.u == l.state.u) return;
    const GoalSnap pulled = l.goalSnap;  // set_inputs clears it; the tip is on the goal all the more
    set_inputs(l, next);
    l.goalSnap.on = pulled.on;
}

// Checks the active exercise; completes it once the vectors are at rest (a
// drag sweeping past the target on its way elsewhere does not count), after
// a prediction, and only by a move made since that prediction.
void evaluate_exercise(Lesson& l) {
    const int id = l.exercises.active;
    ExerciseProgress& progress = progress_of(l.exercises, id);
    l.check = id == kWidestExercise ? check_widest(l.derived.projection)
                                    : check_exercise(id, l.state.a, l.state.b, stretch_start(l));
    if (!l.check.passed) l.offGoalSincePrediction = true;
    if (!exercise_on_show(l) || !progress.predicted || progress.done || !l.check.passed || !l.offGoalSincePrediction ||
        l.drag.held != kNoHandle)
        return;
    progress.done = true;
    l.completions.push_back({id, *progress.predicted, *progress.predicted == exercise_text(id).correctChoice});
    l.progressChanged = true;
    l.changed = true;
    if (!l.check.exact) land_on_goal(l);
    progress.proof = l.check.proof;  // checked again on the landing spot
}

// Moving a or b (or u) before predicting tests nothing: the card asks for
// the prediction first.
void note_move_of_ab(Lesson& l, Handle handle) {
    if (!exercise_on_show(l) || !exercise_handle(l, handle)) return;
    const ExerciseProgress& p = active_progress(l);
    if (!p.predicted && !p.done) l.predictFirst = true;
}

// An exercise's goal pulls the held tip in when it comes within reach.
std::optional<Vec2> goal_in_reach(const Lesson& l, Vec2 target) {
    if (!exercise_in_play(l) || l.dragOptions.fine || !exercise_handle(l, l.drag.held)) return std::nullopt;
    if (l.exercises.active == kWidestExercise)
        return snap_to_widest(l.derived.projection, target, pixels_per_unit(l.plane));
    const Moving moving = l.drag.held == kHandleA ? Moving::A : Moving::B;
    return snap_to_goal(l.exercises.active, moving, l.state.a, l.state.b, l.exercises.bStart, target,
                        pixels_per_unit(l.plane));
}

// Returns whether something was selected to move (the arrow keys are the
// page's otherwise: it scrolls, a slide deck advances).
bool move_selected(Lesson& l, Vec2 by) {
    const std::vector<Vec2> tips = tips_of(l.state);
    if (l.selected < 0 || size_t(l.selected) >= tips.size()) return false;
    LessonState next = l.state;
    Vec2 tip = tips[size_t(l.selected)] + by;
    // Snap holds for keys as for drags: the tip lands on the grid.
    if (const double grid = l.dragOptions.snap; grid > 0 && !l.dragOptions.fine)
        tip = {std::round(tip.x / grid) * grid, std::round(tip.y / grid) * grid};
    set_tip(next, l.selected, clamp_coordinates(tip));
    note_move_of_ab(l, l.selected);
    set_inputs(l, next);
    return true;
}

int tip_count(const LessonState& state) { return int(tips_of(state).size()); }

// The tips Tab walks: the view's tab stops, if it has fewer than its tips.
int tab_count(const LessonState& state) {
    const int stops = view_of(state.mode).tabStops;
    return stops > 0 ? std::min(stops, tip_count(state)) : tip_count(state);
}

void change_scale(Lesson& l, Key key) {
    if (!l.freeScale) {
        set_chart_dimension(l, key == Key::ScaleUp ? l.dimension * 2 : l.dimension / 2);
        return;
    }
    LessonState next = l.state;
    const double factor = key == Key::ScaleUp ? 1.25 : 0.8;
    next.scale = std::clamp(std::round(next.scale * factor * 1000) / 1000, 0.05, 50.0);
    set_inputs(l, next);
}

// Pasted vectors: the query moves along the list, and a tap picks it.
void step_query(Lesson& l, int by) {
    const int count = int(l.state.vectors->store.count());
    set_query(l, size_t((int(l.state.query) + by + count) % count));
}

void toggle_normalize(Lesson& l) {
    if (l.state.mode != Mode::Retrieval) {
        l.normalized = !l.normalized;
        return;
    }
    LessonState next = l.state;
    next.norm = !next.norm;
    set_inputs(l, next);
}

}  // namespace

void set_chart_dimension(Lesson& l, int d) {
    d = std::clamp(d, 1, 1024);
    if (d == l.dimension) return;
    l.dimension = d;
    l.changed = true;  // nothing in the state: said again for screen readers
}

void toggle_free_scale(Lesson& l) {
    l.freeScale = !l.freeScale;
    if (l.freeScale) return;
    LessonState next = l.state;
    next.scale = kPlaneRootD;
    set_inputs(l, next);
}

void set_attention_step(Lesson& l, int step) {
    step = std::clamp(step, 1, kAttentionSteps);
    if (step == l.attentionStep) return;
    l.attentionStep = step;
    l.changed = true;
    unfold_and_measure(l);
}

std::vector<Vec2> tips_of(const LessonState& state) { return view_of(state.mode).tips(state); }

// The tip drawn over the others, which a press on two tips in one place
// takes: the query (or u), drawn last, in every view but the dot view,
// whose later tip, b, is drawn last.
Handle tip_on_top(const Lesson& l) { return l.state.mode == Mode::Dot ? kNoHandle : 0; }

bool showing_vectors(const Lesson& l) { return l.state.vectors && l.state.mode == Mode::Retrieval; }

void set_vectors(Lesson& l, std::shared_ptr<const LoadedVectors> vectors) {
    LessonState next = l.state;
    next.vectors = std::move(vectors);
    next.query = 0;
    l.drag = Drag{};
    l.hovered = l.selected = kNoHandle;
    set_inputs(l, next);
}

// Home and Reset: the inputs as they started, in the view on show; a
// teacher's pasted vectors stay (only "Back to the built-in documents" or
// vectors: null drop them).
void reset_inputs(Lesson& l) {
    // The view's own fields only: Reset in Attention leaves a and b alone.
    // Through each field's link text, which reads back exactly.
    LessonState next = l.state;
    for (const StateField& field : state_fields()) {
        if (field.views == kAllViews || !(field.views & view_bit(l.state.mode)) || !field.codec.toText) continue;
        std::string text;
        field.codec.toText(l.initial, text);
        field.codec.fromText(text, next);
    }
    set_inputs(l, next);
}

int document_in_focus(const Lesson& l) {
    const size_t n = l.state.docs.size();
    for (Handle h : {l.drag.held, l.hovered, l.focused ? l.selected : kNoHandle})
        if (h > 0 && size_t(h) <= n) return h - 1;
    const RetrievalDerived& r = l.derived.retrieval;
    return r.byDot.empty() ? -1 : r.byDot[0];
}

void set_query(Lesson& l, size_t index) {
    if (!l.state.vectors || index >= l.state.vectors->store.count()) return;
    LessonState next = l.state;
    next.query = index;
    if (l.selected != kNoHandle) l.selected = int(index);
    set_inputs(l, next);
}

void set_tip(LessonState& state, Handle handle, Vec2 tip) { view_of(state.mode).setTip(state, handle, tip); }

namespace {

bool uses_query(Mode mode) {
    const StateField* q = field_named("q");
    return q && (q->views & view_bit(mode));
}

// A query dragged in attention must not undo retrieval's example (or the
// reverse): leaving a view parks its q, arriving brings the view's own back,
// unless the caller moved q too (setState({ mode, q })).
LessonState with_own_query(Lesson& l, LessonState next) {
    if (uses_query(l.state.mode)) l.parkedQuery[size_t(l.state.mode)] = l.state.q;
    if (uses_query(next.mode) && next.q == l.state.q) next.q = l.parkedQuery[size_t(next.mode)].value_or(l.initial.q);
    return next;
}

}  // namespace

void set_inputs(Lesson& l, const LessonState& given) {
    const LessonState state = given.mode != l.state.mode ? with_own_query(l, given) : given;
    const bool vectors_changed = state.a != l.state.a || state.b != l.state.b;
    if (vectors_changed) {
        l.movedSincePrediction = true;
        l.goalSnap.on = false;  // the caller puts it back when the move landed on a goal
    }
    const bool mode_changed = state.mode != l.state.mode;
    if (state.norm != l.state.norm) {
        // Moves from wherever it is drawn now; with reduced motion it jumps.
        const double shown = normalized_shown(l);
        l.normalizing = {shown, state.norm ? 1.0 : 0.0, l.screen.reducedMotion ? -1e9 : l.nowMs};
    }
    const bool scale_changed = state.scale != l.state.scale;
    const bool same_store = state.vectors == l.state.vectors && state.query == l.state.query;
    l.state = state;
    l.derived = derive(state, same_store ? &l.derived : nullptr);
    l.readouts = make_dot_readouts(state.a, state.b, l.derived.dot);
    const Vec2 a_hat = unit(state.a).value_or(Vec2{}), b_hat = unit(state.b).value_or(Vec2{});
    l.unitReadouts = make_dot_readouts(a_hat, b_hat, derive_dot(a_hat, b_hat), 3);
    if (l.drag.held == kNoHandle || l.keyRows.size() != state.keys.size())
        l.keyRows = best_first(l.derived.attention.weights);
    if (mode_changed) {
        l.drag = Drag{};
        l.hovered = kNoHandle;
        if (l.selected >= tip_count(state)) l.selected = l.focused ? 0 : kNoHandle;
        l.collapse = 0;  // another panel: measure it unfolded first
        relayout(l);     // the exercise strip comes and goes with the dot view
        const int shown = exercise_for_view(l.exercises, state.mode);
        leave_exercise(l, shown);
        l.exercises.active = shown;
    }
    // The plane's vectors have 2 components: any other s is a free temperature.
    if (scale_changed) l.freeScale = state.scale != kPlaneRootD;
    // Drags never rescale the plane (the tip would slide from under the
    // finger); values set from outside do, so that every tip stays in view.
    if (l.drag.held == kNoHandle) refit_plane(l);
    l.changed = true;
    evaluate_exercise(l);
}

void set_mode(Lesson& l, Mode mode) {
    LessonState next = l.state;
    next.mode = mode;
    set_inputs(l, next);
}

void add_key(Lesson& l) {
    if (l.state.keys.size() >= kMaxUiKeys) return;
    LessonState next = l.state;
    // The new key and its value start where nothing else is, as long as the
    // built-in ones (a longer key would take every weight) and inside the
    // smallest view (the plane does not rescale): labels stay apart and every
    // tip can be grabbed.
    std::vector<Vec2> taken = tips_of(next);
    const Vec2 key = free_spot(taken, kNewKeyInner, kNewKeyOuter);
    taken.push_back(key);
    next.keys.push_back(key);
    next.values.push_back(free_spot(taken, kNewValueInner, kNewValueOuter));
    set_inputs(l, next);
}

void remove_key(Lesson& l) {
    if (l.state.keys.size() <= 1) return;
    LessonState next = l.state;
    next.keys.pop_back();
    next.values.resize(next.keys.size());
    set_inputs(l, next);
}

Screen parse_screen(const std::string& text) {
    Screen screen;
    const size_t first = text.find(',');
    const size_t second = first == std::string::npos ? first : text.find(',', first + 1);
    if (second == std::string::npos) return screen;
    const double height = std::atof(text.substr(0, first).c_str());
    if (height >= 100 && height <= 20000) screen.viewportHeight = height;
    screen.coarsePointer = text.substr(first + 1, second - first - 1) == "1";
    const size_t third = text.find(',', second + 1);
    screen.reducedMotion = text.substr(second + 1, third == std::string::npos ? third : third - second - 1) == "1";
    screen.presenting = third != std::string::npos && text.substr(third + 1) == "1";
    return screen;
}

void set_screen(Lesson& l, const Screen& screen) {
    // A phone's instructions speak of taps from the start.
    if (screen.coarsePointer && !l.screen.coarsePointer && l.input == InputKind::Mouse) l.input = InputKind::Touch;
    const bool new_text_size = screen.presenting != l.screen.presenting;
    l.screen = screen;
    l.sizes.viewportHeight = screen.viewportHeight > 0 ? screen.viewportHeight : 800;
    l.sizes.scale = ui_step(l.sizes.width, screen.presenting);
    if (new_text_size)
        unfold_and_measure(l);
    else
        relayout(l);
}

void set_size(Lesson& l, double width, double height) {
    const bool resized = width != l.sizes.width || height != l.sizes.height;
    if (width != l.sizes.width && l.sizes.maxHeight > 0) l.collapse = 0;  // another width: measure again
    l.sizes.width = width;
    l.sizes.height = height;
    l.sizes.scale = ui_step(width, l.screen.presenting);
    relayout(l);
    if (resized && l.drag.held != kNoHandle) l.drag.reanchor = true;  // the plane moved under the pointer
}

void set_content_heights(Lesson& l, double strip, double panel) {
    if (l.drag.held != kNoHandle) return;
    if (std::abs(strip - l.sizes.stripContent) > 1 || std::abs(panel - l.sizes.panelContent) > 1) {
        l.sizes.stripContent = strip;
        l.sizes.panelContent = panel;
        l.heightChanged = true;
        relayout(l);  // a frame of fixed height keeps its size: the parts move within it
    }
    if (l.collapse == 0) l.sizes.unfoldedPanel = panel;
    // Too tall for the frame even with the plane at its smallest: fold the
    // next section, measured again next frame.
    if (overflows(l.sizes) && l.collapse < kMaxCollapse) {
        ++l.collapse;
        l.heightChanged = true;
        relayout(l);
    }
}

void set_max_height(Lesson& l, double height) {
    const double limit = height > 0 ? height : 0;
    if (limit == l.sizes.maxHeight) return;
    l.sizes.maxHeight = limit;
    unfold_and_measure(l);
}

bool folded(const Lesson& l, Collapse section) { return l.collapse >= section; }

double preferred_height(const Lesson& l, double width) {
    LayoutInput in = l.sizes;
    in.width = width;
    in.scale = ui_step(width, l.screen.presenting);
    return preferred_height(in);
}

double ui_scale(const Lesson& l) { return l.sizes.scale; }

double natural_height(const Lesson& l, double width) {
    LayoutInput in = l.sizes;
    in.width = width;
    in.scale = ui_step(width, l.screen.presenting);
    return natural_height(in);
}

bool wants_big_targets(const Lesson& l) { return l.screen.coarsePointer || l.input == InputKind::Touch; }

bool shows_key_list(const Lesson& l) { return l.input == InputKind::Keyboard || !wants_big_targets(l); }

bool is_animating(const Lesson& l) {
    const bool pulsing = l.goalSnap.on && !l.screen.reducedMotion && l.nowMs - l.goalSnap.sinceMs < kGoalPulseMs;
    const bool moving = l.state.mode == Mode::Retrieval && l.nowMs - l.normalizing.startMs < kNormalizeMs;
    return pulsing || moving;
}

void set_clock(Lesson& l, double ms) {
    const bool normalizing = l.nowMs - l.normalizing.startMs < kNormalizeMs;
    l.nowMs = ms;
    if (normalizing && l.state.mode == Mode::Retrieval && l.drag.held == kNoHandle)
        l.plane.halfExtent = retrieval_extent(l);
}

double normalized_shown(const Lesson& l) {
    const double t = std::clamp((l.nowMs - l.normalizing.startMs) / kNormalizeMs, 0.0, 1.0);
    const double eased = t * t * (3 - 2 * t);
    return l.normalizing.from + (l.normalizing.to - l.normalizing.from) * eased;
}

bool pointer_down(Lesson& l, Vec2 at, PointerKind kind, long long id) {
    const InputKind input = kind == PointerKind::Touch ? InputKind::Touch : InputKind::Mouse;
    if (l.input != input) {
        l.input = input;
        l.changed = true;
    }
    if (!l.layout.plane.contains(at) || l.overlay.contains(at)) return false;
    if (!press(l.drag, l.plane, tips_of(l.state), at, kind, id, tip_on_top(l))) return false;
    l.selected = l.drag.held;
    if (showing_vectors(l)) {
        set_query(l, size_t(l.drag.held));
        l.drag = Drag{};  // a pick, not a drag
    }
    return true;
}

bool pointer_move(Lesson& l, Vec2 at, PointerKind kind, long long id) {
    const std::vector<Vec2> tips = tips_of(l.state);
    const Vec2 held_tip = l.drag.held >= 0 && size_t(l.drag.held) < tips.size() ? tips[size_t(l.drag.held)] : Vec2{};
    DragOptions unsnapped = l.dragOptions;
    unsnapped.snap = 0;  // the grid comes after the goals, below
    Vec2 target;
    if (!move_target(l.drag, l.plane, at, kind, id, unsnapped, held_tip, target)) {
        if (kind != PointerKind::Mouse) return false;
        const Handle over = l.layout.plane.contains(at) ? hit_test(l.plane, tips, at, kind, tip_on_top(l)) : kNoHandle;
        const bool hover_changed = over != l.hovered;
        l.hovered = over;
        return hover_changed;
    }
    // The pointer may leave the canvas mid-drag; the tip stays on the plane.
    target = clamp_to_plane(l.plane, target, kEdgeMarginPx);
    const std::optional<Vec2> goal = goal_in_reach(l, target);
    const Vec2 tip = goal ? *goal : clamp_coordinates(snap_to(target, l.dragOptions.snap));
    if (size_t(l.drag.held) >= tips.size() || tips[size_t(l.drag.held)] == tip) return false;
    LessonState next = l.state;
    set_tip(next, l.drag.held, tip);
    note_move_of_ab(l, l.drag.held);
    const GoalSnap before = l.goalSnap;
    set_inputs(l, next);
    if (goal) l.goalSnap = {true, before.on ? before.sinceMs : l.nowMs, *goal};
    return true;
}

bool pointer_up(Lesson& l, PointerKind kind, long long id) {
    // The scale stays as it was: a view that zooms on release would move
    // the tip away from under the learner's finger.
    if (!release(l.drag, kind, id)) return false;
    l.keyRows = best_first(l.derived.attention.weights);
    evaluate_exercise(l);
    return true;
}

bool wants_touch(const Lesson& l, Vec2 at) {
    if (l.drag.held != kNoHandle) return true;
    return l.layout.plane.contains(at) && !l.overlay.contains(at) &&
           hit_test(l.plane, tips_of(l.state), at, PointerKind::Touch) != kNoHandle;
}

bool type_vector(Lesson& l, std::string_view vector, std::string_view text) {
    const Handle tip = vector == "a" ? kHandleA : vector == "b" ? kHandleB : kNoHandle;
    const std::optional<Vec2> typed = parse_vec2(text);
    if (tip == kNoHandle || !typed || l.state.mode != Mode::Dot) return false;
    // A typed 1e-17 read "a = (0.00, 0.00)" beside "a·b = 1.0e−17": what is
    // computed with is what the panel can show.
    LessonState next = l.state;
    set_tip(next, tip, clamp_coordinates(*typed));
    set_inputs(l, next);
    return true;
}

bool key_press(Lesson& l, Key key, bool shift) {
    // Fine control and the grid set the arrows' step, as they do a drag's.
    const double grid = l.dragOptions.snap > 0 && !l.dragOptions.fine ? l.dragOptions.snap : 0.0;
    const double step = shift ? kBigNudge : l.dragOptions.fine ? kFineNudge : grid > 0 ? grid : kNudge;
    if (l.input != InputKind::Keyboard) {
        l.input = InputKind::Keyboard;
        l.changed = true;
    }
    if (!view_answers(l.state.mode, key)) return false;
    if (showing_vectors(l)) {
        // One stop for Tab, on the query; the arrows walk the list.
        switch (key) {
            case Key::NextHandle:
            case Key::PrevHandle:
                if (l.selected == int(l.state.query)) return false;
                l.selected = int(l.state.query);
                return true;
            case Key::Left:
            case Key::Up: step_query(l, -1); return true;
            case Key::Right:
            case Key::Down: step_query(l, 1); return true;
            default: break;
        }
    }
    switch (key) {
        case Key::NextHandle:
            if (l.selected >= tab_count(l.state) - 1) return false;  // let focus move on
            l.selected = std::max(0, l.selected + 1);
            return true;
        case Key::PrevHandle:
            if (l.selected == 0) return false;
            l.selected = l.selected < 0 ? tab_count(l.state) - 1 : std::min(l.selected, tab_count(l.state)) - 1;
            return true;
        case Key::Left: return move_selected(l, {-step, 0});
        case Key::Right: return move_selected(l, {step, 0});
        case Key::Up: return move_selected(l, {0, step});
        case Key::Down: return move_selected(l, {0, -step});
        case Key::Reset: reset_inputs(l); return true;
        case Key::Choice1: choose_prediction(l, 0); return true;
        case Key::Choice2: choose_prediction(l, 1); return true;
        case Key::Choice3: choose_prediction(l, 2); return true;
        case Key::NextExercise: go_to_exercise(l, l.exercises.active % kExerciseCount + 1); return true;
        case Key::PrevExercise:
            go_to_exercise(l, (l.exercises.active + kExerciseCount - 2) % kExerciseCount + 1);
            return true;
        case Key::ToggleSnap: l.dragOptions.snap = l.dragOptions.snap > 0 ? 0 : kDefaultSnap; return true;
        case Key::ToggleFine: l.dragOptions.fine = !l.dragOptions.fine; return true;
        case Key::ToggleNormalize: toggle_normalize(l); return true;
        case Key::AddKey: add_key(l); return true;
        case Key::RemoveKey: remove_key(l); return true;
        case Key::ScaleDown:
        case Key::ScaleUp: change_scale(l, key); return true;
        case Key::ToggleFreeScale: toggle_free_scale(l); return true;
        case Key::ToggleAxes: toggle_axes(l); return true;
        case Key::NextStep:
            if (l.state.mode != Mode::Attention) return false;
            set_attention_step(l, l.attentionStep % kAttentionSteps + 1);
            return true;
        case Key::RetryExercise:
            if (!exercise_on_show(l) || !active_progress(l).done) return false;
            retry_exercise(l);
            return true;
    }
    return false;
}

namespace {

std::string tip_name(const Lesson& l, int index) {
    const LessonState& s = l.state;
    switch (s.mode) {
        case Mode::Dot: return index == 0 ? "a" : "b";
        case Mode::Attention: {
            const AttentionTip t = attention_tip(index, s.keys.size());
            if (t.kind == AttentionTip::Query) return "the query q";
            return (t.kind == AttentionTip::Key ? "key " : "value ") + std::to_string(t.index + 1);
        }
        case Mode::Retrieval:
            if (s.vectors) return "the query, " + s.vectors->store.labels[size_t(index)];
            return index == 0 ? "the query q" : "document " + s.docs[size_t(index - 1)].label;
        case Mode::Projection: return index == 0 ? "the direction u" : "point " + std::to_string(index);
    }
    return "";
}

// "key 2 at 0.10, 1.50": the tip the keyboard has selected, where it is;
// empty when none is.
std::string selected_tip_words(const Lesson& l) {
    const std::vector<Vec2> tips = tips_of(l.state);
    if (l.selected < 0 || size_t(l.selected) >= tips.size()) return "";
    const Vec2 at = tips[size_t(l.selected)];
    return tip_name(l, l.selected) + " at " + format_number(at.x, 2, MinusSign::Ascii) + ", " +
           format_number(at.y, 2, MinusSign::Ascii);
}

std::string on_off(bool on) { return on ? " on." : " off."; }

}  // namespace

std::string key_spoken(const Lesson& l, Key key) {
    switch (key) {
        case Key::NextHandle:
        case Key::PrevHandle: {
            const std::string tip = selected_tip_words(l);
            if (tip.empty()) return "";
            const size_t at = tip.rfind(" at ");  // a label may hold " at " too
            return tip.substr(0, at) + " selected," + tip.substr(at) + ".";
        }
        case Key::ToggleSnap: return "Snap to the grid" + on_off(l.dragOptions.snap > 0);
        case Key::ToggleFine: return "Fine control" + on_off(l.dragOptions.fine);
        case Key::ToggleNormalize:
            return (l.state.mode == Mode::Dot ? "Unit vectors" : "Normalize all to length 1") +
                   on_off(l.state.mode == Mode::Dot ? l.normalized : l.state.norm);
        case Key::ToggleFreeScale: return "Free temperature" + on_off(l.freeScale);
        case Key::ToggleAxes: return "Principal components" + on_off(l.state.axes);
        case Key::NextStep: {
            static const char* const kSteps[] = {"the scores", "the weights", "the output, all steps",
                                                 "why the scores are divided by the square root of d"};
            static_assert(std::size(kSteps) == kAttentionSteps);
            return "Step " + std::to_string(l.attentionStep) + " of " + std::to_string(kAttentionSteps) + ": " +
                   kSteps[l.attentionStep - 1] + ".";
        }
        default: return "";
    }
}

void set_focus(Lesson& l, bool focused, bool backwards, bool select) {
    l.focused = focused;
    // Focus that selects a tip came by the keyboard: the card speaks of keys
    // from now, not of clicks, before any key is pressed.
    if (focused && select && l.input != InputKind::Keyboard) {
        l.input = InputKind::Keyboard;
        l.changed = true;
    }
    l.selected = !(focused && select) ? kNoHandle
                 : showing_vectors(l) ? int(l.state.query)
                 : backwards          ? tab_count(l.state) - 1
                                      : 0;
}

Mode exercise_mode(int id) { return id == kWidestExercise ? Mode::Projection : Mode::Dot; }

bool can_show_axes(const Lesson& l) {
    return l.initial.axes || progress_of(l.exercises, kWidestExercise).done || !l.derived.projection.elongated;
}

void toggle_axes(Lesson& l) {
    if (!can_show_axes(l)) return;
    LessonState next = l.state;
    next.axes = !next.axes;
    set_inputs(l, next);
}

bool axes_drawn(const Lesson& l) {
    const ExerciseProgress& p = progress_of(l.exercises, kWidestExercise);
    const bool searching = l.exercises.active == kWidestExercise && p.predicted && !p.done;
    return l.state.axes && l.derived.projection.elongated && !searching;
}

bool peak_ringed(const Lesson& l) {
    const ExerciseProgress& p = progress_of(l.exercises, kWidestExercise);
    const bool asking = l.exercises.active == kWidestExercise && !p.predicted && !p.done;
    return l.derived.projection.elongated && !asking;
}

void open_exercise(Lesson& l, int id) {
    if (!is_exercise_id(id)) return;
    leave_exercise(l, id);
    l.exercises.active = id;
    if (view_of(l.state.mode).exercises && l.state.mode != exercise_mode(id)) set_mode(l, exercise_mode(id));
    l.exercises.bStart = l.state.b;
    // A keyboard user (a tip selected) starts on the tip the task is about:
    // exercise 3's first Shift+→ moved a, not b.
    if (l.selected != kNoHandle && exercise_on_show(l)) l.selected = first_tip_of_exercise(id);
    l.predictFirst = false;
    l.goalSnap.on = false;
    l.progressChanged = true;
    l.changed = true;
    if (l.drag.held == kNoHandle) refit_plane(l);
    evaluate_exercise(l);
}

void go_to_exercise(Lesson& l, int id) {
    if (!is_exercise_id(id)) return;
    // Each exercise starts afresh: what the last one left (b at right angles,
    // or ten units long) would give this one away or shrink its goal.
    LessonState next = l.state;
    next.a = l.initial.a;
    next.b = l.initial.b;
    next.u = l.initial.u;
    const LessonState defaults;
    if (id == kUnitExercise && next.a == defaults.a && next.b == defaults.b) {
        next.a = kUnitStartA;
        next.b = kUnitStartB;
    }
    leave_exercise(l, id);
    l.exercises.active = id;  // before the view changes, so it keeps this exercise
    if (view_of(next.mode).exercises) next.mode = exercise_mode(id);
    l.normalized = false;
    set_inputs(l, next);
    open_exercise(l, id);
}

bool can_predict(const Lesson& l) {
    const ExerciseProgress& progress = active_progress(l);
    // A prediction stands once the learner has moved, and at once where what
    // follows it shows the answer: the fifth's curve, its peak ringed.
    const bool answer_shown = l.exercises.active == kWidestExercise && peak_ringed(l);
    return !progress.done && !(progress.predicted && (l.movedSincePrediction || answer_shown));
}

void choose_prediction(Lesson& l, int choice) {
    if (!can_predict(l) || choice < 0 || choice > 2) return;
    ExerciseProgress& progress = progress_of(l.exercises, l.exercises.active);
    progress.predicted = choice;
    // The stretch is measured from b as it is now.
    l.exercises.bStart = l.state.b;
    l.movedSincePrediction = false;
    l.offGoalSincePrediction = false;
    l.predictFirst = false;
    // The exercises are about a·b itself, not the unit vectors' cosine.
    l.normalized = false;
    l.progressChanged = true;
    l.changed = true;
    if (l.drag.held == kNoHandle) refit_plane(l);
    evaluate_exercise(l);
}

void retry_exercise(Lesson& l) {
    const int id = l.exercises.active;
    progress_of(l.exercises, id) = ExerciseProgress{};
    go_to_exercise(l, id);  // from its starting vectors, as the first time
}

void reset_progress(Lesson& l) {
    l.exercises = ExerciseSession{};
    l.exercises.bStart = l.state.b;
    l.predictFirst = false;
    l.progressChanged = true;
    l.changed = true;
    refit_plane(l);
    evaluate_exercise(l);
}

namespace {

// The card's symbols as a screen reader should say them.
std::string speakable(std::string text) {
    static const std::pair<const char*, const char*> kWords[] = {
        {"\u2016a\u2016\u2016b\u2016", "the length of a times the length of b"},
        {"\u2016a\u2016", "the length of a"},
        {"\u2016b\u2016", "the length of b"},
        {"a\u00b7b", "a dot b"},
        {"\u00b7", " times "},
        {"\u03b8", "theta"},
        {"\u2212", "minus "},
        {"\u2248", "about"},
        {"\u00d7", " times"},
        {"\u00b0", " degrees"},
        {"\u2192", " to"},
    };
    for (const auto& [symbol, words] : kWords)
        for (size_t at = text.find(symbol); at != std::string::npos; at = text.find(symbol, at + std::strlen(words)))
            text.replace(at, std::strlen(symbol), words);
    return text;
}

}  // namespace

std::string chart_spoken(const Lesson& l) {
    if (l.state.mode != Mode::Attention || l.freeScale) return "";
    return "The chart of why scores are divided by \u221ad uses random vectors of d = " + std::to_string(l.dimension) +
           " components.";
}

std::string spoken_summary(const Lesson& l) {
    // Attention's steps before the output say what their panel shows.
    const bool attention_step = l.state.mode == Mode::Attention && l.attentionStep != kOutputStep;
    std::string readouts = attention_step ? attention_keys_spoken(l.state, l.derived, l.attentionStep == kScoresStep)
                                          : view_of(l.state.mode).spoken(l.state, l.derived);
    // A key, a value, a document or a point the keyboard moves is said
    // first: the summary names the query (or u) and the leaders, not it.
    if (l.state.mode != Mode::Dot && l.input == InputKind::Keyboard && l.selected > 0)
        if (const std::string tip = selected_tip_words(l); !tip.empty()) readouts = tip + ". " + readouts;
    if (view_of(l.state.mode).exercises && l.predictFirst) return std::string(kPredictFirst) + " " + readouts;
    // How far the goal is, while it is being worked on (the card draws it).
    if (exercise_in_play(l) && !l.check.evidence.empty()) {
        std::string goal = speakable(l.check.evidence);
        if (goal.back() != '.') goal += '.';
        readouts += " Now: " + goal;
    }
    return readouts;
}

namespace {

// The verdict on a finished exercise and why it matters, as the card draws them.
std::string verdict_words(const ExerciseText& e, const ExerciseProgress& p) {
    const int predicted = p.predicted.value_or(0);
    // A right prediction's feedback opens "Just as you said"; a wrong one's
    // explains, and the card marks the right choice, which a listener needs said.
    std::string words = predicted == e.correctChoice
                            ? ""
                            : "Not as you predicted: the answer is " + std::to_string(e.correctChoice + 1) + ", " +
                                  e.choices[size_t(e.correctChoice)] + ". ";
    words += e.feedback[size_t(predicted)];
    if (!p.proof.empty()) words += " At the goal: " + p.proof + ".";
    return words + " Why it matters: " + e.why;
}

}  // namespace

std::string exercise_done_spoken(const Lesson& l, int id) {
    if (!is_exercise_id(id)) return "";
    const int done = done_count(l.exercises);
    std::string text = "Exercise " + std::to_string(id) + " done. " +
                       verdict_words(exercise_text(id), progress_of(l.exercises, id)) + " ";
    text += done == kExerciseCount
                ? std::string("All exercises done.")
                : std::to_string(done) + " of " + std::to_string(kExerciseCount) + " exercises done.";
    return speakable(text);
}

std::string exercise_spoken(const Lesson& l) {
    if (!exercise_on_show(l)) return "";
    const int id = l.exercises.active;
    const ExerciseText& e = exercise_text(id);
    const ExerciseProgress& p = progress_of(l.exercises, id);
    std::string text =
        "Exercise " + std::to_string(id) + " of " + std::to_string(kExerciseCount) + ", " + e.title + ": " + e.task;
    if (p.done && p.earlier) {
        text += " Done earlier.";
    } else if (p.done) {
        text += " Done. " + verdict_words(e, p);
    } else if (p.predicted) {
        text += " You predicted " + std::to_string(*p.predicted + 1) + ": " + e.choices[size_t(*p.predicted)] + ". " +
                e.action + " The lesson checks it when the vector comes to rest.";
        // On the goal from before the prediction: only a move made since counts.
        if (l.check.passed && !l.offGoalSincePrediction)
            text +=
                std::string(" It is on the goal already, from before your prediction: move it away and back") +
                (l.input == InputKind::Keyboard ? " (Shift with an arrow moves it a whole unit, clear of it)." : ".");
    } else {
        text += " First predict what will happen: press 1, 2 or 3.";
        for (size_t i = 0; i < e.choices.size(); ++i) text += " " + std::to_string(i + 1) + ": " + e.choices[i] + ".";
    }
    return speakable(text);
}

Vec2 stretch_start(const Lesson& l) { return active_progress(l).predicted ? l.exercises.bStart : l.state.b; }

}  // namespace dotlab
