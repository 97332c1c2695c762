// The attention view: a query, keys and their values on the plane, the
// output built before the learner's eyes from the values' weighted shares
// laid tip to tail; softmax worked out with its numbers; and a chart of why
// the scores are divided by √d.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <string>

#include "../core/views.h"
#include "canvas.h"
#include "widgets.h"

namespace dotlab {

namespace {

// Keys draw their labels, their values and their rows in the table up to
// this many; past it (stress tests through setState) the plane stays
// readable and the rest of the output is one last segment.
constexpr size_t kLabelledKeys = kDrawnValues;

std::string subscript(size_t n) {
    static const char* digits[] = {"\u2080", "\u2081", "\u2082", "\u2083", "\u2084",
                                   "\u2085", "\u2086", "\u2087", "\u2088", "\u2089"};
    std::string out;
    for (char c : std::to_string(n)) out += digits[c - '0'];
    return out;
}

// The key the learner is busy with: held, hovered (as key or as value), or
// else the winner.
int focus_key(const Lesson& l) {
    const size_t n = l.state.keys.size();
    for (Handle h : {l.drag.held, l.hovered})
        if (h > 0) return int(attention_tip(h, n).index);
    return l.derived.attention.winner;
}

bool in_focus(const Lesson& l, size_t key) { return int(key) == focus_key(l); }

// ---------------------------------------------------------------------------
// The plane
// ---------------------------------------------------------------------------

void draw_keys(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const AttentionDerived& d = l.derived.attention;
    const size_t n = l.state.keys.size();
    const bool labelled = n <= kLabelledKeys;
    const double top = d.winner >= 0 ? d.weights[size_t(d.winner)] : 1.0;
    // Before the weights (and beside the scores' √d), every key alike.
    const bool weighed = l.attentionStep == kWeightsStep || l.attentionStep == kOutputStep;
    for (size_t i = 0; i < n; ++i) {
        // Heavier keys are bolder, so the softmax shows on the plane too.
        const double share = !weighed ? 0.6 : top > 0 ? d.weights[i] / top : 0;
        const ImU32 color = with_alpha(p.vectorB, unsigned(70 + 185 * share));
        draw_arrow(app, dl, l.state.keys[i], color, labelled ? float(1.5 + 3.0 * share) : 1.0f);
        if (labelled)
            draw_handle(app, dl, key_handle(i, n), l.state.keys[i], in_focus(l, i) ? p.vectorB : color,
                        ("k" + subscript(i + 1)).c_str(), app.fonts.body);
    }
}

void draw_values(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const size_t n = std::min(l.state.keys.size(), kDrawnValues);
    // Before the output's step the values wait in the background.
    const ImU32 color = l.attentionStep != kOutputStep ? with_alpha(p.value, 0x50) : p.value;
    for (size_t i = 0; i < n; ++i) {
        draw_arrow(app, dl, l.state.values[i], color, in_focus(l, i) ? 2.5f : 1.5f);
        draw_handle(app, dl, value_handle(i, l.state.keys.size()), l.state.values[i], color,
                    ("v" + subscript(i + 1)).c_str(), app.fonts.body, true);
    }
}

// o = Σ wᵢvᵢ, laid out: each labelled key's share wᵢvᵢ from where the last
// one ended, in the table's order (heaviest first, held still during a drag
// so the pieces do not swap places under the finger), the others summed into
// one last segment; the chain ends exactly at o.
void draw_chain(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const AttentionDerived& d = l.derived.attention;
    const size_t n = l.state.keys.size();
    Vec2 at{};
    Vec2 rest{};
    for (const int key : l.keyRows) {
        const size_t i = size_t(key);
        const Vec2 share = d.weights[i] * l.state.values[i];
        if (i >= kDrawnValues) {
            rest = rest + share;
            continue;
        }
        const Vec2 next = at + share;
        arrow(dl, screen_of(app, at), screen_of(app, next), with_alpha(p.valueText, in_focus(l, i) ? 0xFF : 0xB0),
              ui(app, in_focus(l, i) ? 2.5 : 1.5), ui(app, 9));
        at = next;
    }
    if (n > kDrawnValues)
        arrow(dl, screen_of(app, at), screen_of(app, at + rest), p.valueText, ui(app, 1.5), ui(app, 9));
}

}  // namespace

// q, the labelled keys and values, and the output, heads and shafts: what
// plane labels keep clear of. Past 16 keys the keys are not labelled and not
// obstacles.
void attention_obstacles(const App& app, LabelBoard& board) {
    const Lesson& l = app.lesson;
    const Vec2 origin = screen_of(app, {0, 0});
    auto add = [&](Vec2 world, int owner) {
        board.tips.push_back({screen_of(app, world), owner});
        board.segments.push_back({origin, screen_of(app, world)});
    };
    const size_t n = l.state.keys.size();
    add(l.state.q, 0);
    for (size_t i = 0; i < std::min(n, kLabelledKeys); ++i) {
        add(l.state.keys[i], key_handle(i, n));
        add(l.state.values[i], value_handle(i, n));
    }
    if (l.attentionStep == kOutputStep) add(l.derived.attention.output, -1);
    board.tips.push_back({origin, -1});
}

void draw_attention_plane(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const AttentionDerived& d = l.derived.attention;
    const bool output = l.attentionStep == kOutputStep;  // the output waits for its step
    draw_values(app, dl);
    draw_keys(app, dl);
    if (output) draw_chain(app, dl);
    // q under o: the output is usually the shorter, along q's own line.
    draw_arrow(app, dl, l.state.q, p.vectorA);
    if (output) {
        draw_arrow(app, dl, d.output, p.output, 4.5f);
        PlaneLabel o;
        o.anchor = screen_of(app, d.output);
        o.toward = {1, -1};
        o.font = app.fonts.body;
        o.color = p.output;
        o.gap = kTipClearance + 1;
        o.backdrop = false;
        plane_label(app, dl, o, "o");
    }
    draw_handle(app, dl, 0, l.state.q, p.vectorA, "q");
}

namespace {

// ---------------------------------------------------------------------------
// The panel
// ---------------------------------------------------------------------------

// Attention a step at a time, as a lecture tells it: each step's button,
// its headline (the output's, with its numbers, is drawn apart) and the
// sentence under its table.
struct StepText {
    const char* button;
    const char* item;  // stats().layout's name for the button
    const char* headline;
    const char* words;
};
constexpr StepText kStepTexts[] = {
    {"1 Scores", "step.1", "score\u1d62 = q\u00b7k\u1d62 / s",
     "In a transformer every token has a query q (what it looks for), a key k (what it offers to be found by) and "
     "a value v (what it passes on). Each key's score is its dot product with q, divided by s: high for a key that "
     "points along q (higher still the longer it is), below 0 for one that points away. Next, softmax turns the "
     "scores into weights."},
    {"2 Weights", "step.2", "w\u1d62 = softmax(score\u1d62)",
     "Softmax keeps the scores' order, makes every weight positive and makes them add up to 1. The largest score "
     "is taken off before e^: that changes no weight (it cancels in the division) and keeps e^ from overflowing. "
     "Next, the output mixes the values in these proportions."},
    {"3 Output", "step.3", nullptr,
     "A token's query q (what it looks for) is scored against every token's key k\u1d62 (what each offers): the "
     "dot product, divided by s. Softmax turns the scores into weights that sum to 1, and the output adds up the "
     "tokens' values v\u1d62 (what each passes on), each shrunk to its key's weight (the purple arrows laid tip to "
     "tail on the plane)."},
    {"4 \u221ad", "step.4", "Why divide by \u221ad?", nullptr},
};
static_assert(std::size(kStepTexts) == kAttentionSteps);
const StepText& step_text(int step) { return kStepTexts[size_t(step - 1)]; }

void step_row(App& app) {
    Lesson& l = app.lesson;
    for (int step = 1; step <= kAttentionSteps; ++step) {
        if (step > 1) ImGui::SameLine();
        const bool on = l.attentionStep == step;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, color4(app.palette->choiceSelected));
        if (button(app, step_text(step).item, step_text(step).button)) set_attention_step(l, step);
        if (on) ImGui::PopStyleColor();
    }
}

void step_headline(App& app) {
    ImGui::PushFont(app.fonts.large);
    wrapped(app.palette->text, step_text(app.lesson.attentionStep).headline);
    ImGui::PopFont();
}

// The step in words, under the table that works it out.
void step_words(const App& app) {
    if (folded(app.lesson, kFoldExplanations)) return;
    wrapped(app.palette->textMuted, step_text(app.lesson.attentionStep).words);
}

void output_headline(App& app) {
    const Palette& p = *app.palette;
    ImGui::PushFont(app.fonts.large);
    // Breaks before " = " on a narrow panel rather than running off it.
    spans(app, {{"o", p.output},
                {" = \u03a3 w\u1d62v\u1d62", p.text},
                {" = " + format_vec(app.lesson.derived.attention.output), p.text}});
    ImGui::PopFont();
}

// The divisor: s = √d for the plane's 2-component vectors, or a free
// temperature on its own slider.
void scale_control(App& app) {
    Lesson& l = app.lesson;
    const std::string s = format_number(l.state.scale, 3);
    // The first step's headline is the formula: here only s.
    const std::string formula = l.attentionStep == kScoresStep ? "" : "score\u1d62 = q\u00b7k\u1d62 / s,   ";
    ImGui::TextUnformatted((formula + "s = " + (l.freeScale ? s : "\u221a2 = " + s)).c_str());
    // Two sides of one switch: a tap on either, ticked or not, flips it (a
    // ticked box that ignored its tap read as broken).
    bool root_d = !l.freeScale;
    if (toggle(app, "scale.sqrt-d", "s = \u221ad (d = 2 here)", &root_d)) toggle_free_scale(l);
    ImGui::SameLine();
    bool free = l.freeScale;
    if (toggle(app, "scale.free", "free temperature", &free)) toggle_free_scale(l);
    if (!l.freeScale) return;
    double value = l.state.scale;
    if (log_slider(app, "scale.s", &value, 0.05, 50, ("s = " + s).c_str())) {
        LessonState next = l.state;
        next.scale = std::round(value * 1000) / 1000;
        if (next.scale != l.state.scale) set_inputs(l, next);
    }
    if (!folded(l, kFoldExplanations))
        wrapped(app.palette->textMuted,
                "A larger s evens the weights out; a smaller s hands more weight to the top key.");
}

// The √d chart's d: random vectors as long as a real model's.
void dimension_slider(App& app) {
    Lesson& l = app.lesson;
    double d = l.dimension;
    if (log_slider(app, "scale.d", &d, 1, 1024, ("d = " + std::to_string(l.dimension)).c_str()))
        set_chart_dimension(l, int(std::lround(d)));
}

// The sample behind the √d chart, for the d on show; computed again only
// when d changes (a fixed seed: every build draws the same chart).
const App::SqrtDChart& sqrtd_chart(App& app) {
    const int d = app.lesson.dimension;
    if (app.sqrtd.d != d) {
        app.sqrtd.d = d;
        app.sqrtd.spread = score_spread(d, 2000, 300, 0x5EED5EEDull);
        app.sqrtd.raw = histogram(app.sqrtd.spread.raw, -kScoreAxis, kScoreAxis, 48);
        app.sqrtd.scaled = histogram(app.sqrtd.spread.scaled, -kScoreAxis, kScoreAxis, 48);
    }
    return app.sqrtd;
}

// One histogram, as bars under a line of text, on the chart's axis.
void histogram_row(App& app, const Histogram& h, ImU32 color, const std::string& caption) {
    ImGui::TextColored(color4(color), "%s", caption.c_str());
    const float width = ImGui::GetContentRegionAvail().x, height = ui(app, 28);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int tallest = std::max(1, *std::max_element(h.counts.begin(), h.counts.end()));
    const float bar = width / float(h.counts.size());
    for (size_t i = 0; i < h.counts.size(); ++i) {
        const float top = height * (1 - float(h.counts[i]) / float(tallest));
        dl->AddRectFilled(ImVec2(at.x + bar * float(i), at.y + top),
                          ImVec2(at.x + bar * float(i + 1) - 1, at.y + height), with_alpha(color, 0xC0));
    }
    dl->AddLine(ImVec2(at.x, at.y + height), ImVec2(at.x + width, at.y + height), app.palette->rule, 1.0f);
    // The axis's middle: a score of 0.
    dl->AddLine(ImVec2(at.x + width / 2, at.y), ImVec2(at.x + width / 2, at.y + height), app.palette->rule, 1.0f);
    ImGui::Dummy(ImVec2(width, height));
}

// Why √d: the spread of q·k for random vectors of d components next to that
// of q·k/√d, on one axis, and what softmax over 8 such scores makes of each.
void sqrtd_chart_panel(App& app) {
    const Palette& p = *app.palette;
    const App::SqrtDChart& chart = sqrtd_chart(app);
    const ScoreSpread& s = chart.spread;
    const Region region = begin_region();
    if (app.lesson.attentionStep == kRootDStep)  // a step of its own: its question is the headline
        step_headline(app);
    else
        ImGui::TextUnformatted(step_text(kRootDStep).headline);
    if (!folded(app.lesson, kFoldExplanations))
        wrapped(p.textMuted,
                "A real model's queries and keys have hundreds of components, d. Here are random ones with d of "
                "your choice, each component independent with mean 0 and variance 1:");
    dimension_slider(app);
    histogram_row(app, chart.raw, p.projection,
                  // At d = 1 or 2 there is nothing yet to spread out from.
                  std::string(s.d >= 4 ? "q\u00b7k spreads out: " : "q\u00b7k: ") + "\u03c3 = " +
                      format_number(s.rawStd) + " (\u221ad = " + format_number(std::sqrt(double(s.d))) + ")");
    histogram_row(app, chart.scaled, p.vectorA, "q\u00b7k / \u221ad stays put: \u03c3 = " + format_number(s.scaledStd));
    const std::string axis = format_number(chart.raw.hi, 0);
    // Scores past the axis's ends are said in words: a mark over the bars
    // read as one more thing drawn on top of them.
    wrapped(p.textMuted, ("both on one axis, \u2212" + axis + " to " + axis +
                          (chart.raw.outside > 0 ? "; some unscaled scores lie beyond its ends" : ""))
                             .c_str());
    wrapped(p.text, ("Softmax over 8 such scores: unscaled, the weight goes to about " + format_number(s.keysRaw) +
                     " keys" + (s.keysRaw < 2 ? " (one takes most of it)" : "") +
                     "; divided by \u221ad, it is shared by about " + format_number(s.keysScaled) + " of the 8.")
                        .c_str());
    end_region(app, region, "sqrtd.chart");
}

// How spread the weights are: as many keys as would share them equally
// (2 to the weights' entropy in bits), a count a first-year student can read.
void spread_line(const App& app) {
    const Palette& p = *app.palette;
    const AttentionDerived& d = app.lesson.derived.attention;
    const size_t n = app.lesson.state.keys.size();
    if (n < 2) {
        wrapped(p.text, "One key: it takes all the weight.");
        return;
    }
    const std::string all = std::to_string(n);
    wrapped(p.text, ("The weights act as if " + format_number(std::exp2(d.entropyBits)) + " of the " + all +
                     " keys shared them equally.")
                        .c_str());
    // Its reading guide folds with the readouts: before the step's own
    // sentence, which a short frame (a projector's) keeps longest.
    if (folded(app.lesson, kFoldWorking)) return;
    wrapped(p.textMuted, ("1 when one key takes all the weight; " + all + " when all " + all + " get the same. " +
                          (d.entropyBits < 0.25 * std::log2(double(n)) ? "Here one key nearly has it all."
                                                                       : "Here the weight is shared."))
                             .c_str());
}

void weight_bar(const App& app, double weight, bool highlight, float width) {
    const Palette& p = *app.palette;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight() * 0.7f;
    const float y = at.y + (ImGui::GetTextLineHeight() - h) / 2;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + width, y + h), p.grid, ui(app, 3));
    // No sliver of a bar for a weight that rounds to nothing at this width.
    const float filled = width * float(std::clamp(weight, 0.0, 1.0));
    if (filled >= 1)
        dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + filled, y + h), highlight ? p.vectorB : p.vectorBFaded,
                          ui(app, 3));
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
}

