// The lesson controller without a browser: fingers and a mouse releasing
// near each exercise's goal, the order predict-then-drag, keyboard focus and
// steps, drag capture, and the layout's breakpoints.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>

#include "core/format.h"
#include "core/goals.h"
#include "core/lesson.h"
#include "core/state_codec.h"
#include "core/views.h"

using namespace dotlab;

namespace {

// A small generator of our own: the same numbers natively and in wasm.
struct Random {
    std::uint64_t state;
    double next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return double((z ^ (z >> 31)) >> 11) / 9007199254740992.0;
    }
    double between(double lo, double hi) { return lo + (hi - lo) * next(); }
};

double hundredths(double v) { return std::round(v * 100) / 100; }
Vec2 polar(double length, double radians) {
    return {hundredths(length * std::cos(radians)), hundredths(length * std::sin(radians))};
}

struct Device {
    const char* name;
    double width, viewport;
    PointerKind kind;
};
const Device kPhone{"phone 390x844, touch", 390, 660, PointerKind::Touch};
const Device kDesktop{"desktop 1280x800, mouse", 1240, 800, PointerKind::Mouse};

// A lesson laid out as on the device, with content heights like the app's.
Lesson lesson_on(const Device& device, Vec2 a, Vec2 b, int exercise) {
    Lesson l;
    set_screen(l, {device.viewport, device.kind == PointerKind::Touch, false});
    LessonState s;
    s.a = a;
    s.b = b;
    set_inputs(l, s);
    l.sizes.stripContent = 380;
    l.sizes.panelContent = 720;
    set_size(l, device.width, preferred_height(l, device.width));
    open_exercise(l, exercise);
    return l;
}

Vec2 tip(const Lesson& l, Handle h) { return tips_of(l.state)[size_t(h)]; }
Vec2 screen(const Lesson& l, Vec2 world) { return to_screen(l.plane, world); }

// Presses on the tip, moves in steps to `to` (CSS px) and lets go.
void drag_to(Lesson& l, Handle h, Vec2 to, PointerKind kind, bool release = true) {
    const Vec2 from = screen(l, tip(l, h));
    REQUIRE(pointer_down(l, from, kind, 1));
    for (int i = 1; i <= 12; ++i) pointer_move(l, from + (i / 12.0) * (to - from), kind, 1);
    if (release) REQUIRE(pointer_up(l, kind, 1));
}

// A fingertip's miss: `px` CSS px from the goal point in direction `angle`.
Vec2 off_by(const Lesson& l, Vec2 goal_world, double px, double angle) {
    return screen(l, goal_world) + px * Vec2{std::cos(angle), std::sin(angle)};
}

// Random start vectors that leave each exercise something to do.
void random_start(Random& rng, int exercise, Vec2& a, Vec2& b) {
    for (;;) {
        a = polar(rng.between(1.5, 3.5), rng.between(0, 2 * kPi));
        b = polar(rng.between(exercise == 3 ? 0.6 : 1.0, exercise == 3 ? 1.1 : 3.0), rng.between(0, 2 * kPi));
        const double cos = dot(a, b) / (norm(a) * norm(b));
        if (exercise == 1 && std::abs(cos) < 0.3) continue;
        if (exercise == 2 && cos < -0.5) continue;
        return;
    }
}

// The goal point of exercise `id` for the vector about to move.
Vec2 goal_point(const Lesson& l, int id, Handle moving) {
    const Vec2 a = l.state.a, b = l.state.b;
    const double length = norm(moving == kHandleA ? a : b);
    const Vec2 a_hat = (1.0 / norm(a)) * a;
    switch (id) {
        case 1: {
            const Vec2 across{-a_hat.y, a_hat.x};
            return (dot(b, across) >= 0 ? length : -length) * across;
        }
        case 2: return -length * a_hat;
        case 3: return kStretchFactor * b;
        default: return a_hat;  // 4: the unit point on a's line
    }
}

void predict(Lesson& l, int id) { choose_prediction(l, exercise_text(id).correctChoice); }

}  // namespace

// Runs `release` on a fresh lesson for each of 20 seeds × the 4 exercises
// about a and b × a phone and a desktop: random start vectors, the right
// prediction made.
template <typename Release>
void sweep(std::uint64_t salt, Release release) {
    for (const Device& device : {kPhone, kDesktop}) {
        for (int id = 1; id <= kDotExercises; ++id) {
            for (std::uint64_t seed = 1; seed <= 20; ++seed) {
                Random rng{seed * salt + std::uint64_t(id)};
                Vec2 a, b;
                random_start(rng, id, a, b);
                Lesson l = lesson_on(device, a, b, id);
                predict(l, id);
                INFO(device.name << ", exercise " << id << ", seed " << seed << ", a = (" << a.x << ", " << a.y
                                 << "), b = (" << b.x << ", " << b.y << ")");
                release(l, device, id, rng);
            }
        }
    }
}

TEST_CASE("160 releases 8 px off the goal all complete their exercise", "[lesson][sweep]") {
    int completed = 0;
    sweep(7919, [&](Lesson& l, const Device& device, int id, Random& rng) {
        if (id == 4) {
            drag_to(l, kHandleA, off_by(l, goal_point(l, id, kHandleA), 8, rng.between(0, 2 * kPi)), device.kind);
            CHECK(std::abs(norm(l.state.a) - 1) < 0.005);
        }
        drag_to(l, kHandleB, off_by(l, goal_point(l, id, kHandleB), 8, rng.between(0, 2 * kPi)), device.kind);
        CHECK(l.goalSnap.on);
        CHECK(progress_of(l.exercises, id).done);
        completed += progress_of(l.exercises, id).done ? 1 : 0;
    });
    CHECK(completed == 160);
}

// The checks keep their own tolerances (a wide miss can still pass the
// opposite exercise's cos θ ≤ −0.98); what must not happen is the pull.
TEST_CASE("releases 20 px off the goal do not snap", "[lesson][sweep]") {
    sweep(104729, [&](Lesson& l, const Device& device, int id, Random& rng) {
        const Handle moving = id == 4 ? kHandleA : kHandleB;
        const Vec2 goal = goal_point(l, id, moving);
        // Across a line goal, along the radius for the circle (a miss along
        // the line or the circle is still on it).
        const Vec2 g = screen(l, goal) - screen(l, {0, 0});
        double angle = std::atan2(g.y, g.x);
        if (id == 1 || id == 2) angle += kPi / 2;
        if (id == 3) angle = rng.between(0, 2 * kPi);
        REQUIRE(goal_reach(norm(goal), pixels_per_unit(l.plane)) * pixels_per_unit(l.plane) < 20);
        const Vec2 release = off_by(l, goal, 20, angle);
        drag_to(l, moving, release, device.kind);
        CHECK_FALSE(l.goalSnap.on);
        // A release the check passes finishes the exercise, which lands the
        // tip on the goal; any other stays where it was let go.
        if (progress_of(l.exercises, id).done) {
            CHECK(l.check.exact);
            return;
        }
        const Vec2 landed = to_world(l.plane, release);
        CHECK(std::abs(tip(l, moving).x - landed.x) < 0.006);
        CHECK(std::abs(tip(l, moving).y - landed.y) < 0.006);
    });
}

