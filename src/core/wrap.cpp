#include "wrap.h"

#include <algorithm>

namespace dotlab {

namespace {

constexpr std::string_view kArrow = "\u2192";

bool binds(std::string_view text) { return text.substr(0, 1) == "=" || text.substr(0, kArrow.size()) == kArrow; }
bool bound_by(std::string_view text) {
    return (!text.empty() && text.back() == '=') ||
           (text.size() >= kArrow.size() && text.substr(text.size() - kArrow.size()) == kArrow);
}

// Inside "(1.40, −1.40)": a vector's coordinates belong on one line. Words
// in parentheses break as words do.
bool in_vector(std::string_view text) {
    const size_t open = text.rfind('(');
    if (open == std::string_view::npos || text.find(')', open) != std::string_view::npos) return false;
    const std::string_view inside = text.substr(open + 1);
    const bool minus = inside.substr(0, 3) == "\u2212" || inside.substr(0, 1) == "-";
    const std::string_view first = inside.substr(minus ? (inside[0] == '-' ? 1 : 3) : 0, 1);
    return !first.empty() && first[0] >= '0' && first[0] <= '9';
}

// A space beside "=" or "→" keeps an equation's sides on one line: "so
// a·b =" above "0.00" read as an unfinished sum.
bool holds_together(std::string_view paragraph, size_t space) {
    const std::string_view before = paragraph.substr(0, space);
    return bound_by(before) || binds(paragraph.substr(space + 1)) || in_vector(before);
}

// Where the line starting `paragraph` ends: the longest run of whole words
// that fits, preferring a break that keeps equations whole; one word alone
// if none fits.
size_t line_end(std::string_view paragraph, double width, const std::function<double(std::string_view)>& measure) {
    size_t any = std::string_view::npos, loose = std::string_view::npos;
    for (size_t space = paragraph.find(' '); space != std::string_view::npos; space = paragraph.find(' ', space + 1)) {
        if (measure(paragraph.substr(0, space)) > width) break;
        any = space;
        if (!holds_together(paragraph, space)) loose = space;
    }
    if (loose != std::string_view::npos) return loose;
    if (any != std::string_view::npos) return any;
    return std::min(paragraph.size(), paragraph.find(' '));
}

}  // namespace

std::vector<std::string_view> wrap_lines(std::string_view text, double width,
                                         const std::function<double(std::string_view)>& measure) {
    std::vector<std::string_view> lines;
    while (true) {
        const size_t newline = text.find('\n');
        std::string_view paragraph = text.substr(0, newline);
        while (true) {
            const size_t end = measure(paragraph) > width ? line_end(paragraph, width, measure) : paragraph.size();
            lines.push_back(paragraph.substr(0, end));
            if (end >= paragraph.size()) break;
            paragraph.remove_prefix(end + 1);
        }
        if (newline == std::string_view::npos) return lines;
        text.remove_prefix(newline + 1);
    }
}

}  // namespace dotlab
