// The dot view: the two vectors, the projection of b onto a, the angle, the
// unit vectors on request, and the readouts with both formulas substituted.
#include <algorithm>
#include <cmath>

#include "canvas.h"

namespace dotlab {

namespace {

void draw_projection(const App& app, ImDrawList* dl) {
    const Palette& p = *app.palette;
    const auto a_hat = unit(app.state.a);
    if (!a_hat) return;
    const Rect& r = app.layout.plane;
    const Vec2 origin = screen_of(app, {0, 0});

    // a's whole line, faint, so the projection visibly lands on it.
    const double reach = std::hypot(r.w, r.h);
    const Vec2 dir_screen{a_hat->x, -a_hat->y};
    dashed_line(dl, origin - reach * dir_screen, origin + reach * dir_screen, p.gridMajor, 1.0f, 6, 5);

    const Vec2 foot = screen_of(app, app.derived.dot.proj);
    const Vec2 tip_b = screen_of(app, app.state.b);
    dashed_line(dl, tip_b, foot, p.perpendicular, 1.5f, 5, 4);

    // Right-angle mark where the perpendicular meets a's line.
    if (distance(tip_b, foot) > 14 && distance(origin, foot) > 14) {
        const double s = 9;
        const Vec2 along = (app.derived.dot.projScalar >= 0 ? -s : s) * dir_screen;
        const Vec2 toward_b = (s / distance(tip_b, foot)) * (tip_b - foot);
        dl->AddLine(im(foot + along), im(foot + along + toward_b), p.perpendicular, 1.2f);
        dl->AddLine(im(foot + along + toward_b), im(foot + toward_b), p.perpendicular, 1.2f);
    }
}

// Drawn over a's shaft (it lies on a's line) and under b.
void draw_projection_bar(const App& app, ImDrawList* dl) {
    if (!unit(app.state.a)) return;
    dl->AddLine(im(screen_of(app, {0, 0})), im(screen_of(app, app.derived.dot.proj)), app.palette->projection, 5.0f);
}

void draw_angle(const App& app, ImDrawList* dl) {
    const DotDerived& d = app.derived.dot;
    if (!d.angleDeg) return;
    const Palette& p = *app.palette;
    const double ppu = pixels_per_unit(app.plane);
    const double shorter = std::min(d.normA, d.normB) * ppu;
    if (shorter < 18) return;
    const double radius = std::clamp(shorter * 0.35, 18.0, 40.0);
    // Screen angles run clockwise because screen y points down.
    const double from = std::atan2(-app.state.a.y, app.state.a.x);
    const double signed_sweep = -std::atan2(cross(app.state.a, app.state.b), dot(app.state.a, app.state.b));
    const Vec2 origin = screen_of(app, {0, 0});
    const int segments = std::max(6, int(std::abs(signed_sweep) * 16));
    dl->PathArcTo(im(origin), float(radius), float(from), float(from + signed_sweep), segments);
    dl->PathStroke(p.angleArc, 0, 2.0f);

    // The label sits on the bisector just past the arc; on the far side of
    // the origin when the angle is too narrow to hold it.
    const double mid = from + signed_sweep / 2;
    const double outward = std::abs(signed_sweep) < 0.45 ? -(radius * 0.5 + 34) : radius + 36;
    const Vec2 label_at = origin + outward * Vec2{std::cos(mid), std::sin(mid)};
    label_with_backdrop(app, dl, app.fonts.small, label_at, p.angleArc, ("\u03b8 = " + app.readouts.angle).c_str());
}

// â has its own code point; b̂ does not, and ImGui does not stack combining
// marks, so b gets its circumflex drawn over the ascender by hand.
void unit_label(const App& app, ImDrawList* dl, Vec2 center, ImU32 color, bool is_a) {
    ImFont* font = app.fonts.body;
    const float px = font_px(app.fonts, font);
    text_at(dl, font, px, center, color, is_a ? "\u00e2" : "b", {0.5, 0.5});
    if (is_a) return;
    const float top = float(center.y) - px * 0.62f;
    const float x = float(center.x);
    dl->AddLine(ImVec2(x - 3.5f, top + 2.5f), ImVec2(x, top - 0.5f), color, 1.3f);
    dl->AddLine(ImVec2(x, top - 0.5f), ImVec2(x + 3.5f, top + 2.5f), color, 1.3f);
}

// With "unit vectors" on: the unit circle and â, b̂ on it. Their dot product
// is cos θ, the cosine similarity.
void draw_unit_vectors(const App& app, ImDrawList* dl) {
    const Palette& p = *app.palette;
    const Vec2 origin = screen_of(app, {0, 0});
    const float radius = float(pixels_per_unit(app.plane));
    dl->AddCircle(im(origin), radius, p.gridMajor, 96, 1.5f);
    const struct {
        Vec2 v;
        ImU32 color;
        bool isA;
    } arrows[] = {{app.state.a, p.vectorA, true}, {app.state.b, p.vectorB, false}};
    for (const auto& arrow_info : arrows) {
        const auto u = unit(arrow_info.v);
        if (!u) continue;
        const ImU32 faded = (arrow_info.color & 0x00ffffff) | 0xB0000000;
        arrow(dl, origin, screen_of(app, *u), faded, 2.5f);
        const Vec2 out{u->x, -u->y};  // screen direction
        const Vec2 side{out.y, -out.x};
        unit_label(app, dl, screen_of(app, *u) + 12.0 * side + 4.0 * out, arrow_info.color, arrow_info.isA);
    }
}

void formula(const char* label, const char* symbols, const std::string& terms, const std::string& result) {
    ImGui::TextDisabled("%s", label);
    ImGui::SameLine();
    ImGui::TextUnformatted(symbols);
    ImGui::Indent(12);
    ImGui::TextWrapped("= %s = %s", terms.c_str(), result.c_str());
    ImGui::Unindent(12);
}

void headline(const App& app) {
    const Palette& p = *app.palette;
    const DotReadouts& r = app.readouts;
    ImGui::PushFont(app.fonts.large);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    const char* a_name = app.normalized ? "\u00e2" : "a";
    ImGui::TextColored(color4(p.vectorA), "%s", a_name);
    ImGui::SameLine();
    ImGui::TextUnformatted(" \u00b7 ");
    ImGui::SameLine();
    // b̂ as "b" with a hat drawn over it, like on the plane.
    ImGui::TextColored(color4(p.vectorB), "b");
    if (app.normalized) {
        const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
        const float x = (lo.x + hi.x) / 2, top = lo.y - 1;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x - 4, top + 3), ImVec2(x, top - 1), p.vectorB, 1.5f);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x, top - 1), ImVec2(x + 4, top + 3), p.vectorB, 1.5f);
    }
    ImGui::SameLine();
    if (app.normalized)
        ImGui::Text(" = cos \u03b8 = %s", r.cos.c_str());
    else
        ImGui::Text(" = %s", r.dotAlgebraic.c_str());
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, color4(p.textMuted));
    if (app.normalized)
        ImGui::TextWrapped("Unit vectors: their dot product is the cosine similarity of a and b, lengths divided out.");
    else
        ImGui::TextWrapped("%s", r.verdict.c_str());
    ImGui::PopStyleColor();
}