TEST_CASE("Fine mode turns the pull off; the goal wins over the grid", "[lesson]") {
    Lesson fine = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    predict(fine, 1);
    fine.dragOptions.fine = true;
    const Vec2 goal = goal_point(fine, 1, kHandleB);
    // Fine moves the tip a quarter as far as the pointer: aim four times as far.
    const Vec2 from = screen(fine, fine.state.b);
    drag_to(fine, kHandleB, from + 4.0 * (off_by(fine, goal, 1, 0.3) - from), PointerKind::Touch, false);
    CHECK_FALSE(fine.goalSnap.on);
    CHECK(dot(fine.state.a, fine.state.b) != 0.0);
    // Let go within the check's tolerance: finished, and landed on the goal.
    REQUIRE(pointer_up(fine, PointerKind::Touch, 1));
    CHECK(progress_of(fine.exercises, 1).done);
    CHECK(fine.check.exact);

    Lesson grid = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    predict(grid, 1);
    grid.dragOptions.snap = kDefaultSnap;
    drag_to(grid, kHandleB, off_by(grid, goal_point(grid, 1, kHandleB), 8, 2.0), PointerKind::Touch);
    CHECK(grid.goalSnap.on);
    CHECK(dot(grid.state.a, grid.state.b) == 0.0);
}

TEST_CASE("a finished exercise lands its tips on the goal, where the numbers read what the verdict says",
          "[lesson][exercises]") {
    // Spots each check passes within its tolerance, off the goal as printed
    // (keys move by 0.1, a fine drag has no pull, numbers can be typed).
    struct Case {
        int id;
        Vec2 a, b;
    };
    for (const Case& c : {Case{1, {3, 1}, {-0.7, 2.13}}, Case{2, {3, 1}, {-2, -0.8}}, Case{3, {3, 1}, {3.05, 6}},
                          Case{4, {0.97, 0.1}, {0.99, 0.05}}}) {
        INFO("exercise " << c.id);
        Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, c.id);
        predict(l, c.id);
        LessonState next = l.state;
        next.a = c.a;
        next.b = c.b;
        set_inputs(l, next);
        REQUIRE(progress_of(l.exercises, c.id).done);
        CHECK(l.check.passed);
        CHECK(l.check.exact);
        CHECK(distance(l.state.b, c.b) < 0.15);                 // a nudge of a few degrees or hundredths
        if (c.id == 4) CHECK(distance(l.state.a, c.a) < 0.05);  // a keeps its direction
        const DotReadouts r = make_dot_readouts(l.state.a, l.state.b, l.derived.dot);
        if (c.id == 1) CHECK(r.dotAlgebraic == "0.00");
        if (c.id == 2) CHECK(r.cos == "\u22121.000");
        if (c.id == 4) CHECK(r.cos == "1.000");
    }
    // The widest direction: u 1.5° off the first component.
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 4);
    go_to_exercise(l, 5);
    predict(l, 5);
    LessonState next = l.state;
    next.u = direction_at(l.derived.projection.widestDeg + 1.5);
    set_inputs(l, next);
    REQUIRE(progress_of(l.exercises, 5).done);
    CHECK(l.check.exact);
    CHECK(l.derived.projection.gapToWidestDeg < 1e-9);
    // Moved off afterwards, within the tolerance: passed, but not exact, so
    // no ✓ beside a number that is not the goal's.
    Lesson moved = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    predict(moved, 1);
    next = moved.state;
    next.b = {-0.7, 2.13};
    set_inputs(moved, next);
    next = moved.state;
    next.b = {-0.7, 2.13};
    set_inputs(moved, next);
    CHECK(moved.check.passed);
    CHECK_FALSE(moved.check.exact);
}

TEST_CASE("the verdict cites the numbers at the goal, for this visit only", "[lesson][exercises]") {
    // The stretch from b = (1, 2): a·b 5 → 15 while cos θ stays.
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 3);
    predict(l, 1);
    LessonState next = l.state;
    next.b = {3.02, 6.01};
    set_inputs(l, next);
    REQUIRE(progress_of(l.exercises, 3).done);
    const std::string proof = progress_of(l.exercises, 3).proof;
    CHECK(proof == "a\u00b7b 5.00 \u2192 15.00, cos \u03b8 0.707 \u2192 0.707");
    CHECK(exercise_spoken(l).find("At the goal: a dot b 5.00") != std::string::npos);
    // Moved on and back, the vectors on show are not the ones that did it.
    go_to_exercise(l, 4);
    go_to_exercise(l, 3);
    CHECK(progress_of(l.exercises, 3).earlier);
    CHECK(progress_of(l.exercises, 3).proof.empty());
    // Each exercise's proof names the numbers its verdict is about.
    Lesson right_angle = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    predict(right_angle, 1);
    next = right_angle.state;
    next.b = {-1, 3};
    set_inputs(right_angle, next);
    CHECK(progress_of(right_angle.exercises, 1).proof ==
          "\u2016a\u2016\u2016b\u2016 cos \u03b8 = 10.00\u00b70.000 = 0.00");
}

TEST_CASE("a key answers only in the view whose controls it names", "[lesson][keys]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    LessonState next = l.state;
    next.mode = Mode::Retrieval;
    set_inputs(l, next);
    const size_t keys = l.state.keys.size();
    // Another view's controls, out of sight: nothing changes, and the key
    // is the browser's.
    for (Key key : {Key::ToggleSnap, Key::ToggleFine, Key::AddKey, Key::ToggleFreeScale, Key::ToggleAxes, Key::Choice1,
                    Key::NextExercise, Key::NextStep})
        CHECK_FALSE(key_press(l, key, false));
    CHECK(l.dragOptions.snap == 0);
    CHECK_FALSE(l.dragOptions.fine);
    CHECK_FALSE(l.freeScale);
    CHECK(l.state.keys.size() == keys);
    CHECK(l.exercises.active == 1);
    CHECK_FALSE(progress_of(l.exercises, 1).predicted);
    CHECK(key_press(l, Key::ToggleNormalize, false));  // retrieval's own
    // Every view's help names the keys it answers; each view answers its own.
    for (const View& view : all_views())
        for (int k = int(Key::NextHandle); k <= int(Key::NextStep); ++k)
            if (view.ownKeys & key_bit(Key(k))) CHECK(view_answers(view.mode, Key(k)));
    CHECK(view_answers(Mode::Dot, Key::ToggleSnap));
    CHECK_FALSE(view_answers(Mode::Attention, Key::ToggleSnap));
}

TEST_CASE("attention in words counts the keys left unsaid, one as one", "[lesson][a11y]") {
    LessonState s;
    s.mode = Mode::Attention;
    s.keys.push_back({1, 1});
    s.values.push_back({1, 0});
    std::string said = view_of(Mode::Attention).spoken(s, derive(s));
    CHECK(said.find(", and 1 more key. ") != std::string::npos);
    s.keys.push_back({2, 1});
    s.values.push_back({0, 1});
    said = view_of(Mode::Attention).spoken(s, derive(s));
    CHECK(said.find(", and 2 more keys. ") != std::string::npos);
}

