// Pasted vectors: the parser's forms and its line-numbered errors, rankings
// in 1,024 dimensions against an independent computation, and the plane of
// the first two principal components.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/vectors.h"

using namespace dotlab;

namespace {

// A seeded store of n vectors of `dim` numbers with two decimals, as text.
std::string random_text(size_t n, size_t dim, std::uint64_t seed) {
    std::string text;
    for (size_t i = 0; i < n; ++i) {
        text += "w" + std::to_string(i) + ":";
        for (size_t k = 0; k < dim; ++k) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            const int hundredths = int((seed >> 33) % 401) - 200;  // -2.00 … 2.00
            text += (k ? "," : " ") + std::to_string(hundredths / 100.0);
        }
        text += "\n";
    }
    return text;
}

std::string error_of(const std::string& text) {
    std::string error;
    CHECK_FALSE(parse_vectors(text, error));
    return error;
}

}  // namespace

TEST_CASE("pasted vectors: lines and JSON read the same", "[vectors]") {
    std::string error;
    const auto lines = parse_vectors("cat: 1, 2, 3\n\n  dog:-1,0.5,2 \r\nred fox: 0, 0, 1e-3\n", error);
    REQUIRE(lines);
    CHECK(lines->dim == 3);
    CHECK(lines->labels == std::vector<std::string>{"cat", "dog", "red fox"});
    CHECK(lines->values == std::vector<double>{1, 2, 3, -1, 0.5, 2, 0, 0, 0.001});
    const auto json = parse_vectors(
        R"([{"label":"cat","v":[1,2,3]},{"label":"dog","v":[-1,0.5,2]},{"label":"red fox","v":[0,0,0.001]}])", error);
    REQUIRE(json);
    CHECK(json->labels == lines->labels);
    CHECK(json->values == lines->values);
}

TEST_CASE("pasted vectors: numbers as other tools print them", "[vectors]") {
    std::string error;
    // numpy's "[0.1 0.2]", spaces and commas mixed, and JSON's "embedding".
    const auto lines = parse_vectors("cat: [1 2 3]\ndog: -1  0.5,2\nred fox: [0, 0 , 1e-3]", error);
    REQUIRE(lines);
    CHECK(lines->values == std::vector<double>{1, 2, 3, -1, 0.5, 2, 0, 0, 0.001});
    const auto json = parse_vectors(R"([{"label":"cat","embedding":[1,2]},{"label":"dog","vector":[3,4]}])", error);
    REQUIRE(json);
    CHECK(json->values == std::vector<double>{1, 2, 3, 4});
    CHECK(error_of("a: 1, 2\nb: 1,, 2").find("line 2: \u201c\u201d is not a number") == 0);
    CHECK(error_of("a: 1, 2\nb: [1, 2").find("line 2: \u201c[1\u201d is not a number") == 0);
    CHECK(error_of(R"([{"label":"a","v":[1,2]},{"label":"b"}])") ==
          "item 2: no \"v\" (or \"embedding\", \"vector\") array of numbers");
    CHECK(error_of(R"([{"v":[1,2]}])") == "item 1: no \"label\" text");
    CHECK(error_of("caf\u00e9: 1, 2\nb: 1, 2").find("line 1: the label may hold only plain letters") == 0);
}

TEST_CASE("pasted vectors: the first bad line is named", "[vectors]") {
    CHECK(error_of("").find("nothing to read") != std::string::npos);
    CHECK(error_of("a: 1, 2\nb 1, 2") == "line 2: expected \u201clabel: x1, x2, \u2026\u201d");
    CHECK(error_of("a: 1, 2\nb: 1, x\n").find("line 2: \u201cx\u201d is not a number") == 0);
    CHECK(error_of("a: 1, 2\n\nb: 1, 2, 3").find("line 3: 3 numbers where the first vector had 2") == 0);
    CHECK(error_of("a: 1, 2\na: 3, 4").find("line 2: the label \u201ca\u201d is used twice") == 0);
    CHECK(error_of("a: 1, 2\nb: inf, 2").find("line 2:") == 0);
    CHECK(error_of("a: 1, 2\nb: 1001, 2").find("line 2:") == 0);
    CHECK(error_of("a: 1, 2\n: 1, 2").find("line 2: the label is empty") == 0);
    CHECK(error_of("a: 1, 2\nthis label is far too long to show: 1, 2").find("line 2: the label is longer") == 0);
    CHECK(error_of("only: 1, 2") == "at least two vectors are needed");
    CHECK(error_of("a: 1\nb: 2").find("line 1: a vector needs 2 to 1024 numbers") == 0);
    CHECK(error_of(random_text(501, 2, 1)).find("line 501: more than 500 vectors") == 0);
    CHECK(error_of(random_text(2, 1025, 1)).find("line 1: more than 1024 numbers") == 0);
    CHECK(error_of(R"([{"label":"a","v":[1,2]},{"label":"b","v":[1,"x"]}])").find("item 2:") == 0);
    CHECK(error_of(R"({"label":"a"})") == "expected an array of { label, v }");
    CHECK(error_of("[1, 2").size() > 0);
}