// The two tables' shared parts: the key column (as wide as "k₁₆"), headers
// at their columns, a key's name (the one in hand stands out, on its row's
// band), and the keys past the rows shown, counted.
float key_column_end(const App& app) {
    return ImGui::GetCursorPosX() + ImGui::CalcTextSize("k\u2081\u2086").x + ui(app, 12);
}
void column_headers(std::initializer_list<std::pair<float, const char*>> columns) {
    ImGui::TextDisabled("key");
    for (const auto& [x, title] : columns) {
        ImGui::SameLine(x);
        ImGui::TextDisabled("%s", title);
    }
}
void key_cell(const App& app, size_t key) {
    const Palette& p = *app.palette;
    const bool highlight = in_focus(app.lesson, key);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    if (highlight)
        ImGui::GetWindowDrawList()->AddRectFilled(
            start, ImVec2(start.x + ImGui::GetContentRegionAvail().x, start.y + ImGui::GetTextLineHeight()),
            p.choiceSelected, ui(app, 3));
    ImGui::TextColored(color4(highlight ? p.vectorB : p.text), "k%s", subscript(key + 1).c_str());
}
void more_keys(const Lesson& l) {
    if (l.state.keys.size() > kLabelledKeys)
        ImGui::TextDisabled("\u2026 and %zu more keys", l.state.keys.size() - kLabelledKeys);
}

