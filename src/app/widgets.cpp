#include "widgets.h"

#include <algorithm>
#include <cmath>

#include "canvas.h"
#include "core/attention.h"
#include "core/format.h"
#include "core/slider.h"
#include "core/views.h"

namespace dotlab {

float control_height(const App& app) {
    return app.bigTargets ? std::max(kTouchTarget, ImGui::GetFrameHeight()) : ImGui::GetFrameHeight();
}

void record_rect(App& app, const char* name, ImVec2 min, ImVec2 max, bool control) {
    app.drawn.push_back({name, Rect{min.x, min.y, max.x - min.x, max.y - min.y}, control});
}

void record_item(App& app, const char* name, bool control) {
    record_rect(app, name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), control);
}

bool shows_hover(const App& app) { return app.lesson.input != InputKind::Touch; }

bool button(App& app, const char* name, const char* label) {
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    const float min_width = app.bigTargets ? kTouchTarget : 0.0f;
    const ImVec2 size(std::max(min_width, text.x + ImGui::GetStyle().FramePadding.x * 2), control_height(app));
    const bool plain = !shows_hover(app);
    if (plain) ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_Button));
    ImGui::PushID(name);
    const bool pressed = ImGui::Button(label, size);
    ImGui::PopID();
    if (plain) ImGui::PopStyleColor();
    record_item(app, name);
    return pressed;
}

void same_line_if_fits(float width) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

void reset_button(App& app, bool beside) {
    const char* const label = "Reset";
    if (beside)
        same_line_if_fits(std::max(app.bigTargets ? kTouchTarget : 0.0f,
                                   ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2));
    if (button(app, "reset", label)) reset_inputs(app.lesson);
}

bool toggle(App& app, const char* name, const char* label, bool* value) {
    const Palette& p = *app.palette;
    const float box = std::round(ImGui::GetFontSize() * 1.1f);
    const float gap = ui(app, 8), pad = ui(app, 6);
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    const float height = control_height(app);
    const ImVec2 size(std::max(app.bigTargets ? kTouchTarget : 0.0f, pad + box + gap + text.x + pad), height);
    const ImVec2 at = ImGui::GetCursorScreenPos();

    ImGui::PushID(name);
    const bool pressed = ImGui::InvisibleButton("toggle", size);
    const bool hovered = ImGui::IsItemHovered() && shows_hover(app);
    ImGui::PopID();
    if (pressed) *value = !*value;
    record_item(app, name);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (hovered) dl->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), p.choiceHover, ui(app, 6));
    const ImVec2 lo(at.x + pad, at.y + (height - box) / 2), hi(lo.x + box, lo.y + box);
    if (*value) {
        dl->AddRectFilled(lo, hi, p.vectorA, ui(app, 4));
        // A check mark in the canvas colour, drawn rather than typed so it
        // sits exactly in the box.
        const ImVec2 points[] = {ImVec2(lo.x + box * 0.22f, lo.y + box * 0.52f),
                                 ImVec2(lo.x + box * 0.42f, lo.y + box * 0.72f),
                                 ImVec2(lo.x + box * 0.78f, lo.y + box * 0.30f)};
        dl->AddPolyline(points, 3, p.canvas, 0, ui(app, 2.2));
    } else {
        dl->AddRectFilled(lo, hi, p.canvas, ui(app, 4));
        dl->AddRect(lo, hi, p.textMuted, ui(app, 4), 0, ui(app, 1.5));
    }
    note_missing_glyphs(ImGui::GetFont(), label);
    dl->AddText(ImVec2(hi.x + gap, at.y + (height - text.y) / 2), p.text, label);
    return pressed;
}

