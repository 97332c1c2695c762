// Drawing the dot view: the plane with its grid, the two vectors, the
// projection and the angle, then the readout panel. Immediate mode: every
// frame is drawn from App's state alone.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app.h"

namespace dotlab {

namespace {

// ---------------------------------------------------------------------------
// Small drawing helpers (CSS pixels throughout)
// ---------------------------------------------------------------------------

ImVec2 im(Vec2 v) { return ImVec2(static_cast<float>(v.x), static_cast<float>(v.y)); }

Vec2 screen_of(const App& app, Vec2 world) { return to_screen(app.plane, world); }

void dashed_line(ImDrawList* dl, Vec2 from, Vec2 to, ImU32 color, float thickness, float dash,
                 float gap) {
    const double length = distance(from, to);
    if (length < 1e-6) return;
    const Vec2 step = (1.0 / length) * (to - from);
    for (double t = 0; t < length; t += dash + gap) {
        const double end = std::min(length, t + dash);
        dl->AddLine(im(from + t * step), im(from + end * step), color, thickness);
    }
}

void arrow(ImDrawList* dl, Vec2 from, Vec2 to, ImU32 color, float thickness) {
    const double length = distance(from, to);
    if (length < 1.0) return;
    const Vec2 dir = (1.0 / length) * (to - from);
    const Vec2 normal{-dir.y, dir.x};
    const double head = std::min(14.0, length * 0.6);
    const double half_width = head * 0.45;
    const Vec2 base = to - head * dir;
    dl->AddLine(im(from), im(base + 1.0 * dir), color, thickness);
    dl->AddTriangleFilled(im(to), im(base + half_width * normal), im(base - half_width * normal), color);
}

void text_at(ImDrawList* dl, ImFont* font, float px, Vec2 at, ImU32 color, const char* text,
             Vec2 align = {0, 0}) {
    const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0, text);
    const Vec2 origin{at.x - align.x * size.x, at.y - align.y * size.y};
    dl->AddText(font, px, ImVec2(std::round(float(origin.x)), std::round(float(origin.y))), color, text);
}

// Text on a rounded patch of canvas colour, readable over grid and arrows.
void label_with_backdrop(const App& app, ImDrawList* dl, ImFont* font, Vec2 center, ImU32 color,
                         const char* text) {
    const float px = font_px(app.fonts, font);
    const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0, text);
    const ImVec2 lo(float(center.x) - size.x / 2 - 4, float(center.y) - size.y / 2 - 1);
    const ImVec2 hi(float(center.x) + size.x / 2 + 4, float(center.y) + size.y / 2 + 1);
    dl->AddRectFilled(lo, hi, (app.palette->canvas & 0x00ffffff) | 0xE0000000, 4.0f);
    text_at(dl, font, px, center, color, text, {0.5, 0.5});
}

std::string tick_label(double value, double step) {
    char buffer[32];
    const int decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::abs(value));
    return (value < 0 ? "\u2212" : "") + std::string(buffer);
}

// ---------------------------------------------------------------------------
// The plane
// ---------------------------------------------------------------------------