void readout_row(Color color, const std::string& left, const std::string& right, float column) {
    swatch(color);
    ImGui::TextUnformatted(left.c_str());
    if (right.empty()) return;
    ImGui::SameLine(column);
    ImGui::TextUnformatted(right.c_str());
}

void readout_table(const App& app) {
    const Palette& p = *app.palette;
    const DotReadouts& r = app.readouts;
    const float column = ImGui::GetContentRegionAvail().x * 0.56f;
    readout_row(p.vectorA, "a = " + r.a, "\u2016a\u2016 = " + r.normA, column);
    readout_row(p.vectorB, "b = " + r.b, "\u2016b\u2016 = " + r.normB, column);
    readout_row(p.angleArc, "\u03b8 = " + r.angle, "cos \u03b8 = " + r.cos, column);
    readout_row(p.projection, "b projected onto a: " + r.projScalar, "", column);
}

void toggles(App& app) {
    bool snap = app.dragOptions.snap > 0;
    if (ImGui::Checkbox("Snap", &snap)) app.dragOptions.snap = snap ? kDefaultSnap : 0;
    ImGui::SameLine();
    ImGui::Checkbox("Fine", &app.dragOptions.fine);
    ImGui::SameLine();
    ImGui::Checkbox("Unit vectors", &app.normalized);
    // Reset sits at the right end of the row, or on its own line when the
    // panel is too narrow for both.
    const char* reset = "Reset";
    const float reset_width = ImGui::CalcTextSize(reset).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < reset_width + 8)
        ImGui::NewLine();
    else
        ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - reset_width);
    if (ImGui::Button(reset)) set_inputs(app, app.initial);
}

}  // namespace

void draw_dot_plane(App& app, ImDrawList* dl) {
    draw_projection(app, dl);
    draw_angle(app, dl);
    draw_arrow(app, dl, app.state.a, app.palette->vectorA);
    draw_projection_bar(app, dl);
    draw_arrow(app, dl, app.state.b, app.palette->vectorB);
    if (app.normalized) draw_unit_vectors(app, dl);
    draw_handle(app, dl, kHandleA, app.state.a, app.palette->vectorA, "a");
    draw_handle(app, dl, kHandleB, app.state.b, app.palette->vectorB, "b");
}

void draw_dot_panel(App& app) {
    const DotReadouts& r = app.readouts;
    headline(app);
    ImGui::Spacing();
    formula("Algebraic", "a\u2093b\u2093 + a\u1d67b\u1d67", r.algebraicTerms, r.dotAlgebraic);
    formula("Geometric", "\u2016a\u2016 \u2016b\u2016 cos \u03b8", r.geometricTerms, r.dotGeometric);
    section_break();
    readout_table(app);
    ImGui::Spacing();
    toggles(app);
    section_break();
    draw_exercise_card(app);
    // The key list shows while the canvas has focus; beside the plane its room
    // is kept either way, so focusing never changes the canvas's size. Narrow
    // screens (touch, mostly) skip it; the page's hint names the keys too.
    const char* keys =
        "Keys: Tab picks a or b, arrows move it by 0.1 (Shift: 1), Home resets, "
        "1\u20133 predict, N next exercise, G snap, F fine, U unit vectors.";
    if (!app.layout.stacked) {
        ImGui::Spacing();
        if (app.focused)
            wrapped(app.palette->textMuted, keys);
        else
            ImGui::Dummy(ImVec2(1, ImGui::CalcTextSize(keys, nullptr, false, ImGui::GetContentRegionAvail().x).y));
    }
}

}  // namespace dotlab
