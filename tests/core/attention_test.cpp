#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <numeric>

#include "core/attention.h"
#include "core/state_codec.h"

using namespace dotlab;

namespace {
double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }
}  // namespace

TEST_CASE("softmax sums to 1 and keeps the order of the scores", "[softmax]") {
    const std::vector<double> scores{0.5, -1.0, 2.0, 2.0, 0.0};
    const auto w = softmax(scores);
    CHECK(sum(w) == Approx(1.0).epsilon(1e-15));
    for (size_t i = 0; i < scores.size(); ++i)
        for (size_t j = 0; j < scores.size(); ++j)
            if (scores[i] < scores[j])
                CHECK(w[i] < w[j]);
            else if (scores[i] == scores[j])
                CHECK(w[i] == w[j]);
}

TEST_CASE("softmax ignores a shift of every score", "[softmax]") {
    const std::vector<double> scores{0.3, 1.7, -2.2};
    for (double shift : {-1000.0, -1.0, 7.5, 1e5}) {
        std::vector<double> shifted = scores;
        for (double& s : shifted) s += shift;
        const auto a = softmax(scores), b = softmax(shifted);
        for (size_t i = 0; i < a.size(); ++i) CHECK(b[i] == Approx(a[i]).epsilon(1e-9));
    }
}

TEST_CASE("softmax stays finite for scores of ±1e6 and worse", "[softmax]") {
    const auto w = softmax({1e6, -1e6, 1e6 - 1, 0});
    for (double x : w) CHECK(std::isfinite(x));
    CHECK(sum(w) == Approx(1.0));
    CHECK(w[0] > w[2]);
    CHECK(w[1] == 0.0);
    const double inf = std::numeric_limits<double>::infinity();
    const auto odd = softmax({inf, std::nan(""), 1.0});
    CHECK(odd[2] == 1.0);
    const auto none = softmax({std::nan(""), -inf});
    CHECK(none[0] == 0.5);
    CHECK(softmax({}).empty());
}

TEST_CASE("entropy runs from 0 (one winner) to log2 N (uniform)", "[softmax]") {
    CHECK(entropy_bits({1, 0, 0}) == 0.0);
    CHECK(entropy_bits({0.25, 0.25, 0.25, 0.25}) == Approx(2.0));
    CHECK(entropy_bits({0.5, 0.5}) == Approx(1.0));
}

TEST_CASE("attention scores are q·k/scale and the output is the weighted values", "[attention]") {
    const Vec2 q{1, 0.5};
    const std::vector<Vec2> keys{{1.5, 0.5}, {0, 1.5}, {-1.2, 0.3}};
    const std::vector<Vec2> values{{1, 0}, {0, 1}, {-1, 0}};
    const double scale = std::sqrt(2.0);
    const AttentionDerived d = derive_attention(q, keys, values, scale);
    REQUIRE(d.scores.size() == 3);
    for (size_t i = 0; i < keys.size(); ++i) CHECK(d.scores[i] == dot(q, keys[i]) / scale);
    CHECK(sum(d.weights) == Approx(1.0));
    CHECK(d.winner == 0);
    CHECK(d.output.x == Approx(d.weights[0] - d.weights[2]));
    CHECK(d.output.y == Approx(d.weights[1]));
}

TEST_CASE("a bigger scale flattens the weights; a smaller one sharpens them", "[attention]") {
    const Vec2 q{2, 1};
    const std::vector<Vec2> keys{{2, 1}, {1, -1}, {-2, 0}};
    const auto sharp = derive_attention(q, keys, {}, 0.1);
    const auto soft = derive_attention(q, keys, {}, 32);
    CHECK(sharp.weights[0] > 0.999);
    CHECK(sharp.entropyBits < soft.entropyBits);
    CHECK(soft.entropyBits > 1.5);
    CHECK(derive_attention(q, keys, {}, 0).scores[0] == dot(q, keys[0]));  // bad scale: 1
    CHECK(derive_attention(q, {}, {}, 1).winner == -1);
}

