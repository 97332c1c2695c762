// Draws ImGui's draw lists with WebGL 2, in place of ImGui's OpenGL 3 backend.
//
// That backend saves and restores the GL state around every frame with
// glGet* calls. In a browser each of those is a synchronous round trip to the
// GPU process, and it waits there until the previous frame has been drawn:
// most of a frame's main-thread time went into them. The lesson owns its GL
// context, so this renderer sets the state it needs and never asks for any.
#pragma once

struct ImDrawData;

namespace dotlab {

// Makes the shader, the buffers and the font texture; again after a lost
// context comes back. The shader compiles in the GPU process meanwhile: its
// result is read at the first draw, so start-up never waits for it.
void renderer_create();

// Forgets every GL object (the context that held them is gone).
void renderer_forget();

// Uploads ImGui's font atlas again (after a pixel-density change).
void renderer_upload_fonts();

// Clears the drawing buffer to `clear_rgb` and draws the frame, unless the
// canvas shows exactly this frame already. Returns nullptr, or why nothing
// can be drawn.
const char* renderer_draw(const ImDrawData& draw_data, int framebuffer_width, int framebuffer_height,
                          const float clear_rgb[3]);

// Frames actually sent to the GPU (the rest repeated what was on screen).
unsigned long long renderer_frames_drawn();

// The next frame is drawn even if it repeats the picture on screen: a
// snapshot (for printing) needs the drawing buffer filled in its own task.
void renderer_invalidate();

}  // namespace dotlab
