#include "state_codec.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "schema.h"
#include "views.h"

namespace dotlab {

// ---------------------------------------------------------------------------
// Link text: reading
// ---------------------------------------------------------------------------

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

// Accepts [+-]digits[.digits][e[+-]digits] with at least one mantissa digit.
// strtod alone would also take "inf", "nan", hex floats and leading blanks.
std::optional<double> parse_number(std::string_view text) {
    size_t i = 0;
    const size_t n = text.size();
    if (n == 0 || n > 64) return std::nullopt;
    if (text[i] == '+' || text[i] == '-') ++i;
    size_t digits = 0;
    while (i < n && is_digit(text[i])) ++i, ++digits;
    if (i < n && text[i] == '.') {
        ++i;
        while (i < n && is_digit(text[i])) ++i, ++digits;
    }
    if (digits == 0) return std::nullopt;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
        size_t exponent_digits = 0;
        while (i < n && is_digit(text[i])) ++i, ++exponent_digits;
        if (exponent_digits == 0) return std::nullopt;
    }
    if (i != n) return std::nullopt;
    const std::string copy(text);
    const double value = std::strtod(copy.c_str(), nullptr);
    if (!std::isfinite(value) || std::abs(value) > kMaxCoordinate) return std::nullopt;
    return value == 0.0 ? 0.0 : value;  // no -0 in the state
}

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Keeps a warning short and printable whatever the URL held.
std::string quoted_excerpt(std::string_view text) {
    std::string out = "\"";
    for (size_t i = 0; i < text.size() && i < 24; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
    }
    if (text.size() > 24) out += "...";
    return out + "\"";
}

bool is_label_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == ' ' || c == '-' || c == '_';
}

}  // namespace

std::optional<Vec2> parse_vec2(std::string_view text) {
    const size_t comma = text.find(',');
    if (comma == std::string_view::npos || text.find(',', comma + 1) != std::string_view::npos) return std::nullopt;
    const auto x = parse_number(text.substr(0, comma));
    const auto y = parse_number(text.substr(comma + 1));
    if (!x || !y) return std::nullopt;
    return Vec2{*x, *y};
}

std::optional<std::vector<Vec2>> parse_vec_list(std::string_view text) {
    std::vector<Vec2> list;
    while (true) {
        const size_t semi = text.find(';');
        const auto v = parse_vec2(text.substr(0, semi));
        if (!v || list.size() == kMaxKeys) return std::nullopt;
        list.push_back(*v);
        if (semi == std::string_view::npos) return list;
        text.remove_prefix(semi + 1);
    }
}

bool is_document_label(std::string_view label) {
    return !label.empty() && label.size() <= 24 && std::all_of(label.begin(), label.end(), is_label_char);
}

std::optional<std::vector<Document>> parse_docs(std::string_view text) {
    std::vector<Document> docs;
    if (text.empty()) return docs;
    while (true) {
        const size_t semi = text.find(';');
        const std::string_view item = text.substr(0, semi);
        const size_t colon = item.find(':');
        if (colon == std::string_view::npos || docs.size() == kMaxDocuments) return std::nullopt;
        const std::string_view label = item.substr(0, colon);
        const auto v = parse_vec2(item.substr(colon + 1));
        if (!is_document_label(label) || !v) return std::nullopt;
        docs.push_back({std::string(label), *v});
        if (semi == std::string_view::npos) return docs;
        text.remove_prefix(semi + 1);
    }
}

std::optional<double> parse_scale(std::string_view text) {
    const auto value = parse_number(text);  // within ±kMaxCoordinate
    if (value && *value > 0) return value;
    return std::nullopt;
}

std::string percent_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------
// Link text: writing
// ---------------------------------------------------------------------------

// The shortest text that reads back as the same double, so links stay short.
// An exponent's '+' is escaped: in a query string it would read as a space.
std::string link_number(double value) {
    if (value == 0.0) return "0";
    char buffer[40];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (precision == 17 || std::strtod(buffer, nullptr) == value) break;  // 17 digits always read back
    }
    std::string text;
    for (const char* p = buffer; *p; ++p) text += *p == '+' ? std::string("%2B") : std::string(1, *p);
    return text;
}

std::string link_vec(Vec2 v) { return link_number(v.x) + "," + link_number(v.y); }

std::string link_list(const std::vector<Vec2>& list) {
    std::string out;
    for (size_t i = 0; i < list.size(); ++i) out += (i ? ";" : "") + link_vec(list[i]);
    return out;
}

std::string link_docs(const std::vector<Document>& docs) {
    std::string out;
    for (size_t i = 0; i < docs.size(); ++i) {
        if (i) out += ';';
        // Labels are letters, digits, space, '-' and '_': only the space needs escaping.
        for (char c : docs[i].label) out += c == ' ' ? std::string("%20") : std::string(1, c);
        out += ':' + link_vec(docs[i].v);
    }
    return out;
}

