#include "palette.h"

#include <algorithm>
#include <cmath>

namespace dotlab {

const Palette& light_palette() {
    static const Palette palette = {
        /*canvas*/ rgb(0xffffff),
        /*panel*/ rgb(0xf6f8fa),
        /*grid*/ rgb(0xeef1f5),
        /*gridMajor*/ rgb(0xd9dee5),
        /*axis*/ rgb(0x8c96a3),
        /*tickText*/ rgb(0x5b6470),
        /*text*/ rgb(0x1f2328),
        /*textMuted*/ rgb(0x57606a),
        /*rule*/ rgb(0xd8dee4),
        /*vectorA*/ rgb(0x0969da),
        /*vectorB*/ rgb(0xcf222e),
        /*projection*/ rgb(0xc2410c),
        /*output*/ rgb(0x1a7f37),
        /*perpendicular*/ rgb(0x8c96a3),
        /*angleArc*/ rgb(0x6e40c9),
        /*handleRing*/ rgb(0xffffff),
        /*notice*/ rgb(0xfff8c5),
        /*noticeText*/ rgb(0x4d3800),
        /*choiceHover*/ rgb(0xeef1f5),
        /*choiceSelected*/ rgb(0xddf4ff),
        /*focusRing*/ rgb(0x1f2328),
        /*goal*/ rgb(0x0a7480),
        /*value*/ rgb(0x8957e5),
        /*valueText*/ rgb(0x6e40c9),
        /*vectorBFaded*/ rgb(0xbf4d57),
    };
    return palette;
}

const Palette& dark_palette() {
    static const Palette palette = {
        /*canvas*/ rgb(0x0d1117),
        /*panel*/ rgb(0x161b22),
        /*grid*/ rgb(0x1a2029),
        /*gridMajor*/ rgb(0x2d333b),
        /*axis*/ rgb(0x6e7681),
        /*tickText*/ rgb(0x9198a1),
        /*text*/ rgb(0xe6edf3),
        /*textMuted*/ rgb(0x9da7b3),
        /*rule*/ rgb(0x30363d),
        /*vectorA*/ rgb(0x4c9aff),
        /*vectorB*/ rgb(0xff7b72),
        /*projection*/ rgb(0xf0883e),
        /*output*/ rgb(0x3fb950),
        /*perpendicular*/ rgb(0x8b949e),
        /*angleArc*/ rgb(0xbc8cff),
        /*handleRing*/ rgb(0x0d1117),
        /*notice*/ rgb(0x3b2e00),
        /*noticeText*/ rgb(0xf2cc60),
        /*choiceHover*/ rgb(0x1f2630),
        /*choiceSelected*/ rgb(0x0c2d6b),
        /*focusRing*/ rgb(0xe6edf3),
        /*goal*/ rgb(0x39c5cf),
        /*value*/ rgb(0xbc8cff),
        /*valueText*/ rgb(0xd2a8ff),
        /*vectorBFaded*/ rgb(0xc98a85),
    };
    return palette;
}

namespace {
double channel(Color c, int shift) {
    const double v = double((c >> shift) & 0xff) / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}
double luminance(Color c) { return 0.2126 * channel(c, 0) + 0.7152 * channel(c, 8) + 0.0722 * channel(c, 16); }
}  // namespace

double contrast_ratio(Color a, Color b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace dotlab
