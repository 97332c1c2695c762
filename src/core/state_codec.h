// URL query strings and JSON: how the lesson state leaves and enters the core.
//
// One decoder serves the page URL, window.dotlab.setState and host messages
// (the JS side turns their objects into the same key=value form), so a value
// is validated the same way whichever door it came through.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dot_product.h"
#include "exercises.h"
#include "lesson_state.h"

namespace dotlab {

// "3,-1.5" -> {3, -1.5}. Plain decimal numbers only (no inf, nan, hex), each
// finite and within ±kMaxCoordinate; anything else gives nothing.
std::optional<Vec2> parse_vec2(std::string_view text);

// Decodes "%2C" and "+" as in application/x-www-form-urlencoded.
std::string percent_decode(std::string_view text);

// "1,0;0,1" -> {{1,0},{0,1}}: 1 to kMaxKeys vectors, each as parse_vec2.
std::optional<std::vector<Vec2>> parse_vec_list(std::string_view text);

// Applies the keys of a query string ("a=3,1&b=1,2", a leading '?' or '#' is
// skipped) to `state`. Unknown keys are ignored; a bad value leaves that
// field as it was and adds a learner-readable warning.
void apply_query(std::string_view query, LessonState& state, std::vector<std::string>& warnings);

// The inverse of apply_query for the current mode: "v=1&mode=dot&a=3,1&b=1,2".
std::string encode_query(const LessonState& state);

// The getState() object for the current mode (see DESIGN.md).
std::string to_json(const LessonState& state, const LessonDerived& derived, const ExerciseSession& exercises);

}  // namespace dotlab
