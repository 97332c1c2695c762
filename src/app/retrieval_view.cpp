// The retrieval view: one query, a few labelled documents, and two rankings
// side by side, by dot product and by cosine similarity.
#include <algorithm>
#include <string>

#include "canvas.h"
#include "widgets.h"

namespace dotlab {

namespace {

int rank_in(const std::vector<int>& order, int doc) {
    return int(std::find(order.begin(), order.end(), doc) - order.begin());
}

void ranking_column(const App& app, const char* title, const std::vector<int>& order, const std::vector<double>& scores,
                    const std::vector<int>& other, float x) {
    const Palette& p = *app.palette;
    const float top = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(x, top));
    ImGui::TextDisabled("%s", title);
    for (size_t row = 0; row < order.size(); ++row) {
        const int doc = order[row];
        // A place the other ranking disagrees about is marked.
        const bool differs = rank_in(other, doc) != int(row);
        ImGui::SetCursorPosX(x);
        ImGui::TextColored(color4(differs ? p.projection : p.text), "%zu. %s", row + 1,
                           app.lesson.state.docs[size_t(doc)].label.c_str());
        ImGui::SameLine(x + ui(app, 118));
        ImGui::TextUnformatted(format_number(scores[size_t(doc)], 2).c_str());
    }
}

}  // namespace

void draw_retrieval_plane(App& app, ImDrawList* dl) {
    const Palette& p = *app.palette;
    const RetrievalDerived& r = app.lesson.derived.retrieval;
    if (app.lesson.state.norm) {
        dl->AddCircle(im(screen_of(app, {0, 0})), float(pixels_per_unit(app.lesson.plane)), p.gridMajor, 96,
                      ui(app, 1.5));
    }
    for (size_t i = 0; i < app.lesson.state.docs.size(); ++i) {
        const Vec2 v = app.lesson.state.docs[i].v;
        const bool top = !r.byDot.empty() && (r.byDot[0] == int(i) || r.byCos[0] == int(i));
        const ImU32 color = top ? p.vectorB : (p.vectorB & 0x00ffffff) | 0x99000000;
        draw_arrow(app, dl, v, color, top ? 2.5f : 1.5f);
        if (app.lesson.state.norm) {
            if (const auto u = unit(v)) draw_arrow(app, dl, *u, (p.vectorB & 0x00ffffff) | 0x55000000, 1.5f);
        }
        draw_handle(app, dl, Handle(i + 1), v, color, app.lesson.state.docs[i].label.c_str(), app.fonts.small);
    }
    draw_arrow(app, dl, app.lesson.state.q, p.vectorA);
    draw_handle(app, dl, 0, app.lesson.state.q, p.vectorA, "q");
}

namespace {

void normalize_toggle(App& app) {
    bool norm = app.lesson.state.norm;
    if (!toggle(app, "toggle.normalize", "Normalize all to length 1", &norm)) return;
    LessonState next = app.lesson.state;
    next.norm = norm;
    set_inputs(app.lesson, next);
}

// The two rankings side by side, then the lengths in two columns (ImGui
// would wrap a running list inside its numbers).
void rankings(const App& app, bool with_lengths) {
    const RetrievalDerived& r = app.lesson.derived.retrieval;
    const float half = ImGui::GetContentRegionAvail().x / 2;
    const float start = ImGui::GetCursorPosY();
    ranking_column(app, app.lesson.state.norm ? "By dot product (unit vectors)" : "By dot product q\u00b7d", r.byDot,
                   r.dots, r.byCos, ImGui::GetCursorPosX());
    const float end = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(start);
    ranking_column(app, "By cosine cos \u03b8", r.byCos, r.cosines, r.byDot, ImGui::GetCursorPosX() + half);
    ImGui::SetCursorPosY(std::max(end, ImGui::GetCursorPosY()));
    if (!with_lengths) return;
    ImGui::Spacing();
    ImGui::TextDisabled("Lengths \u2016d\u2016");
    for (size_t row = 0; row < r.byDot.size(); ++row) {
        const size_t i = size_t(r.byDot[row]);
        const float x = row % 2 ? ImGui::GetCursorPosX() + half : ImGui::GetCursorPosX();
        if (row % 2) ImGui::SameLine(x);
        ImGui::TextDisabled("%s", app.lesson.state.docs[i].label.c_str());
        ImGui::SameLine(x + ui(app, 118));
        ImGui::TextDisabled("%s", format_number(r.norms[i]).c_str());
    }
}

// What the two lists say together.
void ranking_story(const App& app) {
    const Palette& p = *app.palette;
    const RetrievalDerived& r = app.lesson.derived.retrieval;
    if (r.byDot.empty()) return;
    const Document& dot_top = app.lesson.state.docs[size_t(r.byDot[0])];
    const Document& cos_top = app.lesson.state.docs[size_t(r.byCos[0])];
    if (r.byDot != r.byCos) wrapped(p.projection, "Orange names sit at different places in the two lists.");
    if (dot_top.label != cos_top.label) {
        const std::string story = "\u201c" + dot_top.label +
                                  "\u201d tops the dot product because it is long (\u2016d\u2016 = " +
                                  format_number(r.norms[size_t(r.byDot[0])]) + "); by direction alone, \u201c" +
                                  cos_top.label + "\u201d is closest. Normalizing removes length from the score.";
        wrapped(p.text, story.c_str());
    } else if (app.lesson.state.norm) {
        wrapped(p.text, "With every vector at length 1, the dot product is the cosine: both lists agree.");
    } else {
        wrapped(p.text,
                "Both scores pick the same winner here. Drag a document far out along another "
                "direction and watch the dot product reward its length.");
    }
}

}  // namespace

void draw_retrieval_panel(App& app) {
    const Lesson& l = app.lesson;
    ImGui::PushFont(app.fonts.large);
    ImGui::TextUnformatted("Ranking documents for q");
    ImGui::PopFont();
    if (!folded(l, kFoldExplanations))
        wrapped(app.palette->textMuted,
                "Search engines score every document against a query. Drag q or any document and "
                "compare the two orders.");
    ImGui::Spacing();
    normalize_toggle(app);
    section_break();
    rankings(app, !folded(l, kFoldReadouts));
    if (!folded(l, kFoldNotes)) ranking_story(app);
}

}  // namespace dotlab
