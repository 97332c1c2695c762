// Drawing helpers shared by the three views: plane geometry in CSS pixels,
// arrows, handles, labels, and the panel window every view's readouts live in.
#pragma once

#include <string>

#include "app.h"

namespace dotlab {

inline ImVec2 im(Vec2 v) { return ImVec2(static_cast<float>(v.x), static_cast<float>(v.y)); }
inline ImVec4 color4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }
inline Vec2 screen_of(const App& app, Vec2 world) { return to_screen(app.plane, world); }

void dashed_line(ImDrawList* dl, Vec2 from, Vec2 to, ImU32 color, float thickness, float dash, float gap);
void arrow(ImDrawList* dl, Vec2 from, Vec2 to, ImU32 color, float thickness);
void text_at(ImDrawList* dl, ImFont* font, float px, Vec2 at, ImU32 color, const char* text, Vec2 align = {0, 0});
// Text on a rounded patch of canvas colour, readable over grid and arrows.
void label_with_backdrop(const App& app, ImDrawList* dl, ImFont* font, Vec2 center, ImU32 color, const char* text);

void draw_grid(const App& app, ImDrawList* dl);
// An arrow from the origin to a world point.
void draw_arrow(const App& app, ImDrawList* dl, Vec2 tip_world, ImU32 color, float thickness = 3.0f);
// The grip at a tip: a ring that swells while hovered or held, the keyboard's
// selection ring, and the name just beyond the tip.
void draw_handle(const App& app, ImDrawList* dl, Handle handle, Vec2 tip_world, ImU32 color, const char* name,
                 ImFont* font = nullptr);

// The panel: a fixed ImGui window over app.layout.panel that measures its
// content, so the page can size the canvas and the panel never scrolls.
void begin_panel(App& app);
void end_panel(App& app);
void swatch(ImU32 color);
void wrapped(ImU32 color, const char* text);
void section_break();

}  // namespace dotlab