// ---------------------------------------------------------------------------
// The whole state, through the table of fields (schema.cpp)
// ---------------------------------------------------------------------------

namespace {

std::string refusal(const StateField& f, const std::string& name, const std::string& shown) {
    return "Ignored " + name + "=" + shown + ": expected " + f.codec.expected + ", like " + f.url + "=" + f.example +
           ".";
}

// A short, printable picture of a JSON value for a warning.
std::string describe(const JsonValue& j) {
    switch (j.type) {
        case JsonValue::Type::String: return quoted_excerpt(j.text);
        case JsonValue::Type::Number: return quoted_excerpt(link_number(j.number));
        case JsonValue::Type::Bool: return j.boolean ? "true" : "false";
        case JsonValue::Type::Array: return "an array of " + std::to_string(j.items.size());
        case JsonValue::Type::Object: return "an object";
        case JsonValue::Type::Null: break;
    }
    return "null";
}

// Every key needs a value: missing ones get defaults, extra ones are dropped.
void match_values_to_keys(LessonState& state, size_t values_before, bool values_given,
                          std::vector<std::string>& warnings) {
    if (state.values.size() == state.keys.size()) return;
    if (values_given || state.values.size() != values_before)
        warnings.push_back("There were " + std::to_string(state.values.size()) + " values for " +
                           std::to_string(state.keys.size()) + " keys; the lesson matched them up.");
    const size_t had = state.values.size();
    state.values.resize(state.keys.size());
    for (size_t i = had; i < state.values.size(); ++i) state.values[i] = default_value(i);
}

bool is_values(const StateField& f) { return std::string_view(f.url) == "val"; }

}  // namespace

void apply_query(std::string_view query, LessonState& state, std::vector<std::string>& warnings) {
    if (!query.empty() && (query.front() == '?' || query.front() == '#')) query.remove_prefix(1);
    const size_t values_before = state.values.size();
    bool values_given = false;
    while (!query.empty()) {
        const size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty()) continue;
        const size_t eq = pair.find('=');
        const std::string key = percent_decode(pair.substr(0, eq));
        const std::string value = eq == std::string_view::npos ? std::string() : percent_decode(pair.substr(eq + 1));
        // Other keys belong to the page (embed, theme) or to later versions.
        const StateField* field = field_named(key);
        if (!field) continue;
        if (field->codec.fromText(value, state))
            values_given = values_given || is_values(*field);
        else
            warnings.push_back(refusal(*field, key, quoted_excerpt(value)));
    }
    match_values_to_keys(state, values_before, values_given, warnings);
}

void apply_json(std::string_view json, LessonState& state, std::vector<std::string>& warnings) {
    std::string error;
    const std::optional<JsonValue> root = parse_json(json, error);
    if (!root || !root->is(JsonValue::Type::Object)) {
        warnings.push_back("Expected an object such as { \"a\": [3, 1] }" + (error.empty() ? "" : ": " + error) + ".");
        return;
    }
    const size_t values_before = state.values.size();
    bool values_given = false;
    for (size_t i = 0; i < root->keys.size(); ++i) {
        const std::string& name = root->keys[i];
        const JsonValue& value = root->items[i];
        // getState()'s own reports: setState(getState()) changes nothing.
        if (name == "derived" || name == "exercises") continue;
        const StateField* field = field_named(name);
        if (!field) {
            warnings.push_back("Ignored " + quoted_excerpt(name) + ": the lesson's state has no such field.");
            continue;
        }
        bool ok = field->codec.fromJson(value, state);
        // Link text is welcome too: { docs: "cat:1,2" }, { b: "1,2" }.
        if (!ok && value.is(JsonValue::Type::String)) ok = field->codec.fromText(value.text, state);
        if (ok)
            values_given = values_given || is_values(*field);
        else
            warnings.push_back(refusal(*field, name, describe(value)));
    }
    match_values_to_keys(state, values_before, values_given, warnings);
}

std::string encode_query(const LessonState& state) {
    std::string out;
    for (const StateField& f : state_fields()) {
        if (!(f.views & view_bit(state.mode)) || !f.codec.toText) continue;
        out += (out.empty() ? "" : "&") + std::string(f.url) + "=";
        f.codec.toText(state, out);
    }
    return out;
}

std::string to_json(const LessonState& state, const LessonDerived& derived, const ExerciseSession& exercises) {
    std::string out = "{";
    for (const StateField& f : state_fields()) {
        if (!(f.views & view_bit(state.mode)) || !f.codec.toJson) continue;
        out += (out.size() > 1 ? ",\"" : "\"") + std::string(f.json) + "\":";
        f.codec.toJson(state, out);
    }
    view_of(state.mode).writeJson(out, state, derived, exercises);
    return out + '}';
}

}  // namespace dotlab
