// libFuzzer target: any text as a URL query. Whatever it holds, the lesson
// state keeps to its limits and survives the round trip (lesson_invariants.h);
// the warnings stay short.
#include <cstdint>
#include <string>
#include <vector>

#include "lesson_invariants.h"

using namespace dotlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    LessonState state;
    std::vector<std::string> warnings;
    apply_query(text, state, warnings);
    check_state(state);
    for (const std::string& w : warnings) require(w.size() < 400);
    return 0;
}
