// Where a value sits on a slider whose scale is logarithmic (equal steps
// multiply the value by equal factors), and back: the attention view's d
// (1 to 1,024) and temperature s (0.05 to 50) span three decades each.
#pragma once

namespace dotlab {

// The value at `t` (0 at the left end, 1 at the right; clamped) between
// `lo` and `hi` (both > 0).
double log_slider_value(double t, double lo, double hi);
// Where `value` sits, from 0 to 1 (clamped; NaN gives 0).
double log_slider_position(double value, double lo, double hi);

}  // namespace dotlab
