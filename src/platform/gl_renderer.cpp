// ImGui draw lists -> WebGL 2, with no state queries (see gl_renderer.h).
#include "gl_renderer.h"

#include <GLES3/gl3.h>
#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace dotlab {

// ---------------------------------------------------------------------------
// GL objects, in one place
// ---------------------------------------------------------------------------
namespace {
enum class Linked { Unknown, Yes, No };

struct Renderer {
    GLuint program = 0;
    Linked linked = Linked::Unknown;
    GLint transform = -1;  // uniform vec4: pixels -> clip space
    GLuint vertexArray = 0;
    GLuint vertices = 0;
    GLuint indices = 0;
    GLsizeiptr vertexCapacity = 0;  // bytes
    GLsizeiptr indexCapacity = 0;
    GLuint fontTexture = 0;
    uint64_t onScreen = 0;  // fingerprint of the frame the canvas shows
};
Renderer r;
unsigned long long frames_drawn = 0;  // outlives the objects: counted across lost contexts

// Attribute locations are fixed in the shader, so nothing is looked up.
enum : GLuint { kPosition = 0, kUv = 1, kColor = 2 };

const char* const kVertexShader = R"(#version 300 es
uniform vec4 transform;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 color;
out vec2 fragUv;
out vec4 fragColor;
void main() {
    fragUv = uv;
    fragColor = color;
    gl_Position = vec4(position * transform.xy + transform.zw, 0.0, 1.0);
})";

// The atlas holds coverage only (one byte per pixel): every glyph and the
// solid "white pixel" ImGui draws shapes with are white.
const char* const kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 fragUv;
in vec4 fragColor;
out vec4 outColor;
void main() {
    outColor = vec4(fragColor.rgb, fragColor.a * texture(atlas, fragUv).r);
})";

GLuint compile(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

// ---------------------------------------------------------------------------
// Vertex layout: ImDrawVert is {pos, uv, col}. WebGL 2 has no base-vertex
// draw, so meshes over 65,536 vertices (1,000 keys) are drawn in pieces by
// moving the attribute pointers to each piece's first vertex.
// ---------------------------------------------------------------------------
void point_attributes_at(size_t first_vertex) {
    const size_t base = first_vertex * sizeof(ImDrawVert);
    const auto at = [base](size_t field) { return reinterpret_cast<const void*>(base + field); };
    constexpr GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, at(offsetof(ImDrawVert, col)));
}

// Grows a buffer to hold `bytes`, doubling so that a growing mesh settles
// after a few frames instead of reallocating every frame.
void reserve(GLenum target, GLsizeiptr& capacity, GLsizeiptr bytes) {
    if (bytes <= capacity) return;
    GLsizeiptr grown = capacity ? capacity : 64 * 1024;
    while (grown < bytes) grown *= 2;
    glBufferData(target, grown, nullptr, GL_STREAM_DRAW);
    capacity = grown;
}

// The one query we make, once, at the first draw: by then the GPU process
// has long finished compiling.
bool program_linked() {
    if (r.linked == Linked::Unknown) {
        GLint status = GL_FALSE;
        glGetProgramiv(r.program, GL_LINK_STATUS, &status);
        r.linked = status ? Linked::Yes : Linked::No;
        if (status) {
            glUseProgram(r.program);
            r.transform = glGetUniformLocation(r.program, "transform");
        }
    }
    return r.linked == Linked::Yes;
}

// ---------------------------------------------------------------------------
// A fingerprint of everything a frame puts on screen. ImGui is drawn for a
// few frames after each input while its widgets settle, and a drag makes
// frames with no new pointer event between them: when nothing differs the
// canvas already shows the frame, and the GPU is spared redrawing it.
// ---------------------------------------------------------------------------
struct Fingerprint {
    uint64_t hash = 0x243F6A8885A308D3ull;
    void add(const void* bytes, size_t size) {
        const unsigned char* p = static_cast<const unsigned char*>(bytes);
        for (; size >= 8; size -= 8, p += 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            mix(word);
        }
        uint64_t tail = 0;
        if (size) std::memcpy(&tail, p, size);
        mix(tail ^ (uint64_t(size) << 56));
    }
    void mix(uint64_t word) {
        hash = (hash ^ word) * 0x9E3779B97F4A7C15ull;
        hash ^= hash >> 29;
    }
};

uint64_t fingerprint(const ImDrawData& data, int fb_width, int fb_height, const float clear_rgb[3]) {
    Fingerprint f;
    const int size[2] = {fb_width, fb_height};
    f.add(size, sizeof size);
    f.add(clear_rgb, 3 * sizeof(float));
    f.add(&data.DisplayPos, sizeof(ImVec2));
    f.add(&data.DisplaySize, sizeof(ImVec2));
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        f.add(list.VtxBuffer.Data, size_t(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        f.add(list.IdxBuffer.Data, size_t(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            const uint64_t fields[4] = {uint64_t(reinterpret_cast<intptr_t>(cmd.GetTexID())), cmd.VtxOffset,
                                        cmd.IdxOffset, cmd.ElemCount};
            f.add(&cmd.ClipRect, sizeof(ImVec4));
            f.add(fields, sizeof fields);
        }
    }
    return f.hash;
}

// The state every frame needs; nothing else uses the context.
void set_fixed_state() {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glActiveTexture(GL_TEXTURE0);
}
}  // namespace

// ---------------------------------------------------------------------------
// Creation
// ---------------------------------------------------------------------------
void renderer_create() {
    const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    r.program = glCreateProgram();
    glAttachShader(r.program, vs);
    glAttachShader(r.program, fs);
    glLinkProgram(r.program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    r.linked = Linked::Unknown;

    glGenVertexArrays(1, &r.vertexArray);
    glBindVertexArray(r.vertexArray);
    glGenBuffers(1, &r.vertices);
    glGenBuffers(1, &r.indices);
    glBindBuffer(GL_ARRAY_BUFFER, r.vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r.indices);  // recorded in the vertex array
    glEnableVertexAttribArray(kPosition);
    glEnableVertexAttribArray(kUv);
    glEnableVertexAttribArray(kColor);
    set_fixed_state();
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
}

void renderer_forget() { r = Renderer{}; }

unsigned long long renderer_frames_drawn() { return frames_drawn; }

void renderer_upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (r.fontTexture) glDeleteTextures(1, &r.fontTexture);
    glGenTextures(1, &r.fontTexture);
    glBindTexture(GL_TEXTURE_2D, r.fontTexture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(r.fontTexture)));
}

