// Applies a palette to ImGui's widgets: the lesson's look (rounded, airy, no
// debug-tool chrome) in either theme.
#pragma once

#include "palette.h"

namespace dotlab {

// `big_targets`: frames (sliders, fields, buttons) 44 CSS px tall, for
// fingers; `scale`: the UI step, which every size follows.
void apply_style(const Palette& palette, bool big_targets, float scale);

}  // namespace dotlab
