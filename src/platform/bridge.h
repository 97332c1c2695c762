// The JavaScript side of the lesson: window.dotlab, the page URL, the
// aria-live mirror. Calls into JS go through here; calls from JS land in
// bridge.cpp's exported functions.
#pragma once

namespace dotlab {

struct App;

// Called once per rendered frame, after drawing: tells JS what changed.
void bridge_after_frame(App& app);

// Tells JS what changed (state, progress, finished exercises) without a
// frame: for a lesson that is off screen and so does not draw.
void bridge_publish(App& app);

// Asks the page to size the canvas (and so the lesson) to its container.
void bridge_request_layout();

// The lesson cannot run (no WebGL 2, say): the page shows why.
void bridge_failed(const char* reason);

// Runs run_start_step() in a task of its own, queued behind what the
// browser has waiting but with no timer's wait.
void bridge_post_start_step();

// Writes a warning to the browser console (once per bad input batch).
void bridge_warn(const char* message);

}  // namespace dotlab