TEST_CASE("a key or a document the keyboard moves is said first", "[lesson][a11y]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    set_mode(l, Mode::Attention);
    set_focus(l, true, false, true);
    key_press(l, Key::NextHandle, false);  // key 1
    key_press(l, Key::NextHandle, false);  // value 1
    key_press(l, Key::NextHandle, false);  // key 2
    key_press(l, Key::Right, false);
    CHECK(spoken_summary(l).rfind("key 2 at 0.10, 1.50. The query q is at", 0) == 0);
    set_mode(l, Mode::Dot);
    CHECK(spoken_summary(l).rfind("a dot b is", 0) == 0);
}

TEST_CASE("the document in focus: in hand, else the dot product's winner", "[lesson]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    set_mode(l, Mode::Retrieval);
    REQUIRE(l.state.docs[size_t(l.derived.retrieval.byDot[0])].label == "encyclopedia");
    CHECK(document_in_focus(l) == l.derived.retrieval.byDot[0]);
    l.hovered = 2;  // cat's tip
    CHECK(document_in_focus(l) == 1);
    l.hovered = 0;  // q's tip: no document
    CHECK(document_in_focus(l) == l.derived.retrieval.byDot[0]);
    l.state.docs.clear();
    l.derived.retrieval = {};
    CHECK(document_in_focus(l) == -1);
}

TEST_CASE("Home resets the view on show, not the others", "[lesson][keys]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    LessonState next = l.state;
    next.a = {-2, 0.5};
    next.mode = Mode::Attention;
    next.q = {-1, -1};
    next.keys.push_back({2, 2});
    next.values.push_back({0, 1});
    set_inputs(l, next);
    CHECK(key_press(l, Key::Reset, false));
    const LessonState defaults;
    CHECK(l.state.q == defaults.q);
    CHECK(l.state.keys == defaults.keys);
    CHECK(l.state.values == defaults.values);
    CHECK(l.state.a == Vec2{-2, 0.5});  // the dot view's, untouched
    CHECK(l.state.mode == Mode::Attention);
}

TEST_CASE("a panel that grows after a drag leaves the plane's scale alone", "[lesson][layout]") {
    for (const Device& device : {kPhone, kDesktop}) {
        INFO(device.name);
        Lesson l = lesson_on(device, {3, 1}, {1, 2}, 1);
        predict(l, 1);
        // b's tip to 15 px under the plane's top edge: drags never rescale.
        const Vec2 near_edge{screen(l, l.state.b).x, l.layout.plane.y + 15};
        drag_to(l, kHandleB, near_edge, device.kind);
        const double scale = pixels_per_unit(l.plane);
        // The verdict lengthens the panel (and on a desktop the canvas).
        set_content_heights(l, l.sizes.stripContent, l.sizes.panelContent + 200);
        set_size(l, device.width, preferred_height(l, device.width));
        CHECK(pixels_per_unit(l.plane) == scale);
    }
}

TEST_CASE("a drag before the prediction asks for one and does not count", "[lesson]") {
    Lesson l = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    const Vec2 goal{-0.71, 2.13};  // at right angles to a
    drag_to(l, kHandleB, screen(l, goal), PointerKind::Touch);
    CHECK(l.predictFirst);
    CHECK_FALSE(l.goalSnap.on);  // no pull before a prediction
    CHECK_FALSE(progress_of(l.exercises, 1).done);
    predict(l, 1);
    CHECK_FALSE(l.predictFirst);
    CHECK(l.check.passed);                          // already there...
    CHECK_FALSE(progress_of(l.exercises, 1).done);  // ...but not by a move made since the prediction
    drag_to(l, kHandleB, screen(l, {1, 2}), PointerKind::Touch);
    drag_to(l, kHandleB, off_by(l, goal_point(l, 1, kHandleB), 5, 1.0), PointerKind::Touch);
    CHECK(progress_of(l.exercises, 1).done);
}

TEST_CASE("an exercise completes only at rest", "[lesson]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 2);
    predict(l, 2);
    drag_to(l, kHandleB, screen(l, goal_point(l, 2, kHandleB)), PointerKind::Mouse, false);
    CHECK(l.check.passed);
    CHECK_FALSE(progress_of(l.exercises, 2).done);  // still held
    REQUIRE(pointer_up(l, PointerKind::Mouse, 1));
    CHECK(progress_of(l.exercises, 2).done);
    CHECK_FALSE(progress_of(l.exercises, 2).earlier);  // done now, with the vectors on show
    REQUIRE(l.completions.size() == 1);
    CHECK(l.completions[0].correct);
    // Another view with no exercises leaves the vectors, and the verdict, as they were ...
    set_mode(l, Mode::Attention);
    set_mode(l, Mode::Dot);
    CHECK_FALSE(progress_of(l.exercises, 2).earlier);
    // ... moving on does not: back at it, the verdict speaks of then.
    go_to_exercise(l, 3);
    go_to_exercise(l, 2);
    CHECK(progress_of(l.exercises, 2).earlier);
    CHECK_FALSE(progress_of(l.exercises, 3).earlier);  // not done: nothing to speak of
}

TEST_CASE("the stretch exercise makes room for 3·b₀", "[lesson]") {
    Lesson l = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    CHECK(l.plane.halfExtent == 4);
    open_exercise(l, 3);
    CHECK(visible_half_size(l.plane).y >= 6 + 12 / pixels_per_unit(l.plane));
    // b moved before the prediction: the room follows it at the prediction.
    drag_to(l, kHandleB, screen(l, {0.5, 1.5}), PointerKind::Touch);
    predict(l, 3);
    CHECK(l.exercises.bStart == Vec2{0.5, 1.5});
    CHECK(l.plane.halfExtent == 6);  // 4.5 with a margin, whole units
    drag_to(l, kHandleB, off_by(l, {1.5, 4.5}, 8, 0.5), PointerKind::Touch);
    CHECK(l.state.b == Vec2{1.5, 4.5});
    CHECK(progress_of(l.exercises, 3).done);
}

TEST_CASE("a second pointer neither steals nor releases the drag", "[lesson]") {
    Lesson l = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    const Vec2 b = screen(l, l.state.b);
    REQUIRE(pointer_down(l, b, PointerKind::Touch, 1));
    CHECK_FALSE(pointer_down(l, screen(l, l.state.a), PointerKind::Touch, 2));
    CHECK_FALSE(pointer_up(l, PointerKind::Touch, 2));
    CHECK(pointer_move(l, b + Vec2{-30, 0}, PointerKind::Touch, 1));
    CHECK_FALSE(pointer_move(l, b + Vec2{-90, 0}, PointerKind::Touch, 2));
    CHECK(pointer_up(l, PointerKind::Touch, 1));
    CHECK(l.drag.held == kNoHandle);
    CHECK(l.state.a == Vec2{3, 1});
    // Released outside the canvas, the tip stays on the plane.
    REQUIRE(pointer_down(l, screen(l, l.state.b), PointerKind::Mouse, 0));
    pointer_move(l, {-500, -500}, PointerKind::Mouse, 0);
    REQUIRE(pointer_up(l, PointerKind::Mouse, 0));
    CHECK(l.plane.screen.contains(screen(l, l.state.b)));
}

