// Drawing helpers shared by the three views: plane geometry in CSS pixels,
// arrows, handles, labels, and the panel window every view's readouts live in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app.h"

namespace dotlab {

inline ImVec2 im(Vec2 v) { return ImVec2(static_cast<float>(v.x), static_cast<float>(v.y)); }
inline ImVec4 color4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }
inline Vec2 screen_of(const App& app, Vec2 world) { return to_screen(app.lesson.plane, world); }
inline ImU32 with_alpha(ImU32 color, unsigned alpha) { return (color & 0x00ffffff) | (ImU32(alpha) << 24); }
// A length in CSS px at the UI step: strokes, handles and gaps grow with the text.
inline float ui(const App& app, double css_px) { return float(css_px) * app.scale; }

// With `avoid`, a dash that would cross one of those rectangles (the tick
// labels, say) is left out: a guide drawn over the axes leaves their
// numbers readable.
void dashed_line(ImDrawList* dl, Vec2 from, Vec2 to, ImU32 color, float thickness, float dash, float gap,
                 const std::vector<Rect>& avoid = {});
constexpr double kDashClearance = 2;  // CSS px between a label's text and a dash that passes it
void arrow(ImDrawList* dl, Vec2 from, Vec2 to, ImU32 color, float thickness, float head = 14.0f);
void text_at(ImDrawList* dl, ImFont* font, float px, Vec2 at, ImU32 color, const char* text, Vec2 align = {0, 0});

// A label on the plane. Every one goes through plane_label, which places it
// clear of the others and of the tips (core/labels.h), draws it, with a thin
// leader line when it had to move away, and records it for stats().labels.
struct PlaneLabel {
    Vec2 anchor;         // CSS px
    Vec2 toward{0, -1};  // the side it would rather sit on
    ImFont* font = nullptr;
    ImU32 color = 0;
    double gap = 6;
    int owner = -1;        // the tip it names
    bool backdrop = true;  // a patch of canvas colour, readable over grid and arrows
};
Rect plane_label(App& app, ImDrawList* dl, const PlaneLabel& label, const std::string& text);

// Clears the plane's labels and sets out what they keep clear of (the view's
// obstacles); called before the plane is drawn.
void begin_plane_labels(App& app);

void draw_grid(App& app, ImDrawList* dl);
// `of`'s shadow on the line of `onto`: that whole line faint, the drop from
// `of`'s tip at a right angle and its mark, which labels keep off.
void draw_shadow_lines(App& app, ImDrawList* dl, Vec2 onto, Vec2 of);
// The shadow itself, an orange bar from the origin along the line of `onto`:
// drawn under the arrows and wider, so it shows on both sides of a shaft.
void draw_shadow_bar(const App& app, ImDrawList* dl, Vec2 onto, Vec2 of);
// An arrow from the origin to a world point.
void draw_arrow(const App& app, ImDrawList* dl, Vec2 tip_world, ImU32 color, float thickness = 3.0f);
// The grip at a tip: a ring that swells while hovered or held, the keyboard's
// selection ring, and the name just beyond the tip. `square`: a square grip,
// for tips of a second kind (attention's values).
void draw_handle(App& app, ImDrawList* dl, Handle handle, Vec2 tip_world, ImU32 color, const char* name,
                 ImFont* font = nullptr, bool square = false);

// Records the characters of `text` that `font` has no glyph for;
// missing_glyphs() lists them, each once, since the page started.
void note_missing_glyphs(const ImFont* font, std::string_view text);
const std::vector<unsigned>& missing_glyphs();

// The plane's small text (tick labels, θ, document names): the body's size
// when presenting, so that the axes' numbers read from the back of a room.
ImFont* plane_small_font(const App& app);

void swatch(ImU32 color);
void wrapped(ImU32 color, const char* text);
// The height wrapped() would take for `text` here, drawing nothing.
float wrapped_height(const char* text);
void section_break();

}  // namespace dotlab
