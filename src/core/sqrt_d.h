// Why attention divides the scores by √d, measured. For a query and a key of
// d independent components with unit variance, q·k spreads like √d, and
// softmax over such scores collapses onto one key; q·k/√d keeps a spread of
// about 1, and softmax stays soft. Sampled with the core's own generator
// (the standard library's distributions differ between builds), so the
// native and the wasm build draw the same chart.
#pragma once

#include <cstdint>
#include <vector>

namespace dotlab {

// splitmix64: small, fast, the same numbers on every platform.
struct Random {
    std::uint64_t state = 0;
    std::uint64_t bits();
    double uniform();  // [0, 1)
};

struct ScoreSpread {
    int d = 0;
    std::vector<double> raw;     // q·k for each sampled pair
    std::vector<double> scaled;  // the same divided by √d
    double rawStd = 0, scaledStd = 0;
    // How many of 8 keys softmax over 8 such scores shares the weight among,
    // on average, unscaled and divided by √d: 2 to the weights' entropy in
    // bits, 1 when one key takes it all and 8 when all 8 share it equally.
    double keysRaw = 0, keysScaled = 0;
};

// `samples` pairs for the spread, `sets` sets of 8 scores for the keys' share.
// Components are uniform on [−√3, √3]: mean 0, variance 1.
ScoreSpread score_spread(int d, int samples, int sets, std::uint64_t seed);

// The chart's half-axis, the same for every d, so that a step of d shows:
// the unscaled scores spread across it and past its ends as d grows, while
// the scaled ones keep their width. ±12 keeps the scaled scores (σ ≈ 1) a
// quarter of the chart wide, where ±48 left d = 2 two bars wide, and an axis
// that followed d drew the unscaled scores the same width at every d.
constexpr double kScoreAxis = 12;

struct Histogram {
    double lo = 0, hi = 0;
    std::vector<int> counts;
    int outside = 0;  // samples beyond the axis
};
Histogram histogram(const std::vector<double>& values, double lo, double hi, int bins);

// Sample standard deviation (n − 1).
double sample_std(const std::vector<double>& values);

}  // namespace dotlab
