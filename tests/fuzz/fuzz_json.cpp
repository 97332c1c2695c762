// libFuzzer target: any text as setState()'s JSON (and dotlab:set's state).
// Whatever it holds, the reader stays within its bounds, the state keeps to
// its limits and survives the round trip (lesson_invariants.h); the warnings
// stay short.
#include <cstdint>
#include <string>
#include <vector>

#include "core/json.h"
#include "lesson_invariants.h"

using namespace dotlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::string error;
    if (parse_json(text, error)) require(error.empty());
    LessonState state;
    std::vector<std::string> warnings;
    apply_json(text, state, warnings);
    check_state(state);
    for (const std::string& w : warnings) require(w.size() < 400);
    return 0;
}
