// The retrieval view: one query, a few labelled documents, and two rankings
// side by side, by dot product and by cosine similarity.
#include <algorithm>
#include <string>

#include "canvas.h"
#include "widgets.h"

namespace dotlab {

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
    // q·d is q's length times d's shadow on q's line: the one in focus casts it.
    const Vec2 q = shown(l.state.q, amount);
    if (const int focus = document_in_focus(l); focus >= 0) {
        const Vec2 d = shown(l.state.docs[size_t(focus)].v, amount);
        draw_shadow_lines(app, dl, q, d);
        draw_shadow_bar(app, dl, q, d);
    }
    for (size_t i = 0; i < l.state.docs.size(); ++i) {
        const Vec2 v = shown(l.state.docs[i].v, amount);
        // A zero q has no winner to mark.
        const bool top = unit(l.state.q) && !r.byDot.empty() && (r.byDot[0] == int(i) || r.byCos[0] == int(i));
        const ImU32 color = top ? p.vectorB : p.vectorBFaded;
        draw_arrow(app, dl, v, color, top ? 2.5f : 1.5f);
        draw_handle(app, dl, Handle(i + 1), v, color, l.state.docs[i].label.c_str(), plane_small_font(app));
    }
    draw_arrow(app, dl, q, p.vectorA);
    draw_handle(app, dl, 0, q, p.vectorA, "q");
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
// would wrap a running list inside its numbers). Returns what the story
// below them needs: the rankings as shown.
struct Shown {
    RetrievalDerived derived;
    Ranking byDot, byCos;
    bool differs = false;
};

Shown rankings(const App& app, bool with_lengths) {
    const Lesson& l = app.lesson;
    Shown s;
    // While the arrows move, the dot-product ranking follows them.
    const double amount = normalized_shown(l);
    s.derived = l.derived.retrieval;
    if (amount > 0 && amount < 1) {
        std::vector<Document> docs = l.state.docs;
        for (Document& d : docs) d.v = shown(d.v, amount);
        s.derived = derive_retrieval(shown(l.state.q, amount), docs, false);
    }
    const RetrievalDerived& r = s.derived;
    s.byDot = ranking(l.state.norm ? "By dot product (unit vectors)" : "By dot product q\u00b7d", r.byDot, r.dots,
                      l.state.norm ? r.directed : std::vector<char>{}, l.state.norm ? 3 : 2);  // unit: = cos θ
    s.byCos = ranking("By cosine cos \u03b8", r.byCos, r.cosines, r.directed, 3);
    std::vector<std::string> labels;
    for (const Document& doc : l.state.docs) labels.push_back(doc.label);
    s.differs = ranking_pair(app, s.byDot, s.byCos, labels, r.byDot.size());
    if (!with_lengths) return s;
    ImGui::Spacing();
    ImGui::TextDisabled(l.state.norm ? "Lengths \u2016d\u2016 before normalizing" : "Lengths \u2016d\u2016");
    // Down the left column, then the right, each length right-aligned.
    const float x = ImGui::GetCursorPosX(), half = ImGui::GetContentRegionAvail().x / 2, column = half - ui(app, 8);
    const size_t n = r.byDot.size(), rows = (n + 1) / 2;
    for (size_t row = 0; row < rows; ++row) {
        for (size_t side = 0; side < 2 && row + side * rows < n; ++side) {
            const size_t i = size_t(r.byDot[row + side * rows]);
            const float left = x + float(side) * half;
            const std::string length = format_number(r.norms[i]);
            const float length_width = ImGui::CalcTextSize(length.c_str()).x;
            if (side) ImGui::SameLine(left);
            ImGui::SetCursorPosX(left);
            ImGui::TextDisabled("%s", fitted(l.state.docs[i].label, column - length_width - ui(app, 12)).c_str());
            ImGui::SameLine(left + column - length_width);
            ImGui::TextDisabled("%s", length.c_str());
        }
    }
    return s;
}

// The documents at the top of a list: all that share its first place.
std::string firsts(const App& app, const Ranking& list) {
    std::string names;
    for (int i : *list.order) {
        if (list.places[size_t(i)] != 1) break;
        if (!names.empty()) names += ", ";
        names += "\u201c" + app.lesson.state.docs[size_t(i)].label + "\u201d";
    }
    return names;
}

// What the two lists say together.
void ranking_story(const App& app, const Shown& s) {
    const Palette& p = *app.palette;
    const Lesson& l = app.lesson;
    const RetrievalDerived& r = s.derived;
    if (r.byDot.empty()) return;
    if (!unit(l.state.q)) {
        wrapped(p.text,
                "q has length 0: every dot product is 0 and no cosine exists, so neither list has a "
                "winner. Drag q away from the origin.");
        return;
    }
    if (s.differs) wrapped(p.projection, "Orange names sit at different places in the two lists.");
    const size_t dot_top = size_t(r.byDot[0]);
    const bool tie = r.byCos.size() > 1 && s.byCos.places[size_t(r.byCos[1])] == 1;
    if (s.byCos.places[dot_top] != 1) {
        const std::string story =
            "\u201c" + l.state.docs[dot_top].label +
            "\u201d tops the dot product because it is long (\u2016d\u2016 = " + format_number(r.norms[dot_top]) +
            "); by direction alone, " + firsts(app, s.byCos) + (tie ? " are" : " is") +
            " closest. Normalizing removes length from the score.";
        wrapped(p.text, story.c_str());
    } else if (l.state.norm) {
        wrapped(p.text, "With every vector at length 1, the dot product is the cosine: both lists agree.");
    } else if (tie) {
        // Not "the same winner": by direction the first place is shared.
        const std::string story = "By direction, " + firsts(app, s.byCos) +
                                  " share first place; the dot product picks \u201c" + l.state.docs[dot_top].label +
                                  "\u201d.";
        wrapped(p.text, story.c_str());
    } else if (s.differs) {
        // Same winner, but not the same order: the lengths still speak lower down.
        const std::string story = "Both scores put \u201c" + l.state.docs[dot_top].label +
                                  "\u201d first; below it, length moves the orange names up or down the dot "
                                  "product's list.";
        wrapped(p.text, story.c_str());
    } else {
        wrapped(p.text,
                "Both lists agree here. Drag a document far out along another direction and watch the dot "
                "product reward its length.");
    }
    if (std::find(r.directed.begin(), r.directed.end(), 0) != r.directed.end())
        wrapped(p.textMuted, "\u2013: a zero-length document has no direction, so no cosine; it ranks last.");
}

}  // namespace

void draw_retrieval_panel(App& app) {
    const Lesson& l = app.lesson;
    if (l.state.vectors) return draw_vectors_panel(app);
    ImGui::PushFont(app.fonts.large);
    wrapped(app.palette->text, "Ranking documents for q");
    ImGui::PopFont();
    // In a short frame the general words go before the story of these lists.
    if (!folded(l, kFoldWorking))
        wrapped(app.palette->textMuted,
                "Search engines score every document against a query. Drag q or any document and "
                "compare the two orders: by dot product, and by cos \u03b8, where \u03b8 is the angle between q "
                "and the document. The orange bar is the shadow on q's line of the document you touch (else of the "
                "top one by dot product): q\u00b7d is the bar's length times q's.");
    ImGui::Spacing();
    normalize_toggle(app);
    reset_button(app);
    section_break();
    // The story is the view's point (why the orders differ): it outlasts
    // the lengths table, whose telling length it quotes.
    const Shown shown_lists = rankings(app, !folded(l, kFoldDetails));
    if (!folded(l, kFoldExplanations)) ranking_story(app, shown_lists);
}

}  // namespace dotlab
