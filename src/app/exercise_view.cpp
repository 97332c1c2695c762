// The exercise card: predict, then drag, then see why it matters.
#include <string>

#include "canvas.h"

namespace dotlab {

namespace {

// One prediction: a full-width, wrapped, radio-style row. ImGui's RadioButton
// cannot wrap its label, and these sentences do not fit on a phone's line.
bool choice_row(const App& app, int index, const char* text, bool selected, bool enabled) {
    const Palette& p = *app.palette;
    const float width = ImGui::GetContentRegionAvail().x;
    const float indent = 30.0f;
    const float wrap = width - indent - 8.0f;
    // Numbered, because the keys 1, 2 and 3 pick them too.
    const std::string numbered = std::to_string(index + 1) + ". " + text;
    const ImVec2 text_size = ImGui::CalcTextSize(numbered.c_str(), nullptr, false, wrap);
    const ImVec2 size(width, text_size.y + 12.0f);
    const ImVec2 at = ImGui::GetCursorScreenPos();

    ImGui::PushID(index);
    const bool clicked = ImGui::InvisibleButton("choice", size) && enabled;
    const bool hovered = enabled && ImGui::IsItemHovered();
    ImGui::PopID();

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    dl->AddRectFilled(at, end, selected ? p.choiceSelected : hovered ? p.choiceHover : p.canvas, 6.0f);
    dl->AddRect(at, end, selected ? p.vectorA : p.rule, 6.0f, 0, selected ? 1.5f : 1.0f);
    const ImVec2 dot(at.x + 15.0f, at.y + size.y / 2);
    dl->AddCircle(dot, 6.5f, selected ? p.vectorA : p.textMuted, 20, 1.5f);
    if (selected) dl->AddCircleFilled(dot, 3.5f, p.vectorA, 16);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + indent, at.y + 6.0f),
                enabled || selected ? p.text : p.textMuted, numbered.c_str(), nullptr, wrap);
    return clicked;
}

void progress_dots(const App& app) {
    const Palette& p = *app.palette;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = 5.0f;
    const float gap = 16.0f;
    const float width = gap * (kExerciseCount - 1) + 2 * r;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float y = ImGui::GetItemRectMin().y + ImGui::GetTextLineHeight() / 2;
    for (int id = 1; id <= kExerciseCount; ++id) {
        const ImVec2 c(right - width + r + gap * float(id - 1), y);
        const bool done = progress_of(app.exercises, id).done;
        if (done)
            dl->AddCircleFilled(c, r, p.output, 16);
        else
            dl->AddCircle(c, r, id == app.exercises.active ? p.text : p.textMuted, 16, 1.5f);
        if (id == app.exercises.active) dl->AddCircle(c, r + 3, p.textMuted, 16, 1.0f);
    }
}

}  // namespace

void draw_exercise_card(App& app) {
    const Palette& p = *app.palette;
    const int id = app.exercises.active;
    const ExerciseText& e = exercise_text(id);
    const ExerciseProgress progress = progress_of(app.exercises, id);

    ImGui::TextDisabled("EXERCISE %d OF %d \u00b7 %s", id, kExerciseCount, e.title);
    progress_dots(app);
    ImGui::TextWrapped("%s", e.task);
    ImGui::Spacing();

    if (!progress.done) {
        wrapped(p.textMuted,
                progress.predicted ? "Your prediction (you can still change it):" : "First predict what will happen:");
        for (int i = 0; i < 3; ++i) {
            const bool selected = progress.predicted && *progress.predicted == i;
            if (choice_row(app, i, e.choices[size_t(i)], selected, true)) choose_prediction(app, i);
        }
        ImGui::Spacing();
        if (!progress.predicted) {
            wrapped(p.textMuted, "Pick one (or press 1, 2 or 3); then the lesson checks your drag.");
        } else {
            wrapped(p.textMuted, ("Now move the vectors. " + app.check.evidence).c_str());
        }
    } else {
        const bool right = *progress.predicted == e.correctChoice;
        wrapped(p.output, ("\u2713 Done: " + (app.check.passed ? app.check.evidence : "completed earlier.")).c_str());
        if (right) {
            ImGui::TextWrapped("You predicted it: \u201c%s\u201d.", e.choices[size_t(e.correctChoice)]);
        } else {
            ImGui::TextWrapped("You predicted \u201c%s\u201d; in fact %s.", e.choices[size_t(*progress.predicted)],
                               e.choices[size_t(e.correctChoice)]);
        }
        ImGui::Spacing();
        wrapped(p.textMuted, e.why);
        ImGui::Spacing();
        if (id < kExerciseCount) {
            if (ImGui::Button("Next exercise \u2192")) open_exercise(app, id + 1);
        } else {
            ImGui::TextWrapped("All four done. The same product, q\u00b7k\u1d62, scores every key in attention.");
        }
    }

    ImGui::Spacing();
    if (ImGui::SmallButton("\u2190 Previous")) open_exercise(app, (id + kExerciseCount - 2) % kExerciseCount + 1);
    ImGui::SameLine();
    if (ImGui::SmallButton("Next \u2192")) open_exercise(app, id % kExerciseCount + 1);
    ImGui::SameLine();
    const char* reset = "Reset progress";
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(reset).x -
                         ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::SmallButton(reset)) reset_progress(app);
}

}  // namespace dotlab
