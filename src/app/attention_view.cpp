// The attention view: a query, N keys with their values, softmax weights as
// bars, and the output Σ wᵢvᵢ. The scale control shows why scores are
// divided by √d.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <string>

#include "../core/views.h"
#include "canvas.h"
#include "widgets.h"

namespace dotlab {

namespace {

// Keys draw their labels and sit in the weight table up to this many; past it
// (stress tests through setState) the plane and table stay readable.
constexpr size_t kLabelledKeys = 16;

std::string subscript(size_t n) {
    static const char* digits[] = {"\u2080", "\u2081", "\u2082", "\u2083", "\u2084",
                                   "\u2085", "\u2086", "\u2087", "\u2088", "\u2089"};
    const std::string plain = std::to_string(n);
    std::string out;
    for (char c : plain) out += digits[c - '0'];
    return out;
}

// Keys in order of weight, heaviest first (the table lists the top ones).
std::vector<size_t> by_weight(const AttentionDerived& d) {
    std::vector<size_t> order(d.weights.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return d.weights[x] > d.weights[y]; });
    return order;
}

void weight_bar(const App& app, double weight, bool highlight, float width) {
    const Palette& p = *app.palette;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight() * 0.7f;
    const float y = at.y + (ImGui::GetTextLineHeight() - h) / 2;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + width, y + h), p.grid, ui(app, 3));
    dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + width * float(std::clamp(weight, 0.0, 1.0)), y + h),
                      highlight ? p.vectorB : with_alpha(p.vectorB, 0x99), ui(app, 3));
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
}

void scale_control(App& app) {
    LessonState next = app.lesson.state;
    bool changed = false;
    bool root_d = !app.lesson.freeScale;
    if (toggle(app, "scale.sqrt-d", "s = \u221ad", &root_d) && root_d) {
        app.lesson.freeScale = false;
        next.scale = std::sqrt(double(app.lesson.dimension));
        changed = true;
    }
    ImGui::SameLine();
    bool free = app.lesson.freeScale;
    if (toggle(app, "scale.free", "free temperature", &free)) app.lesson.freeScale = true;
    ImGui::SetNextItemWidth(-1);
    if (!app.lesson.freeScale) {
        if (ImGui::SliderInt("##d", &app.lesson.dimension, 1, 1024, "d = %d", ImGuiSliderFlags_Logarithmic)) {
            next.scale = std::sqrt(double(app.lesson.dimension));
            changed = true;
        }
        record_item(app, "scale.d");
    } else {
        float s = float(app.lesson.state.scale);
        if (ImGui::SliderFloat("##s", &s, 0.05f, 50.0f, "s = %.2f", ImGuiSliderFlags_Logarithmic)) {
            next.scale = std::round(double(s) * 1000) / 1000;
            changed = true;
        }
        record_item(app, "scale.s");
    }
    if (changed && next.scale != app.lesson.state.scale) set_inputs(app.lesson, next);
}

}  // namespace

// Labelled keys, q and the output, heads and shafts: what plane labels keep
// clear of. Past 16 keys the keys are not labelled and not obstacles.
void attention_obstacles(const App& app, LabelBoard& board) {
    const Lesson& l = app.lesson;
    const Vec2 origin = screen_of(app, {0, 0});
    auto add = [&](Vec2 world, int owner) {
        board.tips.push_back({screen_of(app, world), owner});
        board.segments.push_back({origin, screen_of(app, world)});
    };
    add(l.state.q, 0);
    if (l.state.keys.size() <= kLabelledKeys)
        for (size_t i = 0; i < l.state.keys.size(); ++i) add(l.state.keys[i], int(i + 1));
    add(l.derived.attention.output, -1);
    board.tips.push_back({origin, -1});
}