TEST_CASE("rankings in 1,024 dimensions against an independent computation", "[vectors]") {
    std::string error;
    const auto store = parse_vectors(random_text(60, 1024, 7), error);
    REQUIRE(store);
    REQUIRE(store->dim == 1024);
    for (size_t query : {size_t(0), size_t(17), size_t(59)}) {
        const StoreRanking r = rank_store(*store, query);
        // The long way, with long double sums.
        std::vector<std::pair<long double, int>> dots, cosines;
        long double qq = 0;
        for (size_t k = 0; k < 1024; ++k) qq += (long double)store->row(query)[k] * store->row(query)[k];
        for (size_t i = 0; i < store->count(); ++i) {
            long double d = 0, vv = 0;
            for (size_t k = 0; k < 1024; ++k) {
                d += (long double)store->row(query)[k] * store->row(i)[k];
                vv += (long double)store->row(i)[k] * store->row(i)[k];
            }
            CHECK(r.dots[i] == Approx(double(d)).epsilon(1e-12));
            CHECK(r.cosines[i] == Approx(double(d / std::sqrt(qq * vv))).epsilon(1e-12));
            if (i == query) continue;
            dots.push_back({-d, int(i)});
            cosines.push_back({-d / std::sqrt(qq * vv), int(i)});
        }
        std::sort(dots.begin(), dots.end());
        std::sort(cosines.begin(), cosines.end());
        REQUIRE(r.byDot.size() == store->count() - 1);
        for (size_t j = 0; j < dots.size(); ++j) {
            CHECK(r.byDot[j] == dots[j].second);
            CHECK(r.byCos[j] == cosines[j].second);
        }
        CHECK(std::find(r.byDot.begin(), r.byDot.end(), int(query)) == r.byDot.end());
    }
}

TEST_CASE("a zero vector has no cosine: it ranks last by cosine, never NaN", "[vectors]") {
    std::string error;
    const auto store = parse_vectors("zero: 0, 0, 0\na: 1, 0, 0\nb: -1, 0, 0", error);
    REQUIRE(store);
    const StoreRanking from_zero = rank_store(*store, 0);
    for (double c : from_zero.cosines) CHECK(c == 0);
    CHECK(from_zero.queryNorm == 0);
    CHECK(from_zero.byCos.empty());                    // no direction: nothing ranks by cosine
    CHECK(from_zero.byDot == std::vector<int>{1, 2});  // every product 0: input order
    const StoreRanking from_a = rank_store(*store, 1);
    CHECK(from_a.byCos == std::vector<int>{2, 0});  // after −1: it has no cosine at all
    CHECK(from_a.directed == std::vector<char>{0, 1, 1});
    CHECK(rank_store(*store, 9).byDot.empty());
}

TEST_CASE("the principal plane: the spread's two widest directions", "[vectors]") {
    // Points in 5-D that vary along e1 (widely) and e3 (less): the plane's
    // coordinates are those two, up to sign, about the mean.
    std::string text;
    const double along[] = {-2, -1, 0, 1, 2};
    const double across[] = {0.25, -0.5, 0.5, -0.5, 0.25};  // sums to 0, at right angles to `along`
    for (int i = 0; i < 5; ++i)
        text += "p" + std::to_string(i) + ": " + std::to_string(3 + along[i]) + ", 1, " + std::to_string(across[i]) +
                ", 0, 2\n";
    std::string error;
    const auto store = parse_vectors(text, error);
    REQUIRE(store);
    const std::vector<Vec2> plane = principal_plane(*store);
    REQUIRE(plane.size() == 5);
    const double sign1 = plane[4].x > 0 ? 1 : -1;
    const double sign2 = plane[0].y > 0 ? 1 : -1;
    for (int i = 0; i < 5; ++i) {
        CHECK(sign1 * plane[size_t(i)].x == Approx(along[i]).margin(1e-9));
        CHECK(sign2 * plane[size_t(i)].y == Approx(across[i]).margin(1e-9));
    }
}

