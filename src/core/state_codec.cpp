#include "state_codec.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dotlab {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

void json_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", value == 0.0 ? 0.0 : value);
    out += buffer;
}

void json_vec(std::string& out, Vec2 v) {
    out += '[';
    json_number(out, v.x);
    out += ',';
    json_number(out, v.y);
    out += ']';
}

void json_optional(std::string& out, std::optional<double> value) {
    if (value)
        json_number(out, *value);
    else
        out += "null";
}

// The shortest text that reads back as the same double, so links stay short.
// An exponent's '+' is escaped: in a query string it would read as a space.
std::string query_number(double value) {
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

namespace {

bool is_label_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == ' ' || c == '-' || c == '_';
}

std::optional<std::vector<Document>> parse_docs(std::string_view text) {
    std::vector<Document> docs;
    while (true) {
        const size_t semi = text.find(';');
        const std::string_view item = text.substr(0, semi);
        const size_t colon = item.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon > 24 || docs.size() == kMaxDocuments)
            return std::nullopt;
        const std::string_view label = item.substr(0, colon);
        if (!std::all_of(label.begin(), label.end(), is_label_char)) return std::nullopt;
        const auto v = parse_vec2(item.substr(colon + 1));
        if (!v) return std::nullopt;
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

}  // namespace

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
        auto refuse = [&](const std::string& expected) {
            warnings.push_back("Ignored " + key + "=" + quoted_excerpt(value) + ": " + expected);
        };

        if (key == "a" || key == "b" || key == "q") {
            const auto v = parse_vec2(value);
            if (!v) {
                refuse("expected two numbers like " + key + "=3,1 (each within \u00b11000).");
                continue;
            }
            (key == "a" ? state.a : key == "b" ? state.b : state.q) = *v;
        } else if (key == "k" || key == "keys") {
            auto list = parse_vec_list(value);
            if (!list)
                refuse("expected 1 to 1000 vectors like k=1,0;0,1.");
            else
                state.keys = std::move(*list);
        } else if (key == "val" || key == "values") {
            auto list = parse_vec_list(value);
            if (!list)
                refuse("expected 1 to 1000 vectors like val=1,0;0,1.");
            else
                state.values = std::move(*list), values_given = true;
        } else if (key == "scale") {
            const auto scale = parse_scale(value);
            if (!scale)
                refuse("expected a number above 0 and at most 1000, like scale=1.414.");
            else
                state.scale = *scale;
        } else if (key == "norm") {
            if (value == "1" || value == "true")
                state.norm = true;
            else if (value == "0" || value == "false")
                state.norm = false;
            else
                refuse("expected norm=0 or norm=1.");
        } else if (key == "docs") {
            auto docs = parse_docs(value);
            if (!docs)
                refuse("expected up to 32 documents like docs=cat:1,2;dog:-1,0.5.");
            else
                state.docs = std::move(*docs);
        } else if (key == "mode") {
            if (value == "dot")
                state.mode = Mode::Dot;
            else if (value == "attention")
                state.mode = Mode::Attention;
            else if (value == "retrieval")
                state.mode = Mode::Retrieval;
            else
                refuse("the views are dot, attention and retrieval.");
        } else if (key == "exercise") {
            if (value.size() == 1 && is_exercise_id(value[0] - '0'))
                state.exercise = value[0] - '0';
            else
                refuse("exercises are numbered 1 to 4.");
        } else if (key == "v") {
            if (value != "1")
                warnings.push_back("Link format v=" + quoted_excerpt(value) + " is not known; reading it as v=1.");
        }
        // Other keys belong to the page (embed, theme) or to later versions.
    }
    // Every key needs a value: missing ones get defaults, extra ones are dropped.
    if (state.values.size() != state.keys.size()) {
        if (values_given || state.values.size() != values_before)
            warnings.push_back("There were " + std::to_string(state.values.size()) + " values for " +
                               std::to_string(state.keys.size()) + " keys; the lesson matched them up.");
        const size_t had = state.values.size();
        state.values.resize(state.keys.size());
        for (size_t i = had; i < state.values.size(); ++i) state.values[i] = default_value(i);
    }
}

namespace {

std::string query_vec(Vec2 v) { return query_number(v.x) + "," + query_number(v.y); }

std::string query_list(const std::vector<Vec2>& list) {
    std::string out;
    for (size_t i = 0; i < list.size(); ++i) out += (i ? ";" : "") + query_vec(list[i]);
    return out;
}

// A JSON array whose items `write_item` appends.
template <typename T, typename Write>
void json_array(std::string& out, const std::vector<T>& list, Write write_item) {
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
        if (i) out += ',';
        write_item(out, list[i]);
    }
    out += ']';
}

