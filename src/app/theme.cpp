#include "theme.h"

namespace dotlab {

namespace {
constexpr ImU32 rgb(unsigned hex, unsigned alpha = 255) {
    return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, alpha);
}
ImVec4 vec4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }
}  // namespace

const Palette& light_palette() {
    // Text colours keep a contrast of at least 4.5:1 on their backgrounds.
    static const Palette palette = {
        /*canvas*/ rgb(0xffffff), /*panel*/ rgb(0xf6f8fa), /*grid*/ rgb(0xeef1f5),
        /*gridMajor*/ rgb(0xd9dee5), /*axis*/ rgb(0x8c96a3), /*tickText*/ rgb(0x5b6470),
        /*text*/ rgb(0x1f2328), /*textMuted*/ rgb(0x57606a), /*rule*/ rgb(0xd8dee4),
        /*vectorA*/ rgb(0x1f6feb), /*vectorB*/ rgb(0xcf222e), /*projection*/ rgb(0xe36209),
        /*output*/ rgb(0x1a7f37), /*perpendicular*/ rgb(0x8c96a3), /*angleArc*/ rgb(0x6e40c9),
        /*handleRing*/ rgb(0xffffff), /*notice*/ rgb(0xfff8c5), /*noticeText*/ rgb(0x4d3800),
        /*choiceHover*/ rgb(0xeef1f5), /*choiceSelected*/ rgb(0xddf4ff), /*focusRing*/ rgb(0x1f2328),
    };
    return palette;
}

void apply_style(const Palette& p) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(16, 14);
    style.FramePadding = ImVec2(8, 4);
    style.ItemSpacing = ImVec2(8, 6);
    style.WindowRounding = 0;
    style.FrameRounding = 6;
    style.GrabRounding = 6;
    style.WindowBorderSize = 0;
    style.FrameBorderSize = 1;
    style.ScrollbarSize = 10;
    style.ScrollbarRounding = 6;

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = vec4(p.text);
    c[ImGuiCol_TextDisabled] = vec4(p.textMuted);
    c[ImGuiCol_WindowBg] = vec4(p.panel);
    c[ImGuiCol_ChildBg] = vec4(p.panel);
    c[ImGuiCol_Border] = vec4(p.rule);
    c[ImGuiCol_Separator] = vec4(p.rule);
    c[ImGuiCol_FrameBg] = vec4(p.canvas);
    c[ImGuiCol_FrameBgHovered] = vec4(rgb(0xeaeef2));
    c[ImGuiCol_FrameBgActive] = vec4(rgb(0xdde3ea));
    c[ImGuiCol_Button] = vec4(p.canvas);
    c[ImGuiCol_ButtonHovered] = vec4(rgb(0xeaeef2));
    c[ImGuiCol_ButtonActive] = vec4(rgb(0xdde3ea));
    c[ImGuiCol_CheckMark] = vec4(p.vectorA);
    c[ImGuiCol_ScrollbarBg] = vec4(p.panel);
    c[ImGuiCol_ScrollbarGrab] = vec4(rgb(0xc9d1d9));
    c[ImGuiCol_NavHighlight] = vec4(p.vectorA);
}

}  // namespace dotlab
