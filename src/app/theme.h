// Applies a palette to ImGui's widgets: the lesson's look (rounded, airy, no
// debug-tool chrome) in either theme.
#pragma once

#include "palette.h"

namespace dotlab {

void apply_style(const Palette& palette);

}  // namespace dotlab
