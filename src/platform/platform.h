// What the bridge needs from the main loop.
#pragma once

#include "../app/app.h"

#include <utility>
#include <vector>

namespace dotlab {

App& the_app();
// Resumes a paused main loop: something changed that must be drawn. While
// the canvas is off screen the loop stays asleep until it is visible again.
void wake();
void set_visible(bool visible);
// Draws a frame at once, whatever the loop is doing: the page takes a
// snapshot of the canvas right after, for printing.
void draw_now();
// Resizes the SDL window (and so the canvas backing store) to CSS pixels.
void resize_canvas(int css_width, int css_height);
// The sizes changed: measure the panel again (folding a short frame), now if
// the loop sleeps off screen, else in the frames to come.
void remeasure();

// The next step of start-up (fonts, panel, WebGL, first frame); each runs in
// a browser task of its own, queued by bridge_post_start_step().
void run_start_step();

struct FrameStats {
    unsigned long long framesRendered = 0;
    double firstFrameMs = 0;  // navigation start to the first frame's draw calls
    double lastFrameMs = 0;   // main-thread time spent in the latest frame
    // When main() began and each start-up step ended, from navigation start:
    // where the time to the first frame went (stats().startup).
    std::vector<std::pair<const char*, double>> startup;
};
const FrameStats& frame_stats();

// The finger on the canvas is scrolling the page (it moved off where it
// landed and no tip holds it): its lift is not a tap, so no control under
// it is pressed. A new finger clears it.
void set_touch_scrolling(bool scrolling);

// The browser took the WebGL context away (lost) or gave it back (restored):
// drawing stops meanwhile, and ImGui's GL objects are made anew afterwards.
void gl_context_lost();
void gl_context_restored();

}  // namespace dotlab
