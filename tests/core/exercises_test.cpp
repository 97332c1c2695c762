#include <catch2/catch.hpp>

#include <cmath>

#include "core/exercises.h"
#include "core/state_codec.h"

using namespace dotlab;

namespace {
Vec2 polar(double length, double degrees) {
    return {length * std::cos(degrees * kPi / 180), length * std::sin(degrees * kPi / 180)};
}
bool passes(int id, Vec2 a, Vec2 b, Vec2 b_start = {1, 0}) { return check_exercise(id, a, b, b_start).passed; }
}  // namespace

TEST_CASE("every exercise has text, three choices and a right answer", "[exercises]") {
    for (int id = 1; id <= kExerciseCount; ++id) {
        const ExerciseText& e = exercise_text(id);
        CHECK(e.id == id);
        CHECK(e.correctChoice >= 0);
        CHECK(e.correctChoice < 3);
        for (const char* choice : e.choices) CHECK(std::string(choice).size() > 5);
        CHECK(std::string(e.why).size() > 40);
    }
    CHECK_FALSE(is_exercise_id(0));
    CHECK(is_exercise_id(5));
    CHECK_FALSE(is_exercise_id(6));
}

TEST_CASE("perpendicular: |cos θ| ≤ 0.02, whatever the lengths", "[exercises]") {
    CHECK(passes(1, {3, 1}, {-1, 3}));
    CHECK(passes(1, {0.01, 0}, {0, 900}));
    // Exactly at the tolerance passes; just past it does not.
    const double at = std::acos(kPerpendicularMaxAbsCos) * 180 / kPi;
    CHECK(passes(1, {1, 0}, polar(2, at + 1e-9)));
    CHECK_FALSE(passes(1, {1, 0}, polar(2, at - 1e-3)));
    CHECK_FALSE(passes(1, {1, 0}, polar(2, 180 - at + 1e-3)));
    CHECK_FALSE(passes(1, {3, 1}, {1, 2}));
}

TEST_CASE("opposite: cos θ ≤ −0.98", "[exercises]") {
    CHECK(passes(2, {3, 1}, {-3, -1}));
    CHECK(passes(2, {1e-3, 0}, {-1e3, 0}));
    const double at = std::acos(kOppositeMaxCos) * 180 / kPi;
    CHECK(passes(2, {1, 0}, polar(1, at + 1e-6)));
    CHECK_FALSE(passes(2, {1, 0}, polar(1, at - 1e-3)));
    CHECK_FALSE(passes(2, {1, 0}, {0, 1}));
}

TEST_CASE("stretch: within 2° of the start direction and 5% of three times its length", "[exercises]") {
    const Vec2 start{1, 0.5};
    CHECK(passes(3, {3, 1}, {3, 1.5}, start));
    const double length = norm(start);
    const double dir = std::atan2(start.y, start.x) * 180 / kPi;
    CHECK(passes(3, {3, 1}, polar(3 * length * 1.0499, dir + 1.99), start));
    CHECK(passes(3, {3, 1}, polar(3 * length * 0.9501, dir - 1.99), start));
    CHECK_FALSE(passes(3, {3, 1}, polar(3 * length * 1.06, dir), start));
    CHECK_FALSE(passes(3, {3, 1}, polar(3 * length, dir + 2.1), start));
    CHECK_FALSE(passes(3, {3, 1}, polar(2 * length, dir), start));
    // Turning to the opposite direction at three times the length is not a stretch.
    CHECK_FALSE(passes(3, {3, 1}, Vec2{-3, -1.5}, start));
    // A zero starting length cannot be tripled.
    CHECK_FALSE(passes(3, {3, 1}, {3, 1.5}, {0, 0}));
    CHECK(check_exercise(3, {3, 1}, {3, 1.5}, start).evidence.find("3.00\u00d7") != std::string::npos);
}

TEST_CASE("unit-parallel: both lengths in [0.95, 1.05] and cos θ ≥ 0.98", "[exercises]") {
    CHECK(passes(4, {1, 0}, {1, 0}));
    CHECK(passes(4, polar(0.95, 30), polar(1.05, 30)));
    CHECK(passes(4, {1, 0}, {1, 0.1}));
    CHECK_FALSE(passes(4, {2, 0}, {1, 0}));
    CHECK_FALSE(passes(4, polar(0.94, 30), polar(1, 30)));
    CHECK_FALSE(passes(4, {1, 0}, polar(1, 12)));
    CHECK_FALSE(passes(4, {1, 0}, {-1, 0}));
}