void draw_attention_plane(App& app, ImDrawList* dl) {
    const Palette& p = *app.palette;
    const AttentionDerived& d = app.lesson.derived.attention;
    const size_t n = app.lesson.state.keys.size();
    const bool labelled = n <= kLabelledKeys;
    const double top = d.winner >= 0 ? d.weights[size_t(d.winner)] : 1.0;
    for (size_t i = 0; i < n; ++i) {
        // Heavier keys are bolder, so the softmax shows on the plane too.
        const double share = top > 0 ? d.weights[i] / top : 0;
        const bool emphasised =
            int(i) == d.winner || app.lesson.hovered == Handle(i + 1) || app.lesson.drag.held == Handle(i + 1);
        const ImU32 color = (p.vectorB & 0x00ffffff) | (ImU32(70 + 185 * share) << 24);
        draw_arrow(app, dl, app.lesson.state.keys[i], color, labelled ? float(1.5 + 3.0 * share) : 1.0f);
        if (labelled) {
            draw_handle(app, dl, Handle(i + 1), app.lesson.state.keys[i], emphasised ? p.vectorB : color,
                        ("k" + subscript(i + 1)).c_str(), app.fonts.body);
        }
    }
    draw_arrow(app, dl, d.output, p.output, 3.5f);
    PlaneLabel o;
    o.anchor = screen_of(app, d.output);
    o.toward = {1, -1};
    o.font = app.fonts.body;
    o.color = p.output;
    o.gap = kTipClearance + 1;
    o.backdrop = false;
    plane_label(app, dl, o, "o");
    draw_arrow(app, dl, app.lesson.state.q, p.vectorA);
    draw_handle(app, dl, 0, app.lesson.state.q, p.vectorA, "q");
}

