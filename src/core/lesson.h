// The lesson controller: the learner's inputs and every rule that acts on
// them (pointer and key handling, magnetic goals, exercise evaluation, the
// layout), with no ImGui, SDL or Emscripten, so all of it is tested natively.
// The app draws a Lesson; the platform feeds it events.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "drag.h"
#include "exercises.h"
#include "format.h"
#include "keys.h"
#include "layout.h"
#include "lesson_state.h"
#include "plane.h"

namespace dotlab {

// Attention's steps: the scores, the weights, the output (the whole view,
// as it opens), and why the scores are divided by √d.
constexpr int kScoresStep = 1;
constexpr int kWeightsStep = 2;
constexpr int kOutputStep = 3;
constexpr int kRootDStep = 4;
constexpr int kAttentionSteps = 4;

// What the learner is using, so instructions name taps or keys.
enum class InputKind { Mouse, Touch, Keyboard };

// The screen the lesson is shown on, as the page reports it.
struct Screen {
    double viewportHeight = 800;  // CSS px of the browser window
    bool coarsePointer = false;   // a finger is the main pointer: 44-px targets
    bool reducedMotion = false;   // still highlights instead of pulses
    bool presenting = false;      // shown to a room (present=1): larger text
};

// "<window height>,<coarse pointer 0|1>,<reduced motion 0|1>[,<presenting
// 0|1>]" as the page passes it at start; anything unreadable keeps that
// field's default.
Screen parse_screen(const std::string& text);

// An exercise the learner just completed, waiting for the bridge to report it.
struct Completion {
    int id = 0;
    int predicted = 0;
    bool correct = false;
};

// A tip held on an exercise's goal by its magnetic pull.
struct GoalSnap {
    bool on = false;
    double sinceMs = 0;  // when it took hold: the guide pulses once from then
    Vec2 at;             // where the tip landed
};
constexpr double kGoalPulseMs = 450;

// Retrieval's normalize moves every arrow onto the unit circle rather than
// jumping there: how far along (0 raw, 1 normalized) it is drawn.
struct Transition {
    double from = 0, to = 0;
    double startMs = -1e9;  // long ago: finished
};
constexpr double kNormalizeMs = 300;

struct Lesson {
    // Inputs and everything derived from them, kept in step by set_inputs().
    LessonState state;
    LessonState initial;  // what Reset returns to
    // Attention and retrieval read the same field q, yet each keeps its own:
    // the one not on show waits here, by mode (none yet: the link's q).
    std::array<std::optional<Vec2>, 4> parkedQuery;
    LessonDerived derived;
    DotReadouts readouts;
    DotReadouts unitReadouts;  // the same for â and b̂ ("unit vectors" on)
    // Attention's tables list the keys best first, but rows that swapped
    // places under a moving finger could not be read: during a drag they
    // keep the order they had when it began, and sort again on release.
    std::vector<int> keyRows;

    ExerciseSession exercises;
    ExerciseCheck check;                  // the active exercise against the current vectors
    bool movedSincePrediction = false;    // a vector moved since the prediction: it can no longer change
    bool offGoalSincePrediction = false;  // the goal was unmet at some point since the prediction, so
                                          // meeting it is the learner's doing, not what was already there
    bool predictFirst = false;            // the learner moved a vector before predicting
    GoalSnap goalSnap;
    Transition normalizing;  // retrieval: the arrows on their way to (or from) the unit circle

    // Interaction.
    Screen screen;
    InputKind input = InputKind::Mouse;
    Layout layout;
    LayoutInput sizes;  // the canvas size and the content heights the layout was made from
    // In a frame too short for everything, how many of the panel's sections
    // are folded away, in the order Collapse lists; 0: none.
    int collapse = 0;
    Plane plane;
    Drag drag;
    DragOptions dragOptions;
    bool normalized = false;  // show â and b̂; the headline reads as cos θ
    // Attention's divisor: s = √2 (the plane's vectors have d = 2 components),
    // or a free temperature. `dimension` is the √d chart's own d, for random
    // vectors as long as a real model's: it never changes the plane's s.
    bool freeScale = false;
    int dimension = 64;
    // Attention told one step at a time (1 the scores, 2 the weights, 4 why
    // √d), or whole (kOutputStep: the output, with all that leads to it).
    int attentionStep = kOutputStep;
    Handle hovered = kNoHandle;
    Handle selected = kNoHandle;  // keyboard selection, shown while focused
    bool focused = false;
    double nowMs = 0;  // the clock, set by the platform each frame

