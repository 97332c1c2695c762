#include "exercises.h"

#include <cmath>
#include <cstdio>

#include "dot_product.h"
#include "format.h"

namespace dotlab {

namespace {

const std::array<ExerciseText, kExerciseCount> kExercises = {{
    {1,
     "Right angle",
     "Turn b until it is perpendicular to a.",
     {"a\u00b7b gets small, but how small depends on the lengths",
      "a\u00b7b becomes exactly 0, however long the arrows are", "a\u00b7b turns negative"},
     1,
     "At 90\u00b0 cos \u03b8 is 0, so the lengths no longer matter: the product is 0. Embeddings at right "
     "angles share no direction at all, which is why their similarity is zero.",
     "Turn b onto the dashed line at right angles to a.",
     {"A natural guess, but the lengths drop out: at 90\u00b0 cos \u03b8 is exactly 0, and anything times 0 "
      "is 0.",
      "Just as you said: at 90\u00b0 cos \u03b8 is 0, so the product is 0 whatever the lengths.",
      "It turns negative only past 90\u00b0. Exactly at the right angle it rests on 0, between the two "
      "signs."}},
    {2,
     "Opposite",
     "Point b the opposite way to a.",
     {"a\u00b7b becomes 0", "a\u00b7b reaches its largest positive value", "a\u00b7b reaches its most negative value"},
     2,
     "Pointing apart gives cos \u03b8 = \u22121, the most negative value there is. In attention, a key that "
     "points against the query gets the lowest score, and softmax gives it almost no weight.",
     "Turn b onto the dashed ray that points away from a.",
     {"Zero belongs to the right angle. Pointing apart, cos \u03b8 reaches \u22121, so a\u00b7b is as "
      "negative as these lengths allow.",
      "Positive means leaning together. Pointing apart gives cos \u03b8 = \u22121: the most negative a\u00b7b "
      "these lengths can make.",
      "Just as you said: pointing apart, cos \u03b8 goes to \u22121 and a\u00b7b to "
      "\u2212\u2016a\u2016\u2016b\u2016, as negative as these lengths allow."}},
    {3,
     "Three times as long",
     "Stretch b to three times the length it has when you predict, without turning it.",
     {"a\u00b7b triples and cos \u03b8 stays the same", "a\u00b7b and cos \u03b8 both triple",
      "a\u00b7b stays the same"},
     0,
     "Length scales the dot product but not the angle. A long vector can win a dot-product ranking "
     "without pointing any closer, which is why retrieval often compares directions: cosine "
     "similarity divides the lengths out.",
     "Pull b's tip out to the ring at three times its start.",
     {"Just as you said: length multiplies the dot product, while the angle, and so cos \u03b8, stayed "
      "put.",
      "cos \u03b8 depends on the angle alone, which did not change (and it never leaves \u22121 to 1). "
      "a\u00b7b did triple.",
      "a\u00b7b grows with each length, so three times the length gives three times the product. Only "
      "cos \u03b8 stayed put."}},
    {4,
     "Unit and parallel",
     "Make a and b point the same way, each with length 1.",
     {"a\u00b7b \u2248 2 and cos \u03b8 \u2248 1", "a\u00b7b \u2248 1 and cos \u03b8 \u2248 1", "a\u00b7b \u2248 0"},
     1,
     "For unit vectors the dot product is the cosine itself, at most 1 when they align. Among many keys, "
     "the best-aligned one gets the highest score and, after softmax, the largest share of attention.",
     "Bring a and b onto the circle, pointing the same way.",
     {"Two lengths of 1 multiply to 1 rather than add to 2: a\u00b7b = 1\u00b71\u00b7cos 0\u00b0 = 1.",
      "Just as you said: for unit vectors a\u00b7b is cos \u03b8 itself, and pointing the same way makes "
      "it 1.",
      "Zero is the right angle's value. Pointing the same way, cos \u03b8 = 1, so a\u00b7b = 1\u00b71\u00b71 "
      "= 1."}},
    {5,
     "The widest direction",
     "Turn u until the points' projections onto it spread out as far as they can.",
     {"u ends up along the cloud's long side", "u ends up across the cloud, at 90\u00b0 to its long side",
      "Every direction spreads them about the same"},
     0,
     "The widest direction is the first principal component. PCA projects data onto its widest "
     "directions to keep as much of the spread as a few numbers can, and drops the narrow ones.",
     "Turn u by its tip until the orange band is as long as it gets. Once you have predicted, the panel draws "
     "the spread for every direction and rings its peak.",
     {"Just as you said: along the long side the landings spread the most. That line is the first "
      "principal component.",
      "Across the cloud the landings bunch up: that is the narrowest direction, the second component. "
      "The widest runs along the long side.",
      "For a round cloud that would be so, but this one is stretched: along its long side the spread is "
      "largest."}},
}};

std::string number(double v, int decimals = 3) { return format_number(v, decimals); }

// a·b from the lengths and the angle, with the numbers: ‖a‖‖b‖ cos θ = 7.10·0.000 = 0.00.
std::string geometric_proof(const DotDerived& d, double cos) {
    const std::string c = number(cos);
    return "\u2016a\u2016\u2016b\u2016 cos \u03b8 = " + number(d.normA * d.normB, 2) + "\u00b7" +
           (cos < 0 ? "(" + c + ")" : c) + " = " + number(d.dot, 2);
}

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
            c.onPlane = "a\u00b7b = " + number(d.dot, 2);
            c.proof = geometric_proof(d, cos);
            c.exact = number(d.dot, 2) == "0.00";
            break;
        case 2:
            c.passed = cos <= kOppositeMaxCos;
            c.evidence = "cos \u03b8 = " + number(cos) + ", a\u00b7b = " + number(d.dot, 2);
            c.onPlane = "cos \u03b8 = " + number(cos);
            c.proof = geometric_proof(d, cos);
            c.exact = number(cos) == number(-1.0);
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
            const std::string change = number(start.dot, 2) + " \u2192 " + number(d.dot, 2) + ", cos \u03b8 " +
                                       number(start.cos.value_or(0), 3) + " \u2192 " + number(cos, 3);
            c.proof = "a\u00b7b " + change;
            c.evidence = "\u2016b\u2016 is " + number(ratio, 2) + "\u00d7 its start, turned " + number(turn, 1) +
                         "\u00b0; a\u00b7b went " + change;
            c.onPlane = "\u2016b\u2016 = " + number(ratio, 2) + "\u00d7 its start";
            c.exact = number(ratio, 2) == "3.00" && number(turn, 1) == "0.0";
            break;
        }
        case 4:
            c.passed = d.normA >= kUnitLengthMin && d.normA <= kUnitLengthMax && d.normB >= kUnitLengthMin &&
                       d.normB <= kUnitLengthMax && cos >= kParallelMinCos;
            c.evidence = "\u2016a\u2016 = " + number(d.normA, 2) + ", \u2016b\u2016 = " + number(d.normB, 2) +
                         ", cos \u03b8 = " + number(cos) + ", a\u00b7b = " + number(d.dot, 2);
            c.onPlane = "a\u00b7b = " + number(d.dot, 2);
            c.proof = geometric_proof(d, cos);
            c.exact = number(d.normA, 2) == "1.00" && number(d.normB, 2) == "1.00" && number(cos) == "1.000";
            break;
        default: c.evidence = "There is no such exercise.";
    }
    return c;
}