TEST_CASE("zero-length vectors never pass, and huge ones stay finite", "[exercises]") {
    for (int id = 1; id <= kDotExercises; ++id) {
        CHECK_FALSE(passes(id, {0, 0}, {1, 0}));
        CHECK_FALSE(passes(id, {1, 0}, {0, 0}));
        CHECK_FALSE(passes(id, {0, 0}, {0, 0}, {0, 0}));
        const ExerciseCheck huge = check_exercise(id, {1e300, 1e300}, {-1e300, 1e300}, {1e300, 0});
        CHECK(huge.evidence.find("nan") == std::string::npos);
        CHECK(huge.evidence.find("inf") == std::string::npos);
    }
    CHECK(passes(1, {1e300, 1e300}, {-1e300, 1e300}));
}

TEST_CASE("progress survives a round trip and bad text means a fresh start", "[exercises]") {
    ExerciseSession session;
    session.active = 3;
    progress_of(session, 1) = {1, true};
    progress_of(session, 2) = {2, true};
    progress_of(session, 3) = {0, false};
    const std::string text = encode_progress(session);
    CHECK(text == "v2:1=1d,2=2d,3=0,4=-,5=-;active=3");
    const ExerciseSession back = decode_progress(text);
    CHECK(back.active == 3);
    for (int id = 1; id <= kExerciseCount; ++id) {
        CHECK(progress_of(back, id).predicted == progress_of(session, id).predicted);
        CHECK(progress_of(back, id).done == progress_of(session, id).done);
        CHECK(progress_of(back, id).earlier == progress_of(back, id).done);  // saved: done on an earlier visit
    }
    for (const char* bad : {"", "garbage", "v3:1=0d", "v1:1=9d,2=xd;active=9", "v1:1=-d", "v2:5=-d"}) {
        const ExerciseSession fresh = decode_progress(bad);
        INFO(bad);
        CHECK(fresh.active == 1);
        for (int id = 1; id <= kExerciseCount; ++id) CHECK_FALSE(progress_of(fresh, id).done);
    }
}

TEST_CASE("the state JSON lists the exercises", "[exercises]") {
    LessonState state;
    ExerciseSession session;
    progress_of(session, 2) = {2, true};
    const std::string json = to_json(state, derive(state), session);
    CHECK(
        json.find(
            "\"exercises\":[{\"id\":1,\"predicted\":null,\"done\":false},{\"id\":2,\"predicted\":2,\"done\":true},") !=
        std::string::npos);
}

TEST_CASE("exercise=N in the URL opens that exercise; others warn", "[exercises]") {
    LessonState state;
    std::vector<std::string> warnings;
    apply_query("exercise=3", state, warnings);
    CHECK(state.exercise == 3);
    CHECK(warnings.empty());
    apply_query("exercise=7&exercise=1x", state, warnings);
    CHECK(state.exercise == 3);
    CHECK(warnings.size() == 2);
}

TEST_CASE("progress saved by the four-exercise version still reads", "[exercises]") {
    const ExerciseSession old = decode_progress("v1:1=1d,2=2d,3=0,4=-;active=3");
    CHECK(old.active == 3);
    CHECK(progress_of(old, 1).done);
    CHECK(progress_of(old, 2).predicted == 2);
    CHECK(progress_of(old, 3).predicted == 0);
    CHECK_FALSE(progress_of(old, 4).predicted);
    CHECK_FALSE(progress_of(old, 5).predicted);
    CHECK(next_unfinished(old, 1) == 3);
    CHECK(decode_progress("v2:1=-,2=-,3=-,4=-,5=0d;active=5").active == 5);
    CHECK(progress_of(decode_progress("v2:1=-,2=-,3=-,4=-,5=0d;active=5"), 5).done);
}

TEST_CASE("the widest direction: within 2° of the first component, never for a round cloud", "[exercises]") {
    const std::vector<Vec2> cloud = default_cloud();
    const double widest = line_angle_deg(derive_projection(cloud, {1, 0}).axes.first);
    CHECK(check_widest(derive_projection(cloud, direction_at(widest + 1.9))).passed);
    CHECK(check_widest(derive_projection(cloud, direction_at(widest + 180 - 1.9))).passed);  // -u is the same line
    CHECK_FALSE(check_widest(derive_projection(cloud, direction_at(widest + 2.1))).passed);
    CHECK_FALSE(check_widest(derive_projection(cloud, direction_at(widest + 90))).passed);
    const std::vector<Vec2> round = {{1, 0},     {0, 1},       {-1, 0},     {0, -1},
                                     {0.7, 0.7}, {-0.7, -0.7}, {0.7, -0.7}, {-0.7, 0.7}};
    for (int deg = 0; deg < 180; deg += 5) {
        const ExerciseCheck c = check_widest(derive_projection(round, direction_at(deg)));
        CHECK_FALSE(c.passed);
        CHECK(c.evidence.find("round") != std::string::npos);
    }
}
