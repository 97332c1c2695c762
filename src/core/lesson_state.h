// The learner's inputs: everything needed to redraw the lesson exactly, and
// everything derived from them.
#pragma once

#include <memory>
#include <vector>

#include "attention.h"
#include "dot_product.h"
#include "projection.h"
#include "vec2.h"
#include "vectors.h"

namespace dotlab {

// The lesson's views; everything else about them is in views.h.
enum class Mode { Dot, Attention, Retrieval, Projection };

// Coordinates beyond this are refused (URL, host messages, numeric entry):
// far past anything the plane can show, and small enough that every product
// the lesson forms stays finite and exact to the digits shown.
constexpr double kMaxCoordinate = 1000.0;
constexpr int kStateVersion = 1;
constexpr size_t kMaxKeys = 1000;  // through the URL or setState
constexpr size_t kMaxUiKeys = 16;  // through the lesson's own buttons
constexpr size_t kMaxDocuments = 32;
// Attention's usual divisor √d for the plane's vectors, which have d = 2.
constexpr double kPlaneRootD = 1.4142135623730951;

// The value a new key gets: a diagonal of length 1.98 turning a quarter
// each time, so the values are easy to tell apart.
Vec2 default_value(size_t index);

struct LessonState {
    Mode mode = Mode::Dot;
    // Dot view.
    Vec2 a{3.0, 1.0};
    Vec2 b{1.0, 2.0};
    int exercise = 0;  // exercise to open from the URL, 1-4; 0 leaves the learner's own
    // Attention and retrieval share the query.
    Vec2 q{1.0, 0.5};
    std::vector<Vec2> keys{{1.5, 0.5}, {0.0, 1.5}, {-1.2, 0.3}, {0.6, -1.2}};
    // The values point between the keys (none hides under its key or an
    // axis) and are as long as the keys: o, a mix of them, is long enough to
    // see, and the pieces laid tip to tail too.
    std::vector<Vec2> values{default_value(0), default_value(1), default_value(2), default_value(3)};
    double scale = kPlaneRootD;
    // Retrieval. The long "encyclopedia" wins on dot product and loses on cosine.
    bool norm = false;
    // A learner's or a host's own vectors, when given, take the documents'
    // place; ranked against the one at `query`. Never in the URL: too big.
    std::shared_ptr<const LoadedVectors> vectors;
    size_t query = 0;
    std::vector<Document> docs{{"kitten", {1.3, 0.75}},      {"cat", {1.5, 0.4}},     {"tiger", {1.2, 1.3}},
                               {"encyclopedia", {2.0, 3.4}}, {"lion", {0.9, 0.9}},    {"car", {-0.6, 1.3}},
                               {"pizza", {0.3, -1.2}},       {"banana", {-1.2, -0.6}}};
    // Projection: a direction u (a unit vector) through a cloud of points.
    Vec2 u{-0.6, 0.8};  // near the narrowest direction: turning it widens the spread
    std::vector<Vec2> points = default_cloud();
    bool axes = false;  // the principal components drawn
};

struct LessonDerived {
    DotDerived dot;
    AttentionDerived attention;
    RetrievalDerived retrieval;
    ProjectionDerived projection;
    StoreRanking stored;  // the pasted vectors against the query (empty without them)
};

// `reuse`: derived numbers of a state with the same vectors and query, whose
// ranking (the costly part, for 500 × 1,024 numbers) is taken as it is.
LessonDerived derive(const LessonState& state, const LessonDerived* reuse = nullptr);

}  // namespace dotlab