// The first step with its numbers, best first (held still during a drag):
// each key's dot product with q, and that divided by s, its score.
void score_table(App& app) {
    const Lesson& l = app.lesson;
    const AttentionDerived& d = l.derived.attention;
    const std::vector<int>& order = l.keyRows;
    const size_t rows = std::min(order.size(), kLabelledKeys);
    std::vector<std::string> dots, scores;
    float dot_width = ImGui::CalcTextSize("q\u00b7k\u1d62").x;
    for (size_t row = 0; row < rows; ++row) {
        const size_t i = size_t(order[row]);
        dots.push_back(format_number(dot(l.state.q, l.state.keys[i])));
        scores.push_back(format_number(d.scores[i]));
        dot_width = std::max(dot_width, ImGui::CalcTextSize(dots.back().c_str()).x);
    }
    const float c1 = key_column_end(app);
    const float c2 = c1 + dot_width + ui(app, 12);
    const Region region = begin_region();
    column_headers({{c1, "q\u00b7k\u1d62"}, {c2, "\u00f7 s = score"}});
    for (size_t row = 0; row < rows; ++row) {
        key_cell(app, size_t(order[row]));
        ImGui::SameLine(c1);
        ImGui::TextUnformatted(dots[row].c_str());
        ImGui::SameLine(c2);
        ImGui::TextUnformatted(scores[row].c_str());
    }
    more_keys(l);
    end_region(app, region, "scores.table");
}

