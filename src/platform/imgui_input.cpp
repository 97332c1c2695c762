#include "imgui_input.h"

#include <emscripten.h>

namespace dotlab {

namespace {
bool pressed = false;  // a press since the last frame
bool held = false;     // the left button (or a finger) is down
double last_ms = 0;
Cursor shown = Cursor::Arrow;

// clang-format off
EM_JS(void, js_set_cursor, (int cursor), {
    Module['canvas'].style.cursor = ["", "pointer", "grab", "grabbing"][cursor];
});
// clang-format on
}  // namespace

void imgui_input_event(const SDL_Event& e) {
    if (e.type == SDL_MOUSEBUTTONDOWN && e.button.button == SDL_BUTTON_LEFT) pressed = held = true;
    if (e.type == SDL_MOUSEBUTTONUP && e.button.button == SDL_BUTTON_LEFT) held = false;
}

void imgui_input_frame(SDL_Window* window, double now_ms, ImVec2 pointer) {
    ImGuiIO& io = ImGui::GetIO();
    int w = 0, h = 0, fb_w = 0, fb_h = 0;
    SDL_GetWindowSize(window, &w, &h);
    SDL_GL_GetDrawableSize(window, &fb_w, &fb_h);
    io.DisplaySize = ImVec2(float(w), float(h));
    if (w > 0 && h > 0) io.DisplayFramebufferScale = ImVec2(float(fb_w) / float(w), float(fb_h) / float(h));
    // ImGui needs a positive step; a frame after a long sleep is one ordinary step.
    const double step = now_ms - last_ms;
    io.DeltaTime = last_ms > 0 && step > 0 && step < 250 ? float(step / 1000.0) : 1.0f / 60.0f;
    last_ms = now_ms;
    io.MousePos = pointer;
    io.MouseDown[0] = pressed || held;
    pressed = false;
}

void set_cursor(Cursor cursor) {
    if (cursor == shown) return;
    shown = cursor;
    js_set_cursor(static_cast<int>(cursor));
}

}  // namespace dotlab
