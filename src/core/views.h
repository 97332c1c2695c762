// The lesson's views, described once, keyed by Mode: each one's name and
// titles (the URL, getState(), the page's tabs and captions come from here),
// its draggable tips, what it reports to getState() and what it says to a
// screen reader. The app has the matching table for drawing (app/views.cpp).
//
// A new view: a Mode value, its state fields in schema.cpp, one row here and
// one in the app's table, its code in one core and one app source file.
#pragma once

#include <string>
#include <vector>

#include "exercises.h"
#include "keys.h"
#include "lesson_state.h"

namespace dotlab {

struct View {
    Mode mode;
    const char* name;     // mode=<name> in links, getState().mode, the tab's data-mode
    const char* title;    // the page's tab
    const char* caption;  // the figure's caption below the canvas (HTML of the lesson's own)
    const char* label;    // the canvas's accessible name while the view is on show
    const char* keys;     // the view's keys, as help text
    KeyMask ownKeys;      // the keys only this view answers (every view takes Tab, the arrows and
                          // Home; one with exercises also 1-3, N, P and R): see view_answers()
    bool exercises;       // has predict-then-drag exercises (on a phone, in a strip above the plane)
    double leastExtent;   // the plane's smallest half extent: short vectors still drawn large
    int tabStops;         // how many of the tips Tab walks before focus moves on (0: all; the
                          // projection's forty points would keep a keyboard in the figure)
    // The tips a pointer or the keyboard can move, in hit-test and Tab order.
    std::vector<Vec2> (*tips)(const LessonState& state);
    void (*setTip)(LessonState& state, int index, Vec2 tip);
    // getState()'s "derived" member (and anything else the view reports).
    void (*writeJson)(std::string& out, const LessonState& state, const LessonDerived& derived,
                      const ExerciseSession& exercises);
    // One sentence for the aria-live mirror.
    std::string (*spoken)(const LessonState& state, const LessonDerived& derived);
};

const std::vector<View>& all_views();
const View& view_of(Mode mode);
// Attention in words up to its keys: where q is, then the first four keys
// best first with their weights, or with their `scores` (the first step).
std::string attention_keys_spoken(const LessonState& state, const LessonDerived& derived, bool scores);
// Whether a key does anything in this view: a key that belongs to another
// view's controls would change them out of sight.
bool view_answers(Mode mode, Key key);
// The view called `name`, or nullptr.
const View* view_named(const std::string& name);

}  // namespace dotlab
