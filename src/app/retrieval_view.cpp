// The retrieval view: one query, a few labelled documents, and two rankings
// side by side, by dot product and by cosine similarity.
#include <algorithm>
#include <string>

#include "canvas.h"
#include "widgets.h"

namespace dotlab {

namespace {

// A title wrapped to its column, given the height of the taller of the two
// so that the columns' rows stay side by side.
void ranking_column(const App& app, const char* title, float title_height, const std::vector<int>& order,
                    const std::vector<double>& scores, const std::vector<int>& other, float x, float width) {
    const Palette& p = *app.palette;
    const float top = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(x, top));
    ImGui::PushTextWrapPos(x + width);
    ImGui::TextDisabled("%s", title);
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPosY(top + title_height);
    for (size_t row = 0; row < order.size(); ++row) {
        const int doc = order[row];
        const bool differs = placed_elsewhere(order, row, other);
        ImGui::SetCursorPosX(x);
        ImGui::TextColored(color4(differs ? p.projection : p.text), "%zu. %s", row + 1,
                           app.lesson.state.docs[size_t(doc)].label.c_str());
        ImGui::SameLine(x + ui(app, 118));
        ImGui::TextUnformatted(format_number(scores[size_t(doc)], 2).c_str());
    }
}

}  // namespace

namespace {

// Where an arrow is drawn while normalize moves it: from v towards its unit
// vector, as far as the transition has come.
Vec2 shown(Vec2 v, double amount) {
    const auto u = unit(v);
    return u ? (1 - amount) * v + amount * *u : v;
}

}  // namespace

// The labels, heads and shafts of q and the documents where they are drawn
// now: what other labels keep clear of.
void retrieval_obstacles(const App& app, LabelBoard& board) {
    const Lesson& l = app.lesson;
    if (l.state.vectors) return vectors_obstacles(app, board);
    const double amount = normalized_shown(l);
    const Vec2 origin = screen_of(app, {0, 0});
    auto add = [&](Vec2 world, int owner) {
        board.tips.push_back({screen_of(app, shown(world, amount)), owner});
        board.segments.push_back({origin, screen_of(app, shown(world, amount))});
    };
    add(l.state.q, 0);
    for (size_t i = 0; i < l.state.docs.size(); ++i) add(l.state.docs[i].v, int(i + 1));
    board.tips.push_back({origin, -1});
}

void draw_retrieval_plane(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    if (l.state.vectors) return draw_vectors_plane(app, dl);
    const Palette& p = *app.palette;
    const RetrievalDerived& r = l.derived.retrieval;
    const double amount = normalized_shown(l);
    if (amount > 0)
        dl->AddCircle(im(screen_of(app, {0, 0})), float(pixels_per_unit(l.plane)),
                      with_alpha(p.axis, unsigned(255 * amount)), 96, ui(app, 1.5));
    for (size_t i = 0; i < l.state.docs.size(); ++i) {
        const Vec2 v = shown(l.state.docs[i].v, amount);
        const bool top = !r.byDot.empty() && (r.byDot[0] == int(i) || r.byCos[0] == int(i));
        const ImU32 color = top ? p.vectorB : with_alpha(p.vectorB, 0x99);
        draw_arrow(app, dl, v, color, top ? 2.5f : 1.5f);
        draw_handle(app, dl, Handle(i + 1), v, color, l.state.docs[i].label.c_str(), app.fonts.small);
    }
    draw_arrow(app, dl, shown(l.state.q, amount), p.vectorA);
    draw_handle(app, dl, 0, shown(l.state.q, amount), p.vectorA, "q");
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
    const Lesson& l = app.lesson;
    const RetrievalDerived& final = l.derived.retrieval;
    // While the arrows move, the dot-product ranking follows them.
    RetrievalDerived moving;
    const double amount = normalized_shown(l);
    if (amount > 0 && amount < 1) {
        std::vector<Document> docs = l.state.docs;
        for (Document& d : docs) d.v = shown(d.v, amount);
        moving = derive_retrieval(shown(l.state.q, amount), docs, false);
    }
    const RetrievalDerived& r = amount > 0 && amount < 1 ? moving : final;
    const float half = ImGui::GetContentRegionAvail().x / 2, column = half - ui(app, 8);
    const float start = ImGui::GetCursorPosY();
    const char* dot_title = app.lesson.state.norm ? "By dot product (unit vectors)" : "By dot product q\u00b7d";
    const char* cos_title = "By cosine cos \u03b8";
    const float title_height = std::max(ImGui::CalcTextSize(dot_title, nullptr, false, column).y,
                                        ImGui::CalcTextSize(cos_title, nullptr, false, column).y) +
                               ImGui::GetStyle().ItemSpacing.y;
    ranking_column(app, dot_title, title_height, r.byDot, r.dots, r.byCos, ImGui::GetCursorPosX(), column);
    const float end = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(start);
    ranking_column(app, cos_title, title_height, r.byCos, r.cosines, r.byDot, ImGui::GetCursorPosX() + half, column);
    ImGui::SetCursorPosY(std::max(end, ImGui::GetCursorPosY()));
    if (!with_lengths) return;
    ImGui::Spacing();
    ImGui::TextDisabled(app.lesson.state.norm ? "Lengths \u2016d\u2016 before normalizing" : "Lengths \u2016d\u2016");
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
    if (l.state.vectors) return draw_vectors_panel(app);
    ImGui::PushFont(app.fonts.large);
    wrapped(app.palette->text, "Ranking documents for q");
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
