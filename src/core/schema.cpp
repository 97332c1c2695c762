#include "schema.h"

#include <cmath>
#include <iterator>
#include <optional>

#include "state_codec.h"
#include "views.h"

namespace dotlab {

namespace {

// ---------------------------------------------------------------------------
// Reading JSON values (setState), with the same limits as link text
// ---------------------------------------------------------------------------

std::optional<double> coordinate_from_json(const JsonValue& j) {
    if (!j.is(JsonValue::Type::Number) || !(std::abs(j.number) <= kMaxCoordinate)) return std::nullopt;
    return j.number == 0.0 ? 0.0 : j.number;
}

std::optional<Vec2> vec2_from_json(const JsonValue& j) {
    if (!j.is(JsonValue::Type::Array) || j.items.size() != 2) return std::nullopt;
    const auto x = coordinate_from_json(j.items[0]), y = coordinate_from_json(j.items[1]);
    if (!x || !y) return std::nullopt;
    return Vec2{*x, *y};
}

std::optional<std::vector<Vec2>> list_from_json(const JsonValue& j) {
    if (!j.is(JsonValue::Type::Array) || j.items.empty() || j.items.size() > kMaxKeys) return std::nullopt;
    std::vector<Vec2> list;
    list.reserve(j.items.size());
    for (const JsonValue& item : j.items) {
        const auto v = vec2_from_json(item);
        if (!v) return std::nullopt;
        list.push_back(*v);
    }
    return list;
}

std::optional<std::vector<Document>> docs_from_json(const JsonValue& j) {
    if (!j.is(JsonValue::Type::Array) || j.items.size() > kMaxDocuments) return std::nullopt;
    std::vector<Document> docs;
    for (const JsonValue& item : j.items) {
        const JsonValue* label = item.find("label");
        const JsonValue* v = item.find("v");
        if (!label || !label->is(JsonValue::Type::String) || !is_document_label(label->text) || !v) return std::nullopt;
        const auto at = vec2_from_json(*v);
        if (!at) return std::nullopt;
        docs.push_back({label->text, *at});
    }
    return docs;
}

template <typename T>
bool assign(T& to, std::optional<T> from) {
    if (!from) return false;
    to = std::move(*from);
    return true;
}

// ---------------------------------------------------------------------------
// Codecs, one per kind of field
// ---------------------------------------------------------------------------

// A field held in one member of LessonState, read and written by the given
// functions for its type.
template <typename T, T LessonState::*M, auto parse, auto from_json, auto to_text, auto to_json>
constexpr FieldCodec member_codec(const char* expected) {
    return {[](std::string_view t, LessonState& s) { return assign(s.*M, parse(t)); },
            [](const JsonValue& j, LessonState& s) { return assign(s.*M, from_json(j)); },
            [](const LessonState& s, std::string& out) { out += to_text(s.*M); },
            [](const LessonState& s, std::string& out) { to_json(out, s.*M); }, expected};
}

std::optional<bool> parse_flag(std::string_view t) {
    if (t == "1" || t == "true") return true;
    if (t == "0" || t == "false") return false;
    return std::nullopt;
}
std::optional<bool> flag_from_json(const JsonValue& j) {
    if (j.is(JsonValue::Type::Bool)) return j.boolean;
    if (j.is(JsonValue::Type::Number) && (j.number == 0 || j.number == 1)) return j.number == 1;
    return std::nullopt;
}
std::string link_flag(bool on) { return on ? "1" : "0"; }
void json_flag(std::string& out, bool on) { out += on ? "true" : "false"; }

template <bool LessonState::*M>
constexpr FieldCodec flag_codec() {
    return member_codec<bool, M, parse_flag, flag_from_json, link_flag, json_flag>("0 or 1");
}

// A direction: any vector but zero, kept as the unit vector along it. One
// that is a unit vector to within rounding is kept as given: normalizing it
// again could move its last bit, and a link must read back exactly.
std::optional<Vec2> as_direction(std::optional<Vec2> v) {
    if (!v || (v->x == 0 && v->y == 0)) return std::nullopt;
    if (std::abs(norm(*v) - 1) < 1e-12) return v;
    return direction_of_tip(*v, {1, 0});
}
std::optional<Vec2> parse_direction(std::string_view t) { return as_direction(parse_vec2(t)); }
std::optional<Vec2> direction_from_json(const JsonValue& j) { return as_direction(vec2_from_json(j)); }

template <Vec2 LessonState::*M>
constexpr FieldCodec direction_codec() {
    return member_codec<Vec2, M, parse_direction, direction_from_json, link_vec, json_vec>(
        "two numbers, each within \u00b11000, not both 0");
}

template <Vec2 LessonState::*M>
constexpr FieldCodec vec2_codec() {
    return member_codec<Vec2, M, parse_vec2, vec2_from_json, link_vec, json_vec>("two numbers, each within \u00b11000");
}

template <std::vector<Vec2> LessonState::*M>
constexpr FieldCodec list_codec() {
    return member_codec<std::vector<Vec2>, M, parse_vec_list, list_from_json, link_list, json_vec_list>(
        "1 to 1000 vectors of two numbers");
}

constexpr FieldCodec kVersion = {
    [](std::string_view t, LessonState&) { return t == "1"; },
    [](const JsonValue& j, LessonState&) { return j.is(JsonValue::Type::Number) && j.number == kStateVersion; },
    [](const LessonState&, std::string& out) { out += std::to_string(kStateVersion); },
    [](const LessonState&, std::string& out) { out += std::to_string(kStateVersion); },
    "1, the only format so far (the rest is read as such)"};

bool mode_from_name(std::string_view name, LessonState& s) {
    const View* view = view_named(std::string(name));
    if (view) s.mode = view->mode;
    return view != nullptr;
}

constexpr FieldCodec kMode = {
    mode_from_name,
    [](const JsonValue& j, LessonState& s) { return j.is(JsonValue::Type::String) && mode_from_name(j.text, s); },
    [](const LessonState& s, std::string& out) { out += view_of(s.mode).name; },
    [](const LessonState& s, std::string& out) { json_string(out, view_of(s.mode).name); },
    "one of the views dot, attention, retrieval and projection"};

constexpr FieldCodec kScale = {[](std::string_view t, LessonState& s) { return assign(s.scale, parse_scale(t)); },
                               [](const JsonValue& j, LessonState& s) {
                                   const auto v = coordinate_from_json(j);
                                   return v && *v > 0 && assign(s.scale, v);
                               },
                               [](const LessonState& s, std::string& out) { out += link_number(s.scale); },
                               [](const LessonState& s, std::string& out) { json_number(out, s.scale); },
                               "a number above 0 and at most 1000"};

constexpr FieldCodec kDocs = {[](std::string_view t, LessonState& s) { return assign(s.docs, parse_docs(t)); },
                              [](const JsonValue& j, LessonState& s) { return assign(s.docs, docs_from_json(j)); },
                              [](const LessonState& s, std::string& out) { out += link_docs(s.docs); },
                              [](const LessonState& s, std::string& out) {
                                  json_array(out, s.docs, [](std::string& o, const Document& d) {
                                      o += "{\"label\":";
                                      json_string(o, d.label);
                                      o += ",\"v\":";
                                      json_vec(o, d.v);
                                      o += '}';
                                  });
                              },
                              "up to 32 labelled vectors (labels of letters, digits, space, - and _)"};

bool exercise_from_number(double n, LessonState& s) {
    if (n != std::floor(n) || !is_exercise_id(int(n))) return false;
    s.exercise = int(n);
    return true;
}

// Read only: it opens an exercise; the progress is reported as "exercises".
constexpr FieldCodec kExercise = {
    [](std::string_view t, LessonState& s) { return t.size() == 1 && exercise_from_number(t[0] - '0', s); },
    [](const JsonValue& j, LessonState& s) {
        return j.is(JsonValue::Type::Number) && std::abs(j.number) < 100 && exercise_from_number(j.number, s);
    },
    nullptr, nullptr, "a number from 1 to 5"};

constexpr ViewMask kDot = view_bit(Mode::Dot);
constexpr ViewMask kAttention = view_bit(Mode::Attention);
constexpr ViewMask kRetrieval = view_bit(Mode::Retrieval);
constexpr ViewMask kProjection = view_bit(Mode::Projection);

// The table: one row per field.
constexpr StateField kFields[] = {
    {"v", "v", kAllViews, "1", kVersion},
    {"mode", "mode", kAllViews, "attention", kMode},
    {"a", "a", kDot, "3,1", vec2_codec<&LessonState::a>()},
    {"b", "b", kDot, "1,2", vec2_codec<&LessonState::b>()},
    {"q", "q", kAttention | kRetrieval, "1,0.5", vec2_codec<&LessonState::q>()},
    {"k", "keys", kAttention, "1,0;0,1", list_codec<&LessonState::keys>()},
    {"val", "values", kAttention, "1,0;0,1", list_codec<&LessonState::values>()},
    {"scale", "scale", kAttention, "1.414", kScale},
    {"docs", "docs", kRetrieval, "cat:1,2;dog:-1,0.5", kDocs},
    {"norm", "norm", kRetrieval, "1", flag_codec<&LessonState::norm>()},
    {"u", "u", kProjection, "0.6,0.8", direction_codec<&LessonState::u>()},
    {"pts", "points", kProjection, "1,0.5;-1,-0.5", list_codec<&LessonState::points>()},
    {"axes", "axes", kProjection, "1", flag_codec<&LessonState::axes>()},
    {"exercise", "exercise", kDot | kProjection, "2", kExercise},
};

}  // namespace

StateFields state_fields() { return {kFields, std::size(kFields)}; }

const StateField* field_named(std::string_view name) {
    for (const StateField& f : state_fields())
        if (name == f.url || name == f.json) return &f;
    return nullptr;
}

// JSON numbers are written with 17 significant digits, which tell any two
// doubles apart, so equal JSON means equal values (a test checks last-bit
// changes are seen). Comparing the text keeps the wasm free of a comparison
// function per field that only the tests would call.
bool same_view_state(const LessonState& x, const LessonState& y) {
    if (x.mode != y.mode) return false;
    std::string in_x, in_y;
    for (const StateField& f : state_fields()) {
        if (!(f.views & view_bit(x.mode)) || !f.codec.toJson) continue;
        in_x.clear();
        in_y.clear();
        f.codec.toJson(x, in_x);
        f.codec.toJson(y, in_y);
        if (in_x != in_y) return false;
    }
    return true;
}

}  // namespace dotlab
