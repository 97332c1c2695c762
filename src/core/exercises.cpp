#include "exercises.h"

#include <cmath>
#include <cstdio>

#include "dot_product.h"
#include "format.h"

namespace dotlab {

namespace {

constexpr double kPi = 3.14159265358979323846;

const std::array<ExerciseText, kExerciseCount> kExercises = {{
    {1,
     "Right angle",
     "Turn b until it is perpendicular to a.",
     {"a\u00b7b gets small, but how small depends on the lengths",
      "a\u00b7b becomes exactly 0, however long the arrows are", "a\u00b7b turns negative"},
     1,
     "At 90\u00b0 cos \u03b8 is 0, so the lengths no longer matter: the product is 0. Embeddings at right "
     "angles share no direction at all, which is why their similarity is zero."},
    {2,
     "Opposite",
     "Point b the opposite way to a.",
     {"a\u00b7b becomes 0", "a\u00b7b becomes a large positive number", "a\u00b7b becomes a large negative number"},
     2,
     "Pointing apart gives cos \u03b8 = \u22121, the most negative value there is. In attention, a key that "
     "points against the query gets the lowest score, and softmax gives it almost no weight."},
    {3,
     "Three times as long",
     "Stretch b to three times the length it has when you predict, without turning it.",
     {"a\u00b7b triples and cos \u03b8 stays the same", "a\u00b7b and cos \u03b8 both triple",
      "a\u00b7b stays the same"},
     0,
     "Length scales the dot product but not the angle. A long vector can win a dot-product ranking "
     "without pointing any closer, which is why retrieval usually compares directions: cosine "
     "similarity divides the lengths out."},
    {4,
     "Unit and parallel",
     "Make a and b point the same way, each with length 1.",
     {"a\u00b7b \u2248 2 and cos \u03b8 \u2248 1", "a\u00b7b \u2248 1 and cos \u03b8 \u2248 1", "a\u00b7b \u2248 0"},
     1,
     "For unit vectors the dot product is the cosine itself, at most 1 when they align. Among many keys, "
     "the best-aligned one gets the highest score and, after softmax, the largest share of attention."},
}};

std::string number(double v, int decimals = 3) { return format_number(v, decimals); }

double angle_between_deg(Vec2 u, Vec2 v) { return std::atan2(std::abs(cross(u, v)), dot(u, v)) * 180.0 / kPi; }

}  // namespace

bool is_exercise_id(int id) { return id >= 1 && id <= kExerciseCount; }

const ExerciseText& exercise_text(int id) { return kExercises[is_exercise_id(id) ? id - 1 : 0]; }

ExerciseCheck check_exercise(int id, Vec2 a, Vec2 b, Vec2 b_start) {
    ExerciseCheck c;
    const DotDerived d = derive_dot(a, b);
    if (!d.cos) {
        c.evidence = "A zero-length vector has no direction; give both arrows some length.";
        return c;
    }
    const double cos = *d.cos;
    switch (id) {
        case 1:
            c.passed = std::abs(cos) <= kPerpendicularMaxAbsCos;
            c.evidence = "cos \u03b8 = " + number(cos) + ", a\u00b7b = " + number(d.dot, 2);
            break;
        case 2:
            c.passed = cos <= kOppositeMaxCos;
            c.evidence = "cos \u03b8 = " + number(cos) + ", a\u00b7b = " + number(d.dot, 2);
            break;
        case 3: {
            const double start_length = norm(b_start);
            if (!(start_length > 0)) {
                c.evidence = "b had no length when you predicted; give it some and predict again.";
                break;
            }
            const double ratio = d.normB / start_length;
            const double turn = angle_between_deg(b_start, b);
            c.passed = turn <= kStretchMaxTurnDeg && std::abs(d.normB - kStretchFactor * start_length) <=
                                                         kStretchLengthTolerance * kStretchFactor * start_length;
            const DotDerived start = derive_dot(a, b_start);
            c.evidence = "\u2016b\u2016 is " + number(ratio, 2) + "\u00d7 its start, turned " + number(turn, 1) +
                         "\u00b0; a\u00b7b went " + number(start.dot, 2) + " \u2192 " + number(d.dot, 2) +
                         ", cos \u03b8 " + number(start.cos.value_or(0), 3) + " \u2192 " + number(cos, 3);
            break;
        }
        case 4:
            c.passed = d.normA >= kUnitLengthMin && d.normA <= kUnitLengthMax && d.normB >= kUnitLengthMin &&
                       d.normB <= kUnitLengthMax && cos >= kParallelMinCos;
            c.evidence = "\u2016a\u2016 = " + number(d.normA) + ", \u2016b\u2016 = " + number(d.normB) +
                         ", cos \u03b8 = " + number(cos) + ", a\u00b7b = " + number(d.dot);
            break;
        default: c.evidence = "There is no such exercise.";
    }
    return c;
}

ExerciseProgress& progress_of(ExerciseSession& session, int id) {
    return session.progress[is_exercise_id(id) ? id - 1 : 0];
}
const ExerciseProgress& progress_of(const ExerciseSession& session, int id) {
    return session.progress[is_exercise_id(id) ? id - 1 : 0];
}

std::string encode_progress(const ExerciseSession& session) {
    std::string out = "v1:";
    for (int id = 1; id <= kExerciseCount; ++id) {
        const ExerciseProgress& p = progress_of(session, id);
        out += std::to_string(id) + "=" + (p.predicted ? std::to_string(*p.predicted) : "-") + (p.done ? "d" : "") +
               (id < kExerciseCount ? "," : "");
    }
    return out + ";active=" + std::to_string(session.active);
}

ExerciseSession decode_progress(const std::string& text) {
    ExerciseSession session;
    if (text.rfind("v1:", 0) != 0) return session;
    for (int id = 1; id <= kExerciseCount; ++id) {
        const std::string key = std::to_string(id) + "=";
        const size_t at = text.find(key, 3);
        if (at == std::string::npos || at + key.size() >= text.size()) continue;
        const char choice = text[at + key.size()];
        ExerciseProgress& p = progress_of(session, id);
        if (choice >= '0' && choice <= '2') p.predicted = choice - '0';
        // Done only counts together with a prediction: the order is predict, then drag.
        p.done = p.predicted && at + key.size() + 1 < text.size() && text[at + key.size() + 1] == 'd';
    }
    const size_t active = text.find(";active=");
    if (active != std::string::npos && active + 8 < text.size()) {
        const int id = text[active + 8] - '0';
        if (is_exercise_id(id)) session.active = id;
    }
    return session;
}

}  // namespace dotlab
