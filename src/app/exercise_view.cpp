// The exercises as drawn: the card (predict, then drag, then the verdict) and
// each exercise's goal on the plane, which turns green with the proof beside
// it at the moment of success.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "../core/goals.h"
#include "../core/views.h"
#include "canvas.h"
#include "widgets.h"

namespace dotlab {

namespace {

// ---------------------------------------------------------------------------
// The card
// ---------------------------------------------------------------------------

int previous_id(int id) { return (id + kExerciseCount - 2) % kExerciseCount + 1; }
int following_id(int id) { return id % kExerciseCount + 1; }

float dot_step(const App& app) { return ui(app, 18); }

// One dot per exercise, centred on `mid`, filled once done. With a mouse
// each opens its exercise; five 44-px finger targets do not fit a phone's
// row, where the arrows beside them lead on.
void progress_dots(App& app, float mid) {
    Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = ui(app, 5), step = dot_step(app);
    static const char* const names[] = {"exercise.dot1", "exercise.dot2", "exercise.dot3", "exercise.dot4",
                                        "exercise.dot5"};
    static_assert(std::size(names) == kExerciseCount);
    int chosen = 0;
    for (int id = 1; id <= kExerciseCount; ++id) {
        if (id > 1) ImGui::SameLine(0, 0);
        ImGui::PushID(id);
        if (app.bigTargets)
            ImGui::Dummy(ImVec2(step, control_height(app)));
        else if (ImGui::InvisibleButton("dot", ImVec2(step, control_height(app))))
            chosen = id;
        ImGui::PopID();
        if (!app.bigTargets) record_item(app, names[id - 1]);
        const ImVec2 c((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) / 2, mid);
        const ExerciseProgress& progress = progress_of(l.exercises, id);
        // Done: green for a right prediction, as the verdict is; the text's
        // own colour for a wrong one, which is news, not failure.
        if (progress.done)
            dl->AddCircleFilled(c, r, progress.predicted == exercise_text(id).correctChoice ? p.output : p.text, 16);
        else
            dl->AddCircle(c, r, id == l.exercises.active ? p.text : p.textMuted, 16, ui(app, 1.5));
        if (id == l.exercises.active) dl->AddCircle(c, r + ui(app, 3), p.textMuted, 16, ui(app, 1));
    }
    if (chosen && chosen != l.exercises.active) go_to_exercise(l, chosen);
}

// ← Exercise 1 of 4 ●○○○ →
void header_row(App& app) {
    Lesson& l = app.lesson;
    const int id = l.exercises.active;
    if (button(app, "exercise.previous", "\u2190")) go_to_exercise(l, previous_id(id));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    // A narrow panel drops the word, so the dots keep clear of the button.
    const float next_width = std::max(control_height(app), ImGui::CalcTextSize("\u2192").x + 24);
    const float dots_width = dot_step(app) * float(kExerciseCount) + ui(app, 8);
    const std::string count = std::to_string(id) + " of " + std::to_string(kExerciseCount);
    const std::string label = "Exercise " + count;
    const bool roomy = ImGui::CalcTextSize(label.c_str()).x + dots_width + next_width + ui(app, 16) <=
                       ImGui::GetContentRegionAvail().x;
    ImGui::TextDisabled("%s", (roomy ? label : count).c_str());
    const float row_top = ImGui::GetItemRectMin().y - ImGui::GetStyle().FramePadding.y;
    const float mid = (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) / 2;
    ImGui::SameLine();
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x + 4, row_top));
    progress_dots(app, mid);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - next_width);
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, row_top));
    if (button(app, "exercise.next", "\u2192")) go_to_exercise(l, following_id(id));
}

// One prediction: a full-width, wrapped, radio-style row. ImGui's RadioButton
// cannot wrap its label, and these sentences do not fit on a phone's line.
// Numbered, because the keys 1, 2 and 3 pick them too.
std::string numbered_choice(int index, const char* text) { return std::to_string(index + 1) + ". " + text; }
float choice_indent(const App& app) { return ui(app, 30); }
float choice_wrap(const App& app) { return ImGui::GetContentRegionAvail().x - choice_indent(app) - ui(app, 28); }

