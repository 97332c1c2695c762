// libFuzzer target: any text as a URL query, setState call or host message
// (they all reach the core as a query string). Whatever it holds, the lesson
// state stays within its limits and every derived number is finite, or
// explicitly undefined.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/state_codec.h"

using namespace dotlab;

#include <cstdio>

// Names the broken promise before stopping, so a crash report says which.
#define require(ok)                                                \
    do {                                                           \
        if (!(ok)) {                                               \
            std::fprintf(stderr, "fuzz_query: failed: %s\n", #ok); \
            std::abort();                                          \
        }                                                          \
    } while (0)

namespace {
void require_finite(double v) { require(std::isfinite(v)); }
void require_finite(Vec2 v) { require(is_finite(v)); }

// A non-finite number in JSON would be a bare nan or inf where a value goes
// (labels such as "banana" may contain the letters).
bool has_non_finite_value(const std::string& json) {
    for (const char* word : {"nan", "inf"})
        for (size_t at = json.find(word); at != std::string::npos; at = json.find(word, at + 1)) {
            size_t start = at;
            if (start > 0 && json[start - 1] == '-') --start;  // -inf, or a label such as "-nan"
            if (start > 0 && std::string(":,[").find(json[start - 1]) != std::string::npos) return true;
        }
    return false;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    LessonState state;
    std::vector<std::string> warnings;
    apply_query(text, state, warnings);

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

    // What goes out comes back the same.
    for (Mode mode : {Mode::Dot, Mode::Attention, Mode::Retrieval}) {
        state.mode = mode;
        const std::string json = to_json(state, derive(state), ExerciseSession{});
        require(!has_non_finite_value(json));
        LessonState back;
        std::vector<std::string> none;
        apply_query(encode_query(state), back, none);
        require(none.empty());
        require(back.mode == mode);
    }
    for (const std::string& w : warnings) require(w.size() < 400);
    return 0;
}
