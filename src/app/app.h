// The lesson as drawn: the controller (core/lesson.h) plus what ImGui needs
// to draw it, fonts, colours and the record of where things were drawn.
#pragma once

#include <string>
#include <vector>

#include "../core/labels.h"
#include "../core/lesson.h"
#include "../core/sqrt_d.h"
#include "fonts.h"
#include "palette.h"
#include "theme.h"

namespace dotlab {

// A part of the lesson as drawn in the last frame, in CSS pixels from the
// canvas's top-left corner: dotlab.stats().layout, for layout tests.
struct LayoutRecord {
    std::string name;
    Rect rect;
    bool control = false;  // something to press (needs a 44-px target on touch screens)
};

// A part of a formula, and so of the figure: hovering or touching one in the
// panel highlights the other on the plane.
enum class Term { None, X, Y, NormA, NormB, Cos };

// A label drawn on the plane in the last frame: dotlab.stats().labels.
struct DrawnLabel {
    std::string text;
    Rect rect;
};

struct App {
    Lesson lesson;
    Fonts fonts;
    const Palette* palette = &light_palette();
    std::vector<LayoutRecord> drawn;  // this frame's layout records
    LabelBoard board;                 // this frame's plane labels and tips, for placing the next label
    std::vector<DrawnLabel> labels;   // ... and their texts
    Term highlight = Term::None;      // the formula term under the pointer last frame, shown on the plane
    Term hovering = Term::None;       // ... and this frame's, found while the panel is drawn
    bool bigTargets = false;          // the style's targets are sized for fingers
    // The √d chart's sample for the d on show (attention), computed when d changes.
    struct SqrtDChart {
        int d = 0;
        ScoreSpread spread;
        Histogram raw, scaled;
    } sqrtd;
    float scale = 1;  // the UI step the style and the drawing follow (that of the fonts)
};

// Light or dark colours, for the canvas and ImGui's widgets alike.
void set_theme(App& app, bool dark);

// Issues ImGui calls for one frame. Call between ImGui::NewFrame and Render.
void draw_frame(App& app);

// ---------------------------------------------------------------------------
// The views as drawn: one row per view in view_table.cpp, each view's
// drawing in its own file (dot_view.cpp, attention_view.cpp, ...)
// ---------------------------------------------------------------------------
struct ViewDrawing {
    Mode mode;
    void (*plane)(App& app, ImDrawList* dl);
    void (*panel)(App& app);
    // What plane labels keep clear of: the handles, other arrow heads, shafts.
    void (*obstacles)(const App& app, LabelBoard& board);
};
const ViewDrawing& drawing_of(Mode mode);

// Every tip of the view and its shaft from the origin, as labels see them
// (the handle's index as the tip's owner).
void handle_obstacles(const App& app, LabelBoard& board);

// exercise_view.cpp: the card (in the strip above the plane, or in the
// panel), and the goal guides on the plane.
void draw_exercise_card(App& app, bool in_strip);
// Where the card goes in a view's panel: beside the plane, right after the
// headline (first of all on a short screen); on a phone it is in the strip
// above the plane, and why it matters heads the panel just below the plane.
void exercise_before_headline(App& app);
void exercise_after_headline(App& app);
// Why the active exercise matters (once done), and the Reset progress button.
void draw_exercise_notes(App& app, bool why, bool reset);
void draw_goal_guide(App& app, ImDrawList* dl);

// vectors_view.cpp: retrieval with pasted vectors in place of the documents.
void draw_vectors_plane(App& app, ImDrawList* dl);
void draw_vectors_panel(App& app);
void vectors_obstacles(const App& app, LabelBoard& board);

}  // namespace dotlab