bool log_slider(App& app, const char* name, double* value, double lo, double hi, const char* label) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, control_height(app));
    ImGui::PushID(name);
    ImGui::InvisibleButton("slider", size);
    const bool active = ImGui::IsItemActive(), hovered = ImGui::IsItemHovered() && shows_hover(app);
    ImGui::PopID();
    record_item(app, name);

    // The grab's centre travels between half a grab from either end.
    const float grab = std::round(std::max(ui(app, 14), size.y * 0.45f));
    const float travel = std::max(1.0f, size.x - grab);
    const double before = *value;
    // Off the canvas the pointer is unknown: the value stays where it was.
    if (active && ImGui::IsMousePosValid()) {
        const double t = (ImGui::GetIO().MousePos.x - at.x - grab / 2) / travel;
        *value = log_slider_value(t, lo, hi);
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    const ImGuiCol frame = active ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg;
    const float round = ui(app, 6);
    dl->AddRectFilled(at, end, ImGui::GetColorU32(frame), round);
    dl->AddRect(at, end, app.palette->rule, round, 0, ui(app, 1));
    const float x = at.x + float(log_slider_position(*value, lo, hi)) * travel;
    const float inset = ui(app, 3);
    dl->AddRectFilled(ImVec2(x + inset, at.y + inset), ImVec2(x + grab - inset, end.y - inset), app.palette->vectorA,
                      round - inset / 2);
    // The label sits in the wider of the two stretches beside the grab, so
    // neither hides the other; where neither holds it, on a patch of its own.
    const ImVec2 text = ImGui::CalcTextSize(label);
    const float pad = ui(app, 4);
    const float left = x - at.x, right = end.x - (x + grab);
    const float from = left >= right ? at.x : x + grab, room = std::max(left, right);
    const float text_x = room >= text.x + 2 * pad ? from + (room - text.x) / 2 : at.x + (size.x - text.x) / 2;
    const ImVec2 text_at(text_x, at.y + (size.y - text.y) / 2);
    dl->AddRectFilled(ImVec2(text_at.x - pad, text_at.y), ImVec2(text_at.x + text.x + pad, text_at.y + text.y),
                      app.palette->canvas, round / 2);
    note_missing_glyphs(ImGui::GetFont(), label);
    dl->AddText(text_at, app.palette->text, label);
    return *value != before;
}

Region begin_region() { return {ImGui::GetCursorScreenPos()}; }

void end_region(App& app, const Region& region, const char* name, float min_height) {
    const float used = ImGui::GetCursorScreenPos().y - region.start.y;
    // Padded to exactly `min_height`, as far as the content would have
    // reached: the pad's own item spacing is taken back, or a padded region
    // came out one spacing longer than a full one (the plane below moved).
    if (used < min_height) {
        ImGui::Dummy(ImVec2(1, min_height - used));
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y);
    }
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    // The item spacing below the last line belongs to the gap, not the region.
    const float bottom = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y;
    record_rect(app, name, region.start, ImVec2(right, std::max(region.start.y, bottom)), false);
}

namespace {
const char* term_name(Term term) {
    switch (term) {
        case Term::X: return "term.x";
        case Term::Y: return "term.y";
        case Term::NormA: return "term.normA";
        case Term::NormB: return "term.normB";
        case Term::Cos: return "term.cos";
        case Term::None: break;
    }
    return "term";
}
}  // namespace

Term spans(App& app, std::initializer_list<Span> pieces) {
    Term hovered = Term::None;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    bool first = true;
    const float body = ImGui::GetFontSize();
    float line_top = 0;  // where the line's full-size text starts: a subscript does not lower what follows
    for (const Span& s : pieces) {
        const char* text = s.text.c_str();
        if (s.sub) ImGui::PushFont(app.fonts.small);
        bool new_line = first;
        if (!first) {
            const float width = ImGui::CalcTextSize(text).x;
            const float x = ImGui::GetItemRectMax().x;
            if (x + width > right && text[0] == ' ') {
                ++text;  // onto a new line, without its leading space
                new_line = true;
            } else {
                ImGui::SameLine();
            }
        }
        first = false;
        if (new_line) line_top = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(line_top + (s.sub ? body * 0.32f : 0.0f));
        note_missing_glyphs(ImGui::GetFont(), text);
        ImGui::TextColored(color4(s.color), "%s", text);
        if (s.sub) ImGui::PopFont();
        if (s.term != Term::None) {
            record_item(app, term_name(s.term), false);
            if (ImGui::IsItemHovered()) hovered = s.term;
        }
        if (!s.hat) continue;
        const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
        const float size = ImGui::GetFontSize();
        const float x = (lo.x + hi.x) / 2, top = lo.y + size * 0.02f;
        const float half = size * 0.2f, rise = size * 0.16f;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x - half, top + rise), ImVec2(x, top), s.color, size * 0.08f);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x, top), ImVec2(x + half, top + rise), s.color, size * 0.08f);
    }
    ImGui::PopStyleVar();
    return hovered;
}

void key_list(const App& app) {
    const Lesson& l = app.lesson;
    if (folded(l, kFoldNotes) || !shows_key_list(l)) return;
    ImGui::Spacing();
    wrapped(app.palette->textMuted, (std::string("Keys: ") + view_of(l.state.mode).keys).c_str());
}

// ---------------------------------------------------------------------------
// Rankings
// ---------------------------------------------------------------------------

