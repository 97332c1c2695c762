// The projection view's numbers: variance along u against a direct
// computation, and the principal components against the closed form for a
// 2×2 covariance, round and degenerate clouds included.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/exercises.h"
#include "core/projection.h"

using namespace dotlab;

namespace {

// The variance of the numbers p·u, computed the long way.
double direct_variance(const std::vector<Vec2>& points, Vec2 u) {
    double sum = 0;
    for (Vec2 p : points) sum += dot(p, u);
    const double mean = sum / double(points.size());
    double squares = 0;
    for (Vec2 p : points) squares += (dot(p, u) - mean) * (dot(p, u) - mean);
    return squares / double(points.size());
}

std::vector<Vec2> stretched(double along, double across, double degrees, Vec2 centre) {
    const Vec2 e1 = direction_at(degrees), e2{-e1.y, e1.x};
    std::vector<Vec2> points;
    for (double s : {-2.0, -1.0, 0.0, 1.0, 2.0})
        for (double t : {-1.0, 1.0}) points.push_back(centre + (along * s) * e1 + (across * t) * e2);
    return points;
}

}  // namespace

TEST_CASE("variance along u is the variance of the projections", "[projection]") {
    const std::vector<Vec2> cloud = default_cloud();
    const Covariance2 c = covariance_of(cloud);
    for (int deg = 0; deg < 360; deg += 7) {
        const Vec2 u = direction_at(deg);
        CHECK(variance_along(c, u) == Approx(direct_variance(cloud, u)).epsilon(1e-12));
    }
    // Off-centre points: the spread does not depend on where the cloud sits.
    const std::vector<Vec2> moved = stretched(1.5, 0.4, 20, {3, -2});
    CHECK(variance_along(covariance_of(moved), direction_at(50)) ==
          Approx(direct_variance(moved, direction_at(50))).epsilon(1e-12));
}

TEST_CASE("the first principal component against the closed form", "[projection]") {
    for (double deg : {0.0, 17.0, 30.0, 89.0, 90.0, 135.0, 179.0}) {
        const Covariance2 c = covariance_of(stretched(1.5, 0.5, deg, {0.3, -0.1}));
        const PrincipalAxes axes = principal_axes(c);
        INFO("cloud along " << deg << "°");
        // The eigenvalues solve λ² − (xx + yy)λ + (xx·yy − xy²) = 0.
        const double trace = c.xx + c.yy, det = c.xx * c.yy - c.xy * c.xy;
        const double root = std::sqrt(trace * trace / 4 - det);
        CHECK(axes.largest == Approx(trace / 2 + root).epsilon(1e-12));
        CHECK(axes.smallest == Approx(trace / 2 - root).epsilon(1e-12));
        // C·first = λ₁·first, and first is a unit vector in the upper half plane.
        const Vec2 f = axes.first;
        CHECK(c.xx * f.x + c.xy * f.y == Approx(axes.largest * f.x).margin(1e-12));
        CHECK(c.xy * f.x + c.yy * f.y == Approx(axes.largest * f.y).margin(1e-12));
        CHECK(norm(f) == Approx(1.0));
        CHECK(line_gap_deg(f, direction_at(deg)) < 1e-9);
        CHECK(line_angle_deg(f) >= 0);
        CHECK(line_angle_deg(f) < 180);
        CHECK(dot(f, axes.second) == Approx(0.0).margin(1e-15));
        // Nothing beats it: a sweep finds no wider direction.
        for (int a = 0; a < 180; ++a) CHECK(variance_along(c, direction_at(a)) <= axes.largest * (1 + 1e-12));
    }
}

