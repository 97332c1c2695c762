// The dot view: the two vectors, the projection of b onto a, the angle, the
// unit vectors on request, and the readouts with both formulas substituted.
#include <algorithm>
#include <cmath>
#include <optional>

#include "../core/views.h"
#include "canvas.h"
#include "widgets.h"

namespace dotlab {

namespace {

// ---------------------------------------------------------------------------
// The plane
// ---------------------------------------------------------------------------

// Where the angle's arc goes: around the origin, from a's direction to b's.
struct AngleArc {
    Vec2 origin;
    double radius = 0, from = 0, sweep = 0;  // screen angles run clockwise: screen y points down
};
std::optional<AngleArc> angle_arc(const App& app) {
    const Lesson& l = app.lesson;
    const DotDerived& d = l.derived.dot;
    if (!d.angleDeg) return std::nullopt;
    const double shorter = std::min(d.normA, d.normB) * pixels_per_unit(l.plane);
    if (shorter < ui(app, 18)) return std::nullopt;
    AngleArc arc;
    arc.origin = screen_of(app, {0, 0});
    arc.radius = std::clamp(shorter * 0.35, double(ui(app, 18)), double(ui(app, 40)));
    arc.from = std::atan2(-l.state.a.y, l.state.a.x);
    arc.sweep = -std::atan2(cross(l.state.a, l.state.b), dot(l.state.a, l.state.b));
    return arc;
}

// Labels keep off the arc, the goal's label among them, which is placed
// before the arc is drawn: its chords go on the board first.
void reserve_angle_arc(App& app) {
    const auto arc = angle_arc(app);
    if (!arc) return;
    constexpr int kChords = 8;
    auto at = [&](int i) {
        const double t = arc->from + arc->sweep * i / kChords;
        return arc->origin + arc->radius * Vec2{std::cos(t), std::sin(t)};
    };
    for (int i = 0; i < kChords; ++i) app.board.segments.push_back({at(i), at(i + 1)});
}

// The angle's arc and label; at exactly 90° (as shown) the arc becomes the
// square mark of a right angle.
void draw_angle(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const auto arc = angle_arc(app);
    if (!arc) return;
    const Palette& p = *app.palette;
    const double radius = arc->radius, from = arc->from, signed_sweep = arc->sweep;
    const Vec2 origin = arc->origin;
    const bool right_angle = l.readouts.angle == "90.00\u00b0";
    if (right_angle) {
        const double side = radius * 0.6;
        const Vec2 u{std::cos(from), std::sin(from)};
        const Vec2 v{std::cos(from + signed_sweep), std::sin(from + signed_sweep)};
        const ImVec2 corner[] = {im(origin + side * u), im(origin + side * u + side * v), im(origin + side * v)};
        dl->AddTriangleFilled(im(origin), corner[0], corner[1], with_alpha(p.angleArc, 0x30));
        dl->AddTriangleFilled(im(origin), corner[1], corner[2], with_alpha(p.angleArc, 0x30));
        dl->AddPolyline(corner, 3, p.angleArc, 0, ui(app, 2));
    } else {
        const int segments = std::max(6, int(std::abs(signed_sweep) * 16));
        dl->PathArcTo(im(origin), float(radius), float(from), float(from + signed_sweep), segments);
        dl->PathStroke(p.angleArc, 0, ui(app, app.highlight == Term::Cos ? 5 : 2));
    }

    // The label sits on the bisector just past the arc, inside the angle.
    const double mid = from + signed_sweep / 2;
    const Vec2 bisector{std::cos(mid), std::sin(mid)};
    PlaneLabel label;
    label.anchor = origin + radius * bisector;
    label.toward = bisector;
    label.font = plane_small_font(app);
    label.color = p.angleArc;
    plane_label(app, dl, label, "\u03b8 = " + l.readouts.angle);
}

// The geometry of the formula term under the pointer: the x or y parts of
// both vectors, a length, or the angle.
void draw_term_highlight(const App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const Vec2 origin = screen_of(app, {0, 0});
    const struct {
        Vec2 v;
        ImU32 color;
    } vectors[] = {{l.state.a, p.vectorA}, {l.state.b, p.vectorB}};
    switch (app.highlight) {
        case Term::X:
        case Term::Y:
            for (const auto& v : vectors) {
                const Vec2 part = app.highlight == Term::X ? Vec2{v.v.x, 0} : Vec2{0, v.v.y};
                dl->AddLine(im(origin), im(screen_of(app, part)), with_alpha(v.color, 0x80), ui(app, 7));
                dashed_line(dl, screen_of(app, v.v), screen_of(app, part), v.color, ui(app, 1.5), ui(app, 4),
                            ui(app, 3));
            }
            break;
        case Term::NormA:
        case Term::NormB: {
            const auto& v = vectors[app.highlight == Term::NormA ? 0 : 1];
            dl->AddLine(im(origin), im(screen_of(app, v.v)), with_alpha(v.color, 0x40), ui(app, 12));
            break;
        }
        case Term::Cos:
        case Term::None: break;  // the angle's arc thickens in draw_angle
    }
}

// â has its own code point; b̂ does not, and ImGui does not stack combining
// marks, so b gets its circumflex drawn over the ascender by hand.
void unit_label(App& app, ImDrawList* dl, Vec2 tip, Vec2 out, ImU32 color, bool is_a) {
    PlaneLabel label;
    label.anchor = tip;
    label.toward = {out.y, -out.x};  // beside the arrow's head, not past it
    label.font = app.fonts.body;
    label.color = color;
    label.gap = 8;
    const Rect r = plane_label(app, dl, label, is_a ? "\u00e2" : "b");
    if (is_a) return;
    const float px = font_px(app.fonts, app.fonts.body);
    const float top = float(r.center().y) - px * 0.62f;
    const float x = float(r.center().x);
    const float half = px * 0.23f, rise = px * 0.2f;
    dl->AddLine(ImVec2(x - half, top + rise), ImVec2(x, top), color, px * 0.09f);
    dl->AddLine(ImVec2(x, top), ImVec2(x + half, top + rise), color, px * 0.09f);
}

// With "unit vectors" on: the unit circle and â, b̂ on it. Their dot product
// is cos θ, the cosine similarity.
void draw_unit_vectors(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const Vec2 origin = screen_of(app, {0, 0});
    const float radius = float(pixels_per_unit(l.plane));
    dl->AddCircle(im(origin), radius, p.gridMajor, 96, ui(app, 1.5));
    const struct {
        Vec2 v;
        ImU32 color;
        bool isA;
    } arrows[] = {{l.state.a, p.vectorA, true}, {l.state.b, p.vectorB, false}};
    for (const auto& arrow_info : arrows) {
        const auto u = unit(arrow_info.v);
        if (!u) continue;
        arrow(dl, origin, screen_of(app, *u), with_alpha(arrow_info.color, 0xB0), ui(app, 2.5), ui(app, 14));
        unit_label(app, dl, screen_of(app, *u), {u->x, -u->y}, arrow_info.color, arrow_info.isA);
    }
}

// ---------------------------------------------------------------------------
// The panel
// ---------------------------------------------------------------------------

// The symbols of a and b, hatted when the unit vectors are shown.
struct Names {
    std::string a, b;
    bool hat;
};
Names names(const Lesson& l) { return l.normalized ? Names{"\u00e2", "b", true} : Names{"a", "b", false}; }

void headline(App& app) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const Names n = names(l);
    ImGui::PushFont(app.fonts.large);
    if (l.normalized)
        spans(app, {{n.a, p.vectorA},
                    {"\u00b7", p.text},
                    {n.b, p.vectorB, true},
                    {" = cos \u03b8", p.text},
                    {" = " + l.readouts.cos, p.text}});
    else
        spans(app, {{n.a, p.vectorA}, {"\u00b7", p.text}, {n.b, p.vectorB}, {" = " + l.readouts.dotAlgebraic, p.text}});
    ImGui::PopFont();
    wrapped(p.textMuted,
            l.normalized ? "Unit vectors: their dot product is the cosine similarity of a and b, lengths divided out."
                         : l.readouts.verdict.c_str());
}

// Both recipes with the current numbers substituted, each symbol and number
// in its vector's colour; with unit vectors on, for â and b̂.
void formulas(App& app) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    if (l.normalized && !l.derived.dot.cos) {
        // Not â = (0, 0): a zero vector has no unit vector at all.
        wrapped(p.textMuted,
                "A zero-length vector has no direction, so it has no unit vector and cos \u03b8 is "
                "undefined. Drag it away from the origin.");
        return;
    }
    const Region region = begin_region();
    const DotReadouts& r = l.normalized ? l.unitReadouts : l.readouts;
    const DotReadouts::Factors& f = r.factors;
    const Names n = names(l);
    const ImU32 a = p.vectorA, b = p.vectorB, t = p.text, m = p.textMuted;
    const std::string times = "\u00b7";
    const Term X = Term::X, Y = Term::Y, A = Term::NormA, B = Term::NormB, C = Term::Cos;
    Term hovered[4];
    hovered[0] = spans(app, {{"Algebraic  ", m},
                             {n.a, a, false, X},
                             {"x", a, false, X, true},
                             {n.b, b, n.hat, X},
                             {"x", b, false, X, true},
                             {" + ", t},
                             {n.a, a, false, Y},
                             {"y", a, false, Y, true},
                             {n.b, b, n.hat, Y},
                             {"y", b, false, Y, true}});
    ImGui::Indent(ui(app, 12));
    hovered[1] = spans(app, {{"= ", t},
                             {f.ax, a, false, X},
                             {times, t, false, X},
                             {f.bx, b, false, X},
                             {" + ", t},
                             {f.ay, a, false, Y},
                             {times, t, false, Y},
                             {f.by, b, false, Y},
                             {" = " + r.dotAlgebraic, t}});
    ImGui::Unindent(ui(app, 12));
    hovered[2] = spans(app, {{"Geometric  ", m},
                             {"\u2016", t, false, A},
                             {n.a, a, false, A},
                             {"\u2016 ", t, false, A},
                             {"\u2016", t, false, B},
                             {n.b, b, n.hat, B},
                             {"\u2016", t, false, B},
                             {" cos \u03b8", p.angleArc, false, C}});
    ImGui::Indent(ui(app, 12));
    hovered[3] = spans(app, {{"= ", t},
                             {f.normA, a, false, A},
                             {times, t},
                             {f.normB, b, false, B},
                             {times, t},
                             {f.cos, p.angleArc, false, C},
                             {" = " + r.dotGeometric, t}});
    ImGui::Unindent(ui(app, 12));
    end_region(app, region, "dot.formulas");
    for (Term h : hovered)
        if (h != Term::None) app.hovering = h;
}