float choice_height(const App& app, int index, const char* text) {
    const ImVec2 text_size =
        ImGui::CalcTextSize(numbered_choice(index, text).c_str(), nullptr, false, choice_wrap(app));
    return std::max(text_size.y + ui(app, 12), control_height(app));
}

bool choice_row(App& app, int index, const char* text, bool selected, bool enabled, bool correct_mark) {
    const Palette& p = *app.palette;
    const float indent = choice_indent(app), wrap = choice_wrap(app);
    const std::string numbered = numbered_choice(index, text);
    const ImVec2 text_size = ImGui::CalcTextSize(numbered.c_str(), nullptr, false, wrap);
    const ImVec2 size(ImGui::GetContentRegionAvail().x, choice_height(app, index, text));
    const ImVec2 at = ImGui::GetCursorScreenPos();

    static const char* const names[] = {"choice1", "choice2", "choice3"};
    ImGui::PushID(index);
    const bool clicked = ImGui::InvisibleButton("choice", size) && enabled;
    const bool hovered = enabled && ImGui::IsItemHovered() && shows_hover(app);
    ImGui::PopID();
    record_item(app, names[index]);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    dl->AddRectFilled(at, end, selected ? p.choiceSelected : hovered ? p.choiceHover : p.canvas, ui(app, 6));
    dl->AddRect(at, end, selected ? p.vectorA : p.rule, ui(app, 6), 0, ui(app, selected ? 1.5 : 1));
    const ImVec2 dot(at.x + ui(app, 15), at.y + size.y / 2);
    dl->AddCircle(dot, ui(app, 6.5), selected ? p.vectorA : p.textMuted, 20, ui(app, 1.5));
    if (selected) dl->AddCircleFilled(dot, ui(app, 3.5), p.vectorA, 16);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + indent, at.y + (size.y - text_size.y) / 2),
                enabled || selected ? p.text : p.textMuted, numbered.c_str(), nullptr, wrap);
    if (correct_mark)
        dl->AddText(ImVec2(end.x - ui(app, 22), at.y + (size.y - ImGui::GetFontSize()) / 2), p.output, "\u2713");
    return clicked;
}

const char* predict_instruction(const Lesson& l) {
    switch (l.input) {
        case InputKind::Touch: return "Tap the outcome you expect; then the lesson checks your drag.";
        case InputKind::Keyboard: return "Press 1, 2 or 3 for the outcome you expect; then move the vectors.";
        case InputKind::Mouse: break;
    }
    return "Click the outcome you expect (or press 1, 2 or 3); then the lesson checks your drag.";
}

// What the card says under the choices before the verdict, line by line,
// so that its height can be known before it is drawn.
struct CardLine {
    Color color;
    std::string text;
};

std::vector<CardLine> before_prediction_lines(const App& app) {
    const Lesson& l = app.lesson;
    if (l.predictFirst) return {{app.palette->projection, kPredictFirst}};
    return {{app.palette->textMuted, predict_instruction(l)}};
}

// Every number in `text` one digit longer and signed: as wide as it may get.
std::string widened(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const bool digit = text[i] >= '0' && text[i] <= '9';
        const bool starts = digit && (i == 0 || !((text[i - 1] >= '0' && text[i - 1] <= '9') || text[i - 1] == '.'));
        if (starts) out += "\u22121";
        out += text[i];
    }
    return out;
}

// `tallest`: every line this state can show, for the room kept for it.
std::vector<CardLine> in_play_lines(const App& app, bool tallest = false) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const ExerciseText& e = exercise_text(l.exercises.active);
    std::vector<CardLine> lines;
    const std::string action = std::string("Now: ") + e.action;
    const char* const again = "That was already the case before you predicted: move it off the goal and back.";
    if (tallest)
        lines.push_back({p.text, wrapped_height(again) > wrapped_height(action.c_str()) ? again : action});
    else if (l.check.passed && !l.offGoalSincePrediction)
        lines.push_back({p.text, again});
    else
        lines.push_back({p.text, action});
    if (tallest || !can_predict(l)) lines.push_back({p.textMuted, "Your prediction is locked in."});
    // The arrows' 0.1 steps cannot land on every goal (exercise 4's circle).
    if (l.input == InputKind::Keyboard && !l.dragOptions.fine)
        lines.push_back({p.textMuted, "F makes the arrow keys' steps 0.01 for a finer aim."});
    // The evidence's numbers change as a tip moves, and a longer one may wrap
    // once more: the room kept is for each number with a sign and one more
    // digit, or the plane below would shift mid-exercise.
    lines.push_back({p.textMuted, tallest ? widened(l.check.evidence) : l.check.evidence});
    return lines;
}