TEST_CASE("Tab walks the tips and then lets focus leave; keys move by steps within limits", "[lesson]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    set_focus(l, true, false);
    CHECK(l.selected == kHandleA);
    CHECK(l.input == InputKind::Keyboard);  // by Tab: the card speaks of keys before any is pressed
    CHECK(key_press(l, Key::NextHandle, false));
    CHECK(l.selected == kHandleB);
    CHECK_FALSE(key_press(l, Key::NextHandle, false));  // past b: focus moves on
    set_focus(l, true, true);
    CHECK(l.selected == kHandleB);  // coming back with Shift+Tab
    CHECK(key_press(l, Key::PrevHandle, false));
    CHECK_FALSE(key_press(l, Key::PrevHandle, false));
    key_press(l, Key::Right, false);
    CHECK(l.state.a == Vec2{3.1, 1});
    key_press(l, Key::Up, true);
    CHECK(l.state.a == Vec2{3.1, 2});
    for (int i = 0; i < 1100; ++i) key_press(l, Key::Left, true);
    CHECK(l.state.a.x == -kMaxCoordinate);
    CHECK(l.input == InputKind::Keyboard);
    set_mode(l, Mode::Attention);
    set_focus(l, true, true);
    CHECK(l.selected == 8);  // q, then four keys with their values
}

// The layout of the dot view at a canvas width in a window of a height,
// with content like the app's, in a canvas of the height it asks for.
Layout dot_layout_at(double width, double viewport_height) {
    LayoutInput in;
    in.width = width;
    in.viewportHeight = viewport_height;
    in.exerciseStrip = true;
    in.stripContent = 380;
    in.panelContent = 700;
    in.height = preferred_height(in);
    return compute_layout(in);
}

TEST_CASE("a fixed frame folds the panel step by step, then the plane gives up room", "[lesson][layout]") {
    Lesson l = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    set_max_height(l, 600);
    set_size(l, 320, 600);
    // The panel as a view measures it: each fold takes 120 px off, down to 120.
    auto measure = [&] {
        for (int frame = 0; frame < 10; ++frame) {
            set_content_heights(l, 330, 600.0 - 120.0 * l.collapse);
            set_size(l, 320, preferred_height(l, 320));  // as the page sizes the canvas
        }
    };
    measure();
    CHECK(l.collapse == kMaxCollapse);
    CHECK(l.layout.plane.h < kMinStackedPlane);  // 330 + 200 + 120 > 600: the plane shrinks
    CHECK(l.layout.plane.h >= kTightStackedPlane);
    CHECK(l.layout.panel.y + 120 <= 600 + 0.5);  // and the folded panel fits under it

    // A taller frame needs fewer folds and keeps the plane's usual minimum.
    set_max_height(l, 900);
    measure();
    CHECK(l.collapse == 2);
    CHECK(l.layout.plane.h >= kMinStackedPlane);
    CHECK(l.layout.panel.y + 360 <= 900 + 0.5);
}

TEST_CASE("beside the panel, a fixed frame's plane may be square and the lesson fills the frame", "[lesson][layout]") {
    // A 700-px course column with a 700-px frame: side by side, a 350-px plane.
    LayoutInput in;
    in.width = 700;
    in.viewportHeight = 700;
    in.maxHeight = 656;
    in.panelContent = 560;
    in.height = preferred_height(in);
    const Layout frame = compute_layout(in);
    REQUIRE_FALSE(frame.stacked);
    CHECK(frame.planeFrame.w == 350);
    CHECK(frame.planeFrame.h == 350);
    CHECK(frame.planeFrame.y == (656 - 350) / 2);  // the origin in the middle of the column
    // The lesson fills the frame, the grid running down its column beside
    // the panel rather than stopping short of the frame's foot.
    CHECK(in.height == in.maxHeight);
    CHECK(frame.plane.h == in.maxHeight);
    CHECK(frame.panel.h == in.maxHeight);

    // The same width on a page keeps the plane a little wider than tall.
    in.maxHeight = 0;
    in.width = 900;
    in.height = preferred_height(in);
    const Layout page = compute_layout(in);
    REQUIRE_FALSE(page.stacked);
    CHECK(page.planeFrame.h == Approx(0.8 * page.planeFrame.w));

    // A short frame still limits the plane to its height.
    in.width = 1280;
    in.viewportHeight = 500;
    in.maxHeight = 456;
    in.height = preferred_height(in);
    CHECK(compute_layout(in).planeFrame.h == 456);
}

TEST_CASE("the layout stacks below 900 px and keeps a phone's exercise in one screen", "[lesson][layout]") {
    const Layout phone = dot_layout_at(390, 844);
    CHECK(phone.stacked);
    CHECK(phone.strip.h == 380);
    CHECK(phone.plane.y == 380);
    CHECK(phone.plane.y + phone.plane.h <= 660);
    CHECK(phone.plane.h >= kMinStackedPlane);
    CHECK(phone.panel.y == phone.plane.y + phone.plane.h);

    // A tablet upright: the plane across its width, not a narrow column
    // beside the panel (768 px wide, the plane was 408 px of it).
    const Layout tablet = dot_layout_at(768, 1024);
    CHECK(tablet.stacked);
    CHECK(tablet.plane.w == 768);

    const Layout desk = dot_layout_at(900, 800);
    CHECK_FALSE(desk.stacked);
    CHECK(desk.strip.h == 0);
    CHECK(desk.panel.w == kPanelWidth);
    CHECK_FALSE(desk.exerciseFirst);

    const Layout landscape = dot_layout_at(844, 390);
    CHECK(landscape.exerciseFirst);
    CHECK(landscape.planeFrame.h <= 390);           // the data fits the screen...
    CHECK(landscape.plane.h == landscape.panel.h);  // ...and the grid runs on beside the panel

    // A small phone on its side is narrower than 900 px, and still side by side.
    const Layout small = dot_layout_at(667, 375);
    CHECK_FALSE(small.stacked);
    CHECK(small.panel.w == 333);
    CHECK(small.planeFrame.h <= 375);
}

TEST_CASE("progress: all five done only when all five are", "[lesson]") {
    ExerciseSession session;
    progress_of(session, 4).predicted = 1;
    progress_of(session, 4).done = true;
    CHECK(done_count(session) == 1);
    CHECK(next_unfinished(session, 4) == 5);
    for (int id = 1; id <= 3; ++id) progress_of(session, id).done = true;
    CHECK(done_count(session) == 4);
    CHECK(next_unfinished(session, 2) == 5);
    progress_of(session, 5).done = true;
    CHECK(done_count(session) == 5);
    CHECK(next_unfinished(session, 2) == 0);
}