// ---------------------------------------------------------------------------
// The frame: one upload of every list's vertices and indices, then the draws
// ---------------------------------------------------------------------------
namespace {

void upload(const ImDrawData& data) {
    glBindBuffer(GL_ARRAY_BUFFER, r.vertices);
    reserve(GL_ARRAY_BUFFER, r.vertexCapacity, GLsizeiptr(data.TotalVtxCount) * GLsizeiptr(sizeof(ImDrawVert)));
    reserve(GL_ELEMENT_ARRAY_BUFFER, r.indexCapacity, GLsizeiptr(data.TotalIdxCount) * GLsizeiptr(sizeof(ImDrawIdx)));
    size_t vertex_base = 0, index_base = 0;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        glBufferSubData(GL_ARRAY_BUFFER, GLintptr(vertex_base * sizeof(ImDrawVert)),
                        GLsizeiptr(list.VtxBuffer.Size * sizeof(ImDrawVert)), list.VtxBuffer.Data);
        glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, GLintptr(index_base * sizeof(ImDrawIdx)),
                        GLsizeiptr(list.IdxBuffer.Size * sizeof(ImDrawIdx)), list.IdxBuffer.Data);
        vertex_base += size_t(list.VtxBuffer.Size);
        index_base += size_t(list.IdxBuffer.Size);
    }
}

// Where the draws are in the buffers, and what is bound, across the lists.
struct DrawCursor {
    size_t vertexBase = 0, indexBase = 0;
    size_t pointedAt = SIZE_MAX;
    GLuint boundTexture = 0;
};

void draw_command(const ImDrawList& list, const ImDrawCmd& cmd, const ImDrawData& data, int fb_height, DrawCursor& at) {
    if (cmd.UserCallback) {
        // The lesson registers no callbacks but ImGui's own reset, which has
        // nothing to reset here.
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
        return;
    }
    const ImVec2 origin = data.DisplayPos, scale = data.FramebufferScale;
    const float x0 = (cmd.ClipRect.x - origin.x) * scale.x, y0 = (cmd.ClipRect.y - origin.y) * scale.y;
    const float x1 = (cmd.ClipRect.z - origin.x) * scale.x, y1 = (cmd.ClipRect.w - origin.y) * scale.y;
    if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) return;
    glScissor(GLint(x0), GLint(float(fb_height) - y1), GLsizei(x1 - x0), GLsizei(y1 - y0));

    const GLuint texture = GLuint(reinterpret_cast<intptr_t>(cmd.GetTexID()));
    if (texture != at.boundTexture) {
        glBindTexture(GL_TEXTURE_2D, texture);
        at.boundTexture = texture;
    }
    const size_t first_vertex = at.vertexBase + cmd.VtxOffset;
    if (first_vertex != at.pointedAt) {
        point_attributes_at(first_vertex);
        at.pointedAt = first_vertex;
    }
    glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                   reinterpret_cast<const void*>((at.indexBase + cmd.IdxOffset) * sizeof(ImDrawIdx)));
}

}  // namespace

void renderer_invalidate() { r.onScreen = 0; }

const char* renderer_draw(const ImDrawData& data, int fb_width, int fb_height, const float clear_rgb[3]) {
    const uint64_t frame = fingerprint(data, fb_width, fb_height, clear_rgb);
    if (frame == r.onScreen) return nullptr;
    r.onScreen = frame;
    ++frames_drawn;

    glViewport(0, 0, fb_width, fb_height);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(clear_rgb[0], clear_rgb[1], clear_rgb[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!r.program) return nullptr;  // not made yet, or lost with the context
    if (!program_linked()) return "the WebGL shader did not compile";
    if (fb_width <= 0 || fb_height <= 0 || data.TotalVtxCount == 0) return nullptr;

    glEnable(GL_SCISSOR_TEST);
    const ImVec2 origin = data.DisplayPos;
    glUniform4f(r.transform, 2.0f / data.DisplaySize.x, -2.0f / data.DisplaySize.y,
                -1.0f - origin.x * 2.0f / data.DisplaySize.x, 1.0f + origin.y * 2.0f / data.DisplaySize.y);
    upload(data);
    DrawCursor at;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        for (const ImDrawCmd& cmd : list.CmdBuffer) draw_command(list, cmd, data, fb_height, at);
        at.vertexBase += size_t(list.VtxBuffer.Size);
        at.indexBase += size_t(list.IdxBuffer.Size);
    }
    return nullptr;
}

}  // namespace dotlab
