// The keys the lesson understands, and which of them each view answers
// (the views' table lists a view's own; see views.h).
#pragma once

namespace dotlab {

// Keys the lesson understands. web/dotlab.js sends these numbers.
enum class Key : int {
    NextHandle = 1,  // Tab
    PrevHandle,      // Shift+Tab
    Left,
    Right,
    Up,
    Down,
    Reset,  // Home
    Choice1,
    Choice2,
    Choice3,
    NextExercise,
    PrevExercise,
    ToggleSnap,
    ToggleFine,
    ToggleNormalize,  // U: unit vectors (dot), normalize all (retrieval)
    AddKey,           // + (attention)
    RemoveKey,        // - (attention)
    ScaleDown,        // [: halve the √d chart's d (attention)
    ScaleUp,          // ]: double the chart's d, or raise a free temperature by a quarter (attention)
    ToggleFreeScale,  // T: √d or a free temperature (attention)
    ToggleAxes,       // C: the principal components (projection)
    RetryExercise,    // R: a finished exercise from its start again
    NextStep,         // S: attention's next step (scores, weights, output, √d), round again
};

using KeyMask = unsigned;
constexpr KeyMask key_bit(Key key) { return 1u << unsigned(key); }

}  // namespace dotlab
