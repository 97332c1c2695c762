// The table of state fields: for every field of every view, what goes out as
// a link or as getState() JSON comes back the same, and the comparison used
// for that would notice if it did not. Plus the JSON reader's limits.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>

#include "core/json.h"
#include "core/schema.h"
#include "core/state_codec.h"
#include "core/views.h"

using namespace dotlab;

namespace {

struct Random {
    std::uint64_t state;
    std::uint64_t bits() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return double(bits() >> 11) / 9007199254740992.0; }
    int below(int n) { return int(bits() % std::uint64_t(n)); }
    // Coordinates of every kind a link can carry: hundredths, full
    // precision, tiny, at the limit, zero.
    double coordinate() {
        switch (below(5)) {
            case 0: return std::round((unit() * 2 - 1) * 100000) / 100;
            case 1: return (unit() * 2 - 1) * kMaxCoordinate;
            case 2: return (unit() * 2 - 1) * 1e-9;
            case 3: return below(2) ? kMaxCoordinate : -kMaxCoordinate;
            default: return 0.0;
        }
    }
    Vec2 vec() { return {coordinate(), coordinate()}; }
    std::string label() {
        static const char chars[] = "abcXYZ019 -_";
        std::string s(size_t(1 + below(24)), 'a');
        for (char& c : s) c = chars[below(int(sizeof chars) - 1)];
        return s;
    }
};

LessonState random_state(Random& rng, Mode mode) {
    LessonState s;
    s.mode = mode;
    s.a = rng.vec();
    s.b = rng.vec();
    s.q = rng.vec();
    s.keys.resize(size_t(1 + rng.below(20)));
    for (Vec2& k : s.keys) k = rng.vec();
    s.values.resize(s.keys.size());
    for (Vec2& v : s.values) v = rng.vec();
    s.scale = rng.below(2) ? std::sqrt(double(1 + rng.below(1024))) : 0.01 + rng.unit() * 999.99;
    s.norm = rng.below(2) == 1;
    s.docs.resize(size_t(rng.below(int(kMaxDocuments) + 1)));
    for (Document& d : s.docs) d = {rng.label(), rng.vec()};
    const Vec2 towards = rng.vec();
    if (towards != Vec2{}) s.u = direction_of_tip(towards, s.u);
    s.points.resize(size_t(1 + rng.below(60)));
    for (Vec2& p : s.points) p = rng.vec();
    s.axes = rng.below(2) == 1;
    return s;
}

}  // namespace

TEST_CASE("links and getState JSON come back the same, for every field of every view", "[schema]") {
    Random rng{42};
    for (const View& view : all_views()) {
        for (int i = 0; i < 300; ++i) {
            const LessonState original = random_state(rng, view.mode);
            INFO(view.name << ": " << encode_query(original));

            LessonState from_link;
            std::vector<std::string> warnings;
            apply_query(encode_query(original), from_link, warnings);
            CHECK(warnings.empty());
            CHECK(same_view_state(original, from_link));

            // setState(getState()): derived and exercises are skipped.
            LessonState from_json;
            apply_json(to_json(original, derive(original), ExerciseSession{}), from_json, warnings);
            CHECK(warnings.empty());
            CHECK(same_view_state(original, from_json));
        }
    }
}

TEST_CASE("the round-trip comparison notices a change in any field of the view", "[schema]") {
    Random rng{7};
    for (const View& view : all_views()) {
        for (const StateField& field : state_fields()) {
            if (!(field.views & view_bit(view.mode)) || !field.codec.toText) continue;
            if (std::string(field.url) == "v" || std::string(field.url) == "mode") continue;
            const LessonState reference = random_state(rng, view.mode);
            // The same state with this one field taken from another.
            std::string text, same;
            field.codec.toText(reference, same);
            do {
                text.clear();
                field.codec.toText(random_state(rng, view.mode), text);
            } while (text == same);  // a coin toss can give norm the same value
            LessonState changed = reference;
            std::vector<std::string> warnings;
            apply_query(std::string(field.url) + "=" + text, changed, warnings);
            INFO(view.name << " / " << field.url << "=" << text);
            CHECK_FALSE(same_view_state(reference, changed));
        }
    }
}