void draw_grid(const App& app, ImDrawList* dl) {
    const Palette& p = *app.palette;
    const Rect& r = app.layout.plane;
    dl->AddRectFilled(ImVec2(float(r.x), float(r.y)), ImVec2(float(r.x + r.w), float(r.y + r.h)), p.canvas);

    const double step = grid_step(app.plane, 44.0);
    const Vec2 half = visible_half_size(app.plane);
    const Vec2 origin = screen_of(app, {0, 0});
    const float small_px = font_px(app.fonts, app.fonts.small);

    // Minor lines at a fifth of the labelled step when they are far enough apart.
    const double minor = step / 5 * pixels_per_unit(app.plane) >= 9 ? step / 5 : step;
    for (int axis = 0; axis < 2; ++axis) {
        const double reach = axis == 0 ? half.x : half.y;
        for (double v = std::floor(-reach / minor) * minor; v <= reach; v += minor) {
            const bool major = std::abs(std::remainder(v, step)) < minor * 0.01;
            const ImU32 color = major ? p.gridMajor : p.grid;
            if (axis == 0) {
                const float x = float(screen_of(app, {v, 0}).x);
                dl->AddLine(ImVec2(x, float(r.y)), ImVec2(x, float(r.y + r.h)), color, 1.0f);
            } else {
                const float y = float(screen_of(app, {0, v}).y);
                dl->AddLine(ImVec2(float(r.x), y), ImVec2(float(r.x + r.w), y), color, 1.0f);
            }
        }
    }
    dl->AddLine(ImVec2(float(r.x), float(origin.y)), ImVec2(float(r.x + r.w), float(origin.y)), p.axis, 1.5f);
    dl->AddLine(ImVec2(float(origin.x), float(r.y)), ImVec2(float(origin.x), float(r.y + r.h)), p.axis, 1.5f);

    // Tick labels beside the axes, none at the origin or crowding an edge.
    for (double v = std::ceil(-half.x / step) * step; v <= half.x; v += step) {
        if (std::abs(v) < step * 0.01) continue;
        const Vec2 at = screen_of(app, {v, 0});
        if (at.x < r.x + 12 || at.x > r.x + r.w - 12) continue;
        text_at(dl, app.fonts.small, small_px, {at.x, at.y + 4}, p.tickText, tick_label(v, step).c_str(), {0.5, 0});
    }
    for (double v = std::ceil(-half.y / step) * step; v <= half.y; v += step) {
        if (std::abs(v) < step * 0.01) continue;
        const Vec2 at = screen_of(app, {0, v});
        if (at.y < r.y + 10 || at.y > r.y + r.h - 10) continue;
        text_at(dl, app.fonts.small, small_px, {at.x - 6, at.y}, p.tickText, tick_label(v, step).c_str(), {1, 0.5});
    }
}

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

    const Vec2 foot = screen_of(app, app.derived.proj);
    const Vec2 tip_b = screen_of(app, app.state.b);
    dashed_line(dl, tip_b, foot, p.perpendicular, 1.5f, 5, 4);

    // Right-angle mark where the perpendicular meets a's line.
    if (distance(tip_b, foot) > 14 && distance(origin, foot) > 14) {
        const double s = 9;
        const Vec2 along = (app.derived.projScalar >= 0 ? -s : s) * dir_screen;
        const Vec2 toward_b = (s / distance(tip_b, foot)) * (tip_b - foot);
        dl->AddLine(im(foot + along), im(foot + along + toward_b), p.perpendicular, 1.2f);
        dl->AddLine(im(foot + along + toward_b), im(foot + toward_b), p.perpendicular, 1.2f);
    }
}

// Drawn over a's shaft (it lies on a's line) and under b.
void draw_projection_bar(const App& app, ImDrawList* dl) {
    if (!unit(app.state.a)) return;
    dl->AddLine(im(screen_of(app, {0, 0})), im(screen_of(app, app.derived.proj)), app.palette->projection, 5.0f);
}

void draw_angle(const App& app, ImDrawList* dl) {
    const DotDerived& d = app.derived;
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

void draw_arrow(const App& app, ImDrawList* dl, Vec2 tip_world, ImU32 color) {
    arrow(dl, screen_of(app, {0, 0}), screen_of(app, tip_world), color, 3.0f);
}

// The grip at a tip: a ring that swells while hovered or held, and the name
// just beyond it, out of the arrow's way.
void draw_handle(const App& app, ImDrawList* dl, Vec2 tip_world, ImU32 color, const char* name, Handle handle) {
    const Vec2 origin = screen_of(app, {0, 0});
    const Vec2 tip = screen_of(app, tip_world);
    const bool active = app.drag.held == handle || app.hovered == handle;
    const float radius = active ? 7.5f : 6.5f;
    // The keyboard's selection, visible only while the canvas has focus.
    if (app.focused && app.selected == handle) dl->AddCircle(im(tip), 13.0f, app.palette->focusRing, 28, 2.0f);
    if (active) dl->AddCircleFilled(im(tip), 15.0f, (color & 0x00ffffff) | 0x33000000, 24);
    dl->AddCircleFilled(im(tip), radius, color, 20);
    dl->AddCircle(im(tip), radius, app.palette->handleRing, 20, 2.0f);

    const double length = distance(origin, tip);
    const Vec2 out = length > 1 ? (1.0 / length) * (tip - origin) : Vec2{0.7, -0.7};
    text_at(dl, app.fonts.large, font_px(app.fonts, app.fonts.large), tip + 20.0 * out, color, name, {0.5, 0.5});
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
    const struct { Vec2 v; ImU32 color; bool isA; } arrows[] = {{app.state.a, p.vectorA, true},
                                                                {app.state.b, p.vectorB, false}};
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

// ---------------------------------------------------------------------------
// The readout panel
// ---------------------------------------------------------------------------

void swatch(ImU32 color) {
    const float size = ImGui::GetTextLineHeight() * 0.6f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float pad = (ImGui::GetTextLineHeight() - size) / 2;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + pad), ImVec2(at.x + size, at.y + pad + size),
                                              color, 2.0f);
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
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
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.vectorA), "%s", a_name);
    ImGui::SameLine();
    ImGui::TextUnformatted(" \u00b7 ");
    ImGui::SameLine();
    // b̂ as "b" with a hat drawn over it, like on the plane.
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.vectorB), "b");
    if (app.normalized) {
        const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
        const float x = (lo.x + hi.x) / 2, top = lo.y - 1;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x - 4, top + 3), ImVec2(x, top - 1), p.vectorB, 1.5f);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x, top - 1), ImVec2(x + 4, top + 3), p.vectorB, 1.5f);
    }
    ImGui::SameLine();
    if (app.normalized) ImGui::Text(" = cos \u03b8 = %s", r.cos.c_str());
    else ImGui::Text(" = %s", r.dotAlgebraic.c_str());
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.textMuted));
    if (app.normalized)
        ImGui::TextWrapped("Unit vectors: their dot product is the cosine similarity of a and b, lengths divided out.");
    else
        ImGui::TextWrapped("%s", r.verdict.c_str());
    ImGui::PopStyleColor();
}