// Softmax with its numbers, heaviest first: each score, exp(score − max),
// that divided by the sum, the weight; the row of the key in hand stands out.
void softmax_table(App& app) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const AttentionDerived& d = l.derived.attention;
    const size_t n = l.state.keys.size();
    // Columns as wide as their widest entries (from the line's start, which
    // SameLine counts from the window's edge).
    const float gap = ui(app, 12);
    const float c1 = key_column_end(app);
    // The score column widens for huge scores rather than run into the
    // next; only the rows shown count (a thousand keys are not formatted).
    const std::vector<int>& order = l.keyRows;  // heaviest first, held still during a drag
    const size_t rows = std::min(order.size(), kLabelledKeys);
    float score_width = ImGui::CalcTextSize("\u221288.88").x;
    for (size_t row = 0; row < rows; ++row)
        score_width = std::max(score_width, ImGui::CalcTextSize(format_number(d.scores[size_t(order[row])]).c_str()).x);
    // A tiny exp or weight keeps two significant digits (0.00030, not a
    // 0.000 that softmax never gives), and below a millionth reads ≈ 0.
    std::vector<std::string> exps, weights;
    float weight_width = ImGui::CalcTextSize("0.000").x;
    for (size_t row = 0; row < rows; ++row) {
        const size_t i = size_t(order[row]);
        exps.push_back(format_weight(d.exps[i]));
        weights.push_back(format_weight(d.weights[i]));
        weight_width = std::max(weight_width, ImGui::CalcTextSize(weights.back().c_str()).x);
    }
    const float c2 = c1 + score_width + gap;
    const float c3 = c2 + ImGui::CalcTextSize("e^(score\u2212max)").x + gap;
    const float bar_width =
        std::max(ui(app, 24), ImGui::GetContentRegionAvail().x - (c3 - ImGui::GetCursorPosX()) - weight_width - gap);
    const Region region = begin_region();
    // The weight is exp over the sum.
    column_headers({{c1, "score"}, {c2, "e^(score\u2212max)"}, {c3, "\u00f7 \u03a3 = weight"}});
    for (size_t row = 0; row < rows; ++row) {
        const size_t i = size_t(order[row]);
        const bool highlight = in_focus(l, i);
        key_cell(app, i);
        ImGui::SameLine(c1);
        ImGui::TextUnformatted(format_number(d.scores[i]).c_str());
        ImGui::SameLine(c2);
        ImGui::TextUnformatted(exps[row].c_str());
        ImGui::SameLine(c3);
        weight_bar(app, d.weights[i], highlight, bar_width);
        ImGui::SameLine();
        ImGui::TextUnformatted(weights[row].c_str());
    }
    more_keys(l);
    double weight_sum = 0;
    for (double w : d.weights) weight_sum += w;
    ImGui::TextDisabled("\u03a3");
    ImGui::SameLine(c2);
    ImGui::TextUnformatted(format_number(d.expSum, 3).c_str());
    ImGui::SameLine(c3);
    // The sentence where it fits, the sum alone where it does not.
    const std::string sum = format_number(weight_sum, 3);
    const std::string said = "weights add to " + sum;
    const bool fits = ImGui::CalcTextSize(said.c_str()).x <= ImGui::GetContentRegionAvail().x;
    ImGui::TextUnformatted((fits ? said : "\u03a3w = " + sum).c_str());
    // Rounded weights can add up to 0.999 (three thirds print 0.333): said,
    // so the table does not seem to contradict its own sum.
    const std::string printed = format_number(sum_as_printed(d.weights, 3), 3);
    if (n <= rows && printed != sum)
        wrapped(p.textMuted,
                ("Rounded as printed, the weights add to " + printed + "; unrounded, to " + sum + ".").c_str());
    end_region(app, region, "softmax.table");
}

