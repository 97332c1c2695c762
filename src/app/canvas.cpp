// Drawing helpers shared by the views, the panel window, notices, and the
// frame itself: which view draws, in what order.
#include "canvas.h"

#include "../core/views.h"
#include "../core/wrap.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8
#include "widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace dotlab {

namespace {

std::string tick_label(double value, double step) {
    char buffer[32];
    const int decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::abs(value));
    return (value < 0 ? "\u2212" : "") + std::string(buffer);
}

void draw_notices(App& app) {
    Lesson& l = app.lesson;
    l.overlay = Rect{};
    if (l.notices.empty()) return;
    const Rect& r = l.layout.plane;
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
    for (const std::string& notice : l.notices) wrapped(app.palette->noticeText, notice.c_str());
    if (button(app, "notice.dismiss", "Dismiss")) l.notices.clear();
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    l.overlay = Rect{pos.x, pos.y, size.x, size.y};
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

}  // namespace

// ---------------------------------------------------------------------------
// Primitives (CSS pixels throughout)
// ---------------------------------------------------------------------------

void dashed_line(ImDrawList* dl, Vec2 from, Vec2 to, ImU32 color, float thickness, float dash, float gap,
                 const std::vector<Rect>& avoid) {
    const double length = distance(from, to);
    if (length < 1e-6) return;
    const Vec2 step = (1.0 / length) * (to - from);
    for (double t = 0; t < length; t += dash + gap) {
        const Vec2 start = from + t * step, end = from + std::min(length, t + dash) * step;
        if (!crosses_any(avoid, start, end, kDashClearance)) dl->AddLine(im(start), im(end), color, thickness);
    }
}

void arrow(ImDrawList* dl, Vec2 from, Vec2 to, ImU32 color, float thickness, float head_px) {
    const double length = distance(from, to);
    if (length < 1.0) return;
    const Vec2 dir = (1.0 / length) * (to - from);
    const Vec2 normal{-dir.y, dir.x};
    const double head = std::min(double(head_px), length * 0.6);
    const double half_width = head * 0.45;
    const Vec2 base = to - head * dir;
    dl->AddLine(im(from), im(base + 1.0 * dir), color, thickness);
    dl->AddTriangleFilled(im(to), im(base + half_width * normal), im(base - half_width * normal), color);
}

// ---------------------------------------------------------------------------
// Glyphs a font lacks draw as "?". The build checks the string literals
// against the body font's subset, but numbers, labels and the headline
// font's shorter list escape it (√ once showed as "?"): the text drawn
// through here reports each missing one (dotlab.stats().missingGlyphs).
// ---------------------------------------------------------------------------
namespace {
std::vector<unsigned> g_missing_glyphs;
}

void note_missing_glyphs(const ImFont* font, std::string_view text) {
    const char* at = text.data();
    const char* const end = at + text.size();
    while (at < end) {
        unsigned c = 0;
        const int length = ImTextCharFromUtf8(&c, at, end);
        if (length <= 0) break;
        at += length;
        if (c < 0x20 || font->FindGlyphNoFallback(ImWchar(c))) continue;
        if (std::find(g_missing_glyphs.begin(), g_missing_glyphs.end(), c) == g_missing_glyphs.end())
            g_missing_glyphs.push_back(c);
    }
}

const std::vector<unsigned>& missing_glyphs() { return g_missing_glyphs; }

void text_at(ImDrawList* dl, ImFont* font, float px, Vec2 at, ImU32 color, const char* text, Vec2 align) {
    note_missing_glyphs(font, text);
    const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0, text);
    const Vec2 origin{at.x - align.x * size.x, at.y - align.y * size.y};
    dl->AddText(font, px, ImVec2(std::round(float(origin.x)), std::round(float(origin.y))), color, text);
}

void handle_obstacles(const App& app, LabelBoard& board) {
    const Vec2 origin = screen_of(app, {0, 0});
    const std::vector<Vec2> handles = tips_of(app.lesson.state);
    for (size_t i = 0; i < handles.size(); ++i) {
        const Vec2 tip = screen_of(app, handles[i]);
        board.tips.push_back({tip, int(i)});
        board.segments.push_back({origin, tip});
    }
    board.tips.push_back({origin, -1});  // where every arrow starts
}

