// The lesson's fonts: DejaVu Sans (embedded, subset at build time) at three
// sizes, rasterized at the screen's pixel density so text stays sharp.
#pragma once

#include <imgui.h>

namespace dotlab {

struct Fonts {
    ImFont* body = nullptr;   // readouts and widgets
    ImFont* small = nullptr;  // tick labels
    ImFont* large = nullptr;  // the headline a·b value, vector names
    float density = 1;        // device pixels per CSS pixel the atlas was built for
    float scale = 1;          // the UI step the sizes were multiplied by
};

// Rebuilds ImGui's font atlas for `density` and the UI step `scale`: every
// size rasterized as it will be drawn, never a scaled bitmap. The caller
// re-uploads the texture (the renderer backend owns it).
void load_fonts(Fonts& fonts, float density, float scale);

// The CSS-pixel size a font draws at (its atlas is `density` times larger).
float font_px(const Fonts& fonts, const ImFont* font);

}  // namespace dotlab
