// ImGui's platform side for the lesson: display size, time, the pointer and
// the canvas cursor. It stands in for imgui_impl_sdl, whose gamepad,
// clipboard and keyboard code the lesson never uses (no key reaches SDL:
// dotlab.js handles the lesson's keys) and which linked SDL's game
// controller database into the wasm.
#pragma once

#include <SDL.h>
#include <imgui.h>

namespace dotlab {

// Feeds one SDL event to ImGui. A press is remembered until the next frame,
// so a tap shorter than a frame still clicks.
void imgui_input_event(const SDL_Event& e);

// Starts ImGui's frame input: the window's size in CSS pixels and device
// pixels, the time since the last frame and where the pointer is.
void imgui_input_frame(SDL_Window* window, double now_ms, ImVec2 pointer);

// The canvas's mouse cursor: a grabbing hand while a tip is held, an open
// hand over a tip, a pointing hand over a button. Set only when it changes.
enum class Cursor { Arrow, Pointer, Grab, Grabbing };
void set_cursor(Cursor cursor);

}  // namespace dotlab