void begin_plane_labels(App& app) {
    app.board = LabelBoard{};
    app.board.bounds = app.lesson.layout.plane;
    app.board.tipClearance = ui(app, kTipClearance);
    drawing_of(app.lesson.state.mode).obstacles(app, app.board);
    app.labels.clear();
}

ImFont* plane_small_font(const App& app) { return app.lesson.screen.presenting ? app.fonts.body : app.fonts.small; }

Rect plane_label(App& app, ImDrawList* dl, const PlaneLabel& label, const std::string& text) {
    ImFont* font = label.font ? label.font : plane_small_font(app);
    const float px = font_px(app.fonts, font);
    const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0, text.c_str());
    const Vec2 pad = label.backdrop ? Vec2{4, 1} : Vec2{1, 0};
    LabelRequest request;
    request.anchor = label.anchor;
    request.toward = label.toward;
    request.size = {size.x + 2 * pad.x, size.y + 2 * pad.y};
    request.gap = ui(app, label.gap);
    request.owner = label.owner;
    const Placement placed = place_label(app.board, request);
    const Rect& r = placed.rect;
    if (placed.leader) {
        const Vec2 center = r.center();
        const Vec2 from =
            label.anchor +
            (distance(label.anchor, center) > 1 ? 6.0 / distance(label.anchor, center) : 0.0) * (center - label.anchor);
        const Vec2 to{std::clamp(label.anchor.x, r.x, r.x + r.w), std::clamp(label.anchor.y, r.y, r.y + r.h)};
        dl->AddLine(im(from), im(to), with_alpha(label.color, 0x90), 1.0f);
    }
    if (label.backdrop)
        dl->AddRectFilled(im({r.x, r.y}), im({r.x + r.w, r.y + r.h}), with_alpha(app.palette->canvas, 0xE0), 4.0f);
    text_at(dl, font, px, r.center(), label.color, text.c_str(), {0.5, 0.5});
    app.labels.push_back({text, r});
    return r;
}

// ---------------------------------------------------------------------------
// The plane
// ---------------------------------------------------------------------------

namespace {

// A tick label goes where it belongs or nowhere: skipped where it would crowd
// a tip or another label.
void tick_label_at(App& app, ImDrawList* dl, Vec2 at, Vec2 align, const std::string& text) {
    ImFont* font = plane_small_font(app);
    const float px = font_px(app.fonts, font);
    const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0, text.c_str());
    const Rect r{at.x - align.x * size.x, at.y - align.y * size.y, size.x, size.y};
    if (!is_free(app.board, r, -1)) return;
    app.board.taken.push_back(r);
    app.labels.push_back({text, r});
    text_at(dl, font, px, at, app.palette->tickText, text.c_str(), align);
}

}  // namespace