TEST_CASE("a thousand keys still give weights that sum to 1", "[attention]") {
    std::vector<Vec2> keys;
    for (int i = 0; i < 1000; ++i) keys.push_back({std::cos(i * 0.1) * 3, std::sin(i * 0.37) * 3});
    const auto d = derive_attention({1, 1}, keys, {}, 1);
    CHECK(sum(d.weights) == Approx(1.0).epsilon(1e-12));
    CHECK(std::isfinite(d.output.x));
}

TEST_CASE("retrieval ranks by dot and by cosine; a long document can win one and lose the other", "[retrieval]") {
    const LessonState defaults;
    const auto r = derive_retrieval(defaults.q, defaults.docs, false);
    REQUIRE(r.byDot.size() == defaults.docs.size());
    CHECK(defaults.docs[size_t(r.byDot[0])].label == "encyclopedia");
    CHECK(defaults.docs[size_t(r.byCos[0])].label != "encyclopedia");
    int cos_rank = 0;
    while (defaults.docs[size_t(r.byCos[size_t(cos_rank)])].label != "encyclopedia") ++cos_rank;
    CHECK(cos_rank >= 3);
    for (size_t i = 1; i < r.byDot.size(); ++i) {
        CHECK(r.dots[size_t(r.byDot[i - 1])] >= r.dots[size_t(r.byDot[i])]);
        CHECK(r.cosines[size_t(r.byCos[i - 1])] >= r.cosines[size_t(r.byCos[i])]);
    }
    const auto normalized = derive_retrieval(defaults.q, defaults.docs, true);
    CHECK(normalized.byDot == normalized.byCos);
}

TEST_CASE("zero vectors rank last on cosine and never produce NaN", "[retrieval]") {
    const std::vector<Document> docs{{"zero", {0, 0}}, {"left", {-1, 0}}, {"right", {1, 0}}};
    for (bool normalize : {false, true}) {
        const auto r = derive_retrieval({0, 0}, docs, normalize);
        for (double x : r.dots) CHECK(std::isfinite(x));
        for (double x : r.cosines) CHECK(std::isfinite(x));
    }
    // No direction, no cosine: after "left", though 0 would beat its −1.
    const auto r = derive_retrieval({1, 0}, docs, false);
    CHECK(r.byCos == std::vector<int>{2, 1, 0});
}

TEST_CASE("attention and retrieval state travels through the URL codec", "[codec]") {
    LessonState state;
    std::vector<std::string> warnings;
    apply_query("mode=attention&q=2,1&k=1,0;0,1;-1,0&val=0,1;1,0;0.5,0.5&scale=4", state, warnings);
    CHECK(warnings.empty());
    CHECK(state.mode == Mode::Attention);
    CHECK(state.keys.size() == 3);
    CHECK(state.values[2] == Vec2{0.5, 0.5});
    CHECK(state.scale == 4.0);
    LessonState back;
    apply_query(encode_query(state), back, warnings);
    CHECK(warnings.empty());
    CHECK(back.keys == state.keys);
    CHECK(back.values == state.values);
    CHECK(back.q == state.q);
    CHECK(back.scale == state.scale);

    const std::string json = to_json(state, derive(state), ExerciseSession{});
    CHECK(json.rfind("{\"v\":1,\"mode\":\"attention\",\"q\":[2,1],\"keys\":[[1,0],[0,1],[-1,0]]", 0) == 0);
    CHECK(json.find("\"weights\":[") != std::string::npos);
    CHECK(json.find("\"output\":[") != std::string::npos);

    apply_query("mode=retrieval&norm=1&docs=a:1,0;b b:0,2", state, warnings);
    CHECK(warnings.empty());
    const std::string r = to_json(state, derive(state), ExerciseSession{});
    CHECK(r.find("\"docs\":[{\"label\":\"a\",\"v\":[1,0]},{\"label\":\"b b\",\"v\":[0,2]}],\"norm\":true") !=
          std::string::npos);
    CHECK(r.find("\"byDot\":[\"a\",\"b b\"],\"byCos\":[\"a\",\"b b\"]") != std::string::npos);
}