TEST_CASE("the fifth exercise: in the projection view, finished by a finger 8 px off", "[lesson]") {
    for (const Device& device : {kPhone, kDesktop}) {
        for (double miss_angle : {0.0, 1.0, 2.0, 3.0, 4.0, 5.0}) {
            INFO(device.name << ", miss toward " << miss_angle);
            Lesson l = lesson_on(device, {3, 1}, {1, 2}, 4);
            go_to_exercise(l, 5);  // from exercise 4, the next: the view changes with it
            REQUIRE(l.state.mode == Mode::Projection);
            REQUIRE(l.exercises.active == 5);
            CHECK(view_of(l.state.mode).exercises);
            CHECK_FALSE(peak_ringed(l));  // the curve's peak would answer the prediction
            predict(l, 5);
            CHECK(peak_ringed(l));  // now the goal to drag to
            const ProjectionDerived& d = l.derived.projection;
            REQUIRE(d.elongated);
            CHECK(l.state.u == LessonState{}.u);  // each exercise starts afresh
            // u's handle to 8 px beside the widest direction's point, 3 units out.
            const Vec2 goal = kDirectionHandleLength * d.axes.first;
            drag_to(l, 0, off_by(l, goal, 8, miss_angle), device.kind);
            CHECK(l.goalSnap.on);
            CHECK(l.derived.projection.gapToWidestDeg < 1e-9);
            CHECK(progress_of(l.exercises, 5).done);
            CHECK(l.check.passed);
        }
    }
}

TEST_CASE("views with exercises show their own; the URL's exercise opens its view", "[lesson]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 2);
    set_mode(l, Mode::Projection);
    CHECK(l.exercises.active == 5);
    set_mode(l, Mode::Attention);  // no exercises here: the active one stays
    CHECK(l.exercises.active == 5);
    set_mode(l, Mode::Dot);
    CHECK(l.exercises.active == 1);  // the first unfinished of the dot view's
    open_exercise(l, 5);
    CHECK(l.state.mode == Mode::Projection);
    go_to_exercise(l, 1);  // next from 5 wraps to 1, back in the dot view
    CHECK(l.state.mode == Mode::Dot);
    CHECK(exercise_for_view(l.exercises, Mode::Retrieval) == 1);
}

TEST_CASE("the fifth exercise: nothing to find in a round cloud; no pull either", "[lesson]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 5);
    LessonState round = l.state;
    round.points = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
    set_inputs(l, round);
    predict(l, 5);
    for (int deg = 0; deg < 360; deg += 30) {
        drag_to(l, 0, screen(l, kDirectionHandleLength * direction_at(deg)), PointerKind::Mouse);
        CHECK_FALSE(l.goalSnap.on);
        CHECK_FALSE(progress_of(l.exercises, 5).done);
    }
    CHECK(l.check.evidence.find("round") != std::string::npos);
}

TEST_CASE("with unit vectors on, the formulas compute with â and b̂ and agree with cos θ", "[lesson]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    key_press(l, Key::ToggleNormalize, false);
    CHECK(l.normalized);
    CHECK(l.unitReadouts.dotAlgebraic == l.readouts.cos);
    CHECK(l.unitReadouts.dotGeometric == l.readouts.cos);
    CHECK(l.unitReadouts.algebraicTerms == "0.949\u00b70.447 + 0.316\u00b70.894");
}

TEST_CASE("a goal's pulse runs once and then lets the lesson sleep", "[lesson]") {
    Lesson l = lesson_on(kPhone, {3, 1}, {1, 2}, 2);
    predict(l, 2);
    l.nowMs = 1000;
    drag_to(l, kHandleB, off_by(l, goal_point(l, 2, kHandleB), 6, 0.2), PointerKind::Touch);
    CHECK(l.goalSnap.on);
    CHECK(is_animating(l));
    l.nowMs = 1000 + kGoalPulseMs + 1;
    CHECK_FALSE(is_animating(l));
    l.screen.reducedMotion = true;
    l.nowMs = 1000;
    CHECK_FALSE(is_animating(l));
}

TEST_CASE("the screen string from the page is read safely", "[lesson]") {
    const Screen s = parse_screen("844,1,0");
    CHECK(s.viewportHeight == 844);
    CHECK(s.coarsePointer);
    CHECK_FALSE(s.reducedMotion);
    CHECK(parse_screen("nonsense").viewportHeight == Screen{}.viewportHeight);
    CHECK(parse_screen("1e308,0,1").viewportHeight == Screen{}.viewportHeight);
    CHECK(parse_screen("1e308,0,1").reducedMotion);
    CHECK_FALSE(parse_screen("1e308,0,1").presenting);
    CHECK(parse_screen("720,0,1,1").reducedMotion);
    CHECK(parse_screen("720,0,1,1").presenting);
    CHECK_FALSE(parse_screen("720,0,0,yes").presenting);
}

TEST_CASE("presenting to a room: the text a step larger, at least 1.25", "[lesson][layout]") {
    CHECK(ui_step(1240) == 1.0);
    CHECK(ui_step(1240, true) == 1.25);
    CHECK(ui_step(1500, true) == 1.5);
    CHECK(ui_step(1880) == 1.5);
    CHECK(ui_step(1880, true) == 2.0);
    CHECK(ui_step(2600, true) == 2.0);  // the largest step stays the largest
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    set_max_height(l, 640);
    Screen room = l.screen;
    room.presenting = true;
    set_screen(l, room);
    CHECK(ui_scale(l) == ui_step(l.sizes.width, true));
    CHECK(ui_scale(l) > ui_step(l.sizes.width));
    CHECK(l.heightChanged);
    CHECK(preferred_height(l, l.sizes.width) == 640);  // still fills the window
    room.presenting = false;
    set_screen(l, room);
    CHECK(ui_scale(l) == ui_step(l.sizes.width));
}

TEST_CASE("the spoken summary follows the view on show", "[lesson]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    CHECK(spoken_summary(l).rfind("a dot b is 5.00.", 0) == 0);
    set_mode(l, Mode::Attention);
    CHECK(spoken_summary(l).rfind("The query q is at 1.00, 0.50", 0) == 0);
    // The chart's sentence stands apart (the page says it when d changes).
    CHECK(spoken_summary(l).find("chart") == std::string::npos);
    set_chart_dimension(l, 16);
    CHECK(chart_spoken(l) ==
          "The chart of why scores are divided by \u221ad uses random vectors of d = 16 components.");
    set_mode(l, Mode::Retrieval);
    CHECK(chart_spoken(l).empty());
    CHECK(spoken_summary(l).rfind("By dot product the top documents are encyclopedia", 0) == 0);
}

