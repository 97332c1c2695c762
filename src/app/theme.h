// Colours and ImGui style: one palette, fixed meaning for each colour across
// every view (a/q blue, b/keys red, projection orange, output green).
#pragma once

#include <imgui.h>

namespace dotlab {

struct Palette {
    ImU32 canvas, panel, grid, gridMajor, axis, tickText;
    ImU32 text, textMuted, rule;
    ImU32 vectorA, vectorB, projection, output, perpendicular, angleArc;
    ImU32 handleRing, notice, noticeText;
    ImU32 choiceHover, choiceSelected, focusRing;
};

const Palette& light_palette();

// Applies the lesson's look to ImGui's widgets (rounded, airy, no debug-tool
// chrome). `palette` decides the colours.
void apply_style(const Palette& palette);

}  // namespace dotlab
