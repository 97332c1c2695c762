#include <catch2/catch.hpp>

#include "app/palette.h"

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

TEST_CASE("graphics read at 3:1 in both themes, and values are lighter than keys", "[palette]") {
    for (const Palette* p : {&light_palette(), &dark_palette()}) {
        CHECK(contrast_ratio(p->value, p->canvas) >= 3.0);
        CHECK(contrast_ratio(p->goal, p->canvas) >= 3.0);
    }
    // Lighter: nearer the canvas in a light theme, further from it in a dark one.
    CHECK(contrast_ratio(light_palette().value, light_palette().canvas) <
          contrast_ratio(light_palette().vectorB, light_palette().canvas));
    CHECK(contrast_ratio(dark_palette().value, dark_palette().canvas) >
          contrast_ratio(dark_palette().vectorB, dark_palette().canvas));
}