void draw_lines(const std::vector<CardLine>& lines) {
    for (const CardLine& line : lines) wrapped(line.color, line.text.c_str());
}

float lines_height(const std::vector<CardLine>& lines) {
    float height = 0;
    for (const CardLine& line : lines) height += wrapped_height(line.text.c_str());
    return height;
}

// Green only for a right prediction; a wrong one is no failure either,
// just news, in the text's own colour. [done earlier][right]
const char* const kVerdicts[2][2] = {{"Not as you predicted.", "\u2713 You called it."},
                                     {"Done earlier, not as you predicted.", "\u2713 Done earlier: you called it."}};
// Next names the view it opens when that is another: the tab changes with it.
std::string next_label(const Lesson& l, int next) {
    const Mode mode = exercise_mode(next);
    return mode == l.state.mode ? "Next exercise \u2192" : std::string("Next: ") + view_of(mode).title + " \u2192";
}
const char* const kAllDone =
    "All five done. To see the same product at work, open Attention (q\u00b7k\u1d62 scores every key) and "
    "Retrieval (dot or cosine ranks documents).";

float next_width(const std::string& label) {
    return ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
}

// Next stands beside the verdict only if it fits beside either verdict, so
// it is in the same place whichever way the prediction went.
bool next_beside(bool earlier, const std::string& label) {
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x - next_width(label);
    return ImGui::CalcTextSize(kVerdicts[earlier][0]).x <= room && ImGui::CalcTextSize(kVerdicts[earlier][1]).x <= room;
}

// The tallest verdict this exercise can end with, at this width: the card
// keeps that room from the start, so the plane below does not move when the
// verdict arrives, whichever prediction it answers.
// A card that keeps only the learner's choice names the right one when
// theirs was not (the full card marks it with a ✓ in its row).
std::string right_choice_line(const ExerciseText& e) {
    return "\u2713 " + numbered_choice(e.correctChoice, e.choices[size_t(e.correctChoice)]);
}

float verdict_room(const App& app, bool compact) {
    const Lesson& l = app.lesson;
    const int id = l.exercises.active;
    const bool earlier = progress_of(l.exercises, id).earlier;
    const ImGuiStyle& style = ImGui::GetStyle();
    // Once this one is done, Next leads to the next unfinished one, if any.
    const int next = next_unfinished(l.exercises, id);
    const bool others_left = next != 0 && next != id;
    float header = ImGui::GetFrameHeight() + style.ItemSpacing.y;
    if (others_left) {
        const bool beside = next_beside(earlier, next_label(l, next));
        header = beside ? std::max(ImGui::GetFrameHeight(), control_height(app)) + style.ItemSpacing.y
                        : header + control_height(app) + style.ItemSpacing.y;
    }
    float feedback = 0;
    for (const char* text : exercise_text(id).feedback) feedback = std::max(feedback, wrapped_height(text));
    const float note = others_left ? 0.0f : wrapped_height(kAllDone);
    const float retry = control_height(app) + style.ItemSpacing.y;
    const float right = compact ? wrapped_height(right_choice_line(exercise_text(id)).c_str()) : 0.0f;
    // Before the verdict the numbers are the live check's: the room is for
    // each as wide as it may get, before and after alike.
    const ExerciseProgress& progress = progress_of(l.exercises, id);
    const std::string proof = widened(progress.done ? progress.proof : l.check.proof);
    const float proven = earlier || proof.empty() ? 0.0f : wrapped_height(proof.c_str());
    return header + right + feedback + proven + retry + note;
}

