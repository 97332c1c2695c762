// The app's half of the table of views (the core's half is core/views.cpp):
// how each view draws its plane and its panel.
#include "app.h"

namespace dotlab {

// Each view's drawing, defined in its own file.
void draw_dot_plane(App& app, ImDrawList* dl);
void draw_dot_panel(App& app);
void draw_attention_plane(App& app, ImDrawList* dl);
void draw_attention_panel(App& app);
void attention_obstacles(const App& app, LabelBoard& board);
void draw_retrieval_plane(App& app, ImDrawList* dl);
void draw_retrieval_panel(App& app);
void retrieval_obstacles(const App& app, LabelBoard& board);
void draw_projection_plane(App& app, ImDrawList* dl);
void draw_projection_panel(App& app);
void projection_obstacles(const App& app, LabelBoard& board);

namespace {
const ViewDrawing kDrawings[] = {
    {Mode::Dot, draw_dot_plane, draw_dot_panel, handle_obstacles},
    {Mode::Attention, draw_attention_plane, draw_attention_panel, attention_obstacles},
    {Mode::Retrieval, draw_retrieval_plane, draw_retrieval_panel, retrieval_obstacles},
    {Mode::Projection, draw_projection_plane, draw_projection_panel, projection_obstacles},
};
}  // namespace

const ViewDrawing& drawing_of(Mode mode) {
    for (const ViewDrawing& d : kDrawings)
        if (d.mode == mode) return d;
    return kDrawings[0];
}

}  // namespace dotlab