void draw_grid(App& app, ImDrawList* dl) {
    const Palette& p = *app.palette;
    const Plane& plane = app.lesson.plane;
    const Rect& r = plane.screen;  // no fill: the renderer clears the canvas to p.canvas

    const double step = grid_step(plane, ui(app, 44));
    const WorldBox box = visible_box(plane);
    const Vec2 origin = screen_of(app, {0, 0});

    // Minor lines at a fifth of the labelled step when they are far enough apart.
    const double minor = step / 5 * pixels_per_unit(plane) >= 9 ? step / 5 : step;
    for (int axis = 0; axis < 2; ++axis) {
        const double lo = axis == 0 ? box.min.x : box.min.y, hi = axis == 0 ? box.max.x : box.max.y;
        for (double v = std::floor(lo / minor) * minor; v <= hi; v += minor) {
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
    dl->AddLine(ImVec2(float(r.x), float(origin.y)), ImVec2(float(r.x + r.w), float(origin.y)), p.axis, ui(app, 1.5));
    dl->AddLine(ImVec2(float(origin.x), float(r.y)), ImVec2(float(origin.x), float(r.y + r.h)), p.axis, ui(app, 1.5));

    // Tick labels beside the axes, none at the origin or crowding an edge.
    for (double v = std::ceil(box.min.x / step) * step; v <= box.max.x; v += step) {
        if (std::abs(v) < step * 0.01) continue;
        const Vec2 at = screen_of(app, {v, 0});
        if (at.x < r.x + 12 || at.x > r.x + r.w - 12) continue;
        tick_label_at(app, dl, {at.x, at.y + ui(app, 4)}, {0.5, 0}, tick_label(v, step));
    }
    for (double v = std::ceil(box.min.y / step) * step; v <= box.max.y; v += step) {
        if (std::abs(v) < step * 0.01) continue;
        const Vec2 at = screen_of(app, {0, v});
        if (at.y < r.y + 10 || at.y > r.y + r.h - 10) continue;
        tick_label_at(app, dl, {at.x - ui(app, 6), at.y}, {1, 0.5}, tick_label(v, step));
    }
}

void draw_shadow_lines(App& app, ImDrawList* dl, Vec2 onto, Vec2 of) {
    const Palette& p = *app.palette;
    const auto along_hat = unit(onto);
    if (!along_hat) return;
    const Rect& r = app.lesson.layout.plane;
    const Vec2 origin = screen_of(app, {0, 0});
    const double reach = std::hypot(r.w, r.h);
    const Vec2 dir_screen{along_hat->x, -along_hat->y};
    dashed_line(dl, origin - reach * dir_screen, origin + reach * dir_screen, p.gridMajor, ui(app, 1), ui(app, 6),
                ui(app, 5));

    const DotDerived d = derive_dot(onto, of);
    const Vec2 foot = screen_of(app, d.proj);
    const Vec2 tip = screen_of(app, of);
    dashed_line(dl, tip, foot, p.perpendicular, ui(app, 1.5), ui(app, 5), ui(app, 4));
    app.board.segments.push_back({tip, foot});
    app.board.segments.push_back({origin, foot});

    // The right angle where the drop meets the line.
    if (distance(tip, foot) > ui(app, 14) && distance(origin, foot) > ui(app, 14)) {
        const double s = ui(app, 9);
        const Vec2 along = (d.projScalar >= 0 ? -s : s) * dir_screen;
        const Vec2 toward_tip = (s / distance(tip, foot)) * (tip - foot);
        dl->AddLine(im(foot + along), im(foot + along + toward_tip), p.perpendicular, ui(app, 1.2));
        dl->AddLine(im(foot + along + toward_tip), im(foot + toward_tip), p.perpendicular, ui(app, 1.2));
    }
}

void draw_shadow_bar(const App& app, ImDrawList* dl, Vec2 onto, Vec2 of) {
    if (!unit(onto)) return;
    dl->AddLine(im(screen_of(app, {0, 0})), im(screen_of(app, derive_dot(onto, of).proj)), app.palette->projection,
                ui(app, 8));
}

void draw_arrow(const App& app, ImDrawList* dl, Vec2 tip_world, ImU32 color, float thickness) {
    arrow(dl, screen_of(app, {0, 0}), screen_of(app, tip_world), color, ui(app, thickness), ui(app, 14));
}

void draw_handle(App& app, ImDrawList* dl, Handle handle, Vec2 tip_world, ImU32 color, const char* name, ImFont* font,
                 bool square) {
    const Vec2 origin = screen_of(app, {0, 0});
    const Vec2 tip = screen_of(app, tip_world);
    const Lesson& l = app.lesson;
    const bool active = l.drag.held == handle || l.hovered == handle;
    const float radius = ui(app, active ? 7.5 : 6.5);
    // The keyboard's selection, visible while the keyboard drives the figure.
    if (l.focused && l.selected == handle && l.input == InputKind::Keyboard)
        dl->AddCircle(im(tip), ui(app, 13), app.palette->focusRing, 28, ui(app, 2));
    if (active) dl->AddCircleFilled(im(tip), ui(app, 15), with_alpha(color, 0x33), 24);
    if (square) {
        const float half = radius * 0.9f;
        const ImVec2 lo(float(tip.x) - half, float(tip.y) - half), hi(float(tip.x) + half, float(tip.y) + half);
        dl->AddRectFilled(lo, hi, color);
        dl->AddRect(lo, hi, app.palette->handleRing, 0, 0, ui(app, 2));
    } else {
        dl->AddCircleFilled(im(tip), radius, color, 20);
        dl->AddCircle(im(tip), radius, app.palette->handleRing, 20, ui(app, 2));
    }

    // The name just beyond the tip, where the arrow points.
    const double length = distance(origin, tip);
    const Vec2 out = length > 1 ? (1.0 / length) * (tip - origin) : Vec2{0.7, -0.7};
    PlaneLabel label;
    label.anchor = tip;
    label.toward = out;
    label.font = font ? font : app.fonts.large;
    // A faint arrow shows little weight; its name must still be read.
    constexpr unsigned kReadableAlpha = 0xD0;
    label.color = (color >> IM_COL32_A_SHIFT) < kReadableAlpha ? with_alpha(color, kReadableAlpha) : color;
    label.gap = kTipClearance + 1;  // CSS px at the UI step: clear of the tip it names
    label.owner = handle;
    label.backdrop = false;
    plane_label(app, dl, label, name);
}

// ---------------------------------------------------------------------------
// Panel helpers
// ---------------------------------------------------------------------------

void swatch(ImU32 color) {
    const float size = ImGui::GetTextLineHeight() * 0.6f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float pad = (ImGui::GetTextLineHeight() - size) / 2;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + pad), ImVec2(at.x + size, at.y + pad + size), color,
                                              2.0f);
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
}

