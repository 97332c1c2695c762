// A small, bounded JSON reader for what setState() and host messages hand the
// core: RFC 8259 values, read into a tree. Bounded in size, depth and number
// of values, so no input can make it run long or deep; anything it refuses
// comes back as a short reason.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vec2.h"

namespace dotlab {

constexpr size_t kMaxJsonBytes = 4 * 1024 * 1024;
constexpr int kMaxJsonDepth = 16;
constexpr size_t kMaxJsonValues = 200000;

struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string text;               // String
    std::vector<JsonValue> items;   // Array: its items; Object: its members' values, in order
    std::vector<std::string> keys;  // Object: its members' names, one per item

    bool is(Type t) const { return type == t; }
    // The member called `key` (the last one, as JavaScript would read it).
    const JsonValue* find(std::string_view key) const;
};

// Parses `text` as one JSON value; nothing, with `error` set, when it is not
// valid JSON or goes past the bounds above.
std::optional<JsonValue> parse_json(std::string_view text, std::string& error);

// Writing JSON: numbers in full precision (null when not finite, never -0),
// strings escaped, arrays of numbers and of [x, y] pairs.
void json_number(std::string& out, double value);
void json_string(std::string& out, std::string_view text);
void json_numbers(std::string& out, const std::vector<double>& values);
void json_vec(std::string& out, Vec2 v);
void json_vec_list(std::string& out, const std::vector<Vec2>& list);
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

}  // namespace dotlab
