#include "contract.h"

#include "json.h"
#include "lesson.h"
#include "views.h"

namespace dotlab {

namespace {

// KeyboardEvent.key values (letters lower-cased) and what each sends.
// Shift+Tab is Tab with Shift held: the page sends PrevHandle for it.
struct KeyName {
    const char* name;
    Key key;
};
constexpr KeyName kKeyNames[] = {
    {"Tab", Key::NextHandle}, {"ArrowLeft", Key::Left},    {"ArrowRight", Key::Right},
    {"ArrowUp", Key::Up},     {"ArrowDown", Key::Down},    {"Home", Key::Reset},
    {"1", Key::Choice1},      {"2", Key::Choice2},         {"3", Key::Choice3},
    {"n", Key::NextExercise}, {"p", Key::PrevExercise},    {"g", Key::ToggleSnap},
    {"f", Key::ToggleFine},   {"u", Key::ToggleNormalize}, {"+", Key::AddKey},
    {"=", Key::AddKey},       {"-", Key::RemoveKey},       {"[", Key::ScaleDown},
    {"]", Key::ScaleUp},      {"t", Key::ToggleFreeScale}, {"Shift+Tab", Key::PrevHandle},
    {"c", Key::ToggleAxes},   {"r", Key::RetryExercise},   {"s", Key::NextStep},
};

std::string body() {
    std::string out = "\"keys\":{";
    for (const KeyName& k : kKeyNames) {
        if (out.back() != '{') out += ',';
        json_string(out, k.name);
        out += ':' + std::to_string(int(k.key));
    }
    out += "},\"views\":[";
    for (const View& v : all_views()) {
        if (out.back() != '[') out += ',';
        const std::pair<const char*, const char*> texts[] = {
            {"name", v.name}, {"title", v.title}, {"caption", v.caption}, {"label", v.label}, {"keys", v.keys}};
        out += '{';
        for (const auto& [key, text] : texts) {
            if (out.back() != '{') out += ',';
            json_string(out, key);
            out += ':';
            json_string(out, text);
        }
        out += '}';
    }
    out += "],\"maxCoordinate\":" + std::to_string(int(kMaxCoordinate)) + ",\"maxKeys\":" + std::to_string(kMaxKeys) +
           ",\"maxDocuments\":" + std::to_string(kMaxDocuments) + ",\"exercises\":" + std::to_string(kExerciseCount) +
           ",\"maxVectors\":" + std::to_string(kMaxStoreVectors) + ",\"maxDim\":" + std::to_string(kMaxStoreDim) +
           ",\"maxLabelChars\":" + std::to_string(kMaxStoreLabelChars) + ",\"uiSteps\":[";
    // The canvas widths where the UI grows a step, for the page's own
    // controls: [width, step, step when presenting].
    for (size_t i = 0; i < std::size(kUiSteps); ++i) {
        if (i) out += ',';
        json_numbers(out, {kUiStepWidths[i], kUiSteps[i], ui_step(kUiStepWidths[i], true)});
    }
    out += "]";
    return out;
}

std::uint32_t fnv1a(const std::string& text) {
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : text) hash = (hash ^ c) * 16777619u;
    return hash;
}

}  // namespace

std::uint32_t contract_fingerprint() { return fnv1a(body()); }

std::string contract_json() {
    return "{\"fingerprint\":" + std::to_string(contract_fingerprint()) + "," + body() + "}";
}

}  // namespace dotlab