// The share of the key in hand in the output sum.
void key_share(const App& app) {
    const Lesson& l = app.lesson;
    const AttentionDerived& d = l.derived.attention;
    const int focus = focus_key(l);
    if (focus < 0 || size_t(focus) >= l.state.keys.size()) return;
    const size_t i = size_t(focus);
    const std::string k = subscript(i + 1);
    wrapped(app.palette->valueText,
            ("k" + k + "'s share of o: w" + k + "v" + k + " = " + format_number(d.weights[i], 3) + " \u00b7 " +
             format_point(l.state.values[i]) + " = " + format_vec(d.weights[i] * l.state.values[i]))
                .c_str());
}

void key_buttons(App& app) {
    Lesson& l = app.lesson;
    if (button(app, "key.add", "+ key")) add_key(l);
    ImGui::SameLine();
    if (button(app, "key.remove", "\u2212 key")) remove_key(l);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%zu of up to %zu", l.state.keys.size(), kMaxUiKeys);
    reset_button(app);
}

}  // namespace

void draw_attention_panel(App& app) {
    const Lesson& l = app.lesson;
    const int step = l.attentionStep;
    step_row(app);
    ImGui::Spacing();
    if (step == kRootDStep) {  // why √d, on its own
        sqrtd_chart_panel(app);
        return;
    }
    if (step == kOutputStep)
        output_headline(app);
    else
        step_headline(app);
    ImGui::Spacing();
    scale_control(app);
    // The controls stay above what they change: a key added, or the rounding
    // note coming and going, lengthens the table and would move the buttons
    // from under a finger tapping "+ key" again.
    if (!folded(l, kFoldWorking) && l.state.keys.size() <= kLabelledKeys) key_buttons(app);
    section_break();
    if (step == kScoresStep) {
        score_table(app);
        step_words(app);
    } else {
        softmax_table(app);
        step_words(app);
        spread_line(app);
    }
    if (step == kOutputStep && !folded(l, kFoldWorking)) key_share(app);
    key_list(app);
    // The whole view ends with why √d (an aside, first to fold).
    if (step == kOutputStep && !folded(l, kFoldDetails)) {
        section_break();
        sqrtd_chart_panel(app);
    }
}

}  // namespace dotlab