void result_done(App& app, bool compact) {
    Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const int id = l.exercises.active;
    const ExerciseText& e = exercise_text(id);
    const ExerciseProgress& progress = progress_of(l.exercises, id);
    const int predicted = progress.predicted.value_or(0);
    const bool right = predicted == e.correctChoice;
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(color4(right ? p.output : p.text), "%s", kVerdicts[progress.earlier][right]);
    if (const int next = next_unfinished(l.exercises, id)) {
        const std::string label = next_label(l, next);
        if (next_beside(progress.earlier, label)) {
            ImGui::SameLine();
            ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - next_width(label));
        }
        if (button(app, "exercise.continue", label.c_str())) go_to_exercise(l, next);
    }
    if (compact && !right) {
        const Region line = begin_region();
        wrapped(p.output, right_choice_line(e).c_str());
        end_region(app, line, "exercise.rightChoice");
    }
    wrapped(p.text, e.feedback[size_t(predicted)]);
    // The numbers it rests on, here: on a phone the readouts are below the plane.
    if (!progress.proof.empty()) wrapped(p.textMuted, progress.proof.c_str());
    if (button(app, "exercise.retry", "Try again")) retry_exercise(l);
    // A note, folded with the others in a frame too short for everything.
    if (done_count(l.exercises) == kExerciseCount && !folded(l, kFoldNotes)) wrapped(p.textMuted, kAllDone);
}

}  // namespace

void draw_exercise_card(App& app, bool in_strip) {
    Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const int id = l.exercises.active;
    const ExerciseText& e = exercise_text(id);
    const ExerciseProgress progress = progress_of(l.exercises, id);

    header_row(app);
    const Region prompt = begin_region();
    wrapped(p.text, (std::string(e.title) + ": " + e.task).c_str());
    end_region(app, prompt, "exercise.prompt");

    // Above a phone's plane every line the card keeps is a line the plane
    // loses: once done, only the learner's own choice stays there, and the
    // verdict takes the others' room.
    const bool compact = in_strip && progress.done;
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    float all_rows = 0, tallest_row = 0, shown_rows = 0;
    const Region choices = begin_region();
    for (int i = 0; i < 3; ++i) {
        const float row = choice_height(app, i, e.choices[size_t(i)]) + spacing;
        all_rows += row;
        tallest_row = std::max(tallest_row, row);
        const bool selected = progress.predicted && *progress.predicted == i;
        if (compact && !selected) continue;
        shown_rows += row;
        const bool mark = progress.done && i == e.correctChoice;
        if (choice_row(app, i, e.choices[size_t(i)], selected, can_predict(l), mark)) choose_prediction(l, i);
    }
    end_region(app, choices, "exercise.choices");

    const Region result = begin_region();
    if (!progress.predicted)
        draw_lines(before_prediction_lines(app));
    else if (!progress.done)
        draw_lines(in_play_lines(app));
    else
        result_done(app, compact);
    // The card keeps the height of its tallest state from the start, so the
    // plane below does not move when the verdict arrives. (Unless the frame
    // is too short for the room: then it folds away.)
    float room = verdict_room(app, in_strip);
    if (in_strip) {
        const float before =
            std::max(lines_height(before_prediction_lines(app)), lines_height(in_play_lines(app, true)));
        room = std::max(all_rows + before, tallest_row + room) - shown_rows;
    }
    end_region(app, result, "exercise.result", folded(l, kFoldNotes) ? 0 : room);
    if (!in_strip && !folded(l, kFoldNotes)) {
        ImGui::Spacing();
        draw_exercise_notes(app, true, !folded(l, kFoldWorking));
    }
}

void exercise_before_headline(App& app) {
    const Lesson& l = app.lesson;
    if (!l.layout.stacked && l.layout.exerciseFirst) draw_exercise_card(app, false);
    if (l.layout.stacked && !folded(l, kFoldNotes)) draw_exercise_notes(app, true, false);
}

void exercise_after_headline(App& app) {
    const Lesson& l = app.lesson;
    if (l.layout.stacked || l.layout.exerciseFirst) return;
    section_break();
    draw_exercise_card(app, false);
}

void draw_exercise_notes(App& app, bool why, bool reset) {
    Lesson& l = app.lesson;
    if (why && progress_of(l.exercises, l.exercises.active).done) {
        ImGui::TextDisabled("Why it matters");
        wrapped(app.palette->text, exercise_text(l.exercises.active).why);
        ImGui::Spacing();
    }
    if (reset && button(app, "exercise.reset", "Reset progress")) reset_progress(l);
}