// Two readouts on a row, the second in a column; on a row of its own,
// indented past the swatch, when long numbers would run into it.
void readout_row(Color color, const std::string& left, const std::string& right, float column) {
    swatch(color);
    const float text_x = ImGui::GetCursorPosX();
    ImGui::TextUnformatted(left.c_str());
    if (right.empty()) return;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    if (text_x + ImGui::CalcTextSize(left.c_str()).x + gap <= column) {
        ImGui::SameLine(column);
    } else {
        ImGui::SetCursorPosX(text_x);
    }
    ImGui::TextUnformatted(right.c_str());
}

void readout_table(App& app) {
    const Palette& p = *app.palette;
    const DotReadouts& r = app.lesson.readouts;
    const float column = ImGui::GetContentRegionAvail().x * 0.56f;
    const Region region = begin_region();
    readout_row(p.vectorA, "a = " + r.a, "\u2016a\u2016 = " + r.normA, column);
    readout_row(p.vectorB, "b = " + r.b, "\u2016b\u2016 = " + r.normB, column);
    readout_row(p.angleArc, "\u03b8 = " + r.angle, "cos \u03b8 = " + r.cos, column);
    readout_row(p.projection, "scalar projection " + r.projScalar, "vector " + r.projVector, column);
    end_region(app, region, "dot.readouts");
}

