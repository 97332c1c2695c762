#include "sqrt_d.h"

#include <algorithm>
#include <cmath>

#include "attention.h"

namespace dotlab {

std::uint64_t Random::bits() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double Random::uniform() { return double(bits() >> 11) * (1.0 / 9007199254740992.0); }

namespace {

// q·k for a fresh random pair of d components, each uniform on [−√3, √3].
double random_dot(Random& rng, int d) {
    const double half_width = std::sqrt(3.0);
    double sum = 0;
    for (int j = 0; j < d; ++j) {
        const double q = (2 * rng.uniform() - 1) * half_width;
        const double k = (2 * rng.uniform() - 1) * half_width;
        sum += q * k;
    }
    return sum;
}

}  // namespace

double sample_std(const std::vector<double>& values) {
    if (values.size() < 2) return 0;
    double mean = 0;
    for (double v : values) mean += v;
    mean /= double(values.size());
    double squares = 0;
    for (double v : values) squares += (v - mean) * (v - mean);
    return std::sqrt(squares / double(values.size() - 1));
}

ScoreSpread score_spread(int d, int samples, int sets, std::uint64_t seed) {
    ScoreSpread s;
    s.d = d < 1 ? 1 : d;
    const double root = std::sqrt(double(s.d));
    Random rng{seed};
    s.raw.reserve(size_t(samples));
    s.scaled.reserve(size_t(samples));
    for (int i = 0; i < samples; ++i) {
        const double score = random_dot(rng, s.d);
        s.raw.push_back(score);
        s.scaled.push_back(score / root);
    }
    s.rawStd = sample_std(s.raw);
    s.scaledStd = sample_std(s.scaled);
    for (int set = 0; set < sets; ++set) {
        std::vector<double> raw(8), scaled(8);
        for (int i = 0; i < 8; ++i) {
            raw[size_t(i)] = random_dot(rng, s.d);
            scaled[size_t(i)] = raw[size_t(i)] / root;
        }
        s.keysRaw += std::exp2(entropy_bits(softmax(raw)));
        s.keysScaled += std::exp2(entropy_bits(softmax(scaled)));
    }
    if (sets > 0) {
        s.keysRaw /= sets;
        s.keysScaled /= sets;
    }
    return s;
}

Histogram histogram(const std::vector<double>& values, double lo, double hi, int bins) {
    Histogram h{lo, hi, std::vector<int>(size_t(bins > 0 ? bins : 1), 0), 0};
    const double width = (hi - lo) / double(h.counts.size());
    for (double v : values) {
        if (!(v >= lo && v < hi)) {
            ++h.outside;
            continue;
        }
        h.counts[std::min(h.counts.size() - 1, size_t((v - lo) / width))]++;
    }
    return h;
}

}  // namespace dotlab