    std::vector<std::string> notices;  // bad URL values and the like, dismissible
    Rect overlay;                      // where the notices were drawn last frame: presses there are theirs

    // Outbox for the bridge, emptied after each frame.
    bool changed = true;           // inputs changed since last published
    bool progressChanged = false;  // exercise progress to save
    bool heightChanged = false;    // the content needs a different canvas height
    std::vector<Completion> completions;
};

// Replaces the inputs and re-derives every number from them.
void set_inputs(Lesson& lesson, const LessonState& state);

// The draggable tips of the current view, in hit-test order, and moving one.
std::vector<Vec2> tips_of(const LessonState& state);
Handle tip_on_top(const Lesson& lesson);
void set_tip(LessonState& state, Handle handle, Vec2 tip);

// Pasted vectors (or a host's) in place of retrieval's documents; nullptr
// returns to the documents. The query starts at the first vector.
void set_vectors(Lesson& lesson, std::shared_ptr<const LoadedVectors> vectors);
void set_query(Lesson& lesson, size_t index);
// Home and the Reset button: the view on show's own fields as they started
// (the others' stay as they are), pasted vectors kept.
void reset_inputs(Lesson& lesson);
// Retrieval on show with pasted vectors.
bool showing_vectors(const Lesson& lesson);
// The document whose shadow on q's line the retrieval view draws: the one
// held, hovered or selected by the keyboard, else the top one by dot
// product; -1 for none.
int document_in_focus(const Lesson& lesson);

// Switches the view (the tabs and mode= in the URL).
// The √d chart's d (1 to 1024): the plane's vectors keep their 2 components.
void set_chart_dimension(Lesson& lesson, int d);
// Attention's divisor: a free temperature, or back to s = √2.
void toggle_free_scale(Lesson& lesson);
// Which of attention's steps is on show (1 to kAttentionSteps).
void set_attention_step(Lesson& lesson, int step);
void set_mode(Lesson& lesson, Mode mode);
// Attention keys from the lesson's own buttons (up to kMaxUiKeys).
void add_key(Lesson& lesson);
void remove_key(Lesson& lesson);

// The screen: window height, pointer, motion preference.
void set_screen(Lesson& lesson, const Screen& screen);
// Lays the lesson out in a canvas of `width` × `height` CSS pixels.
void set_size(Lesson& lesson, double width, double height);
// The content heights the app measured while drawing; a change asks the page
// for another canvas height (never mid-drag: the plane would move). In a
// frame of fixed height, content that does not fit folds the next section.
void set_content_heights(Lesson& lesson, double strip, double panel);
// The most the canvas may take (a frame of fixed height; 0: no limit).
void set_max_height(Lesson& lesson, double height);

// What folds away, first to last, when a frame is too short.
enum Collapse : int {
    kFoldNotes = 1,     // the key help and why-it-matters text
    kFoldDetails,       // what the rest can do without: the dot view's readout table (the formulas show its
                        // numbers), attention's √d chart, retrieval's lengths, the projection's u and σ
    kFoldWorking,       // the working: the dot view's formulas and toggles, attention's per-key lines and
                        // buttons, the projection's spread curve, retrieval's explanation (its story stays)
    kFoldExplanations,  // the explanations under the headlines, and retrieval's story of the two orders
    kMaxCollapse = kFoldExplanations
};
bool folded(const Lesson& lesson, Collapse section);
// The canvas height the lesson wants at a given width.
double preferred_height(const Lesson& lesson, double width);

// The canvas height with nothing folded and no limit, at a given width.
double natural_height(const Lesson& lesson, double width);

// The UI step (layout.h) for the canvas as it is now.
double ui_scale(const Lesson& lesson);

// Targets sized for fingers (44 CSS px): on touch screens, or once a finger
// has been used.
bool wants_big_targets(const Lesson& lesson);
// A view's list of keys is for keyboards: hidden while fingers drive the
// lesson, shown on a touch screen once a key has been pressed.
bool shows_key_list(const Lesson& lesson);
// Something on screen is moving by itself (a goal's pulse, arrows on their
// way to the unit circle): keep drawing. Timed by the clock, not by frames.
bool is_animating(const Lesson& lesson);
// How normalized retrieval's arrows are drawn now: 0 as they are, 1 on the
// unit circle, in between while they move (eased).
double normalized_shown(const Lesson& lesson);
// The platform's clock, each frame; retrieval's plane zooms along with the
// normalize transition (to ±2 for the unit circle, back for raw arrows).
void set_clock(Lesson& lesson, double ms);

// Pointer input in CSS pixels, straight from the platform's events. Each
// returns true when the lesson used the event (it then needs a redraw).
bool pointer_down(Lesson& lesson, Vec2 at, PointerKind kind, long long id);
bool pointer_move(Lesson& lesson, Vec2 at, PointerKind kind, long long id);
bool pointer_up(Lesson& lesson, PointerKind kind, long long id);
// Whether a touch at `at` starts (or continues) a drag, so the page must not
// scroll; everywhere else a finger scrolls the page as usual.
bool wants_touch(const Lesson& lesson, Vec2 at);

// The dot view's number fields: vector "a" or "b" typed as link text
// ("2.5,-1"), kept to the two decimals the panel shows, as a dragged tip is.
// False, and nothing changes, unless it is two numbers within the limits.
bool type_vector(Lesson& lesson, std::string_view vector, std::string_view text);

// Keyboard. Returns false for a key the page should handle (Tab past the last
// vector moves focus on, so the canvas never traps the keyboard).
// Shift makes the arrow keys move ten times as far.
bool key_press(Lesson& lesson, Key key, bool shift);
// What a key just did, in words for a screen reader, where the numbers do
// not say it: which tip Tab selected (also on focus: Key::NextHandle), or a
// toggle's new setting. Empty for keys whose effect the readouts tell.
std::string key_spoken(const Lesson& lesson, Key key);
// Focus arriving or leaving. Arriving by Tab selects a tip (forwards the
// first, backwards the last); arriving by a pointer selects nothing (the
// press selects the tip it grabs), so the arrow keys stay the page's.
void set_focus(Lesson& lesson, bool focused, bool backwards, bool select = true);

// One sentence for the aria-live mirror: the readouts, or what the card asks
// of the learner when that comes first.
std::string spoken_summary(const Lesson& lesson);
// The attention view's chart in words: the d its random vectors have. Apart
// from the summary, so that it is said when d changes, not with every move.
// The chart's d is the lesson's, not the state's. Empty without the chart.
std::string chart_spoken(const Lesson& lesson);
// The exercise card in words, for screen readers (the card itself is drawn):
// the task, the choices or the prediction made, and once done the verdict
// and why it matters. Empty when no exercise is on show. It changes only
// when the card does, not as the vectors move (their numbers are in
// spoken_summary), so the page can announce it whenever it changes.
std::string exercise_spoken(const Lesson& lesson);
// Said once when exercise `id` is finished: its verdict, why it matters, and
// how many of the exercises are done.
std::string exercise_done_spoken(const Lesson& lesson, int id);

// Exercises. open_exercise shows exercise `id` with the vectors as they are
// (a link or the host chose them); go_to_exercise is the learner moving on,
// and starts the exercise from the lesson's starting vectors. Each exercise
// lives in one view; moving to one in another view with exercises switches
// to it (exercise 4 → 5: dot → projection), and a view with exercises opened
// by its tab shows one of its own.
Mode exercise_mode(int id);
// The principal components are the fifth exercise's answer: the learner can
// show them (toggle, C) once it is done or when the cloud has no widest
// direction; a link may show them from the start. While a prediction waits
// for its drag they are not drawn.
bool can_show_axes(const Lesson& lesson);
void toggle_axes(Lesson& lesson);  // the toggle and the C key; nothing while the learner may not
bool axes_drawn(const Lesson& lesson);
// The variance curve's peak is the fifth exercise's goal: the curve and its
// ring are drawn once the learner has predicted (a goal to drag to), not
// before (they would answer the question the prediction asks).
bool peak_ringed(const Lesson& lesson);
// The exercise a view shows: the active one if it is the view's own, else
// the view's first unfinished one (its first when all are done).
int exercise_for_view(const ExerciseSession& session, Mode mode);
void open_exercise(Lesson& lesson, int id);
void go_to_exercise(Lesson& lesson, int id);
// A prediction can be changed until a vector moves, or in the fifth
// exercise until the curve that answers it is drawn; then it is locked.
bool can_predict(const Lesson& lesson);
void choose_prediction(Lesson& lesson, int choice);
// The exercise on show, not done and not predicted, from its start again.
void retry_exercise(Lesson& lesson);
void reset_progress(Lesson& lesson);
// The fixed vector b is measured from in the stretch exercise: b as it was
// at the prediction, or b itself before one is made.
Vec2 stretch_start(const Lesson& lesson);

}  // namespace dotlab
