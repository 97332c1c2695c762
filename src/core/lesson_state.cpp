#include "lesson_state.h"

namespace dotlab {

LessonDerived derive(const LessonState& state, const LessonDerived* reuse) {
    LessonDerived d;
    if (reuse)
        d.stored = reuse->stored;
    else if (state.vectors)
        d.stored = rank_store(state.vectors->store, state.query);
    d.dot = derive_dot(state.a, state.b);
    d.attention = derive_attention(state.q, state.keys, state.values, state.scale);
    d.retrieval = derive_retrieval(state.q, state.docs, state.norm);
    d.projection = derive_projection(state.points, state.u);
    return d;
}

Vec2 default_value(size_t index) {
    static const Vec2 turns[] = {{1.4, 1.4}, {-1.4, 1.4}, {-1.4, -1.4}, {1.4, -1.4}};
    return turns[index % 4];
}

}  // namespace dotlab
