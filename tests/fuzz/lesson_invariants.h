// What every fuzz target that reads a whole lesson state checks: the state
// keeps its limits, every derived number is finite or explicitly undefined,
// and the state survives the trip out and back in, as a link and as
// getState() JSON through setState(), unchanged, in every view.
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/schema.h"
#include "core/state_codec.h"
#include "core/views.h"

namespace dotlab {

// Names the broken promise before stopping, so a crash report says which.
#define require(ok)                                          \
    do {                                                     \
        if (!(ok)) {                                         \
            std::fprintf(stderr, "fuzz: failed: %s\n", #ok); \
            std::abort();                                    \
        }                                                    \
    } while (0)

inline void require_finite(double v) { require(std::isfinite(v)); }
inline void require_finite(Vec2 v) { require(is_finite(v)); }

// A non-finite number in JSON would be a bare nan or inf where a value goes
// (labels such as "banana" may contain the letters).
inline bool has_non_finite_value(const std::string& json) {
    for (const char* word : {"nan", "inf"})
        for (size_t at = json.find(word); at != std::string::npos; at = json.find(word, at + 1)) {
            size_t start = at;
            if (start > 0 && json[start - 1] == '-') --start;  // -inf, or a label such as "-nan"
            if (start > 0 && std::string(":,[").find(json[start - 1]) != std::string::npos) return true;
        }
    return false;
}

inline void check_state(LessonState state) {
    require(state.keys.size() >= 1 && state.keys.size() <= kMaxKeys);
    require(state.values.size() == state.keys.size());
    require(state.docs.size() <= kMaxDocuments);
    require(state.scale > 0 && std::isfinite(state.scale));
    for (Vec2 v : {state.a, state.b, state.q})
        require(std::abs(v.x) <= kMaxCoordinate && std::abs(v.y) <= kMaxCoordinate);

    const LessonDerived d = derive(state);
    for (double v : {d.dot.dot, d.dot.dotGeometric, d.dot.normA, d.dot.normB, d.dot.projScalar}) require_finite(v);
    require_finite(d.dot.proj);
    if (d.dot.cos) require(*d.dot.cos >= -1 && *d.dot.cos <= 1);
    double sum = 0;
    for (double w : d.attention.weights) require_finite(w), sum += w;
    require(std::abs(sum - 1) < 1e-9);
    require_finite(d.attention.output);
    for (double v : d.retrieval.dots) require_finite(v);

    // What goes out comes back the same, in every view, as a link and as
    // getState() JSON through setState().
    for (const View& view : all_views()) {
        state.mode = view.mode;
        const std::string json = to_json(state, derive(state), ExerciseSession{});
        require(!has_non_finite_value(json));
        LessonState from_link, from_json;
        std::vector<std::string> none;
        apply_query(encode_query(state), from_link, none);
        apply_json(json, from_json, none);
        require(none.empty());
        require(same_view_state(state, from_link));
        require(same_view_state(state, from_json));
    }
}

}  // namespace dotlab
