// The five "predict, then drag" exercises: what each asks, the choices for
// the prediction, and the live check with its explicit tolerances. The first
// four are about a and b (the dot view); the fifth turns u through a cloud
// of points (the projection view).
#pragma once

#include <array>
#include <optional>
#include <string>

#include "projection.h"
#include "vec2.h"

namespace dotlab {

constexpr int kExerciseCount = 5;
constexpr int kDotExercises = 4;    // 1-4: a and b
constexpr int kWidestExercise = 5;  // the widest direction through a cloud

// Tolerances, shared by the checks, the tests and the text that cites them.
constexpr double kPerpendicularMaxAbsCos = 0.02;
constexpr double kOppositeMaxCos = -0.98;
constexpr double kStretchFactor = 3.0;
constexpr double kStretchMaxTurnDeg = 2.0;
constexpr double kStretchLengthTolerance = 0.05;  // relative to 3·‖b₀‖
constexpr double kUnitLengthMin = 0.95;
constexpr double kUnitLengthMax = 1.05;
constexpr double kParallelMinCos = 0.98;

// The unit-vectors exercise starts from short arrows (unless a link gave
// its own), so the plane can show ±2 and a phone draws the unit circle
// about 65 CSS px wide across instead of 30: a target a finger can aim at.
constexpr int kUnitExercise = 4;
constexpr Vec2 kUnitStartA{1.5, 0.5}, kUnitStartB{0.5, 1.5};
constexpr double kUnitExerciseExtent = 2;

// What the card (and the screen-reader mirror) says when a vector moves
// before the learner has predicted.
constexpr const char* kPredictFirst =
    "Pick what you expect first, then move the vectors: a move made before predicting does not count.";

struct ExerciseText {
    int id;  // 1..kExerciseCount
    const char* title;
    const char* task;                     // what to do with the vectors
    std::array<const char*, 3> choices;   // possible outcomes to predict
    int correctChoice;                    // index into choices
    const char* why;                      // why it matters for embeddings or attention
    const char* action;                   // what to do once predicted, naming the guide on the plane
    std::array<const char*, 3> feedback;  // after the drag, for each prediction: why it was (not) so
};

// The exercise with this id (1..kExerciseCount).
const ExerciseText& exercise_text(int id);
bool is_exercise_id(int id);

struct ExerciseCheck {
    bool passed = false;
    std::string evidence;  // the numbers that prove it (or show how far off it is)
    std::string onPlane;   // the one number that proves it, shown beside the goal
    // What the numbers say about the prediction (a·b 5.00 → 15.00 while cos θ
    // stays): the verdict cites them as they were when the goal was met.
    std::string proof;
    // On the goal as the readouts print it (a·b = 0.00, not −0.05 within the
    // check's tolerance): only then does the plane show the proof with a ✓.
    bool exact = false;
};

// Whether (a, b) completes exercise `id`. `b_start` is b as it was when the
// learner made the prediction (the stretch exercise measures from it).
// Zero-length vectors never pass.
ExerciseCheck check_exercise(int id, Vec2 a, Vec2 b, Vec2 b_start);
// Whether u is within kWidestToleranceDeg of the cloud's first principal
// component. A nearly round cloud (no widest direction) never passes.
ExerciseCheck check_widest(const ProjectionDerived& projection);

struct ExerciseProgress {
    std::optional<int> predicted;  // index of the chosen outcome
    bool done = false;
    // Done on an earlier visit (read from saved progress) or before the
    // learner moved on: the vectors on show are not the ones that did it, so
    // the verdict speaks of then, not now.
    bool earlier = false;
    // The check's proof when it was done on this visit; none when earlier.
    std::string proof{};
};

struct ExerciseSession {
    int active = 1;  // the exercise on show
    std::array<ExerciseProgress, kExerciseCount> progress{};
    Vec2 bStart;  // b when the active exercise's prediction was made
};

ExerciseProgress& progress_of(ExerciseSession& session, int id);
const ExerciseProgress& progress_of(const ExerciseSession& session, int id);

// How many exercises are done, and the first one after `id` (wrapping) that
// is not; 0 when all are.
int done_count(const ExerciseSession& session);
int next_unfinished(const ExerciseSession& session, int id);

// Progress as a short string for localStorage
// ("v2:1=0d,2=1,3=-,4=-,5=-;active=2") and back. Decoding also reads v1,
// which had four exercises, and is forgiving: anything unreadable becomes
// "not started".
std::string encode_progress(const ExerciseSession& session);
ExerciseSession decode_progress(const std::string& text);

}  // namespace dotlab