void readout_table(const App& app) {
    const Palette& p = *app.palette;
    const DotReadouts& r = app.readouts;
    const float column = ImGui::GetContentRegionAvail().x * 0.56f;
    swatch(p.vectorA);
    ImGui::Text("a = %s", r.a.c_str());
    ImGui::SameLine(column);
    ImGui::Text("\u2016a\u2016 = %s", r.normA.c_str());
    swatch(p.vectorB);
    ImGui::Text("b = %s", r.b.c_str());
    ImGui::SameLine(column);
    ImGui::Text("\u2016b\u2016 = %s", r.normB.c_str());
    swatch(p.angleArc);
    ImGui::Text("\u03b8 = %s", r.angle.c_str());
    ImGui::SameLine(column);
    ImGui::Text("cos \u03b8 = %s", r.cos.c_str());
    swatch(p.projection);
    ImGui::Text("b projected onto a: %s", r.projScalar.c_str());
}

void toggles(App& app) {
    bool snap = app.dragOptions.snap > 0;
    if (ImGui::Checkbox("Snap", &snap)) app.dragOptions.snap = snap ? kDefaultSnap : 0;
    ImGui::SameLine();
    ImGui::Checkbox("Fine", &app.dragOptions.fine);
    ImGui::SameLine();
    ImGui::Checkbox("Unit vectors", &app.normalized);
    ImGui::SameLine();
    const char* reset = "Reset";
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(reset).x -
                         ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(reset)) set_inputs(app, app.initial);
}

void section_break() {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
}

void draw_panel(App& app) {
    const DotReadouts& r = app.readouts;
    const Rect& rect = app.layout.panel;
    ImGui::SetNextWindowPos(ImVec2(float(rect.x), float(rect.y)));
    ImGui::SetNextWindowSize(ImVec2(float(rect.w), float(rect.h)));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Readouts", nullptr, flags);

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
    const char* keys = "Keys: Tab picks a or b, arrows move it by 0.1 (Shift: 1), Home resets, "
                       "1\u20133 predict, N next exercise, G snap, F fine, U unit vectors.";
    if (!app.layout.stacked) {
        ImGui::Spacing();
        if (app.focused) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(app.palette->textMuted));
            ImGui::TextWrapped("%s", keys);
            ImGui::PopStyleColor();
        } else {
            ImGui::Dummy(ImVec2(1, ImGui::CalcTextSize(keys, nullptr, false, ImGui::GetContentRegionAvail().x).y));
        }
    }

    // The page sizes the canvas to fit everything, so the panel never
    // scrolls. Not mid-drag, though: the plane would shift under the pointer.
    const double needed = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
    if (std::abs(needed - app.panelContentHeight) > 1 && app.drag.held == Handle::None) {
        app.panelContentHeight = needed;
        app.heightChanged = true;
    }
    ImGui::End();
}

void draw_notices(App& app) {
    app.overlay = Rect{};
    if (app.notices.empty()) return;
    const Rect& r = app.layout.plane;
    const float width = float(std::min(r.w - 24, 460.0));
    ImGui::SetNextWindowPos(ImVec2(float(r.x + 12), float(r.y + 12)));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(app.palette->notice));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(app.palette->noticeText));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
    ImGui::Begin("Notices", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    for (const std::string& notice : app.notices) ImGui::TextWrapped("%s", notice.c_str());
    if (ImGui::SmallButton("Dismiss")) app.notices.clear();
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    app.overlay = Rect{pos.x, pos.y, size.x, size.y};
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

}  // namespace

void draw_frame(App& app) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const Rect& r = app.layout.plane;
    dl->PushClipRect(ImVec2(float(r.x), float(r.y)), ImVec2(float(r.x + r.w), float(r.y + r.h)), false);
    draw_grid(app, dl);
    draw_projection(app, dl);
    draw_angle(app, dl);
    draw_arrow(app, dl, app.state.a, app.palette->vectorA);
    draw_projection_bar(app, dl);
    draw_arrow(app, dl, app.state.b, app.palette->vectorB);
    if (app.normalized) draw_unit_vectors(app, dl);
    draw_handle(app, dl, app.state.a, app.palette->vectorA, "a", Handle::A);
    draw_handle(app, dl, app.state.b, app.palette->vectorB, "b", Handle::B);
    dl->PopClipRect();
    draw_panel(app);
    draw_notices(app);
}

}  // namespace dotlab
