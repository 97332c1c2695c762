// libFuzzer target: numeric entry and vector lists, the pieces the lesson's
// own inputs hand to the core, checked against the exercises as well.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/exercises.h"
#include "core/format.h"
#include "core/state_codec.h"

using namespace dotlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (const auto v = parse_vec2(text)) {
        if (!is_finite(*v) || std::abs(v->x) > kMaxCoordinate || std::abs(v->y) > kMaxCoordinate) std::abort();
        const DotDerived d = derive_dot(*v, {1, 2});
        const DotReadouts r = make_dot_readouts(*v, {1, 2}, d);
        for (const std::string* s : {&r.a, &r.normA, &r.cos, &r.angle, &r.dotAlgebraic, &r.dotGeometric}) {
            if (s->find("nan") != std::string::npos || s->find("inf") != std::string::npos) std::abort();
            if (s->rfind("-0.00", 0) == 0 || s->rfind("\u22120.00", 0) == 0) std::abort();
        }
        if (r.dotAlgebraic != r.dotGeometric) std::abort();
        for (int id = 1; id <= kDotExercises; ++id) check_exercise(id, *v, {1, 2}, *v);
    }
    if (const auto list = parse_vec_list(text)) {
        if (list->empty() || list->size() > kMaxKeys) std::abort();
    }
    return 0;
}
