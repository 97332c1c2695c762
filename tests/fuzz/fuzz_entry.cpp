// libFuzzer target: numeric entry, vector lists and pasted vectors, the
// pieces the lesson's own inputs hand to the core, checked against the
// exercises and the rankings as well.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/exercises.h"
#include "core/format.h"
#include "core/state_codec.h"
#include "core/vectors.h"

using namespace dotlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (const auto v = parse_vec2(text)) {
        if (!is_finite(*v) || std::abs(v->x) > kMaxCoordinate || std::abs(v->y) > kMaxCoordinate) std::abort();
        const DotDerived d = derive_dot(*v, {1, 2});
        const DotReadouts r = make_dot_readouts(*v, {1, 2}, d);
        for (const std::string* s : {&r.a, &r.normA, &r.cos, &r.angle, &r.dotAlgebraic, &r.dotGeometric}) {
            if (s->find("nan") != std::string::npos || s->find("inf") != std::string::npos) std::abort();
            if (has_negative_zero(*s)) std::abort();
        }
        if (r.dotAlgebraic != r.dotGeometric) std::abort();
        for (int id = 1; id <= kDotExercises; ++id) check_exercise(id, *v, {1, 2}, *v);
    }
    if (const auto list = parse_vec_list(text)) {
        if (list->empty() || list->size() > kMaxKeys) std::abort();
    }
    std::string error;
    if (const auto store = parse_vectors(text, error)) {
        if (store->count() < 2 || store->count() > kMaxStoreVectors || store->dim < 2 || store->dim > kMaxStoreDim ||
            store->values.size() != store->count() * store->dim)
            std::abort();
        const StoreRanking r = rank_store(*store, 0);
        for (double c : r.cosines)
            if (!std::isfinite(c) || std::abs(c) > 1 + 1e-9) std::abort();
        for (const Vec2 p : principal_plane(*store))
            if (!is_finite(p)) std::abort();
    } else if (error.empty()) {
        std::abort();  // a refusal always says why
    }
    return 0;
}
