// The lesson as the platform layer sees it: one App value holding all state,
// fed pointer events and a size, asked to draw a frame.
#pragma once

#include <string>
#include <vector>

#include "../core/dot_product.h"
#include "../core/format.h"
#include "../core/lesson_state.h"
#include "drag.h"
#include "fonts.h"
#include "plane.h"
#include "theme.h"

namespace dotlab {

struct Layout {
    Rect plane;   // the drawing
    Rect panel;   // the readouts
    bool stacked = false;  // panel below the plane (narrow screens) or beside it
};

struct App {
    // Inputs and everything derived from them, kept in step by set_inputs().
    LessonState state;
    LessonState initial;  // what Reset returns to
    DotDerived derived;
    DotReadouts readouts;

    Layout layout;
    Plane plane;
    Drag drag;
    Handle hovered = Handle::None;
    Fonts fonts;
    const Palette* palette = &light_palette();

    std::vector<std::string> notices;  // bad URL values and the like, dismissible
    Rect overlay;  // where the notices were drawn last frame: presses there are theirs
    bool changed = true;    // inputs changed since the bridge last published them
    bool animating = false; // something on screen still moves without input
};

// Replaces the inputs and re-derives every number from them.
void set_inputs(App& app, const LessonState& state);

// Lays the lesson out in a canvas of `width` × `height` CSS pixels.
void set_size(App& app, double width, double height);

// The canvas height the lesson wants at a given width, so the page can size
// the canvas and nothing is clipped on narrow screens.
double preferred_height(double width);

// Pointer input in CSS pixels, straight from the platform's events. Each
// returns true when the lesson used the event (it then needs a redraw).
bool pointer_down(App& app, Vec2 at, PointerKind kind, long long id);
bool pointer_move(App& app, Vec2 at, PointerKind kind, long long id);
bool pointer_up(App& app, PointerKind kind, long long id);
// Whether a touch at `at` starts (or continues) a drag, so the page must not
// scroll; everywhere else a finger scrolls the page as usual.
bool wants_touch(const App& app, Vec2 at);

// Issues ImGui calls for one frame. Call between ImGui::NewFrame and Render.
void draw_frame(App& app);

}  // namespace dotlab