// ---------------------------------------------------------------------------
// The goal on the plane
// ---------------------------------------------------------------------------

namespace {

Vec2 screen_dir(Vec2 world_dir) { return {world_dir.x, -world_dir.y}; }

// Guides are drawn after the tick labels and leave them readable: a dash
// that would cross a label placed so far is left out.
void dashed_circle(ImDrawList* dl, Vec2 center, double radius, ImU32 color, float thickness,
                   const std::vector<Rect>& avoid) {
    const int dashes = std::clamp(int(radius / 6), 12, 72);
    const double step = 2 * 3.14159265358979323846 / dashes;
    auto on_circle = [&](double angle) { return center + radius * Vec2{std::cos(angle), std::sin(angle)}; };
    for (int i = 0; i < dashes; ++i) {
        // The dash as two chords, close enough to the arc at these lengths.
        const double from = i * step, to = (i + 0.55) * step;
        const Vec2 mid = on_circle((from + to) / 2);
        if (crosses_any(avoid, on_circle(from), mid, kDashClearance) ||
            crosses_any(avoid, mid, on_circle(to), kDashClearance))
            continue;
        dl->PathArcTo(im(center), float(radius), float(from), float(to), 4);
        dl->PathStroke(color, 0, thickness);
    }
}

// How the guide looks now, and what its label says: its name while aimed
// at, the proof once met.
struct GuideStyle {
    ImU32 color;
    float thickness;
    std::string label;
};

void guide_label(App& app, ImDrawList* dl, Vec2 anchor, Vec2 toward, const GuideStyle& s) {
    PlaneLabel label;
    label.anchor = anchor;
    label.toward = toward;
    label.font = app.fonts.body;  // the goal's name, or the proof: read at a glance, as the panel is
    label.color = s.color;
    label.gap = 10;
    plane_label(app, dl, label, s.label);
}

// A dashed line through (or a ray from) the origin along a world direction,
// labelled part-way out on the side `label_side` (world) prefers.
void guide_line(App& app, ImDrawList* dl, Vec2 dir_world, bool both_ways, Vec2 label_side, const GuideStyle& s) {
    const auto u = unit(dir_world);
    if (!u) return;
    const Rect& r = app.lesson.layout.plane;
    const Vec2 origin = screen_of(app, {0, 0});
    const Vec2 d = screen_dir(*u);
    const double reach = std::hypot(r.w, r.h);
    const Vec2 from = both_ways ? origin - reach * d : origin, to = origin + reach * d;
    dashed_line(dl, from, to, s.color, s.thickness, ui(app, 9), ui(app, 6), app.board.taken);
    app.board.segments.push_back({from, to});  // names placed later keep off the guide
    const Vec2 across{-d.y, d.x};
    const Vec2 side = dot(across, screen_dir(label_side)) >= 0 ? across : -1.0 * across;
    guide_label(app, dl, origin + std::min(r.w, r.h) * 0.36 * d, side, s);
}

// b where it started (once it can move away from it), the dashed way on to
// three times as far, a tick at twice and the ring at 3·b₀.
void stretch_guide(App& app, ImDrawList* dl, const GoalGuide& g, const GuideStyle& s) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    if (!unit(g.start)) return;
    const Vec2 origin = screen_of(app, {0, 0});
    const Vec2 start = screen_of(app, g.start), goal = screen_of(app, g.point);
    const Vec2 d = screen_dir(*unit(g.start));
    if (progress_of(l.exercises, 3).predicted) {
        arrow(dl, origin, start, with_alpha(p.vectorB, 0x55), 2.0f);
        PlaneLabel b0;
        b0.anchor = start;
        b0.toward = {d.y, -d.x};
        b0.font = app.fonts.body;
        b0.color = p.vectorB;
        plane_label(app, dl, b0, "b\u2080");
    }
    dashed_line(dl, start, goal, s.color, s.thickness, ui(app, 9), ui(app, 6), app.board.taken);
    app.board.segments.push_back({start, goal});
    const Vec2 twice = screen_of(app, 2.0 * g.start);
    const Vec2 n{-d.y, d.x};
    dl->AddLine(im(twice - ui(app, 6) * n), im(twice + ui(app, 6) * n), s.color, s.thickness);
    dl->AddCircle(im(goal), ui(app, 11), s.color, 28, s.thickness + ui(app, 0.5));
    guide_label(app, dl, goal, n, s);
}

