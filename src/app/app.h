// The lesson as the platform layer sees it: one App value holding all state,
// fed pointer and key events and a size, asked to draw a frame.
#pragma once

#include <string>
#include <vector>

#include "../core/dot_product.h"
#include "../core/exercises.h"
#include "../core/format.h"
#include "../core/lesson_state.h"
#include "drag.h"
#include "fonts.h"
#include "plane.h"
#include "theme.h"

namespace dotlab {

struct Layout {
    Rect plane;            // the drawing
    Rect panel;            // the readouts and exercises
    bool stacked = false;  // panel below the plane (narrow screens) or beside it
};

// Keys the lesson understands. web/dotlab.js sends these numbers.
enum class Key : int {
    NextHandle = 1,  // Tab
    PrevHandle,      // Shift+Tab
    Left,
    Right,
    Up,
    Down,
    Reset,  // Home
    Choice1,
    Choice2,
    Choice3,
    NextExercise,
    PrevExercise,
    ToggleSnap,
    ToggleFine,
    ToggleNormalize,  // U: unit vectors (dot), normalize all (retrieval)
    AddKey,           // + (attention)
    RemoveKey,        // - (attention)
    ScaleDown,        // [: halve d (attention)
    ScaleUp,          // ]: double d, or raise a free temperature by a quarter (attention)
    ToggleValueEdit,  // V: the arrows move the selected key's value instead (attention)
    ToggleFreeScale,  // T: √d or a free temperature (attention)
};

// An exercise the learner just completed, waiting for the bridge to report it.
struct Completion {
    int id = 0;
    int predicted = 0;
    bool correct = false;
};

struct App {
    // Inputs and everything derived from them, kept in step by set_inputs().
    LessonState state;
    LessonState initial;  // what Reset returns to
    LessonDerived derived;
    DotReadouts readouts;

    ExerciseSession exercises;
    ExerciseCheck check;                // the active exercise against the current vectors
    bool movedSincePrediction = false;  // a prediction is tested by moving, not by what was already there

    // Interaction.
    Layout layout;
    Plane plane;
    Drag drag;
    DragOptions dragOptions;
    bool normalized = false;  // show â and b̂; the headline reads as cos θ
    // Attention's scale control: s = √d, or a free temperature.
    bool freeScale = false;
    int dimension = 2;
    bool editValue = false;  // keyboard: arrows move vᵢ of the selected key, not kᵢ
    Handle hovered = kNoHandle;
    Handle selected = kNoHandle;  // keyboard selection, shown while focused
    bool focused = false;

    Fonts fonts;
    const Palette* palette = &light_palette();
    std::vector<std::string> notices;  // bad URL values and the like, dismissible
    Rect overlay;                      // where the notices were drawn last frame: presses there are theirs
    double panelContentHeight = 600;   // measured each frame; the page sizes the canvas to fit

    // Outbox for the bridge, emptied after each frame.
    bool changed = true;           // inputs changed since last published
    bool progressChanged = false;  // exercise progress to save
    bool heightChanged = false;    // the panel needs a different canvas height
    std::vector<Completion> completions;
};

// Replaces the inputs and re-derives every number from them.
void set_inputs(App& app, const LessonState& state);

// The draggable tips of the current view, in hit-test order, and moving one.
std::vector<Vec2> tips_of(const LessonState& state);
void set_tip(LessonState& state, Handle handle, Vec2 tip);

// Light or dark colours, for the canvas and ImGui's widgets alike.
void set_theme(App& app, bool dark);

// Switches the view (the tabs and mode= in the URL).
void set_mode(App& app, Mode mode);
// Attention keys from the lesson's own buttons (up to kMaxUiKeys).
void add_key(App& app);
void remove_key(App& app);

// Lays the lesson out in a canvas of `width` × `height` CSS pixels.
void set_size(App& app, double width, double height);

// The canvas height the lesson wants at a given width, so the page can size
// the canvas and nothing is clipped.
double preferred_height(const App& app, double width);

// Pointer input in CSS pixels, straight from the platform's events. Each
// returns true when the lesson used the event (it then needs a redraw).
bool pointer_down(App& app, Vec2 at, PointerKind kind, long long id);
bool pointer_move(App& app, Vec2 at, PointerKind kind, long long id);
bool pointer_up(App& app, PointerKind kind, long long id);
// Whether a touch at `at` starts (or continues) a drag, so the page must not
// scroll; everywhere else a finger scrolls the page as usual.
bool wants_touch(const App& app, Vec2 at);

// Keyboard. Returns false for a key the page should handle (Tab past the last
// vector moves focus on, so the canvas never traps the keyboard).
// Shift makes the arrow keys move ten times as far.
bool key_press(App& app, Key key, bool shift);
// Focus arriving (forwards selects a, backwards selects b) or leaving.
void set_focus(App& app, bool focused, bool backwards);

// Exercises.
void open_exercise(App& app, int id);
void choose_prediction(App& app, int choice);
void reset_progress(App& app);

// Issues ImGui calls for one frame. Call between ImGui::NewFrame and Render.
void draw_frame(App& app);

// ---------------------------------------------------------------------------
// Pieces of the frame, one file each
// ---------------------------------------------------------------------------
// dot_view.cpp
void draw_dot_plane(App& app, ImDrawList* dl);
void draw_dot_panel(App& app);
// exercise_view.cpp
void draw_exercise_card(App& app);
// attention_view.cpp
void draw_attention_plane(App& app, ImDrawList* dl);
void draw_attention_panel(App& app);
// retrieval_view.cpp
void draw_retrieval_plane(App& app, ImDrawList* dl);
void draw_retrieval_panel(App& app);

}  // namespace dotlab