TEST_CASE("a round cloud and a cloud on a line", "[projection]") {
    SECTION("round: every direction is a maximum, and the goal is not offered") {
        const std::vector<Vec2> square = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        const ProjectionDerived d = derive_projection(square, direction_at(40));
        CHECK(d.axes.largest == Approx(0.5));
        CHECK(d.axes.smallest == Approx(0.5));
        CHECK(d.variance == Approx(0.5));
        CHECK_FALSE(d.elongated);
        CHECK(d.axes.first == Vec2{1, 0});
    }
    SECTION("on a line: all the spread is along it, none across") {
        const std::vector<Vec2> line = {{-2, -2}, {-1, -1}, {0.5, 0.5}, {3, 3}};
        const ProjectionDerived d = derive_projection(line, direction_at(45));
        CHECK(d.axes.smallest == Approx(0.0).margin(1e-12));
        CHECK(line_angle_deg(d.axes.first) == Approx(45.0));
        CHECK(d.elongated);
        CHECK(d.gapToWidestDeg < 1e-9);
        CHECK(derive_projection(line, direction_at(135)).variance == Approx(0.0).margin(1e-12));
    }
    SECTION("points at one place: coincident, with no widest direction however the sums round") {
        // Three copies of 0.1 have a mean a rounding step away from 0.1.
        for (const Vec2 at : {Vec2{0.1, 0.7}, Vec2{1e6 / 3, -2.2}, Vec2{0, 0}}) {
            const ProjectionDerived d = derive_projection({at, at, at}, direction_at(25));
            CHECK(d.coincident);
            CHECK_FALSE(d.elongated);
            CHECK_FALSE(check_widest(d).passed);
            CHECK(check_widest(d).evidence.find("one place") != std::string::npos);
        }
        // A hundredth apart is a spread.
        const ProjectionDerived apart = derive_projection({{0.1, 0.7}, {0.11, 0.7}, {0.1, 0.7}}, direction_at(0));
        CHECK_FALSE(apart.coincident);
        CHECK(apart.elongated);
    }
    SECTION("no points, one point: zeros, never NaN") {
        for (const std::vector<Vec2>& few : {std::vector<Vec2>{}, std::vector<Vec2>{{2, 1}}}) {
            const ProjectionDerived d = derive_projection(few, direction_at(10));
            CHECK(d.variance == 0);
            CHECK_FALSE(d.elongated);
            CHECK(std::isfinite(d.gapToWidestDeg));
        }
    }
}

TEST_CASE("the default cloud: 40 points, centred, stretched along 30°", "[projection]") {
    const std::vector<Vec2> cloud = default_cloud();
    REQUIRE(cloud.size() == 40);
    CHECK(default_cloud() == cloud);  // the same every time
    CHECK(norm(mean_of(cloud)) < 0.01);
    const ProjectionDerived d = derive_projection(cloud, {1, 0});
    CHECK(d.elongated);
    CHECK(d.axes.largest / d.axes.smallest > 3);
    CHECK(line_gap_deg(d.axes.first, direction_at(30)) < 15);
    for (Vec2 p : cloud) CHECK(norm(p) < 4.5);  // on the plane
    // The curve's samples are the variance at 0°, 2°, …, 180°.
    REQUIRE(d.curve.size() == size_t(kCurveSamples));
    CHECK(d.curve.front() == Approx(d.curve.back()));
    CHECK(d.curve[15] == Approx(variance_along(d.covariance, direction_at(30))));
}

TEST_CASE("lines, angles and tips", "[projection]") {
    CHECK(line_angle_deg({-1, 0}) == 0);
    CHECK(line_angle_deg({0, -1}) == Approx(90));
    CHECK(line_angle_deg(direction_at(200)) == Approx(20));
    CHECK(line_gap_deg(direction_at(1), direction_at(179)) == Approx(2));
    CHECK(direction_deg({1, 0}) == 0);
    CHECK(direction_deg({-1, -1e-300}) == Approx(180));
    CHECK(direction_deg(direction_at(200)) == Approx(200));
    CHECK(direction_deg({0, -1}) == Approx(270));
    for (int deg = 0; deg < 360; deg += 13) {
        CHECK(direction_deg(direction_at(deg)) >= 0);
        CHECK(direction_deg(direction_at(deg)) < 360);
    }
    // What the view reads off, derived once.
    const ProjectionDerived d = derive_projection(default_cloud(), direction_at(250));
    CHECK(d.directionDeg == Approx(250));
    CHECK(d.angleDeg == Approx(70));
    CHECK(d.sd * d.sd == Approx(d.variance));
    CHECK(d.widestDeg == line_angle_deg(d.axes.first));
    CHECK(direction_of_tip({0, 0}, {0.6, 0.8}) == Vec2{0.6, 0.8});
    CHECK(direction_of_tip({3, 4}, {1, 0}) == Vec2{0.6, 0.8});
}
