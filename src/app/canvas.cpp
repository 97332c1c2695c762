// Drawing helpers shared by the views, the panel window, notices, and the
// frame itself: which view draws, in what order.
#include "canvas.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace dotlab {

namespace {

std::string tick_label(double value, double step) {
    char buffer[32];
    const int decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::abs(value));
    return (value < 0 ? "\u2212" : "") + std::string(buffer);
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

// ---------------------------------------------------------------------------
// Primitives (CSS pixels throughout)
// ---------------------------------------------------------------------------

void dashed_line(ImDrawList* dl, Vec2 from, Vec2 to, ImU32 color, float thickness, float dash, float gap) {
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

void text_at(ImDrawList* dl, ImFont* font, float px, Vec2 at, ImU32 color, const char* text, Vec2 align) {
    const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0, text);
    const Vec2 origin{at.x - align.x * size.x, at.y - align.y * size.y};
    dl->AddText(font, px, ImVec2(std::round(float(origin.x)), std::round(float(origin.y))), color, text);
}

void label_with_backdrop(const App& app, ImDrawList* dl, ImFont* font, Vec2 center, ImU32 color, const char* text) {
    const float px = font_px(app.fonts, font);
    const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0, text);
    const ImVec2 lo(float(center.x) - size.x / 2 - 4, float(center.y) - size.y / 2 - 1);
    const ImVec2 hi(float(center.x) + size.x / 2 + 4, float(center.y) + size.y / 2 + 1);
    dl->AddRectFilled(lo, hi, (app.palette->canvas & 0x00ffffff) | 0xE0000000, 4.0f);
    text_at(dl, font, px, center, color, text, {0.5, 0.5});
}

// ---------------------------------------------------------------------------
// The plane
// ---------------------------------------------------------------------------

void draw_grid(const App& app, ImDrawList* dl) {
    const Palette& p = *app.palette;
    const Rect& r = app.layout.plane;  // no fill: the renderer clears the canvas to p.canvas

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

void draw_arrow(const App& app, ImDrawList* dl, Vec2 tip_world, ImU32 color, float thickness) {
    arrow(dl, screen_of(app, {0, 0}), screen_of(app, tip_world), color, thickness);
}

void draw_handle(const App& app, ImDrawList* dl, Handle handle, Vec2 tip_world, ImU32 color, const char* name,
                 ImFont* font) {
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
    if (!font) font = app.fonts.large;
    text_at(dl, font, font_px(app.fonts, font), tip + (font_px(app.fonts, font) * 0.6 + 8) * out, color, name,
            {0.5, 0.5});
}

// ---------------------------------------------------------------------------
// The panel
// ---------------------------------------------------------------------------

void begin_panel(App& app) {
    const Rect& rect = app.layout.panel;
    ImGui::SetNextWindowPos(ImVec2(float(rect.x), float(rect.y)));
    ImGui::SetNextWindowSize(ImVec2(float(rect.w), float(rect.h)));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Panel", nullptr, flags);
}

void end_panel(App& app) {
    // The page sizes the canvas to fit everything, so the panel never
    // scrolls. Not mid-drag, though: the plane would shift under the pointer.
    const double needed = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
    if (std::abs(needed - app.panelContentHeight) > 1 && app.drag.held == kNoHandle) {
        app.panelContentHeight = needed;
        app.heightChanged = true;
    }
    ImGui::End();
}

void swatch(ImU32 color) {
    const float size = ImGui::GetTextLineHeight() * 0.6f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float pad = (ImGui::GetTextLineHeight() - size) / 2;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + pad), ImVec2(at.x + size, at.y + pad + size), color,
                                              2.0f);
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
}

void wrapped(ImU32 color, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color4(color));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void section_break() {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
}

// ---------------------------------------------------------------------------
// The frame
// ---------------------------------------------------------------------------

void draw_frame(App& app) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const Rect& r = app.layout.plane;
    dl->PushClipRect(ImVec2(float(r.x), float(r.y)), ImVec2(float(r.x + r.w), float(r.y + r.h)), false);
    draw_grid(app, dl);
    switch (app.state.mode) {
        case Mode::Dot: draw_dot_plane(app, dl); break;
        case Mode::Attention: draw_attention_plane(app, dl); break;
        case Mode::Retrieval: draw_retrieval_plane(app, dl); break;
    }
    dl->PopClipRect();
    begin_panel(app);
    switch (app.state.mode) {
        case Mode::Dot: draw_dot_panel(app); break;
        case Mode::Attention: draw_attention_panel(app); break;
        case Mode::Retrieval: draw_retrieval_panel(app); break;
    }
    end_panel(app);
    draw_notices(app);
}

}  // namespace dotlab
