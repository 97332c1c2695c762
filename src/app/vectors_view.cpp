// Retrieval with the learner's own vectors (pasted, or given by a host): the
// vectors as points on their principal plane, the query and its nearest
// named, and the two rankings, computed in the full dimension.
#include <algorithm>
#include <string>
#include <vector>

#include "canvas.h"
#include "widgets.h"

namespace dotlab {

namespace {

constexpr size_t kNamedNearest = 5;  // on the plane: the query's nearest by cosine
constexpr size_t kListed = 8;        // in each ranking column

const std::string& label_of(const App& app, size_t i) { return app.lesson.state.vectors->store.labels[i]; }

struct AxisName {
    const char* text;
    Rect at;
};
std::vector<AxisName> axis_names(const App& app) {
    const Rect& r = app.lesson.layout.planeFrame;
    const Vec2 origin = screen_of(app, {0, 0});
    const float w1 = ImGui::CalcTextSize("PC 1").x, w2 = ImGui::CalcTextSize("PC 2").x;
    const float h = ImGui::GetTextLineHeight();
    return {{"PC 1", {r.x + r.w - ui(app, 8) - w1, origin.y - ui(app, 4) - h, w1, h}},
            {"PC 2", {origin.x + ui(app, 6), r.y + ui(app, 6), w2, h}}};
}

bool named_on_plane(const App& app, size_t i) {
    const Lesson& l = app.lesson;
    const std::vector<int>& order = l.derived.stored.byCos;
    const auto end = order.begin() + std::ptrdiff_t(std::min(kNamedNearest, order.size()));
    return i == l.state.query || l.hovered == int(i) || std::find(order.begin(), end, int(i)) != end;
}

}  // namespace

void draw_vectors_plane(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const std::vector<Vec2>& at = l.state.vectors->plane;
    const Vec2 query = at[l.state.query];
    // Every vector a dot; the nearest few joined to the query and named.
    for (size_t i = 0; i < at.size(); ++i)
        if (!named_on_plane(app, i))
            dl->AddCircleFilled(im(screen_of(app, at[i])), ui(app, 3.5), with_alpha(p.vectorB, 0xCC), 12);
    for (size_t i = 0; i < at.size(); ++i) {
        if (!named_on_plane(app, i) || i == l.state.query) continue;
        dashed_line(dl, screen_of(app, query), screen_of(app, at[i]), with_alpha(p.vectorB, 0x99), ui(app, 1.2),
                    ui(app, 5), ui(app, 4));
        draw_handle(app, dl, Handle(i), at[i], p.vectorB, label_of(app, i).c_str(), plane_small_font(app));
    }
    // The query's name in body text: a model's labels are long, and the
    // headline names it large.
    draw_handle(app, dl, Handle(l.state.query), query, p.vectorA, label_of(app, l.state.query).c_str(), app.fonts.body);
    // Where the named points are, for tests to press on (stats().layout).
    for (size_t i = 0; i < at.size(); ++i) {
        if (!named_on_plane(app, i)) continue;
        const Vec2 c = screen_of(app, at[i]);
        record_rect(app, ("vector:" + label_of(app, i)).c_str(), im(c - Vec2{4, 4}), im(c + Vec2{4, 4}), false);
    }
    // The axes are the principal components, not x and y: said where they end.
    for (const AxisName& name : axis_names(app)) dl->AddText(im({name.at.x, name.at.y}), p.textMuted, name.text);
}

void vectors_obstacles(const App& app, LabelBoard& board) {
    const std::vector<Vec2>& at = app.lesson.state.vectors->plane;
    for (const AxisName& name : axis_names(app)) board.taken.push_back(name.at);
    for (size_t i = 0; i < at.size(); ++i)
        if (named_on_plane(app, i)) board.tips.push_back({screen_of(app, at[i]), int(i)});
}

void draw_vectors_panel(App& app) {
    Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const VectorStore& store = l.state.vectors->store;
    ImGui::PushFont(app.fonts.large);
    spans(app, {{"Nearest to", p.text}, {" \u201c" + label_of(app, l.state.query) + "\u201d", p.vectorA}});
    ImGui::PopFont();
    const std::string dims = std::to_string(store.dim);
    if (!folded(l, kFoldExplanations))
        wrapped(p.textMuted,
                ("Your " + std::to_string(store.count()) + " vectors of " + dims + " numbers, scored in all " + dims +
                 ". The plane shows them on their first two principal components, about their mean "
                 "and scaled to fit: near there is only a hint of near in " +
                 dims + " dimensions. Dashed lines join the query to its five nearest by cosine.")
                    .c_str());
    section_break();
    const StoreRanking& r = l.derived.stored;
    if (!(r.queryNorm > 0)) {
        wrapped(p.text, kZeroQuery);
    } else {
        const size_t rows = folded(l, kFoldWorking) ? 3 : kListed;
        const Ranking by_dot = ranking("By dot product", r.byDot, r.dots, {}, 3);
        const Ranking by_cos = ranking("By cosine", r.byCos, r.cosines, r.directed, 3);
        if (ranking_pair(app, by_dot, by_cos, l.state.vectors->store.labels, rows))
            wrapped(p.projection,
                    "Orange names sit at different places in the two lists: length counts in the dot product, "
                    "only direction in the cosine.");
    }
    if (!folded(l, kFoldNotes)) {
        ImGui::Spacing();
        wrapped(p.textMuted, l.input == InputKind::Keyboard ? "The arrow keys rank against the previous or next vector."
                             : l.input == InputKind::Touch  ? "Tap a point to rank against that vector instead."
                                                            : "Click a point to rank against that vector instead.");
    }
    ImGui::Spacing();
    if (button(app, "vectors.clear", "Back to the built-in documents")) set_vectors(l, nullptr);
}

}  // namespace dotlab