TEST_CASE("the exercise card in words: choices, then the prediction, then the verdict", "[lesson][a11y]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    auto says = [&](const char* words) { return exercise_spoken(l).find(words) != std::string::npos; };
    CHECK(exercise_spoken(l).rfind("Exercise 1 of 5, Right angle: Turn b", 0) == 0);
    CHECK(says("press 1, 2 or 3. 1: a dot b gets small"));
    const std::string before = exercise_spoken(l);
    // Symbols a screen reader would misread are words.
    for (const char* symbol : {"\u00b7", "\u03b8", "\u2016", "\u2212", "\u00b0"})
        CHECK(before.find(symbol) == std::string::npos);
    // The card's words do not follow the numbers: no re-announcement per move.
    drag_to(l, kHandleA, screen(l, {3, 1.5}), PointerKind::Mouse);
    CHECK(exercise_spoken(l) == before);
    predict(l, 1);
    CHECK(says("You predicted 2: a dot b becomes exactly 0"));
    CHECK(spoken_summary(l).find("Now: cos theta = ") != std::string::npos);
    drag_to(l, kHandleB, off_by(l, goal_point(l, 1, kHandleB), 5, 1.0), PointerKind::Mouse);
    REQUIRE(progress_of(l.exercises, 1).done);
    CHECK(says("Done. Just as you said"));
    CHECK(says("Why it matters: "));
    // Announced once: the verdict, without the task, and the count.
    const std::string done = exercise_done_spoken(l, 1);
    CHECK(done.rfind("Exercise 1 done. Just as you said", 0) == 0);
    CHECK(done.find("Why it matters: ") != std::string::npos);
    CHECK(done.find("Turn b") == std::string::npos);
    CHECK(done.substr(done.size() - 22) == "1 of 5 exercises done.");
    CHECK(exercise_done_spoken(l, 9).empty());
    CHECK(spoken_summary(l).find("Now:") == std::string::npos);
    set_mode(l, Mode::Attention);
    CHECK(exercise_spoken(l).empty());
    // A wrong prediction is said to be wrong, with the right answer.
    Lesson wrong = lesson_on(kDesktop, {3, 1}, {1, 2}, 2);
    choose_prediction(wrong, 0);  // "a·b becomes 0"
    LessonState next = wrong.state;
    next.b = {-1, -0.33};
    set_inputs(wrong, next);
    REQUIRE(progress_of(wrong.exercises, 2).done);
    CHECK(exercise_done_spoken(wrong, 2).rfind(
              "Exercise 2 done. Not as you predicted: the answer is 3, a dot b reaches its most negative value. "
              "Zero belongs",
              0) == 0);
}

TEST_CASE("keys say what the numbers do not: the tip selected, a toggle's setting", "[lesson][a11y]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    set_focus(l, true, false, true);
    CHECK(key_spoken(l, Key::NextHandle) == "a selected, at 3.00, 1.00.");
    key_press(l, Key::NextHandle, false);
    CHECK(key_spoken(l, Key::NextHandle) == "b selected, at 1.00, 2.00.");
    key_press(l, Key::ToggleSnap, false);
    CHECK(key_spoken(l, Key::ToggleSnap) == "Snap to the grid on.");
    key_press(l, Key::Right, false);  // the grid sets the step: b lands on it
    CHECK(l.state.b.x == 1.5);
    key_press(l, Key::ToggleSnap, false);
    key_press(l, Key::ToggleFine, false);
    key_press(l, Key::Left, false);  // fine: a hundredth
    CHECK(std::abs(l.state.b.x - 1.49) < 1e-12);
    key_press(l, Key::ToggleFine, false);
    key_press(l, Key::ToggleSnap, false);
    key_press(l, Key::ToggleNormalize, false);
    CHECK(key_spoken(l, Key::ToggleNormalize) == "Unit vectors on.");
    CHECK(key_spoken(l, Key::Left).empty());  // the readouts say it
    set_mode(l, Mode::Attention);
    set_focus(l, true, false, true);
    key_press(l, Key::NextHandle, false);
    key_press(l, Key::NextHandle, false);
    CHECK(key_spoken(l, Key::NextHandle).rfind("value 1 selected", 0) == 0);
    set_mode(l, Mode::Projection);
    set_focus(l, true, false, true);
    CHECK(key_spoken(l, Key::NextHandle).rfind("the direction u selected", 0) == 0);
    // u is the projection's one Tab stop: its forty points would hold focus.
    CHECK_FALSE(key_press(l, Key::NextHandle, false));
    set_focus(l, true, true, true);  // Shift+Tab in from after the figure
    CHECK(l.selected == 0);
}

TEST_CASE("attention and retrieval each keep their own query", "[lesson]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    const Vec2 start = l.state.q;
    set_mode(l, Mode::Attention);
    LessonState moved = l.state;
    moved.q = {-2, 1};
    set_inputs(l, moved);
    set_mode(l, Mode::Dot);
    set_mode(l, Mode::Retrieval);
    CHECK(l.state.q == start);  // retrieval's example is as it was
    CHECK(l.state.docs[size_t(l.derived.retrieval.byDot.front())].label == "encyclopedia");
    moved = l.state;
    moved.q = {0.5, -1};
    set_inputs(l, moved);
    set_mode(l, Mode::Attention);
    CHECK(l.state.q == Vec2{-2, 1});  // attention's, where it was left
    set_mode(l, Mode::Retrieval);
    CHECK(l.state.q == Vec2{0.5, -1});
    // A query given with the view is that view's.
    LessonState both = l.state;
    both.mode = Mode::Attention;
    both.q = {1, 1};
    set_inputs(l, both);
    CHECK(l.state.q == Vec2{1, 1});
    // A link's q starts both views.
    Lesson linked = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    linked.initial.q = {0, 2};
    set_mode(linked, Mode::Retrieval);
    CHECK(linked.state.q == Vec2{0, 2});
}

TEST_CASE("the sqrt-d chart's d never changes the plane's divisor", "[lesson][attention]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    set_mode(l, Mode::Attention);
    const std::vector<double> weights = l.derived.attention.weights;
    const int d = l.dimension;
    key_press(l, Key::ScaleUp, false);
    key_press(l, Key::ScaleUp, false);
    CHECK(l.dimension == 4 * d);
    CHECK(l.state.scale == kPlaneRootD);  // s = sqrt(2): the plane's vectors have 2 components
    CHECK(chart_spoken(l).find("d = " + std::to_string(4 * d) + " components") != std::string::npos);
    CHECK(l.plane.halfExtent == 3);  // short keys drawn large
    CHECK(l.derived.attention.weights == weights);
    for (int i = 0; i < 20; ++i) key_press(l, Key::ScaleDown, false);
    CHECK(l.dimension == 1);
    // A free temperature is the plane's; back to sqrt(d) is back to sqrt(2).
    key_press(l, Key::ToggleFreeScale, false);
    key_press(l, Key::ScaleUp, false);
    CHECK(l.freeScale);
    CHECK(l.state.scale == std::round(kPlaneRootD * 1.25 * 1000) / 1000);
    CHECK(l.derived.attention.weights != weights);
    key_press(l, Key::ToggleFreeScale, false);
    CHECK(l.state.scale == kPlaneRootD);
    // A link's s other than sqrt(2) reads as a free temperature.
    LessonState linked = l.state;
    linked.scale = 4;
    set_inputs(l, linked);
    CHECK(l.freeScale);
    linked.scale = kPlaneRootD;
    set_inputs(l, linked);
    CHECK_FALSE(l.freeScale);
}

