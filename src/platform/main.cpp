// Dot Lab in the browser: SDL2 window and WebGL2 context, Dear ImGui, and an
// Emscripten main loop that sleeps whenever nothing moves.
//
// Each frame reads top to bottom: events -> lesson state -> ImGui frame ->
// draw -> publish to JS -> maybe pause.
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cfloat>
#include <iterator>
#include <string>
#include <vector>

#include "../core/state_codec.h"
#include "bridge.h"
#include "gl_renderer.h"
#include "imgui_input.h"
#include "platform.h"

namespace dotlab {

// ---------------------------------------------------------------------------
// All static state, in one place
// ---------------------------------------------------------------------------
namespace {
struct Platform {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    App app;
    FrameStats stats;
    int quietFrames = 0;
    bool paused = false;
    size_t startStep = 0;  // the next of kStartSteps to run
    bool inputThisFrame = false;
    bool canDraw = false;                // a live context holds the renderer's objects
    bool visible = true;                 // some of the canvas is on screen
    bool wokenWhileHidden = false;       // something changed while off screen
    bool publishPending = false;         // ... and the page is yet to hear of it
    ImVec2 pointer{-FLT_MAX, -FLT_MAX};  // where the mouse (or the last finger) is over the canvas
    bool touchScrolling = false;         // the finger down scrolls the page (set_touch_scrolling)
};
Platform g;

// ImGui settles hover and press states over a couple of frames after the last
// input; drawing a few more frames before sleeping lets it finish.
constexpr int kQuietFramesBeforePause = 3;

// ---------------------------------------------------------------------------
// Input: SDL events -> lesson pointer events
// ---------------------------------------------------------------------------
// Fingers reach us as SDL's touch-made mouse events: they carry the first
// finger only, so a second finger can never steal or start a drag.
PointerKind kind_of(Uint32 which) { return which == SDL_TOUCH_MOUSEID ? PointerKind::Touch : PointerKind::Mouse; }

bool handle_pointer(const SDL_Event& e) {
    Lesson& app = g.app.lesson;
    switch (e.type) {
        case SDL_MOUSEBUTTONDOWN:
            if (e.button.button != SDL_BUTTON_LEFT) return false;
            return pointer_down(app, {double(e.button.x), double(e.button.y)}, kind_of(e.button.which), 0);
        case SDL_MOUSEMOTION:
            return pointer_move(app, {double(e.motion.x), double(e.motion.y)}, kind_of(e.motion.which), 0);
        case SDL_MOUSEBUTTONUP:
            if (e.button.button != SDL_BUTTON_LEFT) return false;
            return pointer_up(app, kind_of(e.button.which), 0);
        default: return false;
    }
}

// Where the pointer is, for ImGui's hover states. A finger's position stays
// after it lifts, so a tapped term stays highlighted until the next tap.
// A finger scrolling the page moves the page with it, so it lifts over the
// control it landed on: ImGui sees it nowhere instead, and lets go of that
// control without a click (a swipe over a choice had made the prediction).
void track_pointer(const SDL_Event& e) {
    if (e.type == SDL_MOUSEMOTION) g.pointer = ImVec2(float(e.motion.x), float(e.motion.y));
    if (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP)
        g.pointer = ImVec2(float(e.button.x), float(e.button.y));
    const bool touch =
        (e.type == SDL_MOUSEMOTION && e.motion.which == SDL_TOUCH_MOUSEID) ||
        ((e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP) && e.button.which == SDL_TOUCH_MOUSEID);
    if ((touch && g.touchScrolling) || (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_LEAVE))
        g.pointer = ImVec2(-FLT_MAX, -FLT_MAX);
}

// Runs on the browser's event callback, before the event is queued: the
// moment to wake a sleeping loop.
int SDLCALL wake_on_event(void*, SDL_Event* e) {
    // SDL_PollEvent queues a sentinel each cycle (2.24+); waking on it would
    // keep the loop awake forever.
    if (e->type != SDL_POLLSENTINEL) wake();
    return 1;
}

// ---------------------------------------------------------------------------
// The frame
// ---------------------------------------------------------------------------
// The atlas follows the screen's density and the UI step, but never mid-drag:
// rasterizing takes a moment the finger would feel.
void reload_fonts_if_needed() {
    const float density = float(emscripten_get_device_pixel_ratio());
    const float scale = float(ui_scale(g.app.lesson));
    if (g.app.fonts.body && density == g.app.fonts.density && scale == g.app.fonts.scale) return;
    if (g.app.fonts.body && g.app.lesson.drag.held != kNoHandle) return;
    load_fonts(g.app.fonts, density, scale);
    if (g.canDraw) renderer_upload_fonts();
}

void show_cursor() {
    const Lesson& l = g.app.lesson;
    if (l.drag.held != kNoHandle)
        set_cursor(Cursor::Grabbing);
    else if (l.hovered != kNoHandle)
        set_cursor(showing_vectors(l) ? Cursor::Pointer : Cursor::Grab);  // pasted vectors are picked, not dragged
    else
        set_cursor(ImGui::IsAnyItemHovered() ? Cursor::Pointer : Cursor::Arrow);
}

// Input, the lesson and the ImGui frame: everything but the drawing. Returns
// whether any event arrived.
bool build_frame() {
    SDL_Event e;
    bool had_input = false;
    while (SDL_PollEvent(&e)) {
        had_input = true;
        imgui_input_event(e);
        handle_pointer(e);
        track_pointer(e);
    }
    reload_fonts_if_needed();

    imgui_input_frame(g.window, emscripten_get_now(), g.pointer);
    ImGui::NewFrame();
    draw_frame(g.app);
    show_cursor();
    ImGui::Render();
    return had_input;
}

void frame() {
    const double started = emscripten_get_now();
    set_clock(g.app.lesson, started);
    const bool had_input = build_frame();

    if (g.canDraw) {
        int fb_w = 0, fb_h = 0;
        SDL_GL_GetDrawableSize(g.window, &fb_w, &fb_h);
        const ImVec4 canvas = ImGui::ColorConvertU32ToFloat4(g.app.palette->canvas);
        const float clear[3] = {canvas.x, canvas.y, canvas.z};
        if (const char* failure = renderer_draw(*ImGui::GetDrawData(), fb_w, fb_h, clear)) {
            bridge_failed(failure);
            g.canDraw = false;
        }
    }

    if (g.stats.framesRendered++ == 0) g.stats.firstFrameMs = emscripten_get_now();
    // A fold step is measured in the next frame: the loop stays awake for it.
    const bool changed = g.app.lesson.changed || g.app.lesson.heightChanged || is_animating(g.app.lesson);
    bridge_after_frame(g.app);
    g.stats.lastFrameMs = emscripten_get_now() - started;

    // Sleep once nothing has happened for a few frames; wake() resumes.
    const bool busy = had_input || changed || g.inputThisFrame;
    g.inputThisFrame = false;
    g.quietFrames = busy ? 0 : g.quietFrames + 1;
    if (g.quietFrames >= kQuietFramesBeforePause && !g.paused) {
        g.paused = true;
        emscripten_pause_main_loop();
    }
}

// A frame built but not drawn, which measures the panel; a new height goes
// to the page. Returns whether the height changed (folding a short frame
// can take a few steps, each measured again).
constexpr int kMaxMeasureFrames = 4;
bool measure_once() {
    build_frame();
    if (!g.app.lesson.heightChanged) return false;
    g.app.lesson.heightChanged = false;
    bridge_request_layout();
    return true;
}

void settle_height() {
    for (int i = 0; i < kMaxMeasureFrames && measure_once(); ++i) {
    }
}

void publish_while_hidden(void*) {
    g.publishPending = false;
    bridge_publish(g.app);
}

}  // namespace

App& the_app() { return g.app; }

void wake() {
    g.quietFrames = 0;
    g.inputThisFrame = true;
    if (!g.paused) return;
    if (!g.visible) {
        // Drawn when it scrolls back into view; the page hears of the change
        // now, once the call that made it has returned.
        g.wokenWhileHidden = true;
        if (!g.publishPending) emscripten_async_call(publish_while_hidden, nullptr, 0);
        g.publishPending = true;
        return;
    }
    g.paused = false;
    emscripten_resume_main_loop();
}

void set_touch_scrolling(bool scrolling) {
    g.touchScrolling = scrolling;
    if (!scrolling) return;
    g.pointer = ImVec2(-FLT_MAX, -FLT_MAX);
    wake();
}

void set_visible(bool visible) {
    const bool returning = visible && !g.visible;
    g.visible = visible;
    // Back in view, the canvas is drawn again even if nothing changed: a
    // browser may drop an off-screen frame's picture (a course page's lower
    // figure showed black until a drag changed it).
    if (returning) renderer_invalidate();
    if (returning || (visible && g.wokenWhileHidden)) {
        g.wokenWhileHidden = false;
        wake();
    }
}

void draw_now() {
    if (!g.canDraw) return;
    renderer_invalidate();
    frame();
}

void resize_canvas(int css_width, int css_height) {
    if (!g.window || css_width <= 0 || css_height <= 0) return;
    SDL_SetWindowSize(g.window, css_width, css_height);
    set_size(g.app.lesson, css_width, css_height);
    remeasure();
    // A new size clears the canvas to black (it has no alpha). Off screen
    // nothing would draw it until it scrolled into view: a course page's
    // lower figure, grown to fit by its host, showed black in a full-page
    // screenshot, and would flash black on a quick scroll. Drawn once now.
    if (!g.visible) draw_now();
}

void remeasure() {
    wake();
    // Off screen the loop sleeps, but a host sizing its frame to the lesson
    // needs the right height before the learner scrolls to it: measure the
    // panel at the new size now, with a frame that is built but not drawn.
    if (!g.visible) settle_height();
}

const FrameStats& frame_stats() { return g.stats; }

void gl_context_lost() { g.canDraw = false; }

void gl_context_restored() {
    // The old shader, buffers and font texture died with the context.
    renderer_forget();
    renderer_create();
    renderer_upload_fonts();
    g.canDraw = true;
    wake();
}

// ---------------------------------------------------------------------------
// Start-up: main() and then one step per browser task
// ---------------------------------------------------------------------------
// Each step is a task of its own, with the browser free in between to paint
// the page and handle input: no start-up task blocks for long (Lighthouse's
// mobile audit counts every task over 50 ms, on a CPU it slows four times).
namespace {

bool open_window() {
    // SDL would cancel Tab on whatever it listens to, trapping keyboard users
    // in the canvas. It gets an element that never has focus; dotlab.js
    // handles the lesson's keys and lets Tab leave.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#dotlab-sdl-keys");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) return false;
    // Before the window: SDL picks the context's configuration with it.
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);  // ImGui draws flat, in order: no depth buffer to fill
    g.window = SDL_CreateWindow("Dot Lab", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 800, 520,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    return g.window != nullptr;
}

void start_imgui() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // nothing to save: the layout is fixed
    set_theme(g.app, false);
}

// Arguments: the theme ("theme:dark"), the screen ("screen:<window height>,
// <coarse pointer 0|1>,<reduced motion 0|1>,<presenting 0|1>"), saved exercise progress
// ("progress:…"), then the URL's query string and fragment, the fragment
// last so that it wins.
void read_arguments(int argc, char** argv) {
    Lesson& lesson = g.app.lesson;
    LessonState state;
    std::vector<std::string> warnings;
    const std::string progress_prefix = "progress:", screen_prefix = "screen:";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind(progress_prefix, 0) == 0)
            lesson.exercises = decode_progress(arg.substr(progress_prefix.size()));
        else if (arg.rfind(screen_prefix, 0) == 0)
            set_screen(lesson, parse_screen(arg.substr(screen_prefix.size())));
        else if (arg == "theme:dark")
            set_theme(g.app, true);
        else
            apply_query(arg, state, warnings);
    }
    lesson.initial = state;
    set_inputs(lesson, state);
    // A link's exercise starts afresh, as Next would open it.
    if (state.exercise)
        go_to_exercise(lesson, state.exercise);
    else
        open_exercise(lesson, exercise_for_view(lesson.exercises, lesson.state.mode));
    lesson.progressChanged = false;  // nothing new to save yet
    if (warnings.empty()) return;
    lesson.notices = warnings;
    std::string all = "Dot Lab: some link values were ignored:";
    for (const std::string& w : warnings) all += "\n  " + w;
    bridge_warn(all.c_str());
}

