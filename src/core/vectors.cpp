#include "vectors.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "attention.h"
#include "json.h"
#include "projection.h"
#include "state_codec.h"

namespace dotlab {

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Printable ASCII only: every such character is in the lesson's font.
std::string label_problem(std::string_view label) {
    if (label.empty()) return "the label is empty";
    if (label.size() > kMaxStoreLabelChars) return "the label is longer than 24 characters";
    for (char c : label)
        if (c < 0x20 || c > 0x7e)
            return "the label may hold only plain letters, digits, spaces and punctuation (ASCII: the lesson's "
                   "font has no accented letters)";
    return {};
}

// Adds one vector, or says what is wrong with it.
std::string add_vector(VectorStore& store, std::string_view label, const std::vector<double>& v) {
    if (std::string problem = label_problem(label); !problem.empty()) return problem;
    if (std::find(store.labels.begin(), store.labels.end(), label) != store.labels.end())
        return "the label \u201c" + std::string(label) + "\u201d is used twice";
    if (v.size() < 2 || v.size() > kMaxStoreDim) return "a vector needs 2 to 1024 numbers";
    if (store.count() == 0) store.dim = v.size();
    if (v.size() != store.dim)
        return std::to_string(v.size()) + " numbers where the first vector had " + std::to_string(store.dim);
    if (store.count() == kMaxStoreVectors) return "more than 500 vectors";
    store.labels.emplace_back(label);
    store.values.insert(store.values.end(), v.begin(), v.end());
    return {};
}

std::optional<VectorStore> from_lines(std::string_view text, std::string& error) {
    VectorStore store;
    std::vector<double> v;
    size_t line_no = 0;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        const std::string_view line = trimmed(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++line_no;
        if (line.empty()) continue;
        auto fail = [&](const std::string& why) {
            error = "line " + std::to_string(line_no) + ": " + why;
            return std::nullopt;
        };
        const size_t colon = line.rfind(':');
        if (colon == std::string_view::npos) return fail("expected \u201clabel: x1, x2, \u2026\u201d");
        v.clear();
        // Numbers apart by commas, spaces or both (numpy prints "[0.1 0.2]"),
        // in brackets or not.
        std::string_view rest = trimmed(line.substr(colon + 1));
        if (rest.size() >= 2 && rest.front() == '[' && rest.back() == ']')
            rest = trimmed(rest.substr(1, rest.size() - 2));
        while (true) {
            const size_t stop = rest.find_first_of(", \t");
            const std::string_view token = rest.substr(0, stop);
            const auto x = parse_number(token);
            if (!x)
                return fail("\u201c" + std::string(token.substr(0, 24)) + "\u201d is not a number within \u00b11000");
            if (v.size() == kMaxStoreDim) return fail("more than 1024 numbers");
            v.push_back(*x);
            if (stop == std::string_view::npos) break;
            rest = trimmed(rest.substr(stop));
            if (!rest.empty() && rest.front() == ',') rest = trimmed(rest.substr(1));
        }
        if (std::string problem = add_vector(store, trimmed(line.substr(0, colon)), v); !problem.empty())
            return fail(problem);
    }
    if (store.count() < 2) {
        error = "at least two vectors are needed";
        return std::nullopt;
    }
    return store;
}

std::optional<VectorStore> from_json(std::string_view text, std::string& error) {
    const auto root = parse_json(text, error);
    if (!root) return std::nullopt;
    if (!root->is(JsonValue::Type::Array)) {
        error = "expected an array of { label, v }";
        return std::nullopt;
    }
    VectorStore store;
    std::vector<double> v;
    for (size_t i = 0; i < root->items.size(); ++i) {
        const JsonValue& item = root->items[i];
        auto fail = [&](const std::string& why) {
            error = "item " + std::to_string(i + 1) + ": " + why;
            return std::nullopt;
        };
        const JsonValue* label = item.find("label");
        // "v", or the names other tools give the numbers.
        const JsonValue* values = item.find("v");
        if (!values) values = item.find("embedding");
        if (!values) values = item.find("vector");
        if (!item.is(JsonValue::Type::Object)) return fail("expected { \"label\": \"\u2026\", \"v\": [numbers] }");
        if (!label || !label->is(JsonValue::Type::String)) return fail("no \"label\" text");
        if (!values || !values->is(JsonValue::Type::Array))
            return fail("no \"v\" (or \"embedding\", \"vector\") array of numbers");
        v.clear();
        for (const JsonValue& x : values->items) {
            if (!x.is(JsonValue::Type::Number) || !(std::abs(x.number) <= kMaxCoordinate))
                return fail("every entry of v must be a number within \u00b11000");
            v.push_back(x.number == 0.0 ? 0.0 : x.number);
        }
        if (std::string problem = add_vector(store, label->text, v); !problem.empty()) return fail(problem);
    }
    if (store.count() < 2) {
        error = "at least two vectors are needed";
        return std::nullopt;
    }
    return store;
}

double dot_rows(const double* a, const double* b, size_t dim) {
    double sum = 0;
    for (size_t k = 0; k < dim; ++k) sum += a[k] * b[k];
    return sum;
}

// w −= (w·against) against, then w /= |w|; false when nothing is left.
bool orthonormalize(std::vector<double>& w, const std::vector<double>* against) {
    if (against) {
        const double along = std::inner_product(w.begin(), w.end(), against->begin(), 0.0);
        for (size_t k = 0; k < w.size(); ++k) w[k] -= along * (*against)[k];
    }
    const double length = std::sqrt(std::inner_product(w.begin(), w.end(), w.begin(), 0.0));
    if (!(length > 0)) return false;
    for (double& x : w) x /= length;
    return true;
}

// X v and X w, reading each row once for both.
void scores_along(const std::vector<double>& centred, size_t n, size_t dim, const std::vector<double>& v,
                  const std::vector<double>& w, std::vector<double>& sv, std::vector<double>& sw) {
    sv.assign(n, 0.0);
    sw.assign(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const double* row = &centred[i * dim];
        double a = 0, b = 0;
        for (size_t k = 0; k < dim; ++k) {
            a += row[k] * v[k];
            b += row[k] * w[k];
        }
        sv[i] = a;
        sw[i] = b;
    }
}

// Xᵀ sv and Xᵀ sw, in one pass.
void rows_weighted(const std::vector<double>& centred, size_t n, size_t dim, const std::vector<double>& sv,
                   const std::vector<double>& sw, std::vector<double>& v, std::vector<double>& w) {
    v.assign(dim, 0.0);
    w.assign(dim, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const double* row = &centred[i * dim];
        for (size_t k = 0; k < dim; ++k) {
            v[k] += sv[i] * row[k];
            w[k] += sw[i] * row[k];
        }
    }
}

}  // namespace

