#include "theme.h"

#include <imgui.h>

#include <algorithm>

namespace dotlab {

namespace {
ImVec4 vec4(Color c) { return ImGui::ColorConvertU32ToFloat4(c); }
// A blend of two colours: hover and press shades that suit either theme.
Color mix(Color a, Color b, float t) {
    const ImVec4 x = vec4(a), y = vec4(b);
    return ImGui::ColorConvertFloat4ToU32(
        ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t, 1));
}
}  // namespace

void apply_style(const Palette& p, bool big_targets, float scale) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(16, 14);
    style.FramePadding = ImVec2(8, 6.5f);  // a 28-px target for a mouse (WCAG 2.5.8 asks for 24)
    style.ItemSpacing = ImVec2(8, 6);
    style.WindowRounding = 0;
    style.FrameRounding = 6;
    style.GrabRounding = 6;
    style.WindowBorderSize = 0;
    style.FrameBorderSize = 1;
    style.ScrollbarSize = 10;
    style.ScrollbarRounding = 6;
    style.ScaleAllSizes(scale);
    // Fingers get 44-px frames at every step: 15 CSS px of text times the
    // step, and padding to make up the rest.
    if (big_targets) style.FramePadding = ImVec2(12 * scale, std::max(6.5f * scale, (44 - 15 * scale) / 2));

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = vec4(p.text);
    c[ImGuiCol_TextDisabled] = vec4(p.textMuted);
    c[ImGuiCol_WindowBg] = vec4(p.panel);
    c[ImGuiCol_ChildBg] = vec4(p.panel);
    c[ImGuiCol_Border] = vec4(p.rule);
    c[ImGuiCol_Separator] = vec4(p.rule);
    c[ImGuiCol_FrameBg] = vec4(p.canvas);
    c[ImGuiCol_FrameBgHovered] = vec4(mix(p.canvas, p.text, 0.08f));
    c[ImGuiCol_FrameBgActive] = vec4(mix(p.canvas, p.text, 0.16f));
    c[ImGuiCol_Button] = vec4(p.canvas);
    c[ImGuiCol_ButtonHovered] = vec4(mix(p.canvas, p.text, 0.08f));
    c[ImGuiCol_ButtonActive] = vec4(mix(p.canvas, p.text, 0.16f));
    c[ImGuiCol_CheckMark] = vec4(p.vectorA);
    c[ImGuiCol_ScrollbarBg] = vec4(p.panel);
    c[ImGuiCol_ScrollbarGrab] = vec4(p.rule);
    c[ImGuiCol_SliderGrab] = vec4(p.vectorA);
    c[ImGuiCol_SliderGrabActive] = vec4(p.vectorA);
    c[ImGuiCol_NavHighlight] = vec4(p.vectorA);
}

}  // namespace dotlab