namespace {
// wrapped()'s lines at the width left on the current row, in the current font.
std::vector<std::string_view> wrapped_lines(const char* text) {
    const float width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
    auto measure = [](std::string_view s) { return double(ImGui::CalcTextSize(s.data(), s.data() + s.size()).x); };
    return wrap_lines(text, width, measure);
}
}  // namespace

void wrapped(ImU32 color, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color4(color));
    for (std::string_view line : wrapped_lines(text)) {
        note_missing_glyphs(ImGui::GetFont(), line);
        ImGui::TextUnformatted(line.data(), line.data() + line.size());
    }
    ImGui::PopStyleColor();
}

float wrapped_height(const char* text) {
    return float(wrapped_lines(text).size()) * ImGui::GetTextLineHeightWithSpacing();
}

void section_break() {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
}

// ---------------------------------------------------------------------------
// The frame
// ---------------------------------------------------------------------------

namespace {

// A fixed, undecorated window over `rect`. Returns the height its content
// took, so the page can size the canvas and nothing in it ever scrolls.
template <typename Draw>
double content_window(const char* name, const Rect& rect, Draw draw) {
    ImGui::SetNextWindowPos(ImVec2(float(rect.x), float(rect.y)));
    ImGui::SetNextWindowSize(ImVec2(float(rect.w), float(std::max(1.0, rect.h))));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin(name, nullptr, flags);
    draw();
    const double needed = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
    ImGui::End();
    return needed;
}

void draw_plane(App& app) {
    const Lesson& l = app.lesson;
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const Rect& r = l.layout.plane;
    dl->PushClipRect(ImVec2(float(r.x), float(r.y)), ImVec2(float(r.x + r.w), float(r.y + r.h)), false);
    begin_plane_labels(app);
    draw_grid(app, dl);
    drawing_of(l.state.mode).plane(app, dl);
    dl->PopClipRect();
    record_rect(app, "plane", im({r.x, r.y}), im({r.x + r.w, r.y + r.h}), false);
}

}  // namespace

void set_theme(App& app, bool dark) {
    app.palette = dark ? &dark_palette() : &light_palette();
    apply_style(*app.palette, app.bigTargets, app.scale);
}

void draw_frame(App& app) {
    Lesson& l = app.lesson;
    app.drawn.clear();
    // The style follows the targets and the UI step once the fonts have.
    if (app.bigTargets != wants_big_targets(l) || app.scale != app.fonts.scale) {
        app.bigTargets = wants_big_targets(l);
        app.scale = app.fonts.scale;
        apply_style(*app.palette, app.bigTargets, app.scale);
    }
    // A formula term hovered last frame is highlighted on the plane this one.
    app.highlight = app.hovering;
    app.hovering = Term::None;
    draw_plane(app);
    // On narrow screens the exercise sits above the plane, so predicting,
    // dragging and reading the verdict need no scrolling.
    double strip = 0;
    if (l.layout.stacked && view_of(l.state.mode).exercises)
        strip = content_window("Exercise", l.layout.strip, [&] { draw_exercise_card(app, true); });
    const double panel = content_window("Panel", l.layout.panel, [&] { drawing_of(l.state.mode).panel(app); });
    // What the panel's content took, so tests can see it is not cut off.
    const Rect& p = l.layout.panel;
    record_rect(app, "panel.content", im({p.x, p.y}), im({p.x + p.w, p.y + panel}), false);
    set_content_heights(l, strip, panel);
    draw_notices(app);
}

}  // namespace dotlab
