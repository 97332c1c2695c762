// The lesson state's fields, described once: each one's names, the views it
// belongs to, and how it reads and writes as link text and as JSON. Links
// (the URL and Copy link), getState() and setState() (host messages too) all
// go through this one table (state_codec.cpp walks it).
//
// A new URL key: one row here, with a codec for its type.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "json.h"
#include "lesson_state.h"

namespace dotlab {

using ViewMask = unsigned;
constexpr ViewMask view_bit(Mode mode) { return 1u << unsigned(mode); }
constexpr ViewMask kAllViews = ~0u;

// How one field reads and writes. A null writer means the field is read
// only (exercise=3 opens an exercise; nothing reports it back).
struct FieldCodec {
    bool (*fromText)(std::string_view text, LessonState& state);   // link text; false: refused
    bool (*fromJson)(const JsonValue& value, LessonState& state);  // setState; false: refused
    void (*toText)(const LessonState& state, std::string& out);    // Copy link
    void (*toJson)(const LessonState& state, std::string& out);    // getState
    const char* expected;  // what a good value looks like, for the warning: "two numbers, each within ±1000"
};

struct StateField {
    const char* url;      // the key in links: "k"
    const char* json;     // the key in getState() and setState(): "keys"
    ViewMask views;       // the views whose state it belongs to (written for those, read always)
    const char* example;  // a good value as link text: "1,0;0,1"
    FieldCodec codec;
};

// The table, a constant array (no start-up code builds it), for range-for.
struct StateFields {
    const StateField* first;
    size_t count;
    const StateField* begin() const { return first; }
    const StateField* end() const { return first + count; }
};
StateFields state_fields();
// The field with this link or JSON name, or nullptr.
const StateField* field_named(std::string_view name);

// Whether two states show the same view identically: the mode and every
// field of that view, compared as getState() writes them.
bool same_view_state(const LessonState& x, const LessonState& y);

}  // namespace dotlab