// Puts the next control on this row when it fits, else on a new one.
void toggles(App& app) {
    Lesson& l = app.lesson;
    bool snap = l.dragOptions.snap > 0;
    if (toggle(app, "toggle.snap", "Snap", &snap)) l.dragOptions.snap = snap ? kDefaultSnap : 0;
    same_line_if_fits(90);
    toggle(app, "toggle.fine", "Fine", &l.dragOptions.fine);
    same_line_if_fits(150);
    toggle(app, "toggle.unit", "Unit vectors", &l.normalized);
    reset_button(app);
}

void keys_help(const App& app) {
    const Lesson& l = app.lesson;
    // The key list shows while the keyboard is in use on the figure; beside
    // the plane its room is kept either way, so it never changes the canvas's
    // size. Fingers never see it.
    if (l.layout.stacked || wants_big_targets(l)) return;
    const std::string keys = std::string("Keys: ") + view_of(l.state.mode).keys;
    ImGui::Spacing();
    if (l.focused && l.input == InputKind::Keyboard)
        wrapped(app.palette->textMuted, keys.c_str());
    else
        ImGui::Dummy(ImVec2(1, ImGui::CalcTextSize(keys.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y));
}

}  // namespace

void draw_dot_plane(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    reserve_angle_arc(app);
    draw_goal_guide(app, dl);
    draw_term_highlight(app, dl);
    draw_shadow_lines(app, dl, l.state.a, l.state.b);
    draw_angle(app, dl);
    // When b lies along a (exercise 4's goal), a shows as a blue band around
    // b rather than vanishing under it.
    const bool along = distance(screen_of(app, l.state.a), screen_of(app, l.state.b)) < ui(app, 6);
    // The projection lies under both arrows, wide enough to show around a,
    // so neither arrow disappears under it.
    draw_shadow_bar(app, dl, l.state.a, l.state.b);
    draw_arrow(app, dl, l.state.a, p.vectorA, along ? 8.0f : 3.0f);
    draw_arrow(app, dl, l.state.b, p.vectorB);
    if (l.normalized) draw_unit_vectors(app, dl);
    if (along) dl->AddCircle(im(screen_of(app, l.state.a)), ui(app, 11), p.vectorA, 24, ui(app, 3));
    draw_handle(app, dl, kHandleA, l.state.a, p.vectorA, "a");
    draw_handle(app, dl, kHandleB, l.state.b, p.vectorB, "b");
}

void draw_dot_panel(App& app) {
    const Lesson& l = app.lesson;
    const bool beside = !l.layout.stacked;
    // In a frame too short for everything, sections fold away in the order
    // of Collapse.
    exercise_before_headline(app);
    headline(app);
    exercise_after_headline(app);
    // The formulas, with the numbers put in, outlast the table: they carry
    // the coordinates, lengths and cos θ a class calculates with.
    if (!folded(l, kFoldWorking)) {
        section_break();
        formulas(app);
    }
    if (!folded(l, kFoldDetails)) {
        section_break();
        readout_table(app);
    }
    if (!folded(l, kFoldWorking)) {
        ImGui::Spacing();
        toggles(app);
        if (!beside) {
            section_break();
            draw_exercise_notes(app, false, true);
        }
    }
    if (!folded(l, kFoldNotes)) keys_help(app);
}

}  // namespace dotlab
