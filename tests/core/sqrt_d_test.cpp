// The √d statistics against what theory says they must be.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>

#include "core/attention.h"
#include "core/sqrt_d.h"

using namespace dotlab;

TEST_CASE("q·k spreads like √d; q·k/√d keeps a spread of 1", "[sqrtd]") {
    for (int d : {2, 8, 64, 512, 1024}) {
        const ScoreSpread s = score_spread(d, 20000, 0, 2026);
        INFO("d = " << d << ": std " << s.rawStd << ", scaled " << s.scaledStd);
        CHECK(std::abs(s.rawStd / std::sqrt(double(d)) - 1) < 0.05);
        CHECK(std::abs(s.scaledStd - 1) < 0.05);
        // The same sample, computed again by hand: the std of the raw scores.
        double mean = 0;
        for (double v : s.raw) mean += v;
        mean /= double(s.raw.size());
        double squares = 0;
        for (double v : s.raw) squares += (v - mean) * (v - mean);
        CHECK(s.rawStd == Approx(std::sqrt(squares / double(s.raw.size() - 1))));
    }
}

TEST_CASE("unscaled, softmax over 8 scores collapses at d = 512; scaled, it stays spread", "[sqrtd]") {
    const ScoreSpread s = score_spread(512, 0, 2500, 7);
    INFO("keys sharing the weight: unscaled " << s.keysRaw << ", scaled " << s.keysScaled);
    CHECK(s.keysRaw >= 1.0);
    CHECK(s.keysRaw < 1.4);
    CHECK(s.keysScaled > 4.0);
    CHECK(s.keysScaled <= 8.0);
}

TEST_CASE("on the chart's one axis the unscaled scores spread out with d, the scaled keep their width", "[sqrtd]") {
    int previous_outside = -1;
    for (int d = 1; d <= 1024; d *= 2) {
        const ScoreSpread s = score_spread(d, 2000, 0, 0x5EED5EEDull);
        const Histogram raw = histogram(s.raw, -kScoreAxis, kScoreAxis, 48);
        const Histogram scaled = histogram(s.scaled, -kScoreAxis, kScoreAxis, 48);
        INFO("d = " << d << ": unscaled off the chart " << raw.outside);
        CHECK(scaled.outside == 0);
        CHECK(s.scaledStd >= kScoreAxis / 16);   // ±3σ covers at least 3/8 of the chart: readable bars
        CHECK(raw.outside >= previous_outside);  // ever more of them off its ends
        if (d <= 4) CHECK(raw.outside == 0);
        if (d >= 512) CHECK(raw.outside > 1000);  // most of them
        previous_outside = raw.outside;
    }
}

TEST_CASE("the same seed gives the same sample; histograms count every value", "[sqrtd]") {
    const ScoreSpread a = score_spread(64, 500, 10, 99), b = score_spread(64, 500, 10, 99);
    CHECK(a.raw == b.raw);
    CHECK(a.keysScaled == b.keysScaled);
    const Histogram h = histogram(a.raw, -20, 20, 16);
    int total = h.outside;
    for (int c : h.counts) total += c;
    CHECK(total == 500);
    CHECK(histogram({-1, 0, 0.5, 5}, -1, 1, 2).counts == std::vector<int>{1, 2});
    CHECK(histogram({-1, 0, 0.5, 5}, -1, 1, 2).outside == 1);
}

TEST_CASE("softmax shown step by step gives softmax's own weights", "[softmax]") {
    const std::vector<double> scores{0.7, -1.3, 2.25, 0.0};
    const SoftmaxParts parts = softmax_parts(scores);
    const std::vector<double> weights = softmax(scores);
    double top = 2.25, sum = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        // Independently: exp(x − max) by the definition.
        CHECK(parts.exps[i] == Approx(std::exp(scores[i] - top)).epsilon(1e-15));
        sum += std::exp(scores[i] - top);
        CHECK(parts.weights[i] == weights[i]);
    }
    CHECK(parts.sum == Approx(sum).epsilon(1e-15));
    for (size_t i = 0; i < scores.size(); ++i)
        CHECK(parts.weights[i] ==
              Approx(std::exp(scores[i]) / (std::exp(0.7) + std::exp(-1.3) + std::exp(2.25) + std::exp(0.0)))
                  .epsilon(1e-14));
}

TEST_CASE("attention's tips run q, k1, v1, k2, v2, ..., then the keys past 16", "[attention]") {
    CHECK(attention_tip(0, 4).kind == AttentionTip::Query);
    CHECK(attention_tip(1, 4).kind == AttentionTip::Key);
    CHECK(attention_tip(2, 4).kind == AttentionTip::Value);
    CHECK(attention_tip(4, 4).index == 1);
    CHECK(key_handle(1, 4) == 3);
    CHECK(value_handle(1, 4) == 4);
    // Past 16 keys, values are not drawn and keys follow one another.
    CHECK(attention_tip(33, 1000).kind == AttentionTip::Key);
    CHECK(attention_tip(33, 1000).index == 16);
    CHECK(key_handle(16, 1000) == 33);
    CHECK(value_handle(16, 1000) == -1);
    for (int h = 1; h < 60; ++h) {
        const AttentionTip t = attention_tip(h, 1000);
        CHECK((t.kind == AttentionTip::Key ? key_handle(t.index, 1000) : value_handle(t.index, 1000)) == h);
    }
}

// The chart the lesson draws (its sample sizes and seed, as attention_view.cpp
// asks for them) is the same in every build: this test runs natively, under
// the sanitizers and in wasm, against the numbers of the first native run.
// The generator uses integer arithmetic and the sample only +, − and ×, so
// nothing depends on a platform's libm.
TEST_CASE("the √d chart's numbers are the same natively and in wasm", "[sqrtd]") {
    const struct {
        int d;
        std::uint64_t digest;
        int outside;
        double rawStd;
    } expected[] = {{2, 8169699658325176467ull, 0, 1.376140277451}, {512, 7165921359243496176ull, 73, 22.675833251511}};
    for (const auto& e : expected) {
        const ScoreSpread s = score_spread(e.d, 2000, 300, 0x5EED5EEDull);
        const Histogram raw = histogram(s.raw, -48, 48, 48), scaled = histogram(s.scaled, -48, 48, 48);
        std::uint64_t digest = 1469598103934665603ull;
        for (int c : raw.counts) digest = (digest ^ std::uint64_t(c)) * 1099511628211ull;
        for (int c : scaled.counts) digest = (digest ^ std::uint64_t(c)) * 1099511628211ull;
        INFO("d = " << e.d);
        CHECK(digest == e.digest);
        CHECK(raw.outside == e.outside);
        CHECK(s.rawStd == Approx(e.rawStd).epsilon(1e-11));
    }
}
