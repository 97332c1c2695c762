// The lesson's colours, fixed in meaning across views (a/q blue, b/keys red,
// attention's values purple, projection orange, output green), in a light
// and a dark theme. No ImGui in here, so the contrast rules are unit-tested
// natively.
#pragma once

#include <cstdint>

namespace dotlab {

// Packed like ImGui's IM_COL32: 0xAABBGGRR.
using Color = std::uint32_t;

constexpr Color rgb(unsigned hex, unsigned alpha = 255) {
    return (Color(alpha) << 24) | (Color(hex & 0xff) << 16) | (Color((hex >> 8) & 0xff) << 8) |
           Color((hex >> 16) & 0xff);
}

struct Palette {
    Color canvas, panel, grid, gridMajor, axis, tickText;
    Color text, textMuted, rule;
    Color vectorA, vectorB, projection, output, perpendicular, angleArc;
    Color handleRing, notice, noticeText;
    Color choiceHover, choiceSelected, focusRing;
    Color goal;  // an exercise's guide on the plane and its labels
    // Attention's values and their shares of o: a hue of their own, not a
    // lighter red (lecturers could not tell a key from a value across a room).
    Color value, valueText;  // arrows and plane labels (4.5:1 on the canvas); the panel's text
    // Documents and keys out of focus: a duller red, opaque, so their labels
    // still read at 4.5:1 (see-through red was 2.9:1 on white and brown on
    // the dark canvas).
    Color vectorBFaded;
};

const Palette& light_palette();
const Palette& dark_palette();

// WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
double contrast_ratio(Color a, Color b);

}  // namespace dotlab