// The page picks the canvas's width (the UI step, and so the font sizes,
// follow from it); the height waits for the panel to be measured.
void take_width() {
    int w = 0, h = 0;
    SDL_GetWindowSize(g.window, &w, &h);
    set_size(g.app.lesson, w, h);
    bridge_request_layout();
}

enum class Step { Next, Again, Failed };

// The font atlas, rasterized at the screen's density and the UI step.
Step rasterize_fonts() {
    reload_fonts_if_needed();
    return Step::Next;
}

// Sizes the canvas before it has a WebGL context: resizing a live context's
// drawing buffer waits on the GPU process. A frame built but not drawn
// measures the panel, which sets the height; folding a short frame can take
// a few such frames, one per task.
Step measure_panel() {
    static int frames = 0;
    return measure_once() && ++frames < kMaxMeasureFrames ? Step::Again : Step::Next;
}

// The context waits on the GPU process (a tenth of a second and more with
// software rendering). Made early, while the wasm downloads, it made start-up
// slower here: it held up the wasm's compilation and then needed a resize.
Step create_gl() {
    g.gl = SDL_GL_CreateContext(g.window);
    if (!g.gl) {
        bridge_failed("webgl2");
        return Step::Failed;
    }
    SDL_GL_MakeCurrent(g.window, g.gl);
    return Step::Next;
}