namespace {

// The eigenvalues of a symmetric matrix by cyclic Jacobi rotations, largest
// first: an independent check on the plane's subspace iteration.
std::vector<double> jacobi_eigenvalues(std::vector<std::vector<double>> a) {
    const size_t m = a.size();
    for (int sweep = 0; sweep < 100; ++sweep) {
        double off = 0;
        for (size_t p = 0; p < m; ++p)
            for (size_t q = p + 1; q < m; ++q) off += a[p][q] * a[p][q];
        if (off < 1e-30) break;
        for (size_t p = 0; p < m; ++p)
            for (size_t q = p + 1; q < m; ++q) {
                if (a[p][q] == 0) continue;
                const double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                const double t = (theta >= 0 ? 1 : -1) / (std::abs(theta) + std::sqrt(theta * theta + 1));
                const double c = 1 / std::sqrt(t * t + 1), s = t * c;
                for (size_t k = 0; k < m; ++k) {
                    const double akp = a[k][p], akq = a[k][q];
                    a[k][p] = c * akp - s * akq;
                    a[k][q] = s * akp + c * akq;
                }
                for (size_t k = 0; k < m; ++k) {
                    const double apk = a[p][k], aqk = a[q][k];
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
            }
    }
    std::vector<double> values(m);
    for (size_t i = 0; i < m; ++i) values[i] = a[i][i];
    std::sort(values.rbegin(), values.rend());
    return values;
}

}  // namespace

TEST_CASE("the principal plane of random data holds its two largest spreads", "[vectors]") {
    std::string error;
    const auto store = parse_vectors(random_text(40, 6, 77), error);
    REQUIRE(store);
    const size_t n = store->count(), dim = store->dim;
    std::vector<double> mean(dim, 0.0);
    for (size_t i = 0; i < n; ++i)
        for (size_t k = 0; k < dim; ++k) mean[k] += store->row(i)[k] / double(n);
    std::vector<std::vector<double>> scatter(dim, std::vector<double>(dim, 0.0));
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < dim; ++j)
            for (size_t k = 0; k < dim; ++k)
                scatter[j][k] += (store->row(i)[j] - mean[j]) * (store->row(i)[k] - mean[k]);
    const std::vector<double> eigen = jacobi_eigenvalues(scatter);
    REQUIRE(eigen[0] > eigen[1] * 1.01);  // distinct enough for the directions to be defined
    const std::vector<Vec2> plane = principal_plane(*store);
    double xx = 0, yy = 0, xy = 0;
    for (const Vec2& p : plane) {
        xx += p.x * p.x;
        yy += p.y * p.y;
        xy += p.x * p.y;
    }
    CHECK(xx == Approx(eigen[0]).epsilon(1e-6));
    CHECK(yy == Approx(eigen[1]).epsilon(1e-6));
    CHECK(std::abs(xy) < 1e-6 * eigen[0]);  // the two coordinates are uncorrelated
}

TEST_CASE("a host's arrays make the same store as the text, with the same rules", "[vectors]") {
    std::string error;
    const double values[] = {1, 2, 3, 4, 5, 6};
    const auto store = make_store({"a", "b", "c"}, values, 2, error);
    REQUIRE(store);
    CHECK(store->dim == 2);
    CHECK(store->row(2)[1] == 6);
    const auto same = parse_vectors("a: 1, 2\nb: 3, 4\nc: 5, 6", error);
    CHECK(store->values == same->values);

    CHECK_FALSE(make_store({"a"}, values, 2, error));
    CHECK(error == "2 to 500 vectors are needed, not 1");
    CHECK_FALSE(make_store({"a", "a"}, values, 2, error));
    CHECK(error == "vector 2: the label \u201ca\u201d is used twice");
    const double huge[] = {1, 2, 3, 1e6};
    CHECK_FALSE(make_store({"a", "b"}, huge, 2, error));
    CHECK(error == "vector 2: every value must be a number within \u00b11000");
    const double nan[] = {1, 2, std::nan(""), 4};
    CHECK_FALSE(make_store({"a", "b"}, nan, 2, error));
    CHECK_FALSE(make_store({"a", "b\nc"}, values, 2, error));
    CHECK(error.find("vector 2: the label may hold only") == 0);
}

TEST_CASE("a loaded store fits the plane and finds its vectors by label", "[vectors]") {
    std::string error;
    const auto store = parse_vectors("a: 100, 0, 0\nb: -300, 0, 1\nc: 50, 2, 0\nd: 0, 0, 0", error);
    REQUIRE(store);
    const auto loaded = load_vectors(*store);
    double reach = 0;
    for (const Vec2& p : loaded->plane) reach = std::max({reach, std::abs(p.x), std::abs(p.y)});
    CHECK(reach == Approx(kPlaneReach));
    CHECK(index_of(loaded->store, "c") == 2u);
    CHECK_FALSE(index_of(loaded->store, "e"));
    // All alike: no spread to show, every vector at the origin, no NaN.
    const auto same = load_vectors(*parse_vectors("a: 1, 1\nb: 1, 1", error));
    for (const Vec2& p : same->plane) CHECK((p.x == 0 && p.y == 0));
}
