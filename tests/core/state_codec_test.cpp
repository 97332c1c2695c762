#include <catch2/catch.hpp>

#include "core/state_codec.h"

using namespace dotlab;

TEST_CASE("vectors parse from plain decimal text", "[codec]") {
    auto v = parse_vec2("3,-1.5");
    REQUIRE(v);
    CHECK(v->x == 3.0);
    CHECK(v->y == -1.5);
    v = parse_vec2("+.5,2e2");
    REQUIRE(v);
    CHECK(v->x == 0.5);
    CHECK(v->y == 200.0);
    v = parse_vec2("-0,0");
    REQUIRE(v);
    CHECK_FALSE(std::signbit(v->x));
}

TEST_CASE("bad vector text is refused", "[codec]") {
    for (const char* bad : {"", "3", "3,", ",3", "1,2,3", "foo", "1e999,2", "inf,1", "nan,0", "0x10,1", " 1,2", "1 ,2",
                            "1001,0", "0,-1000.5", "1e,2", ".,1", "--1,2", "1,2;3,4"}) {
        INFO(bad);
        CHECK_FALSE(parse_vec2(bad));
    }
}

TEST_CASE("a query sets a and b; the fragment applied last wins", "[codec]") {
    LessonState state;
    std::vector<std::string> warnings;
    apply_query("?a=3,0&b=0,2", state, warnings);
    apply_query("#b=1%2C1", state, warnings);
    CHECK(warnings.empty());
    CHECK(state.a == Vec2{3, 0});
    CHECK(state.b == Vec2{1, 1});
}

TEST_CASE("a bad value keeps that field and explains why", "[codec]") {
    LessonState state;
    const LessonState defaults;
    std::vector<std::string> warnings;
    apply_query("a=foo&b=2,2&mode=banana&unknown=1&v=7", state, warnings);
    CHECK(state.a == defaults.a);
    CHECK(state.b == Vec2{2, 2});
    CHECK(state.mode == Mode::Dot);
    REQUIRE(warnings.size() == 3);
    CHECK(warnings[0].find("a=\"foo\"") != std::string::npos);
}

TEST_CASE("warnings stay short and printable whatever the input", "[codec]") {
    LessonState state;
    std::vector<std::string> warnings;
    apply_query("a=%00%ff%0a" + std::string(500, 'x'), state, warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].size() < 160);
    for (char c : warnings[0]) CHECK(c != '\0');
}

TEST_CASE("percent decoding handles + and malformed escapes", "[codec]") {
    CHECK(percent_decode("a%2Cb+c") == "a,b c");
    CHECK(percent_decode("%zz%4") == "%zz%4");
    CHECK(percent_decode("%") == "%");
}

TEST_CASE("encode_query round-trips through apply_query", "[codec]") {
    LessonState original;
    original.a = {-2.75, 0.1};
    original.b = {1.0 / 3.0, 999.99};
    const std::string query = encode_query(original);
    CHECK(query.rfind("v=1&mode=dot&a=-2.75,0.1&b=", 0) == 0);
    LessonState decoded;
    decoded.a = decoded.b = {0, 0};
    std::vector<std::string> warnings;
    apply_query(query, decoded, warnings);
    CHECK(warnings.empty());
    CHECK(decoded.a == original.a);
    CHECK(decoded.b == original.b);
}

TEST_CASE("the JSON state follows the contract", "[codec]") {
    LessonState state;
    state.a = {3, 0};
    state.b = {0, 2};
    const std::string json = to_json(state, derive(state), ExerciseSession{});
    CHECK(json.rfind("{\"v\":1,\"mode\":\"dot\",\"a\":[3,0],\"b\":[0,2],\"derived\":{\"dot\":0,", 0) == 0);
    CHECK(json.find("\"angleDeg\":90") != std::string::npos);
    CHECK(json.find("\"cos\":0,") != std::string::npos);
    CHECK(json.find("-0") == std::string::npos);

    state.a = {0, 0};
    const std::string undefined = to_json(state, derive(state), ExerciseSession{});
    CHECK(undefined.find("\"cos\":null") != std::string::npos);
    CHECK(undefined.find("\"angleDeg\":null") != std::string::npos);
    CHECK(undefined.find("nan") == std::string::npos);
}

TEST_CASE("numbers that print with an exponent survive the round trip", "[codec]") {
    LessonState original;
    original.a = {10, 1e-7};
    original.b = {-100, 0.000123};
    LessonState decoded;
    std::vector<std::string> warnings;
    apply_query(encode_query(original), decoded, warnings);
    CHECK(warnings.empty());
    CHECK(decoded.a == original.a);
    CHECK(decoded.b == original.b);
}