TEST_CASE("the round-trip comparison sees a change in the last bit of a number", "[schema]") {
    LessonState s;
    s.mode = Mode::Attention;
    s.keys = {{1, 0}, {0.1, 0.2}};
    s.values = s.keys;
    LessonState changed = s;
    changed.keys[1].y = std::nextafter(s.keys[1].y, 1.0);
    CHECK_FALSE(same_view_state(s, changed));
    changed = s;
    changed.scale = std::nextafter(s.scale, 0.0);
    CHECK_FALSE(same_view_state(s, changed));

    s.mode = Mode::Dot;
    changed = s;
    changed.a.x = std::nextafter(s.a.x, 10.0);
    CHECK_FALSE(same_view_state(s, changed));
    changed = s;
    s.a.x = 0.0;
    changed.a.x = -0.0;  // the same number
    CHECK(same_view_state(s, changed));
}

TEST_CASE("Copy link keeps custom documents, labels with spaces included", "[schema]") {
    LessonState s;
    s.mode = Mode::Retrieval;
    s.docs = {{"red fox", {1, 2}}, {"x_1-b", {-0.5, 1e-7}}};
    const std::string link = encode_query(s);
    CHECK(link.find("docs=red%20fox:1,2;x_1-b:-0.5,1e-07") != std::string::npos);
    LessonState back;
    std::vector<std::string> warnings;
    apply_query(link, back, warnings);
    CHECK(warnings.empty());
    REQUIRE(back.docs.size() == 2);
    CHECK(back.docs[0].label == "red fox");
}

TEST_CASE("setState reads JSON values, link text as values, and refuses the rest", "[schema]") {
    LessonState s;
    std::vector<std::string> warnings;
    apply_json(R"({"a":[2,-1],"b":"0.5,0.25","mode":"attention","keys":[[1,0],[0,1]],"scale":2,"norm":true,)"
               R"("docs":[{"label":"cat","v":[1,1]}],"derived":{"dot":99},"exercises":[]})",
               s, warnings);
    CHECK(warnings.empty());
    CHECK(s.a == Vec2{2, -1});
    CHECK(s.b == Vec2{0.5, 0.25});
    CHECK(s.mode == Mode::Attention);
    CHECK(s.keys.size() == 2);
    CHECK(s.values.size() == 2);  // matched to the keys
    CHECK(s.scale == 2);
    CHECK(s.norm);
    REQUIRE(s.docs.size() == 1);

    const LessonState before = s;
    apply_json(R"({"a":[null,1],"b":["x",1],"scale":-1,"mode":"banana","norm":2,"docs":[{"label":"a\"b","v":[1,1]}],)"
               R"("a2":1,"keys":[]})",
               s, warnings);
    CHECK(warnings.size() == 8);
    CHECK(same_view_state(before, s));
    for (const std::string& w : warnings) CHECK(w.size() < 200);

    warnings.clear();
    apply_json("[1,2]", s, warnings);
    apply_json("{\"a\":", s, warnings);
    CHECK(warnings.size() == 2);
}

TEST_CASE("the JSON reader keeps to its bounds", "[json]") {
    std::string error;
    CHECK(parse_json(R"({"a":[1,2.5e3,-0,true,false,null,"\u00e9\ud83d\ude00"]})", error));
    const auto value = parse_json(R"({"a":1,"a":2})", error);
    REQUIRE(value);
    CHECK(value->find("a")->number == 2);  // the last one, as JavaScript reads it
    for (const char* bad :
         {"", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "\"\\x\"", "\"\t\"", "1e999", "nan", "[1] 2", "{'a':1}"}) {
        INFO(bad);
        CHECK_FALSE(parse_json(bad, error));
        CHECK_FALSE(error.empty());
    }
    CHECK_FALSE(parse_json(std::string(100, '[') + std::string(100, ']'), error));
    CHECK(error.find("deeply") != std::string::npos);
    std::string many = "[";
    for (size_t i = 0; i <= kMaxJsonValues; ++i) many += i ? ",0" : "0";
    CHECK_FALSE(parse_json(many + "]", error));
    std::string out;
    json_string(out, "a\"b\\c\n");
    CHECK(out == "\"a\\\"b\\\\c\\u000a\"");
}