std::optional<VectorStore> parse_vectors(std::string_view text, std::string& error) {
    const std::string_view body = trimmed(text);
    if (body.empty()) {
        error = "nothing to read: paste one vector per line, as \u201clabel: x1, x2, \u2026\u201d";
        return std::nullopt;
    }
    return body.front() == '[' || body.front() == '{' ? from_json(body, error) : from_lines(text, error);
}

StoreRanking rank_store(const VectorStore& store, size_t query) {
    StoreRanking r;
    const size_t n = store.count();
    if (query >= n) return r;
    std::vector<double> norms(n);
    for (size_t i = 0; i < n; ++i) norms[i] = std::sqrt(dot_rows(store.row(i), store.row(i), store.dim));
    r.dots.resize(n);
    r.cosines.resize(n);
    r.directed.resize(n);
    for (size_t i = 0; i < n; ++i) {
        r.dots[i] = dot_rows(store.row(query), store.row(i), store.dim);
        const double lengths = norms[query] * norms[i];
        r.cosines[i] = lengths > 0 ? r.dots[i] / lengths : 0.0;
        r.directed[i] = lengths > 0;
    }
    r.queryNorm = norms[query];
    std::vector<double> cos_ranked(n);
    for (size_t i = 0; i < n; ++i) cos_ranked[i] = r.directed[i] ? r.cosines[i] : -HUGE_VAL;
    r.byDot = best_first(r.dots, int(query));
    if (norms[query] > 0) r.byCos = best_first(cos_ranked, int(query));
    return r;
}