namespace {

void output_headline(const App& app) {
    const Palette& p = *app.palette;
    ImGui::PushFont(app.fonts.large);
    ImGui::TextColored(color4(p.output), "o");
    ImGui::SameLine(0, 0);
    ImGui::Text(" = \u03a3 w\u1d62v\u1d62 = %s", format_vec(app.lesson.derived.attention.output).c_str());
    ImGui::PopFont();
    if (folded(app.lesson, kFoldExplanations)) return;
    wrapped(p.textMuted,
            "Each key's score is its dot product with the query, divided by s; softmax turns the "
            "scores into weights that sum to 1, and the output blends the values by those weights.");
}

void scale_section(App& app) {
    const Palette& p = *app.palette;
    const AttentionDerived& d = app.lesson.derived.attention;
    const size_t n = app.lesson.state.keys.size();
    ImGui::Text("score\u1d62 = q\u00b7k\u1d62 / s,   s = %s", format_number(app.lesson.state.scale, 3).c_str());
    scale_control(app);
    const double max_bits = n > 1 ? std::log2(double(n)) : 0.0;
    ImGui::Text("Spread of the weights: %s of %s bits", format_number(d.entropyBits).c_str(),
                format_number(max_bits).c_str());
    wrapped(p.textMuted, d.entropyBits < 0.25 * max_bits
                             ? "Nearly all weight is on one key: large scores make softmax pick a winner."
                             : "The weight is shared: scores close together keep softmax soft.");
}

bool is_highlighted(const Lesson& l, size_t key) {
    return l.hovered == Handle(key + 1) || l.drag.held == Handle(key + 1) || int(key) == l.derived.attention.winner;
}

// The weight table, heaviest first.
void weight_table(const App& app) {
    const Palette& p = *app.palette;
    const AttentionDerived& d = app.lesson.derived.attention;
    const size_t n = app.lesson.state.keys.size();
    const float bar_width = std::max(ui(app, 40), ImGui::GetContentRegionAvail().x - ui(app, 190));
    const std::vector<size_t> order = by_weight(d);
    double weight_sum = 0;
    for (double w : d.weights) weight_sum += w;
    ImGui::TextDisabled("key    score    weight");
    for (size_t row = 0; row < std::min(n, kLabelledKeys); ++row) {
        const size_t i = order[row];
        const bool highlight = is_highlighted(app.lesson, i);
        ImGui::TextColored(color4(highlight ? p.vectorB : p.text), "k%s", subscript(i + 1).c_str());
        ImGui::SameLine(ui(app, 48));
        ImGui::TextUnformatted(format_number(d.scores[i]).c_str());
        ImGui::SameLine(ui(app, 108));
        weight_bar(app, d.weights[i], highlight, bar_width);
        ImGui::SameLine();
        ImGui::TextUnformatted(format_number(d.weights[i], 3).c_str());
    }
    if (n > kLabelledKeys) ImGui::TextDisabled("\u2026 and %zu more keys", n - kLabelledKeys);
    ImGui::Text("Sum of the weights: %s", format_number(weight_sum, 3).c_str());
}

// The term of the key under the pointer (or the winner's) in the output sum.
void key_share(const App& app) {
    const Lesson& l = app.lesson;
    const AttentionDerived& d = l.derived.attention;
    const Handle focus = l.drag.held > 0 ? l.drag.held : l.hovered > 0 ? l.hovered : Handle(d.winner + 1);
    if (focus <= 0 || size_t(focus) > l.state.keys.size()) return;
    const size_t i = size_t(focus) - 1;
    const ImVec4 color = color4(app.palette->vectorB);
    // Two lines, because ImGui's wrapping would break inside a number.
    ImGui::TextColored(color, "k%s's share of o:", subscript(i + 1).c_str());
    ImGui::TextColored(color, "  w%sv%s = %s \u00b7 %s = %s", subscript(i + 1).c_str(), subscript(i + 1).c_str(),
                       format_number(d.weights[i], 3).c_str(), format_vec(l.state.values[i]).c_str(),
                       format_vec(d.weights[i] * l.state.values[i]).c_str());
}

// Values: what each key contributes when it wins; and the key buttons.
void value_editors(App& app) {
    Lesson& l = app.lesson;
    const size_t n = l.state.keys.size();
    ImGui::TextDisabled(l.editValue ? "Values (the arrow keys edit the selected key's)"
                                    : "Values (drag sideways to edit)");
    LessonState next = l.state;
    bool edited = false;
    const float width = ImGui::GetContentRegionAvail().x - ui(app, 40);
    for (size_t i = 0; i < n; ++i) {
        float v[2] = {float(next.values[i].x), float(next.values[i].y)};
        ImGui::TextUnformatted(("v" + subscript(i + 1)).c_str());
        ImGui::SameLine(ui(app, 40));
        ImGui::SetNextItemWidth(width);
        ImGui::PushID(int(i));
        if (ImGui::DragFloat2("##v", v, 0.01f, -10.0f, 10.0f, "%.2f")) {
            next.values[i] = {std::round(double(v[0]) * 100) / 100, std::round(double(v[1]) * 100) / 100};
            edited = true;
        }
        ImGui::PopID();
        record_item(app, "value");
    }
    if (edited) set_inputs(l, next);
    ImGui::Spacing();
    if (button(app, "key.add", "+ key")) add_key(l);
    ImGui::SameLine();
    if (button(app, "key.remove", "\u2212 key")) remove_key(l);
    ImGui::SameLine();
    ImGui::TextDisabled("%zu of up to %zu", n, kMaxUiKeys);
}

}  // namespace

void draw_attention_panel(App& app) {
    const Lesson& l = app.lesson;
    output_headline(app);
    ImGui::Spacing();
    scale_section(app);
    section_break();
    weight_table(app);
    if (!folded(l, kFoldFormulas)) key_share(app);
    if (!folded(l, kFoldReadouts) && l.state.keys.size() <= kLabelledKeys) {
        section_break();
        value_editors(app);
    }
    if (folded(l, kFoldNotes)) return;
    ImGui::Spacing();
    wrapped(app.palette->textMuted, (std::string("Keys: ") + view_of(Mode::Attention).keys).c_str());
}

}  // namespace dotlab
