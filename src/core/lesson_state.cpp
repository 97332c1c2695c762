#include "lesson_state.h"

namespace dotlab {

const char* mode_name(Mode mode) {
    switch (mode) {
        case Mode::Attention: return "attention";
        case Mode::Retrieval: return "retrieval";
        case Mode::Dot: break;
    }
    return "dot";
}

}  // namespace dotlab
