#include "wrap.h"

#include <algorithm>

namespace dotlab {

std::vector<std::string_view> wrap_lines(std::string_view text, double width,
                                         const std::function<double(std::string_view)>& measure) {
    std::vector<std::string_view> lines;
    while (true) {
        const size_t newline = text.find('\n');
        std::string_view paragraph = text.substr(0, newline);
        while (true) {
            size_t end = paragraph.size();
            if (measure(paragraph) > width) {
                // The longest run of whole words that fits, or one word alone.
                size_t fits = paragraph.find(' ');
                for (size_t space = fits; space != std::string_view::npos; space = paragraph.find(' ', space + 1)) {
                    if (measure(paragraph.substr(0, space)) > width) break;
                    fits = space;
                }
                end = std::min(end, fits);
            }
            lines.push_back(paragraph.substr(0, end));
            if (end >= paragraph.size()) break;
            paragraph.remove_prefix(end + 1);
        }
        if (newline == std::string_view::npos) return lines;
        text.remove_prefix(newline + 1);
    }
}

}  // namespace dotlab
