// libFuzzer target: saved exercise progress as read back from localStorage,
// which any script on the origin (or a curious learner) can change.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/exercises.h"

using namespace dotlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const ExerciseSession session = decode_progress(text);
    if (!is_exercise_id(session.active)) std::abort();
    for (const ExerciseProgress& p : session.progress) {
        if (p.predicted && (*p.predicted < 0 || *p.predicted > 2)) std::abort();
        if (p.done && !p.predicted) std::abort();
    }
    // Encoding what was decoded is stable.
    if (encode_progress(decode_progress(encode_progress(session))) != encode_progress(session)) std::abort();
    return 0;
}