TEST_CASE("bad attention and retrieval values fall back with a warning", "[codec]") {
    const LessonState defaults;
    LessonState state;
    std::vector<std::string> warnings;
    apply_query("k=;;;&val=x&scale=0&scale=-2&scale=inf&norm=maybe&docs=%22%3E:1,1&mode=banana&q=1", state, warnings);
    CHECK(warnings.size() == 9);
    CHECK(state.keys == defaults.keys);
    CHECK(state.values == defaults.values);
    CHECK(state.scale == defaults.scale);
    CHECK(state.norm == defaults.norm);
    CHECK(state.docs.size() == defaults.docs.size());
    CHECK(state.mode == Mode::Dot);

    std::string many = "k=";
    for (int i = 0; i < 10000; ++i) many += (i ? ";" : "") + std::string("1,0");
    warnings.clear();
    apply_query(many, state, warnings);
    CHECK(warnings.size() == 1);
    CHECK(state.keys == defaults.keys);

    warnings.clear();
    apply_query("k=1,0;0,1;1,1;2,2;3,3", state, warnings);
    CHECK(state.values.size() == 5);
    CHECK(state.values[4] == default_value(4));
    warnings.clear();
    apply_query("val=1,1", state, warnings);
    CHECK(warnings.size() == 1);
    CHECK(state.values.size() == 5);
}

TEST_CASE("places are shared by scores that print alike; zero vectors rank last", "[retrieval]") {
    const std::vector<int> order{3, 0, 1, 2};
    const std::vector<std::string> shown{"0.90", "0.90", "0.10", "1.00"};
    CHECK(shown_places(order, shown) == std::vector<int>{2, 2, 4, 1});
    CHECK(best_first({0.5, 0.9, 0.0, 0.9}) == std::vector<int>{1, 3, 0, 2});
    CHECK(best_first({0.5, -HUGE_VAL, 0.0, 0.9}) == std::vector<int>{3, 0, 2, 1});
    CHECK(best_first({0.5, 0.9, 0.0}, 1) == std::vector<int>{0, 2});

    // A zero document has no cos θ: last by cosine, though 0 would beat a
    // document pointing away from q; by dot product its 0 counts.
    const std::vector<Document> docs{{"away", {-1, 0}}, {"zero", {0, 0}}, {"near", {1, 0.1}}};
    const RetrievalDerived r = derive_retrieval({1, 0}, docs, false);
    CHECK(r.directed == std::vector<char>{1, 0, 1});
    CHECK(r.byCos == std::vector<int>{2, 0, 1});
    CHECK(r.byDot == std::vector<int>{2, 1, 0});
    // The lists and the spoken summary show the same scores: none for the zero document.
    CHECK(shown_scores(r.cosines, r.directed, 3, MinusSign::Ascii, "no cosine") ==
          std::vector<std::string>{"-1.000", "no cosine", "0.995"});
    CHECK(shown_scores(r.dots, {}, 2, MinusSign::Ascii, "-") == std::vector<std::string>{"-1.00", "0.00", "1.00"});
    // Normalized, it has no unit vector either: last in both, which agree.
    const RetrievalDerived n = derive_retrieval({1, 0}, docs, true);
    CHECK(n.byDot == n.byCos);
    // A zero query has no direction at all.
    const RetrievalDerived z = derive_retrieval({0, 0}, docs, false);
    CHECK(z.directed == std::vector<char>{0, 0, 0});
}

TEST_CASE("what rounded weights add up to as printed", "[attention]") {
    CHECK(format_number(sum_as_printed({1.0 / 3, 1.0 / 3, 1.0 / 3}, 3), 3) == "0.999");
    CHECK(format_number(sum_as_printed({0.0006, 0.0006, 0.9988}, 3), 3) == "1.001");
    CHECK(format_number(sum_as_printed({0.1234, 0.8766}, 3), 3) == "1.000");
    CHECK(sum_as_printed({}, 3) == 0);
    const AttentionDerived d = derive_attention({0, 0}, {{1, 0}, {0, 1}, {-1, 0}}, {{1, 0}, {0, 1}, {-1, 0}}, 1);
    CHECK(format_number(sum_as_printed(d.weights, 3), 3) == "0.999");  // three equal weights
}