void json_list(std::string& out, const std::vector<Vec2>& list) { json_array(out, list, json_vec); }
void json_numbers(std::string& out, const std::vector<double>& list) { json_array(out, list, json_number); }

// Labels are restricted to letters, digits, space, '-' and '_' on the way in,
// so they need no escaping on the way out.
void json_labels(std::string& out, const std::vector<Document>& docs, const std::vector<int>& order) {
    out += '[';
    for (size_t i = 0; i < order.size(); ++i) out += (i ? ",\"" : "\"") + docs[size_t(order[i])].label + "\"";
    out += ']';
}

void json_dot_view(std::string& out, const LessonState& state, const DotDerived& d, const ExerciseSession& exercises) {
    out += ",\"a\":";
    json_vec(out, state.a);
    out += ",\"b\":";
    json_vec(out, state.b);
    out += ",\"derived\":{\"dot\":";
    json_number(out, d.dot);
    out += ",\"dotAlgebraic\":";
    json_number(out, d.dotAlgebraic);
    out += ",\"dotGeometric\":";
    json_number(out, d.dotGeometric);
    out += ",\"normA\":";
    json_number(out, d.normA);
    out += ",\"normB\":";
    json_number(out, d.normB);
    out += ",\"cos\":";
    json_optional(out, d.cos);
    out += ",\"angleDeg\":";
    json_optional(out, d.angleDeg);
    out += ",\"projScalar\":";
    json_number(out, d.projScalar);
    out += ",\"proj\":";
    json_vec(out, d.proj);
    out += "},\"exercises\":[";
    for (int id = 1; id <= kExerciseCount; ++id) {
        const ExerciseProgress& p = progress_of(exercises, id);
        out += "{\"id\":" + std::to_string(id) +
               ",\"predicted\":" + (p.predicted ? std::to_string(*p.predicted) : std::string("null")) +
               ",\"done\":" + (p.done ? "true" : "false") + (id < kExerciseCount ? "}," : "}");
    }
    out += ']';
}

void json_attention_view(std::string& out, const LessonState& state, const AttentionDerived& d) {
    out += ",\"q\":";
    json_vec(out, state.q);
    out += ",\"keys\":";
    json_list(out, state.keys);
    out += ",\"values\":";
    json_list(out, state.values);
    out += ",\"scale\":";
    json_number(out, state.scale);
    out += ",\"derived\":{\"scores\":";
    json_numbers(out, d.scores);
    out += ",\"weights\":";
    json_numbers(out, d.weights);
    out += ",\"output\":";
    json_vec(out, d.output);
    out += ",\"entropyBits\":";
    json_number(out, d.entropyBits);
    out += '}';
}

void json_retrieval_view(std::string& out, const LessonState& state, const RetrievalDerived& d) {
    out += ",\"q\":";
    json_vec(out, state.q);
    out += ",\"docs\":[";
    for (size_t i = 0; i < state.docs.size(); ++i) {
        out += (i ? ",{\"label\":\"" : "{\"label\":\"") + state.docs[i].label + "\",\"v\":";
        json_vec(out, state.docs[i].v);
        out += '}';
    }
    out += std::string("],\"norm\":") + (state.norm ? "true" : "false") + ",\"derived\":{\"byDot\":";
    json_labels(out, state.docs, d.byDot);
    out += ",\"byCos\":";
    json_labels(out, state.docs, d.byCos);
    out += ",\"dots\":";
    json_numbers(out, d.dots);
    out += ",\"cosines\":";
    json_numbers(out, d.cosines);
    out += '}';
}

}  // namespace

std::string encode_query(const LessonState& state) {
    std::string out = "v=" + std::to_string(kStateVersion) + "&mode=" + mode_name(state.mode);
    switch (state.mode) {
        case Mode::Dot: out += "&a=" + query_vec(state.a) + "&b=" + query_vec(state.b); break;
        case Mode::Attention:
            out += "&q=" + query_vec(state.q) + "&k=" + query_list(state.keys) + "&val=" + query_list(state.values) +
                   "&scale=" + query_number(state.scale);
            break;
        case Mode::Retrieval: out += "&q=" + query_vec(state.q) + "&norm=" + (state.norm ? "1" : "0"); break;
    }
    return out;
}

std::string to_json(const LessonState& state, const LessonDerived& d, const ExerciseSession& exercises) {
    std::string out = "{\"v\":" + std::to_string(kStateVersion) + ",\"mode\":\"" + mode_name(state.mode) + "\"";
    switch (state.mode) {
        case Mode::Dot: json_dot_view(out, state, d.dot, exercises); break;
        case Mode::Attention: json_attention_view(out, state, d.attention); break;
        case Mode::Retrieval: json_retrieval_view(out, state, d.retrieval); break;
    }
    return out + '}';
}

}  // namespace dotlab
