#include <catch2/catch.hpp>

#include "app/palette.h"

#include <algorithm>
#include <cmath>

using namespace dotlab;

TEST_CASE("contrast ratios follow WCAG", "[palette]") {
    CHECK(contrast_ratio(rgb(0x000000), rgb(0xffffff)) == Approx(21.0));
    CHECK(contrast_ratio(rgb(0x777777), rgb(0x777777)) == Approx(1.0));
    CHECK(contrast_ratio(rgb(0x767676), rgb(0xffffff)) == Approx(4.54).epsilon(0.01));
}

TEST_CASE("every colour used for text reads at 4.5:1 in both themes", "[palette]") {
    for (const Palette* p : {&light_palette(), &dark_palette()}) {
        for (Color background : {p->canvas, p->panel}) {
            for (Color text : {p->text, p->textMuted, p->tickText, p->vectorA, p->vectorB, p->projection, p->output,
                               p->angleArc, p->goal}) {
                INFO(std::hex << text << " on " << background);
                CHECK(contrast_ratio(text, background) >= 4.5);
            }
        }
        CHECK(contrast_ratio(p->noticeText, p->notice) >= 4.5);
        CHECK(contrast_ratio(p->text, p->choiceSelected) >= 4.5);
    }
}

namespace {
// Hue in degrees (HSV), enough to tell colour families apart.
double hue(Color c) {
    const double r = double(c & 0xff), g = double((c >> 8) & 0xff), b = double((c >> 16) & 0xff);
    const double hi = std::max({r, g, b}), lo = std::min({r, g, b});
    if (hi == lo) return 0;
    double h = hi == r ? (g - b) / (hi - lo) : hi == g ? 2 + (b - r) / (hi - lo) : 4 + (r - g) / (hi - lo);
    h *= 60;
    return h < 0 ? h + 360 : h;
}
double hue_gap(Color a, Color b) {
    const double d = std::abs(hue(a) - hue(b));
    return std::min(d, 360 - d);
}
}  // namespace

TEST_CASE("graphics read at 3:1 in both themes, and values have a hue of their own", "[palette]") {
    CHECK(hue(rgb(0xff0000)) == Approx(0));
    CHECK(hue(rgb(0x0000ff)) == Approx(240));
    CHECK(hue_gap(rgb(0xff0000), rgb(0xff00ff)) == Approx(60));
    for (const Palette* p : {&light_palette(), &dark_palette()}) {
        CHECK(contrast_ratio(p->value, p->canvas) >= 4.5);  // also the plane's v labels
        CHECK(contrast_ratio(p->valueText, p->panel) >= 4.5);
        CHECK(contrast_ratio(p->goal, p->canvas) >= 3.0);
        // Out-of-focus documents and keys: their labels are text too, and
        // they stay red, only duller.
        CHECK(contrast_ratio(p->vectorBFaded, p->canvas) >= 4.5);
        CHECK(hue_gap(p->vectorBFaded, p->vectorB) <= 10);
        CHECK(p->vectorBFaded != p->vectorB);
        // Keys (red), the query (blue) and the output (green) share the plane
        // with the values.
        for (Color other : {p->vectorB, p->vectorA, p->output}) {
            INFO(std::hex << p->value << " against " << other);
            CHECK(hue_gap(p->value, other) >= 30);
            CHECK(hue_gap(p->valueText, other) >= 30);
        }
    }
}
