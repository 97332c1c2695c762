// The lesson's own widgets: buttons and toggles that are 44 CSS px targets on
// touch screens, text in coloured spans, and a record of where every part was
// drawn (dotlab.stats().layout), written by the code that draws it.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include <imgui.h>

#include "app.h"

namespace dotlab {

// WCAG 2.5.5's enhanced target size, for fingers.
constexpr float kTouchTarget = 44.0f;

// The height of one row of controls: a finger's target on touch screens.
float control_height(const App& app);

// Records a rectangle (screen coordinates are the canvas's CSS pixels).
void record_rect(App& app, const char* name, ImVec2 min, ImVec2 max, bool control);
// Records ImGui's last item.
void record_item(App& app, const char* name, bool control = true);

// Whether controls show a hover state. Not for fingers: a finger's position
// stays where it lifted, which left a tapped button shaded as if pointed at.
bool shows_hover(const App& app);

bool button(App& app, const char* name, const char* label);
// A check box and its label as one target.
bool toggle(App& app, const char* name, const char* label, bool* value);
// The next item on this row if `width` is left for it, else on the next.
void same_line_if_fits(float width);
// Reset (Home too): the view's own starting vectors; `beside` the row's last
// control if it fits.
void reset_button(App& app, bool beside = true);

// A slider across the full width whose scale is logarithmic, one control
// tall (a finger's target on touch screens), with `label` on it. Dragging
// anywhere on it moves the value; returns whether the value changed.
bool log_slider(App& app, const char* name, double* value, double lo, double hi, const char* label);

// "Keys: …", the view's keyboard help, at the panel's foot (see shows_key_list).
void key_list(const App& app);

// A block of the panel whose extent, full width from begin to end, is recorded.
struct Region {
    ImVec2 start;
};
Region begin_region();
void end_region(App& app, const Region& region, const char* name, float min_height = 0);

// A piece of a one-line formula: text in a colour, optionally with a hat
// drawn over it (b̂ has no code point of its own, and ImGui cannot stack a
// combining circumflex).
struct Span {
    std::string text;
    ImU32 color;
    bool hat = false;
    Term term = Term::None;  // the geometry it stands for, highlighted while it is hovered or touched
    bool sub = false;        // a subscript: smaller and lowered (Unicode has no subscript y)
};
// Draws the spans side by side in the current font. A line is broken only
// before a span that starts with a space, so a number never splits. Returns
// the term of the span under the pointer (Term::None if none), and records
// the spans that stand for a term (stats().layout: "term.x", "term.cos", ...).
Term spans(App& app, std::initializer_list<Span> pieces);

// A label cut in the middle to `width` (labels often differ only at the
// end: "music sentence 2", "music sentence 10").
std::string fitted(const std::string& text, float width);

// One list of a ranking, as shown: each item's score as text ("–" where it
// has none, as a zero vector has no cosine) and place (shown_places: ties
// share one).
struct Ranking {
    const char* title;
    const std::vector<int>* order;  // item indices, best first
    std::vector<std::string> scores;
    std::vector<int> places;
};
Ranking ranking(const char* title, const std::vector<int>& order, const std::vector<double>& scores,
                const std::vector<char>& scored, int decimals);
// Two rankings side by side, their first `rows` rows: place, name (`labels`,
// by item) and score,
// the scores right-aligned in their column; a name the other list places
// elsewhere is orange in both. Returns whether any is.
bool ranking_pair(const App& app, const Ranking& left, const Ranking& right, const std::vector<std::string>& labels,
                  size_t rows);

}  // namespace dotlab