ExerciseCheck check_widest(const ProjectionDerived& d) {
    ExerciseCheck c;
    if (d.coincident) {
        c.evidence = "All the points sit at one place, so no direction spreads them. Drag some apart.";
        return c;
    }
    if (!d.elongated) {
        c.evidence =
            "This cloud is nearly round, so no direction is the widest. Drag some points out to "
            "stretch it.";
        return c;
    }
    c.passed = d.gapToWidestDeg <= kWidestToleranceDeg;
    c.evidence = "u is " + number(d.gapToWidestDeg, 1) + "\u00b0 from the widest direction; variance " +
                 number(d.variance, 2) + "; the widest gives " + number(d.axes.largest, 2);
    c.onPlane = "variance " + number(d.variance, 2) + ", the most there is";
    c.proof = "variance along u " + number(d.variance, 2) + ", across " + number(d.axes.smallest, 2);
    c.exact = number(d.gapToWidestDeg, 1) == "0.0";
    return c;
}

ExerciseProgress& progress_of(ExerciseSession& session, int id) {
    return session.progress[is_exercise_id(id) ? id - 1 : 0];
}
const ExerciseProgress& progress_of(const ExerciseSession& session, int id) {
    return session.progress[is_exercise_id(id) ? id - 1 : 0];
}

int done_count(const ExerciseSession& session) {
    int count = 0;
    for (const ExerciseProgress& p : session.progress) count += p.done ? 1 : 0;
    return count;
}

int next_unfinished(const ExerciseSession& session, int id) {
    for (int step = 1; step <= kExerciseCount; ++step) {
        const int candidate = (id - 1 + step) % kExerciseCount + 1;
        if (!progress_of(session, candidate).done) return candidate;
    }
    return 0;
}

std::string encode_progress(const ExerciseSession& session) {
    std::string out = "v2:";
    for (int id = 1; id <= kExerciseCount; ++id) {
        const ExerciseProgress& p = progress_of(session, id);
        out += std::to_string(id) + "=" + (p.predicted ? std::to_string(*p.predicted) : "-") + (p.done ? "d" : "") +
               (id < kExerciseCount ? "," : "");
    }
    return out + ";active=" + std::to_string(session.active);
}

ExerciseSession decode_progress(const std::string& text) {
    ExerciseSession session;
    if (text.rfind("v1:", 0) != 0 && text.rfind("v2:", 0) != 0) return session;
    for (int id = 1; id <= kExerciseCount; ++id) {
        const std::string key = std::to_string(id) + "=";
        const size_t at = text.find(key, 3);
        if (at == std::string::npos || at + key.size() >= text.size()) continue;
        const char choice = text[at + key.size()];
        ExerciseProgress& p = progress_of(session, id);
        if (choice >= '0' && choice <= '2') p.predicted = choice - '0';
        // Done only counts together with a prediction: the order is predict, then drag.
        p.done = p.predicted && at + key.size() + 1 < text.size() && text[at + key.size() + 1] == 'd';
        p.earlier = p.done;
    }
    const size_t active = text.find(";active=");
    if (active != std::string::npos && active + 8 < text.size()) {
        const int id = text[active + 8] - '0';
        if (is_exercise_id(id)) session.active = id;
    }
    return session;
}

}  // namespace dotlab
