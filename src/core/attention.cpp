#include "attention.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "dot_product.h"

namespace dotlab {

SoftmaxParts softmax_parts(const std::vector<double>& scores) {
    SoftmaxParts parts;
    parts.exps.assign(scores.size(), 0.0);
    parts.weights.assign(scores.size(), 0.0);
    double top = -std::numeric_limits<double>::infinity();
    for (double s : scores)
        if (std::isfinite(s)) top = std::max(top, s);
    if (!std::isfinite(top)) {
        // No usable score: nothing to prefer, so spread evenly.
        for (double& w : parts.weights) w = 1.0 / double(parts.weights.size());
        return parts;
    }
    for (size_t i = 0; i < scores.size(); ++i) {
        parts.exps[i] = std::isfinite(scores[i]) ? std::exp(scores[i] - top) : 0.0;
        parts.sum += parts.exps[i];
    }
    // sum ≥ 1: the top score contributes exp(0).
    for (size_t i = 0; i < scores.size(); ++i) parts.weights[i] = parts.exps[i] / parts.sum;
    return parts;
}

std::vector<double> softmax(const std::vector<double>& scores) { return softmax_parts(scores).weights; }

AttentionTip attention_tip(int handle, size_t key_count) {
    if (handle <= 0) return {AttentionTip::Query, 0};
    const size_t h = size_t(handle) - 1;
    const size_t paired = std::min(key_count, kDrawnValues);
    if (h < 2 * paired) return {h % 2 == 0 ? AttentionTip::Key : AttentionTip::Value, h / 2};
    return {AttentionTip::Key, paired + (h - 2 * paired)};
}

int key_handle(size_t key, size_t key_count) {
    const size_t paired = std::min(key_count, kDrawnValues);
    return int(key < paired ? 1 + 2 * key : 1 + 2 * paired + (key - paired));
}

int value_handle(size_t key, size_t key_count) {
    return key < std::min(key_count, kDrawnValues) ? int(2 + 2 * key) : -1;
}

double entropy_bits(const std::vector<double>& weights) {
    double h = 0;
    for (double w : weights)
        if (w > 0) h -= w * std::log2(w);
    return h == 0.0 ? 0.0 : h;
}

AttentionDerived derive_attention(Vec2 q, const std::vector<Vec2>& keys, const std::vector<Vec2>& values,
                                  double scale) {
    if (!(scale > 0) || !std::isfinite(scale)) scale = 1;
    AttentionDerived d;
    d.scores.reserve(keys.size());
    for (const Vec2& k : keys) d.scores.push_back(dot(q, k) / scale);
    SoftmaxParts parts = softmax_parts(d.scores);
    d.exps = std::move(parts.exps);
    d.expSum = parts.sum;
    d.weights = std::move(parts.weights);
    for (size_t i = 0; i < keys.size(); ++i) {
        const Vec2 v = i < values.size() ? values[i] : Vec2{};
        d.output = d.output + d.weights[i] * v;
        if (d.winner < 0 || d.weights[i] > d.weights[size_t(d.winner)]) d.winner = int(i);
    }
    d.entropyBits = entropy_bits(d.weights);
    return d;
}

RetrievalDerived derive_retrieval(Vec2 q, const std::vector<Document>& docs, bool normalize) {
    RetrievalDerived r;
    const auto q_unit = unit(q);
    std::vector<double> cos_ranked;  // with no direction, below every cosine
    for (const Document& doc : docs) {
        const auto d_unit = unit(doc.v);
        const bool directed = q_unit && d_unit;
        const double cos = directed ? std::clamp(dot(*q_unit, *d_unit), -1.0, 1.0) : 0.0;
        r.norms.push_back(norm(doc.v));
        r.cosines.push_back(cos);
        r.directed.push_back(directed);
        cos_ranked.push_back(directed ? cos : -HUGE_VAL);
        // For unit vectors the dot product is the cosine; using the very same
        // number makes the two rankings agree exactly.
        r.dots.push_back(normalize ? cos : dot(q, doc.v));
    }
    r.byDot = best_first(normalize ? cos_ranked : r.dots);
    r.byCos = best_first(cos_ranked);
    return r;
}

std::vector<int> best_first(const std::vector<double>& scores, int skip) {
    std::vector<int> order;
    for (size_t i = 0; i < scores.size(); ++i)
        if (int(i) != skip) order.push_back(int(i));
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return scores[size_t(x)] > scores[size_t(y)]; });
    return order;
}

double sum_as_printed(const std::vector<double>& values, int decimals) {
    const double scale = std::pow(10.0, decimals);
    double units = 0;
    for (double v : values) units += std::round(v * scale);
    return units / scale;
}

std::vector<std::string> shown_scores(const std::vector<double>& scores, const std::vector<char>& scored, int decimals,
                                      MinusSign minus, const char* missing) {
    std::vector<std::string> shown;
    for (size_t i = 0; i < scores.size(); ++i)
        shown.push_back(i < scored.size() && !scored[i] ? missing : format_number(scores[i], decimals, minus));
    return shown;
}

std::vector<int> shown_places(const std::vector<int>& order, const std::vector<std::string>& shown) {
    std::vector<int> places(shown.size(), 0);
    for (size_t row = 0; row < order.size(); ++row) {
        const size_t item = size_t(order[row]);
        const bool tied = row > 0 && shown[item] == shown[size_t(order[row - 1])];
        places[item] = tied ? places[size_t(order[row - 1])] : int(row + 1);
    }
    return places;
}

}  // namespace dotlab
