// Link text and JSON: how the lesson state leaves and enters the core.
//
// The URL, Copy link, window.dotlab.getState()/setState() and host messages
// all go through here, and here through the one table of fields in
// schema.cpp, so a value is validated the same way whichever door it came
// through, and what goes out comes back the same.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exercises.h"
#include "lesson_state.h"

namespace dotlab {

// "-1.5e2" -> -150: a plain decimal number (no inf, nan, hex or blanks),
// finite and within ±kMaxCoordinate; -0 reads as 0.
std::optional<double> parse_number(std::string_view text);
// "3,-1.5" -> {3, -1.5}. Plain decimal numbers only (no inf, nan, hex), each
// finite and within ±kMaxCoordinate; anything else gives nothing.
std::optional<Vec2> parse_vec2(std::string_view text);
// "1,0;0,1" -> {{1,0},{0,1}}: 1 to kMaxKeys vectors, each as parse_vec2.
std::optional<std::vector<Vec2>> parse_vec_list(std::string_view text);
// "cat:1,2;dog:-1,0.5": up to kMaxDocuments labelled vectors.
std::optional<std::vector<Document>> parse_docs(std::string_view text);
// A number above 0 and at most kMaxCoordinate.
std::optional<double> parse_scale(std::string_view text);
// 1 to 24 letters, digits, spaces, '-' and '_'.
bool is_document_label(std::string_view label);

// Decodes "%2C" and "+" as in application/x-www-form-urlencoded.
std::string percent_decode(std::string_view text);

// Link text for numbers: the shortest that reads back as the same double.
std::string link_number(double value);
std::string link_vec(Vec2 v);
std::string link_list(const std::vector<Vec2>& list);
std::string link_docs(const std::vector<Document>& docs);

// Applies the keys of a query string ("a=3,1&b=1,2", a leading '?' or '#' is
// skipped) to `state`. Unknown keys are ignored; a bad value leaves that
// field as it was and adds a learner-readable warning.
void apply_query(std::string_view query, LessonState& state, std::vector<std::string>& warnings);

// setState() and dotlab:set: a JSON object with getState()'s input keys
// (link text is accepted as a field's value too). Bad values warn as above;
// "derived" and "exercises", getState()'s own reports, are skipped.
void apply_json(std::string_view json, LessonState& state, std::vector<std::string>& warnings);

// The current view's state as link text: "v=1&mode=dot&a=3,1&b=1,2".
std::string encode_query(const LessonState& state);

// The getState() object for the current view (see docs/contract.md).
std::string to_json(const LessonState& state, const LessonDerived& derived, const ExerciseSession& exercises);

}  // namespace dotlab