std::string fitted(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string head = text.substr(0, text.size() / 2), tail = text.substr(text.size() / 2);
    const size_t keep_tail = std::min<size_t>(tail.size(), 5);
    auto joined = [&] { return head + "\u2026" + tail; };
    while (ImGui::CalcTextSize(joined().c_str()).x > width && (head.size() > 1 || tail.size() > 1)) {
        if (tail.size() > keep_tail || head.size() <= 1)
            tail.erase(0, 1);
        else
            head.pop_back();
    }
    return joined();
}

Ranking ranking(const char* title, const std::vector<int>& order, const std::vector<double>& scores,
                const std::vector<char>& scored, int decimals) {
    Ranking r{title, &order, shown_scores(scores, scored, decimals, MinusSign::Unicode, "\u2013"), {}};
    r.places = shown_places(order, r.scores);
    return r;
}

namespace {

// Between a row's name and its score.
float name_score_gap() { return ImGui::CalcTextSize(" ").x * 2; }

// "3. kitten": an item's place in `list` and its name.
std::string ranked_name(const Ranking& list, const std::vector<std::string>& labels, size_t item) {
    return std::to_string(list.places[item]) + ". " + labels[item];
}

void ranking_column(const App& app, const Ranking& list, const Ranking& other, const std::vector<std::string>& labels,
                    size_t rows, float x, float width, float title_height, bool& differs) {
    const Palette& p = *app.palette;
    const float top = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(x, top));
    ImGui::PushTextWrapPos(x + width);
    ImGui::TextDisabled("%s", list.title);
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPosY(top + title_height);
    const float gap = name_score_gap();
    for (size_t row = 0; row < list.order->size() && row < rows; ++row) {
        const size_t i = size_t((*list.order)[row]);
        const bool elsewhere = list.places[i] != other.places[i];
        differs = differs || elsewhere;
        // Right-aligned, so the digits line up and stand clear of the name.
        const std::string& score = list.scores[i];
        const float score_width = ImGui::CalcTextSize(score.c_str()).x;
        const std::string name = ranked_name(list, labels, i);
        ImGui::SetCursorPosX(x);
        ImGui::TextColored(color4(elsewhere ? p.projection : p.text), "%s",
                           fitted(name, width - score_width - gap).c_str());
        ImGui::SameLine(x + width - score_width);
        ImGui::TextUnformatted(score.c_str());
    }
}

// The width a list's widest shown row would take: its longest name and its
// widest score, each as drawn. Retrieval shows every document, so a drag
// that reorders them leaves the columns still; 500 pasted vectors are not
// all measured each frame, only the rows shown.
float ranking_width(const Ranking& list, const std::vector<std::string>& labels, size_t rows) {
    float name = 0, score = 0;
    for (size_t row = 0; row < list.order->size() && row < rows; ++row) {
        const size_t i = size_t((*list.order)[row]);
        name = std::max(name, ImGui::CalcTextSize(ranked_name(list, labels, i).c_str()).x);
        score = std::max(score, ImGui::CalcTextSize(list.scores[i].c_str()).x);
    }
    return name + name_score_gap() + score;
}

}  // namespace

bool ranking_pair(const App& app, const Ranking& left, const Ranking& right, const std::vector<std::string>& labels,
                  size_t rows) {
    const float x = ImGui::GetCursorPosX(), between = ui(app, 8);
    const float room = ImGui::GetContentRegionAvail().x - 2 * between, half = room / 2;
    // Halves, unless one list fits in less and the other needs more: a name
    // cut short ("ency…pedia") beside room the other column left unused.
    float left_width = half;
    const float left_needs = ranking_width(left, labels, rows), right_needs = ranking_width(right, labels, rows);
    if (left_needs < half && right_needs > half) left_width = std::max(left_needs, room - right_needs);
    if (right_needs < half && left_needs > half) left_width = std::min(left_needs, room - right_needs);
    const float right_width = room - left_width;
    const float title_height = std::max(ImGui::CalcTextSize(left.title, nullptr, false, left_width).y,
                                        ImGui::CalcTextSize(right.title, nullptr, false, right_width).y) +
                               ImGui::GetStyle().ItemSpacing.y;
    bool differs = false;
    const float top = ImGui::GetCursorPosY();
    ranking_column(app, left, right, labels, rows, x, left_width, title_height, differs);
    const float end = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(top);
    ranking_column(app, right, left, labels, rows, x + left_width + between, right_width, title_height, differs);
    ImGui::SetCursorPosY(std::max(end, ImGui::GetCursorPosY()));
    return differs;
}

}  // namespace dotlab
