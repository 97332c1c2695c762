// The learner's inputs: everything needed to redraw the lesson exactly.
#pragma once

#include "vec2.h"

namespace dotlab {

enum class Mode { Dot, Attention, Retrieval };

// Coordinates beyond this are refused (URL, host messages, numeric entry):
// far past anything the plane can show, and small enough that every product
// the lesson forms stays finite and exact to the digits shown.
constexpr double kMaxCoordinate = 1000.0;
constexpr int kStateVersion = 1;

struct LessonState {
    Mode mode = Mode::Dot;
    Vec2 a{3.0, 1.0};
    Vec2 b{1.0, 2.0};
    int exercise = 0;  // exercise to open from the URL, 1-4; 0 leaves the learner's own
};

const char* mode_name(Mode mode);

}  // namespace dotlab
