// Vectors of a real model, for retrieval: up to 500 labelled vectors of up
// to 1,024 dimensions, read from pasted text, ranked against one of them by
// dot product and by cosine in the full dimension, and laid out on the plane
// along their first two principal components.
// The lesson holds one as LessonState::vectors, outside the URL's fields.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vec2.h"

namespace dotlab {

constexpr size_t kMaxStoreVectors = 500;
constexpr size_t kMaxStoreDim = 1024;
constexpr size_t kMaxStoreLabelBytes = 24 * 4;  // 24 characters, each up to 4 bytes of UTF-8
constexpr size_t kMaxStoreLabelChars = 24;

struct VectorStore {
    size_t dim = 0;
    std::vector<std::string> labels;
    std::vector<double> values;  // count × dim, row by row
    size_t count() const { return labels.size(); }
    const double* row(size_t i) const { return values.data() + i * dim; }
};

// Reads pasted vectors: one per line as `label: x1, x2, …, xn` (blank lines
// skipped), or a JSON array of `{ "label": …, "v": [ … ] }`. Every vector
// must have the same dimension, from 2 to kMaxStoreDim; 2 to kMaxStoreVectors
// vectors; labels of 1 to 24 characters, unique, without control characters.
// On a refusal, `error` names the first bad line ("line 7: …").
std::optional<VectorStore> parse_vectors(std::string_view text, std::string& error);

struct StoreRanking {
    std::vector<int> byDot, byCos;      // indices of the other vectors, best first (ties: input order)
    std::vector<double> dots, cosines;  // per vector, against the query (the query's own included)
    double queryNorm = 0;               // 0: the query has no direction, and byCos is empty
    std::vector<char> directed;         // 0 for a zero vector: no cosine, last by cosine
};

// Ranks every other vector against vector `query` in the full dimension.
// A zero vector has no cosine (0 in `cosines`) and ranks last by cosine; a
// zero query ranks nothing by cosine (it has no direction to compare).
StoreRanking rank_store(const VectorStore& store, size_t query);

// Each vector's coordinates on the store's first two principal components
// (about the mean; found by subspace iteration, deterministic), for the plane.
constexpr int kPlaneIterations = 60;
std::vector<Vec2> principal_plane(const VectorStore& store);

// A store from a host's arrays (labels, and count × dim values row by row),
// with the same rules as parse_vectors; `error` names the first bad vector.
std::optional<VectorStore> make_store(const std::vector<std::string>& labels, const double* values, size_t dim,
                                      std::string& error);

// A store as the lesson holds it: read once, laid out on the plane once
// (scaled so the farthest vector is kPlaneReach from the origin), shared
// by every copy of the state.
constexpr double kPlaneReach = 4.0;
struct LoadedVectors {
    VectorStore store;
    std::vector<Vec2> plane;
};
std::shared_ptr<const LoadedVectors> load_vectors(VectorStore store);

// What the lesson says of a query of length zero.
constexpr const char* kZeroQuery =
    "It has length 0: its dot product with every vector is 0 and its cosine is undefined, so nothing ranks. "
    "Pick another query.";

// The vector called `label`.
std::optional<size_t> index_of(const VectorStore& store, std::string_view label);

}  // namespace dotlab
