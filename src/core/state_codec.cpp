#include "state_codec.h"

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
    if (value) json_number(out, *value);
    else out += "null";
}

// The shortest text that reads back as the same double, so links stay short.
std::string query_number(double value) {
    if (value == 0.0) return "0";
    char buffer[40];
    for (int precision = 1; precision < 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) return buffer;
    }
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

}  // namespace

std::optional<Vec2> parse_vec2(std::string_view text) {
    const size_t comma = text.find(',');
    if (comma == std::string_view::npos || text.find(',', comma + 1) != std::string_view::npos)
        return std::nullopt;
    const auto x = parse_number(text.substr(0, comma));
    const auto y = parse_number(text.substr(comma + 1));
    if (!x || !y) return std::nullopt;
    return Vec2{*x, *y};
}

std::string percent_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
                   hex_value(text[i + 2]) >= 0) {
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
    while (!query.empty()) {
        const size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty()) continue;
        const size_t eq = pair.find('=');
        const std::string key = percent_decode(pair.substr(0, eq));
        const std::string value =
            eq == std::string_view::npos ? std::string() : percent_decode(pair.substr(eq + 1));

        if (key == "a" || key == "b") {
            const auto v = parse_vec2(value);
            if (!v) {
                warnings.push_back("Ignored " + key + "=" + quoted_excerpt(value) +
                                   ": expected two numbers like " + key + "=3,1 (each within \u00b11000).");
                continue;
            }
            (key == "a" ? state.a : state.b) = *v;
        } else if (key == "mode") {
            if (value == "dot") state.mode = Mode::Dot;
            else warnings.push_back("Ignored mode=" + quoted_excerpt(value) + ": this page shows the dot view.");
        } else if (key == "exercise") {
            if (value.size() == 1 && is_exercise_id(value[0] - '0')) state.exercise = value[0] - '0';
            else warnings.push_back("Ignored exercise=" + quoted_excerpt(value) + ": exercises are numbered 1 to 4.");
        } else if (key == "v") {
            if (value != "1")
                warnings.push_back("Link format v=" + quoted_excerpt(value) +
                                   " is not known; reading it as v=1.");
        }
        // Other keys belong to other pages or later versions: ignored quietly.
    }
}

std::string encode_query(const LessonState& state) {
    return "v=" + std::to_string(kStateVersion) + "&mode=" + mode_name(state.mode) + "&a=" +
           query_number(state.a.x) + "," + query_number(state.a.y) + "&b=" + query_number(state.b.x) +
           "," + query_number(state.b.y);
}

std::string to_json(const LessonState& state, const DotDerived& d, const ExerciseSession& exercises) {
    std::string out = "{\"v\":" + std::to_string(kStateVersion) + ",\"mode\":\"" + mode_name(state.mode) + "\",\"a\":";
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
        out += "{\"id\":" + std::to_string(id) + ",\"predicted\":" +
               (p.predicted ? std::to_string(*p.predicted) : std::string("null")) + ",\"done\":" +
               (p.done ? "true" : "false") + (id < kExerciseCount ? "}," : "}");
    }
    out += "]}";
    return out;
}

}  // namespace dotlab
