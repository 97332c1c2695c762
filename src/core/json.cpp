#include "json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dotlab {

namespace {

struct Reader {
    std::string_view text;
    size_t at = 0;
    size_t values = 0;
    std::string error;

    bool fail(const char* why) {
        if (error.empty()) error = std::string(why) + " at character " + std::to_string(at);
        return false;
    }
    void skip_space() {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) ++at;
    }
    bool eat(char c) {
        skip_space();
        if (at < text.size() && text[at] == c) {
            ++at;
            return true;
        }
        return false;
    }
    bool literal(std::string_view word) {
        if (text.substr(at, word.size()) != word) return fail("unknown word");
        at += word.size();
        return true;
    }

    bool value(JsonValue& out, int depth);
    bool number(JsonValue& out);
    bool string(std::string& out);
    bool hex4(unsigned& out);
    bool array(JsonValue& out, int depth);
    bool object(JsonValue& out, int depth);
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

bool Reader::value(JsonValue& out, int depth) {
    if (depth > kMaxJsonDepth) return fail("nested too deeply");
    if (++values > kMaxJsonValues) return fail("too many values");
    skip_space();
    if (at >= text.size()) return fail("value expected");
    const char c = text[at];
    if (c == '{') return object(out, depth);
    if (c == '[') return array(out, depth);
    if (c == '"') {
        out.type = JsonValue::Type::String;
        return string(out.text);
    }
    if (c == 't' || c == 'f') {
        out.type = JsonValue::Type::Bool;
        out.boolean = c == 't';
        return literal(c == 't' ? "true" : "false");
    }
    if (c == 'n') {
        out.type = JsonValue::Type::Null;
        return literal("null");
    }
    return number(out);
}

// -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? checked first: strtod alone would take
// "inf", hex and leading blanks too.
bool Reader::number(JsonValue& out) {
    const size_t start = at;
    if (at < text.size() && text[at] == '-') ++at;
    if (at >= text.size() || !is_digit(text[at])) return fail("number expected");
    if (text[at] == '0')
        ++at;
    else
        while (at < text.size() && is_digit(text[at])) ++at;
    if (at < text.size() && text[at] == '.') {
        ++at;
        if (at >= text.size() || !is_digit(text[at])) return fail("digits expected after '.'");
        while (at < text.size() && is_digit(text[at])) ++at;
    }
    if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
        ++at;
        if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
        if (at >= text.size() || !is_digit(text[at])) return fail("digits expected in the exponent");
        while (at < text.size() && is_digit(text[at])) ++at;
    }
    if (at - start > 64) return fail("number too long");
    const std::string copy(text.substr(start, at - start));
    out.type = JsonValue::Type::Number;
    out.number = std::strtod(copy.c_str(), nullptr);
    if (!std::isfinite(out.number)) return fail("number out of range");
    return true;
}

bool Reader::hex4(unsigned& out) {
    out = 0;
    for (int i = 0; i < 4; ++i, ++at) {
        if (at >= text.size()) return fail("\\u needs four hex digits");
        const char c = text[at];
        const int d = is_digit(c)              ? c - '0'
                      : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                      : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                               : -1;
        if (d < 0) return fail("\\u needs four hex digits");
        out = out * 16 + unsigned(d);
    }
    return true;
}

bool Reader::string(std::string& out) {
    ++at;  // the opening quote
    while (at < text.size()) {
        const char c = text[at++];
        if (c == '"') return true;
        if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
        if (c != '\\') {
            out += c;
            continue;
        }
        if (at >= text.size()) break;
        const char e = text[at++];
        switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp)) return false;
                // A surrogate pair makes one code point; a lone half becomes U+FFFD.
                if (cp >= 0xD800 && cp < 0xDC00 && text.substr(at, 2) == "\\u") {
                    at += 2;
                    unsigned low = 0;
                    if (!hex4(low)) return false;
                    cp = low >= 0xDC00 && low < 0xE000 ? 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD;
                } else if (cp >= 0xD800 && cp < 0xE000) {
                    cp = 0xFFFD;
                }
                append_utf8(out, cp);
                break;
            }
            default: return fail("unknown escape in a string");
        }
    }
    return fail("unterminated string");
}

bool Reader::array(JsonValue& out, int depth) {
    ++at;
    out.type = JsonValue::Type::Array;
    if (eat(']')) return true;
    do {
        out.items.emplace_back();
        if (!value(out.items.back(), depth + 1)) return false;
    } while (eat(','));
    return eat(']') || fail("',' or ']' expected");
}

bool Reader::object(JsonValue& out, int depth) {
    ++at;
    out.type = JsonValue::Type::Object;
    if (eat('}')) return true;
    do {
        skip_space();
        if (at >= text.size() || text[at] != '"') return fail("a quoted name expected");
        out.keys.emplace_back();
        if (!string(out.keys.back())) return false;
        if (!eat(':')) return fail("':' expected");
        out.items.emplace_back();
        if (!value(out.items.back(), depth + 1)) return false;
    } while (eat(','));
    return eat('}') || fail("',' or '}' expected");
}

}  // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
    for (size_t i = keys.size(); i-- > 0;)
        if (keys[i] == key) return &items[i];
    return nullptr;
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

void json_string(std::string& out, std::string_view text) {
    out += '"';
    for (char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", u);
            out += escape;
        } else {
            out += c;
        }
    }
    out += '"';
}

void json_numbers(std::string& out, const std::vector<double>& values) { json_array(out, values, json_number); }

void json_vec(std::string& out, Vec2 v) {
    out += '[';
    json_number(out, v.x);
    out += ',';
    json_number(out, v.y);
    out += ']';
}

void json_vec_list(std::string& out, const std::vector<Vec2>& list) { json_array(out, list, json_vec); }

std::optional<JsonValue> parse_json(std::string_view text, std::string& error) {
    if (text.size() > kMaxJsonBytes) {
        error = "larger than " + std::to_string(kMaxJsonBytes) + " bytes";
        return std::nullopt;
    }
    Reader reader;
    reader.text = text;
    JsonValue root;
    if (!reader.value(root, 0)) {
        error = reader.error;
        return std::nullopt;
    }
    reader.skip_space();
    if (reader.at != text.size()) {
        reader.fail("text after the value");
        error = reader.error;
        return std::nullopt;
    }
    return root;
}

}  // namespace dotlab
