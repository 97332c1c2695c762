#include <catch2/catch.hpp>

#include "core/wrap.h"

using namespace dotlab;

namespace {
// One unit per byte: enough to decide where lines break.
double bytes(std::string_view s) { return double(s.size()); }
}  // namespace

TEST_CASE("lines break at spaces only, so numbers stay whole", "[wrap]") {
    // "a·b = −8.33" is 15 bytes; a width of 12 must not split "−8.33".
    const auto lines = wrap_lines("a\u00b7b = \u22128.33, cos \u03b8 = 0.707", 12, bytes);
    REQUIRE(lines.size() >= 3);
    for (std::string_view line : lines) {
        const bool whole = line.find("8.") == std::string_view::npos || line.find("8.33") != std::string_view::npos;
        CHECK(whole);
    }
    CHECK(lines[0] == "a\u00b7b =");
    CHECK(lines[1] == "\u22128.33, cos");
}

TEST_CASE("newlines end lines; a word longer than the width stands alone", "[wrap]") {
    const auto lines = wrap_lines("one two\n\nthreefourfive six", 8, bytes);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "one two");
    CHECK(lines[1].empty());
    CHECK(lines[2] == "threefourfive");
    CHECK(lines[3] == "six");
    CHECK(wrap_lines("", 10, bytes).size() == 1);
}

TEST_CASE("an equation's sides share a line while another break fits", "[wrap]") {
    // "so a·b =" (9 bytes) fits 12, and "0.00" alone would end the sum.
    auto lines = wrap_lines("so a\u00b7b = 0.00 here", 12, bytes);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "so");
    CHECK(lines[1] == "a\u00b7b = 0.00");
    lines = wrap_lines("went 5.00 \u2192 15.00", 14, bytes);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == "5.00 \u2192 15.00");
    // "w = 0.5 (1.40, 1.40) = (0.70, 0.70)": no break inside a vector either.
    lines = wrap_lines("w = 0.5 (1.40, 1.40) = (0.70, 0.70)", 27, bytes);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "w = 0.5");
    CHECK(lines[1] == "(1.40, 1.40) = (0.70, 0.70)");
    lines = wrap_lines("v (\u22121.4, 2) and", 16, bytes);  // "v (−1.4, 2)" is 14 bytes
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "v (\u22121.4, 2)");
    // Words in parentheses break as words do.
    lines = wrap_lines("values (what each passes on), each", 20, bytes);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "values (what each");
}
