// Breaking text into lines that fit a width, at spaces and newlines only, so
// a number such as −8.33 never splits (ImGui's own wrapping also breaks after
// '.', ',' and the like), and not beside "=" or "→" or inside a vector's
// parentheses while another break fits, so an equation's sides and a
// vector's coordinates share a line. Pure: the width of a piece of text is
// asked of the caller.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace dotlab {

std::vector<std::string_view> wrap_lines(std::string_view text, double width,
                                         const std::function<double(std::string_view)>& measure);

}  // namespace dotlab