std::vector<Vec2> principal_plane(const VectorStore& store) {
    const size_t n = store.count(), dim = store.dim;
    std::vector<double> mean(dim, 0.0), centred(store.values);
    for (size_t i = 0; i < n; ++i)
        for (size_t k = 0; k < dim; ++k) mean[k] += store.values[i * dim + k] / double(n);
    for (size_t i = 0; i < n; ++i)
        for (size_t k = 0; k < dim; ++k) centred[i * dim + k] -= mean[k];
    // Two directions iterated together (subspace iteration on XᵀX): their
    // plane settles at the rate λ₃/λ₂, where one direction at a time would
    // crawl at λ₂/λ₁ on data whose spreads are nearly equal. Fixed starts:
    // the same plane every run.
    std::vector<double> v1(dim), v2(dim);
    for (size_t k = 0; k < dim; ++k) {
        v1[k] = 1.0 + 0.01 * double(k % 7);
        v2[k] = (k % 2 ? 1.0 : -1.0) + 0.01 * double(k % 5);
    }
    orthonormalize(v1, nullptr);
    orthonormalize(v2, &v1);
    std::vector<double> s1, s2, w1, w2;
    for (int iteration = 0; iteration < kPlaneIterations; ++iteration) {
        scores_along(centred, n, dim, v1, v2, s1, s2);
        rows_weighted(centred, n, dim, s1, s2, w1, w2);
        if (!orthonormalize(w1, nullptr)) break;  // no spread at all
        if (!orthonormalize(w2, &w1)) {           // spread along one line only
            v1 = w1;
            break;
        }
        double change = 0;
        for (size_t k = 0; k < dim; ++k) change = std::max({change, std::abs(w1[k] - v1[k]), std::abs(w2[k] - v2[k])});
        v1.swap(w1);
        v2.swap(w2);
        if (change < 1e-10) break;
    }
    // Within the plane found, the widest direction and the one at 90° to it
    // (a 2×2 eigenproblem, as in the projection view).
    scores_along(centred, n, dim, v1, v2, s1, s2);
    Covariance2 c;
    for (size_t i = 0; i < n; ++i) {
        c.xx += s1[i] * s1[i];
        c.xy += s1[i] * s2[i];
        c.yy += s2[i] * s2[i];
    }
    const PrincipalAxes axes = principal_axes(c);
    std::vector<Vec2> plane(n);
    for (size_t i = 0; i < n; ++i) {
        const Vec2 in_plane{s1[i], s2[i]};
        plane[i] = {dot(in_plane, axes.first), dot(in_plane, axes.second)};
    }
    return plane;
}

std::optional<VectorStore> make_store(const std::vector<std::string>& labels, const double* values, size_t dim,
                                      std::string& error) {
    if (labels.size() < 2 || labels.size() > kMaxStoreVectors) {
        error = "2 to 500 vectors are needed, not " + std::to_string(labels.size());
        return std::nullopt;
    }
    VectorStore store;
    std::vector<double> v(dim);
    for (size_t i = 0; i < labels.size(); ++i) {
        for (size_t k = 0; k < dim; ++k) {
            const double x = values[i * dim + k];
            if (!(std::abs(x) <= kMaxCoordinate)) {
                error = "vector " + std::to_string(i + 1) + ": every value must be a number within \u00b11000";
                return std::nullopt;
            }
            v[k] = x == 0.0 ? 0.0 : x;
        }
        if (std::string problem = add_vector(store, labels[i], v); !problem.empty()) {
            error = "vector " + std::to_string(i + 1) + ": " + problem;
            return std::nullopt;
        }
    }
    return store;
}

std::shared_ptr<const LoadedVectors> load_vectors(VectorStore store) {
    auto loaded = std::make_shared<LoadedVectors>();
    std::vector<Vec2> plane = principal_plane(store);
    // Scaled so the farthest sits kPlaneReach out: any model's units fit the plane.
    double reach = 0;
    for (const Vec2& p : plane) reach = std::max({reach, std::abs(p.x), std::abs(p.y)});
    for (Vec2& p : plane) p = reach > 0 ? (kPlaneReach / reach) * p : Vec2{};
    loaded->store = std::move(store);
    loaded->plane = std::move(plane);
    return loaded;
}

std::optional<size_t> index_of(const VectorStore& store, std::string_view label) {
    const auto at = std::find(store.labels.begin(), store.labels.end(), label);
    if (at == store.labels.end()) return std::nullopt;
    return size_t(at - store.labels.begin());
}

}  // namespace dotlab