Step create_renderer() {
    renderer_create();
    renderer_upload_fonts();
    g.canDraw = true;
    return Step::Next;
}

Step start_loop() {
    // Nothing in the lesson scrolls, so the wheel is left to the page. With
    // finger-down events on, SDL would cancel every touch's page scroll;
    // dotlab.js cancels only those that land on a tip.
    SDL_EventState(SDL_MOUSEWHEEL, SDL_IGNORE);
    SDL_EventState(SDL_FINGERDOWN, SDL_IGNORE);
    SDL_EventState(SDL_FINGERMOTION, SDL_IGNORE);
    SDL_EventState(SDL_FINGERUP, SDL_IGNORE);
    SDL_AddEventWatch(wake_on_event, nullptr);
    emscripten_set_main_loop(frame, 0, false);
    // The first frame now rather than at the next animation frame: the
    // canvas has its final size and every input is known.
    frame();
    return Step::Next;
}

struct StartStep {
    const char* name;
    Step (*run)();
};
constexpr StartStep kStartSteps[] = {{"fonts", rasterize_fonts},
                                     {"measure", measure_panel},
                                     {"gl", create_gl},
                                     {"renderer", create_renderer},
                                     {"firstFrame", start_loop}};

}  // namespace

void run_start_step() {
    if (g.startStep >= std::size(kStartSteps)) return;
    const StartStep& step = kStartSteps[g.startStep];
    const Step outcome = step.run();
    if (outcome == Step::Again) return bridge_post_start_step();
    g.stats.startup.emplace_back(step.name, emscripten_get_now());
    if (outcome == Step::Failed) return;
    if (++g.startStep < std::size(kStartSteps)) bridge_post_start_step();
}

}  // namespace dotlab

int main(int argc, char** argv) {
    using namespace dotlab;
    g.stats.startup.emplace_back("main", emscripten_get_now());
    if (!open_window()) {
        bridge_failed(SDL_GetError());
        return 1;
    }
    start_imgui();
    read_arguments(argc, argv);
    take_width();
    g.stats.startup.emplace_back("mainDone", emscripten_get_now());
    bridge_post_start_step();  // the rest, one task per step
    return 0;
}