TEST_CASE("the unit-vectors exercise opens zoomed in, on short arrows", "[lesson][exercises]") {
    Lesson l = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    const double before = pixels_per_unit(l.plane);
    go_to_exercise(l, kUnitExercise);
    CHECK(l.state.a == kUnitStartA);
    CHECK(l.state.b == kUnitStartB);
    CHECK(l.plane.halfExtent == kUnitExerciseExtent);
    CHECK(pixels_per_unit(l.plane) >= 1.9 * before);  // the unit circle twice as wide
    choose_prediction(l, 1);
    CHECK(l.plane.halfExtent == kUnitExerciseExtent);  // the prediction keeps the zoom
    progress_of(l.exercises, kUnitExercise).done = true;
    set_size(l, kPhone.width, preferred_height(l, kPhone.width) + 40);  // the verdict's room: a refit
    CHECK(l.plane.halfExtent == kUnitExerciseExtent);                   // done, the solved arrows stay large
    // The others keep the plane at its usual least extent.
    go_to_exercise(l, 2);
    CHECK(l.state.a == Vec2{3, 1});
    CHECK(l.plane.halfExtent == 4);
    // A link's own vectors are the exercise's start.
    Lesson linked = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    linked.initial.a = {2, 2};
    go_to_exercise(linked, kUnitExercise);
    CHECK(linked.state.a == Vec2{2, 2});
}

TEST_CASE("retrieval's plane zooms in with normalize, in step with the arrows", "[lesson][retrieval]") {
    Lesson l = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    set_mode(l, Mode::Retrieval);
    CHECK(l.plane.halfExtent == 4);  // "encyclopedia" reaches 3.4
    set_clock(l, 1000);
    LessonState next = l.state;
    next.norm = true;
    set_inputs(l, next);
    CHECK(l.plane.halfExtent == 4);  // the transition starts where the arrows are
    set_clock(l, 1000 + kNormalizeMs / 2);
    CHECK(l.plane.halfExtent < 4);
    CHECK(l.plane.halfExtent > 2);
    set_clock(l, 1000 + kNormalizeMs + 1);
    CHECK(l.plane.halfExtent == 2);  // the unit circle, twice as large as before
    next.norm = false;
    set_inputs(l, next);
    set_clock(l, 5000);
    CHECK(l.plane.halfExtent == 4);
}

TEST_CASE("added keys and their values start apart, inside the plane as it is", "[lesson][attention]") {
    Lesson l = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    set_mode(l, Mode::Attention);
    const double extent = l.plane.halfExtent;
    const size_t had = l.state.keys.size();
    while (l.state.keys.size() < kMaxUiKeys) add_key(l);
    CHECK(l.state.keys.size() == kMaxUiKeys);
    CHECK(l.plane.halfExtent == extent);  // no rescale: every tip stays where the learner saw it
    const std::vector<Vec2> tips = tips_of(l.state);
    double closest = INFINITY;
    for (size_t k = had; k < kMaxUiKeys; ++k) {
        for (const Vec2 added : {l.state.keys[k], l.state.values[k]}) {
            CHECK(norm(added) >= 1);    // clear of the arrows' common tail ...
            CHECK(norm(added) <= 2.5);  // ... and no longer than the built-in keys
            int same = 0;
            for (const Vec2& t : tips) {
                if (t == added && same++ == 0) continue;  // itself
                closest = std::min(closest, distance(added, t));
            }
        }
    }
    CHECK(closest >= 0.4);  // each added tip its own spot: labels stay apart, each can be grabbed
    add_key(l);
    CHECK(l.state.keys.size() == kMaxUiKeys);
}

TEST_CASE("the key list is for keyboards: fingers never see it unless a key is pressed", "[lesson]") {
    Lesson phone = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    CHECK_FALSE(shows_key_list(phone));
    set_focus(phone, true, false, false);
    key_press(phone, Key::NextHandle, false);  // a keyboard beside the tablet
    CHECK(shows_key_list(phone));
    const Lesson desktop = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    CHECK(shows_key_list(desktop));
}

TEST_CASE("arrow keys are the lesson's only while a tip is selected", "[lesson]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    set_focus(l, true, false, false);  // focused by a click on empty plane
    CHECK(l.selected == kNoHandle);
    CHECK(l.input == InputKind::Mouse);            // the card still speaks of clicks
    CHECK_FALSE(key_press(l, Key::Right, false));  // the page scrolls, a deck advances
    CHECK(l.state.a == Vec2{3, 1});
    CHECK(key_press(l, Key::NextHandle, false));  // Tab picks a
    CHECK(key_press(l, Key::Right, false));
    CHECK(l.state.a == Vec2{3.1, 1});
}

TEST_CASE("pasted vectors in retrieval: a tap or the arrows pick the query, getState tells no numbers",
          "[lesson][vectors]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    set_mode(l, Mode::Retrieval);
    std::string error;
    const auto store =
        parse_vectors("cat: 1, 0.217, 0\ndog: 0.9, 0.3, 0.1\ncar: -0.2, 1, 0.5\nkitten: 1.1, 0.1, 0", error);
    REQUIRE(store);
    set_vectors(l, load_vectors(*store));
    REQUIRE(showing_vectors(l));
    CHECK(tips_of(l.state) == l.state.vectors->plane);
    CHECK(l.derived.stored.byCos == rank_store(*store, 0).byCos);

    // A press on car's point makes car the query; nothing moves.
    const Vec2 car = screen(l, l.state.vectors->plane[2]);
    REQUIRE(pointer_down(l, car + Vec2{6, 0}, PointerKind::Touch, 1));
    CHECK(l.state.query == 2u);
    CHECK(l.drag.held == kNoHandle);
    CHECK_FALSE(pointer_move(l, car + Vec2{60, 0}, PointerKind::Touch, 1));
    pointer_up(l, PointerKind::Touch, 1);
    CHECK(tips_of(l.state) == l.state.vectors->plane);
    CHECK(l.derived.stored.byDot == rank_store(*store, 2).byDot);

    // Keys: Tab stops once, on the query; the arrows walk the list round.
    set_focus(l, true, false, true);
    CHECK(l.selected == 2);
    CHECK(key_press(l, Key::Right, false));
    CHECK(l.state.query == 3u);
    CHECK(key_press(l, Key::Right, false));
    CHECK(l.state.query == 0u);
    CHECK(key_press(l, Key::Left, false));
    CHECK(l.state.query == 3u);
    CHECK(l.selected == 3);
    CHECK_FALSE(key_press(l, Key::NextHandle, false));
    // Home resets the built-in inputs, never a teacher's vectors.
    CHECK(key_press(l, Key::Reset, false));
    CHECK(showing_vectors(l));
    CHECK(l.state.query == 3u);

    const std::string json = to_json(l.state, l.derived, l.exercises);
    CHECK(json.find("\"vectors\":{\"count\":4,\"dim\":3,\"labels\":[\"cat\",\"dog\",\"car\",\"kitten\"],"
                    "\"query\":\"kitten\"}") != std::string::npos);
    CHECK(json.find("\"byCos\":[\"cat\",\"dog\",\"car\"]") != std::string::npos);
    CHECK(json.find("0.217") == std::string::npos);  // no value of any vector

    set_vectors(l, nullptr);
    CHECK_FALSE(showing_vectors(l));
    CHECK(tips_of(l.state).size() == 1 + l.state.docs.size());
}

