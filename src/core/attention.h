// Attention over a handful of 2-D keys: scores q·kᵢ/s, softmax weights and
// the weighted sum of the values. Also retrieval's two rankings.
#pragma once

#include <string>
#include <vector>

#include "format.h"
#include "vec2.h"

namespace dotlab {

// exp(xᵢ − max x) / Σⱼ exp(xⱼ − max x): subtracting the maximum keeps every
// exponent ≤ 0, so no score, however large, overflows. Non-finite scores are
// treated as −∞ (weight 0); an empty input gives an empty output.
std::vector<double> softmax(const std::vector<double>& scores);

// Softmax shown step by step: exp(xᵢ − max x) for each score, their sum,
// and the weights, each exp divided by the sum (the numbers softmax gives).
struct SoftmaxParts {
    std::vector<double> exps;
    double sum = 0;
    std::vector<double> weights;
};
SoftmaxParts softmax_parts(const std::vector<double>& scores);

// Shannon entropy of a distribution, in bits: 0 when one weight is 1,
// log₂ N when all N are equal.
double entropy_bits(const std::vector<double>& weights);

struct AttentionDerived {
    std::vector<double> scores;   // q·kᵢ / scale
    std::vector<double> exps;     // exp(scoreᵢ − max score)
    double expSum = 0;            // their sum
    std::vector<double> weights;  // softmax(scores) = exps / expSum, sum 1
    Vec2 output;                  // Σ wᵢ vᵢ
    int winner = -1;              // index of the largest weight (-1 with no keys)
    double entropyBits = 0;
};

// The values drawn on the plane, and the contributions wᵢvᵢ chained tip to
// tail: those of the first kDrawnValues keys (the labelled ones); the rest
// are summed into one last segment.
constexpr size_t kDrawnValues = 16;

// Draggable tips in the attention view: q, then k₁, v₁, k₂, v₂, … for the
// keys whose values are drawn, then the remaining keys. The index of each.
struct AttentionTip {
    enum Kind { Query, Key, Value } kind = Query;
    size_t index = 0;  // of the key (or its value)
};
AttentionTip attention_tip(int handle, size_t key_count);
int key_handle(size_t key, size_t key_count);
int value_handle(size_t key, size_t key_count);  // -1 when the value is not drawn

// `values` shorter than `keys` count as zero vectors for the missing ones.
// A scale that is not positive and finite is treated as 1.
AttentionDerived derive_attention(Vec2 q, const std::vector<Vec2>& keys, const std::vector<Vec2>& values, double scale);

struct Document {
    std::string label;
    Vec2 v;
};

struct RetrievalDerived {
    std::vector<double> dots;     // q·dᵢ (of the unit vectors when normalized)
    std::vector<double> cosines;  // cos θᵢ, 0 for a zero vector
    std::vector<double> norms;    // ‖dᵢ‖
    std::vector<int> byDot;       // document indices, best first
    std::vector<int> byCos;
    // False where q or the document is zero: no direction, so no cos θ (and,
    // normalized, no unit vector); such documents rank after all the rest.
    std::vector<char> directed;
};

// Ranks the documents against q by dot product and by cosine similarity.
// With `normalize`, every vector is scaled to length 1 first, and the two
// rankings agree. Ties keep the documents' order.
RetrievalDerived derive_retrieval(Vec2 q, const std::vector<Document>& docs, bool normalize);

// Indices best first by `scores`, ties in input order; `skip` (the query
// among pasted vectors) left out. What has no score (a zero vector has no
// cosine) is given −∞, so it comes after all the rest.
std::vector<int> best_first(const std::vector<double>& scores, int skip = -1);

// Each item's place in `order`, 1 for the best, shared by items whose scores
// print alike ("1, 1, 3"): a tie is not settled by the input's order. 0 for
// an item the ranking leaves out. Two rankings disagree about an item where
// its places differ (marked in both lists, documents and pasted vectors alike).
std::vector<int> shown_places(const std::vector<int>& order, const std::vector<std::string>& shown);

// What `values` add up to as printed, each rounded to `decimals` places:
// three weights of 1/3 print 0.333 and add to 0.999, not their sum's 1.000.
double sum_as_printed(const std::vector<double>& values, int decimals);

// Each score as a ranking shows and says it: `decimals` places, or `missing`
// where `scored` is false (a zero vector has no cosine; an empty `scored`:
// every score exists).
std::vector<std::string> shown_scores(const std::vector<double>& scores, const std::vector<char>& scored, int decimals,
                                      MinusSign minus, const char* missing);

}  // namespace dotlab
