#include "slider.h"

#include <algorithm>
#include <cmath>

namespace dotlab {

double log_slider_value(double t, double lo, double hi) {
    if (!(t > 0)) return lo;
    if (t >= 1) return hi;
    return std::exp(std::log(lo) + t * (std::log(hi) - std::log(lo)));
}

double log_slider_position(double value, double lo, double hi) {
    if (!(value > lo)) return 0;
    if (value >= hi) return 1;
    return std::clamp((std::log(value) - std::log(lo)) / (std::log(hi) - std::log(lo)), 0.0, 1.0);
}

}  // namespace dotlab