TEST_CASE("a prediction stands once the answer is in view", "[lesson][exercises]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    choose_prediction(l, 0);
    choose_prediction(l, 1);  // nothing has moved: a change of mind is allowed
    CHECK(progress_of(l.exercises, l.exercises.active).predicted == 1);
    go_to_exercise(l, kWidestExercise);
    REQUIRE(l.derived.projection.elongated);
    CHECK_FALSE(peak_ringed(l));
    choose_prediction(l, 1);
    CHECK(peak_ringed(l));  // the curve's peak answers the question
    CHECK_FALSE(can_predict(l));
    choose_prediction(l, 0);
    CHECK(progress_of(l.exercises, l.exercises.active).predicted == 1);
}

TEST_CASE("a finished exercise can be tried again from its start", "[lesson][exercises]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    predict(l, 1);
    CHECK_FALSE(key_press(l, Key::RetryExercise, false));  // R: only once it is done
    CHECK(progress_of(l.exercises, 1).predicted);
    drag_to(l, kHandleB, off_by(l, goal_point(l, 1, kHandleB), 5, 1.0), PointerKind::Mouse);
    REQUIRE(progress_of(l.exercises, 1).done);
    CHECK(key_press(l, Key::RetryExercise, false));
    CHECK_FALSE(progress_of(l.exercises, 1).done);
    CHECK_FALSE(progress_of(l.exercises, 1).predicted);
    CHECK(l.state.b == l.initial.b);
    CHECK(l.progressChanged);
    CHECK(can_predict(l));
}

TEST_CASE("attention told a step at a time: S goes round scores, weights, output, root d", "[lesson][attention]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    CHECK(l.attentionStep == kOutputStep);            // whole, as it opens
    CHECK_FALSE(key_press(l, Key::NextStep, false));  // the dot view has no steps
    set_mode(l, Mode::Attention);
    l.collapse = 2;
    CHECK(key_press(l, Key::NextStep, false));
    CHECK(l.attentionStep == 4);
    CHECK(l.collapse == 0);  // another panel: measured unfolded first
    CHECK(key_spoken(l, Key::NextStep) == "Step 4 of 4: why the scores are divided by the square root of d.");
    key_press(l, Key::NextStep, false);
    CHECK(l.attentionStep == 1);
    CHECK(key_spoken(l, Key::NextStep) == "Step 1 of 4: the scores.");
    // The numbers said are the step's: scores, and no output yet.
    CHECK(spoken_summary(l).find("Scores, q dot k over s: key 1 1.24, key 2 0.53") != std::string::npos);
    CHECK(spoken_summary(l).find("output") == std::string::npos);
    key_press(l, Key::NextStep, false);
    CHECK(l.attentionStep == 2);
    key_press(l, Key::NextStep, false);
    CHECK(l.attentionStep == kOutputStep);
    set_attention_step(l, 9);
    CHECK(l.attentionStep == kAttentionSteps);
    set_attention_step(l, 0);
    CHECK(l.attentionStep == 1);
}

TEST_CASE("a press on two tips in one place takes the one drawn on top", "[lesson][drag]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    set_mode(l, Mode::Attention);
    LessonState next = l.state;
    next.q = next.keys[1];  // q dropped onto k₂: q is drawn over it
    set_inputs(l, next);
    REQUIRE(pointer_down(l, screen(l, next.q), PointerKind::Touch, 1));
    CHECK(l.drag.held == 0);
    pointer_up(l, PointerKind::Touch, 1);
    set_mode(l, Mode::Dot);
    next = l.state;
    next.b = next.a;  // in the dot view b is drawn over a
    set_inputs(l, next);
    REQUIRE(pointer_down(l, screen(l, next.a), PointerKind::Mouse, 2));
    CHECK(l.drag.held == kHandleB);
}

TEST_CASE("attention's table rows hold still while a tip is dragged and sort again on release", "[lesson][attention]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    set_mode(l, Mode::Attention);
    LessonState s = l.state;
    s.q = {1, 0};
    s.keys = {{1, 0}, {0, 1}, {-1, 0}};
    s.values = {{1, 0}, {0, 1}, {-1, 0}};
    set_inputs(l, s);
    REQUIRE(l.keyRows == std::vector<int>{0, 1, 2});
    // q turned round to point at k₃: k₃ now weighs most, k₁ least.
    drag_to(l, 0, screen(l, {-1, 0.1}), PointerKind::Touch, false);
    REQUIRE(l.drag.held == 0);
    REQUIRE(l.derived.attention.weights[2] > l.derived.attention.weights[0]);
    CHECK(l.keyRows == std::vector<int>{0, 1, 2});
    REQUIRE(pointer_up(l, PointerKind::Touch, 1));
    CHECK(l.keyRows == std::vector<int>{2, 1, 0});
    // Set from outside (a link, a host, the keyboard), they sort at once.
    s = l.state;
    s.q = {1, 0};
    set_inputs(l, s);
    CHECK(l.keyRows == std::vector<int>{0, 1, 2});
}

TEST_CASE("a keyboard user starts each exercise on the tip it is about", "[lesson][keyboard]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    key_press(l, Key::NextHandle, false);  // Tab into the figure: a
    REQUIRE(l.selected == kHandleA);
    key_press(l, Key::NextExercise, false);  // exercise 2: turn b
    CHECK(l.exercises.active == 2);
    CHECK(l.selected == kHandleB);
    key_press(l, Key::NextExercise, false);  // 3: stretch b
    CHECK(l.selected == kHandleB);
    key_press(l, Key::NextExercise, false);  // 4: a first, to length 1
    CHECK(l.selected == kHandleA);
    key_press(l, Key::NextExercise, false);  // 5: u, in the projection view
    CHECK(l.state.mode == Mode::Projection);
    CHECK(l.selected == 0);
    // With a mouse or a finger nothing is selected, and opening one selects nothing.
    Lesson m = lesson_on(kPhone, {3, 1}, {1, 2}, 1);
    go_to_exercise(m, 3);
    CHECK(m.selected == kNoHandle);
}

TEST_CASE("a typed vector is kept to the panel's two decimals, and bad text changes nothing", "[lesson]") {
    Lesson l = lesson_on(kDesktop, {3, 1}, {1, 2}, 1);
    CHECK(type_vector(l, "a", "1e-17,0"));
    CHECK(l.state.a == Vec2{0, 0});  // a zero vector, said as such, not 1.0e-17
    CHECK(l.readouts.dotAlgebraic == "0.00");
    CHECK(type_vector(l, "b", "-0.004,2.346"));
    CHECK(l.state.b == Vec2{0, 2.35});
    CHECK(type_vector(l, "a", "0.001,0.002"));
    CHECK(l.state.a == Vec2{0, 0});
    CHECK(type_vector(l, "a", "3,1"));
    const Vec2 before = l.state.b;
    CHECK_FALSE(type_vector(l, "b", "2e,1"));
    CHECK_FALSE(type_vector(l, "b", "1001,0"));
    CHECK_FALSE(type_vector(l, "q", "1,1"));
    CHECK(l.state.b == before);
}
