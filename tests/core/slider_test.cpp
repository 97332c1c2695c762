#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "core/slider.h"

using namespace dotlab;

TEST_CASE("a log slider's ends are its limits and its middle their geometric mean", "[slider]") {
    CHECK(log_slider_value(0, 1, 1024) == 1);
    CHECK(log_slider_value(1, 1, 1024) == 1024);
    CHECK(log_slider_value(0.5, 1, 1024) == Approx(32));
    CHECK(log_slider_value(0.5, 0.05, 50) == Approx(std::sqrt(0.05 * 50)));
    // Outside the track (a finger dragged past an end) stays at the end.
    CHECK(log_slider_value(-3, 0.05, 50) == 0.05);
    CHECK(log_slider_value(7, 0.05, 50) == 50);
    CHECK(log_slider_value(std::numeric_limits<double>::quiet_NaN(), 0.05, 50) == 0.05);
}

TEST_CASE("position and value are inverses along the whole track", "[slider]") {
    for (double t = 0; t <= 1.0; t += 0.0625)
        CHECK(log_slider_position(log_slider_value(t, 1, 1024), 1, 1024) == Approx(t).margin(1e-12));
    CHECK(log_slider_position(64, 1, 1024) == Approx(0.6));
    CHECK(log_slider_position(0, 1, 1024) == 0);
    CHECK(log_slider_position(1e9, 1, 1024) == 1);
    CHECK(log_slider_position(std::numeric_limits<double>::quiet_NaN(), 1, 1024) == 0);
}