// The unit circle, a's direction and the ring where they meet.
void unit_circle_guide(App& app, ImDrawList* dl, const GoalGuide& g, const GuideStyle& s) {
    const Lesson& l = app.lesson;
    const Vec2 origin = screen_of(app, {0, 0});
    dashed_circle(dl, origin, pixels_per_unit(l.plane), s.color, s.thickness, app.board.taken);
    const auto u = unit(g.direction);
    if (!u) return;
    const Vec2 d = screen_dir(*u);
    const Vec2 far = origin + std::hypot(l.layout.plane.w, l.layout.plane.h) * d;
    dashed_line(dl, origin, far, s.color, s.thickness, ui(app, 9), ui(app, 6), app.board.taken);
    app.board.segments.push_back({origin, far});
    const Vec2 point = screen_of(app, g.point);
    dl->AddCircle(im(point), ui(app, 10), s.color, 28, s.thickness + ui(app, 0.5));
    guide_label(app, dl, point, {-d.y, d.x}, s);
}

void draw_guide_shape(App& app, ImDrawList* dl, const GoalGuide& g, const GuideStyle& s) {
    switch (g.shape) {
        case GoalShape::PerpendicularLine: {
            // Labelled on b's half of the line, on the side away from a.
            const Vec2 across{-g.direction.y, g.direction.x};
            const bool b_side = dot(across, app.lesson.state.b) >= 0;
            guide_line(app, dl, b_side ? across : -1.0 * across, true, -1.0 * g.direction, s);
            break;
        }
        case GoalShape::OppositeRay:
            guide_line(app, dl, -1.0 * g.direction, false, {-g.direction.y, g.direction.x}, s);
            break;
        case GoalShape::StretchMark: stretch_guide(app, dl, g, s); break;
        case GoalShape::UnitCircle: unit_circle_guide(app, dl, g, s); break;
        case GoalShape::None: break;
    }
}

const char* guide_name(GoalShape shape) {
    switch (shape) {
        case GoalShape::PerpendicularLine: return "\u22a5 a";
        case GoalShape::OppositeRay: return "opposite a";
        case GoalShape::StretchMark: return "3b\u2080";
        case GoalShape::UnitCircle: return "length 1, along a";
        case GoalShape::None: break;
    }
    return "";
}

}  // namespace

void draw_goal_guide(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const int id = l.exercises.active;
    const ExerciseProgress& progress = progress_of(l.exercises, id);
    const bool success = progress.done && l.check.passed && l.check.exact;
    if (progress.done && !success) return;  // finished and moved off the goal: nothing to aim at

    // Faint until predicted (the goal is visible, the test has not begun);
    // bolder while a tip sits on it; green, with the proof, once met.
    const GoalGuide guide = goal_guide(id, l.state.a, l.state.b, stretch_start(l));
    const bool held = l.goalSnap.on && !progress.done;
    GuideStyle style{with_alpha(p.goal, progress.predicted ? 0xFF : 0x8C), ui(app, held ? 3 : 2),
                     guide_name(guide.shape)};
    if (success) style = {p.output, ui(app, 2.5), "\u2713 " + l.check.onPlane};
    draw_guide_shape(app, dl, guide, style);

    if (!held) return;
    const double t = (l.nowMs - l.goalSnap.sinceMs) / kGoalPulseMs;
    const ImVec2 at = im(screen_of(app, l.goalSnap.at));
    if (l.screen.reducedMotion)
        dl->AddCircle(at, ui(app, 16), with_alpha(p.goal, 0xA0), 32, ui(app, 3));  // a still highlight
    else if (t >= 0 && t < 1)
        dl->AddCircle(at, ui(app, 10 + 26 * t), with_alpha(p.goal, unsigned(220 * (1 - t))), 32, ui(app, 3));
}

}  // namespace dotlab
