// The JS bridge. Exported functions are called by web/dotlab.js; the EM_JS
// hooks call back into it. Every value from JS passes the core's decoder.
#include "bridge.h"

#include <emscripten.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../app/canvas.h"
#include "../core/contract.h"
#include "../core/json.h"
#include "../core/lesson.h"
#include "../core/state_codec.h"
#include "../core/views.h"
#include "gl_renderer.h"
#include "platform.h"

namespace dotlab {

namespace {

// clang-format off
// Names in brackets: the Closure Compiler renames dotted properties, and the
// hooks are defined in dotlab.js, which it never sees.
EM_JS(void, js_ready, (), { var h = Module['dotlabHooks']; if (h) h['ready'](); });
EM_JS(void, js_changed, (), { var h = Module['dotlabHooks']; if (h) h['changed'](); });
EM_JS(void, js_layout, (), { var h = Module['dotlabHooks']; if (h) h['layout'](); });
EM_JS(void, js_save_progress, (const char* text), {
  var h = Module['dotlabHooks']; if (h) h['saveProgress'](UTF8ToString(text));
});
EM_JS(void, js_exercise_done, (int id, int predicted, int correct), {
  var h = Module['dotlabHooks']; if (h) h['exerciseDone'](id, predicted, !!correct);
});
// A message to ourselves: chained setTimeout(0) calls are held back 4 ms each
// from the fifth on, and start-up takes about ten steps.
EM_JS(void, js_post_start_step, (), {
    if (!Module['dotlabStartSteps']) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function() { Module['_dotlab_start_step'](); };
        Module['dotlabStartSteps'] = channel.port2;
    }
    Module['dotlabStartSteps'].postMessage(0);
});
EM_JS(void, js_warn, (const char* text), { console.warn(UTF8ToString(text)); });
EM_JS(void, js_failed, (const char* reason), {
  var h = Module['dotlabHooks']; if (h) h['failed'](UTF8ToString(reason));
});
// clang-format on

std::string& scratch() {
    static std::string text;
    return text;
}

bool ready_sent = false;

}  // namespace

void bridge_after_frame(App& app) {
    // The panel measures itself while drawing; when it needs another height
    // the page resizes the canvas. Ready waits for a frame drawn at the final
    // size, so toClient() is right from the moment ready resolves.
    Lesson& lesson = app.lesson;
    const bool relayout = lesson.heightChanged;
    lesson.heightChanged = false;
    if (relayout) js_layout();
    if (!ready_sent && !relayout) {
        ready_sent = true;
        js_ready();
    }
    bridge_publish(app);
}

void bridge_publish(App& app) {
    if (!ready_sent) return;  // held until the page has its first frame
    Lesson& lesson = app.lesson;
    if (lesson.progressChanged) {
        lesson.progressChanged = false;
        js_save_progress(encode_progress(lesson.exercises).c_str());
    }
    for (const Completion& c : lesson.completions) js_exercise_done(c.id, c.predicted, c.correct ? 1 : 0);
    lesson.completions.clear();
    if (lesson.changed) {
        lesson.changed = false;
        js_changed();
    }
}

void bridge_warn(const char* message) { js_warn(message); }

void bridge_request_layout() { js_layout(); }

void bridge_post_start_step() { js_post_start_step(); }

void bridge_failed(const char* reason) { js_failed(reason); }

namespace {

// JSON for stats(): rectangles and short texts.
void json_rect(std::string& out, const Rect& r) {
    char numbers[160];
    std::snprintf(numbers, sizeof numbers, "\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f", r.x, r.y, r.w, r.h);
    out += numbers;
}
// Texts are the lesson's own or document labels (letters, digits, space,
// '-' and '_'): nothing to escape but a quote or backslash, which never occur.
void json_text(std::string& out, const char* key, const std::string& text) {
    out += std::string("\"") + key + "\":\"";
    for (char c : text) out += (c == '"' || c == '\\') ? '?' : c;
    out += "\",";
}

// A JSON array of one object per record, `fields` writing each one's own.
template <typename Record, typename Fields>
const char* json_records(const std::vector<Record>& records, Fields fields) {
    std::string& out = scratch();
    out = "[";
    for (const Record& r : records) {
        out += out.size() > 1 ? ",{" : "{";
        fields(out, r);
        json_rect(out, r.rect);
        out += "}";
    }
    out += "]";
    return out.c_str();
}
}  // namespace

namespace {

// The store a paste or a host gave, or what was wrong with it.
const char* vectors_taken(std::optional<VectorStore> store, const std::string& error) {
    if (!store) {
        scratch() = error;
        return scratch().c_str();
    }
    Lesson& lesson = the_app().lesson;
    set_vectors(lesson, load_vectors(std::move(*store)));
    if (lesson.state.mode != Mode::Retrieval) set_mode(lesson, Mode::Retrieval);
    wake();
    scratch().clear();
    return scratch().c_str();
}

std::vector<double>& host_values() {
    static std::vector<double> values;
    return values;
}

std::string& pasted_text() {
    static std::string text;
    return text;
}

}  // namespace

}  // namespace dotlab

// ---------------------------------------------------------------------------
// Called from JavaScript
// ---------------------------------------------------------------------------
extern "C" {

using namespace dotlab;

// getState(): the JSON text stays valid until the next bridge call.
EMSCRIPTEN_KEEPALIVE const char* dotlab_get_state() {
    const Lesson& lesson = the_app().lesson;
    scratch() = to_json(lesson.state, lesson.derived, lesson.exercises);
    return scratch().c_str();
}

// setState() and dotlab:set: a JSON object of state fields. Returns the
// warnings, one per line ("" when all was well).
EMSCRIPTEN_KEEPALIVE const char* dotlab_set_state(const char* json) {
    Lesson& lesson = the_app().lesson;
    LessonState next = lesson.state;
    next.exercise = 0;  // only an exercise in this call opens one
    std::vector<std::string> warnings;
    apply_json(json ? json : "", next, warnings);
    set_inputs(lesson, next);
    if (next.exercise != 0) open_exercise(lesson, next.exercise);
    scratch().clear();
    for (const std::string& w : warnings) scratch() += w + "\n";
    wake();
    return scratch().c_str();
}

// The dot view's number fields: vector "a" or "b", text "x,y". Returns 1 when
// it was taken (kept to hundredths), 0 when it was not two numbers in range.
EMSCRIPTEN_KEEPALIVE int dotlab_type_vector(const char* vector, const char* text) {
    const bool taken = type_vector(the_app().lesson, vector ? vector : "", text ? text : "");
    wake();
    return taken ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Your own vectors (the paste box, setState({ vectors, query }), dotlab:set)
// ---------------------------------------------------------------------------
// Each returns "" or what was wrong, in a sentence for the learner or host.

// Pasted text can be megabytes, past what ccall may put on the stack: the
// page writes its UTF-8 into this buffer (HEAPU8), then calls
// dotlab_paste_vectors.
constexpr size_t kMaxPastedBytes = 16 << 20;
EMSCRIPTEN_KEEPALIVE char* dotlab_text_buffer(int bytes) {
    const bool fits = bytes >= 0 && size_t(bytes) <= kMaxPastedBytes;
    pasted_text().assign(fits ? size_t(bytes) : 0, '\0');
    return fits ? pasted_text().data() : nullptr;
}

EMSCRIPTEN_KEEPALIVE const char* dotlab_paste_vectors() {
    std::string error;
    std::optional<VectorStore> store = parse_vectors(pasted_text(), error);
    pasted_text() = {};
    return vectors_taken(std::move(store), error);
}

// A host's numbers go straight into memory: the page writes count × dim
// values into this buffer (HEAPF64), then calls dotlab_set_vectors.
EMSCRIPTEN_KEEPALIVE double* dotlab_vector_buffer(int values) {
    const bool fits = values > 0 && size_t(values) <= kMaxStoreVectors * kMaxStoreDim;
    host_values().assign(fits ? size_t(values) : 0, 0.0);
    return fits ? host_values().data() : nullptr;
}

// `labels`: one per line, as many as vectors.
EMSCRIPTEN_KEEPALIVE const char* dotlab_set_vectors(const char* labels, int count, int dim) {
    std::vector<std::string> names;
    for (std::string_view rest = labels ? labels : ""; names.size() < size_t(std::max(count, 0));) {
        const size_t end = rest.find('\n');
        names.emplace_back(rest.substr(0, end));
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    std::string error;
    std::optional<VectorStore> store;
    if (count < 0 || dim < 2 || size_t(dim) > kMaxStoreDim || size_t(count) * size_t(dim) != host_values().size() ||
        names.size() != size_t(count))
        error = "the labels and values do not match: give one label per vector and 2 to 1024 numbers each";
    else
        store = make_store(names, host_values().data(), size_t(dim), error);
    host_values() = {};
    return vectors_taken(std::move(store), error);
}

EMSCRIPTEN_KEEPALIVE void dotlab_clear_vectors() {
    set_vectors(the_app().lesson, nullptr);
    wake();
}

EMSCRIPTEN_KEEPALIVE int dotlab_has_vectors() { return the_app().lesson.state.vectors ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE const char* dotlab_set_query(const char* label) {
    Lesson& lesson = the_app().lesson;
    const std::string name = label ? label : "";
    scratch().clear();
    if (!lesson.state.vectors)
        scratch() = "query names one of your own vectors, and none are loaded";
    else if (const auto index = index_of(lesson.state.vectors->store, name))
        set_query(lesson, *index);
    else
        scratch() = "no vector is labelled \u201c" + name.substr(0, 24) + "\u201d";
    wake();
    return scratch().c_str();
}

// The contract's fingerprint: the page refuses a dotlab.js from another build.
EMSCRIPTEN_KEEPALIVE unsigned dotlab_contract_fingerprint() { return contract_fingerprint(); }

// The view on show, as its index in the table of views (the contract's
// "views"): lets the page skip building the full state when it only needs
// to know the view.
EMSCRIPTEN_KEEPALIVE int dotlab_mode() {
    const auto& views = all_views();
    for (size_t i = 0; i < views.size(); ++i)
        if (views[i].mode == the_app().lesson.state.mode) return int(i);
    return 0;
}

// "Copy link": the current state as a query string for the fragment.
EMSCRIPTEN_KEEPALIVE const char* dotlab_encode_query() {
    scratch() = encode_query(the_app().lesson.state);
    return scratch().c_str();
}

// A sentence for the aria-live mirror.
EMSCRIPTEN_KEEPALIVE const char* dotlab_spoken() {
    scratch() = spoken_summary(the_app().lesson);
    return scratch().c_str();
}

// The √d chart in words (empty when it is not on show).
EMSCRIPTEN_KEEPALIVE const char* dotlab_chart_spoken() {
    scratch() = chart_spoken(the_app().lesson);
    return scratch().c_str();
}

// The exercise card in words (empty when none is on show).
EMSCRIPTEN_KEEPALIVE const char* dotlab_exercise_spoken() {
    scratch() = exercise_spoken(the_app().lesson);
    return scratch().c_str();
}

// The announcement of exercise `id` finished.
EMSCRIPTEN_KEEPALIVE const char* dotlab_exercise_done_spoken(int id) {
    scratch() = exercise_done_spoken(the_app().lesson, id);
    return scratch().c_str();
}

// toClient(): world point -> CSS pixels from the canvas's top-left corner.
EMSCRIPTEN_KEEPALIVE double dotlab_to_canvas_x(double x, double y) {
    return to_screen(the_app().lesson.plane, {x, y}).x;
}
EMSCRIPTEN_KEEPALIVE double dotlab_to_canvas_y(double x, double y) {
    return to_screen(the_app().lesson.plane, {x, y}).y;
}

// In a frame of fixed height (embed=1), the most the canvas may take.
EMSCRIPTEN_KEEPALIVE void dotlab_set_max_height(double height) {
    Lesson& lesson = the_app().lesson;
    const double before = lesson.sizes.maxHeight;
    set_max_height(lesson, height);
    if (lesson.sizes.maxHeight != before) remeasure();
}

EMSCRIPTEN_KEEPALIVE double dotlab_natural_height(double width) { return natural_height(the_app().lesson, width); }

EMSCRIPTEN_KEEPALIVE double dotlab_preferred_height(double width) { return preferred_height(the_app().lesson, width); }

// The window's height, whether a finger is the main pointer, whether the
// reader prefers reduced motion, and whether a room is shown the lesson
// (larger text): the layout and the targets follow them.
EMSCRIPTEN_KEEPALIVE void dotlab_set_screen(double viewport_height, int coarse, int reduced_motion, int presenting) {
    Lesson& lesson = the_app().lesson;
    Screen screen = lesson.screen;
    if (viewport_height >= 100 && viewport_height <= 20000) screen.viewportHeight = viewport_height;
    screen.coarsePointer = coarse != 0;
    screen.reducedMotion = reduced_motion != 0;
    screen.presenting = presenting != 0;
    set_screen(lesson, screen);
    wake();
}

// stats().layout: where each part of the panel and each control was drawn in
// the last frame.
EMSCRIPTEN_KEEPALIVE const char* dotlab_layout() {
    return json_records(the_app().drawn, [](std::string& out, const LayoutRecord& r) {
        json_text(out, "name", r.name);
        out += std::string("\"control\":") + (r.control ? "true," : "false,");
    });
}

// stats().labels: every label drawn on the plane in the last frame.
EMSCRIPTEN_KEEPALIVE const char* dotlab_labels() {
    return json_records(the_app().labels,
                        [](std::string& out, const DrawnLabel& l) { json_text(out, "text", l.text); });
}

// stats().missingGlyphs: the code points drawn without a glyph since the
// page started (each showed as "?"), in the order first met.
EMSCRIPTEN_KEEPALIVE const char* dotlab_missing_glyphs() {
    std::string& out = scratch();
    out = "[";
    for (unsigned c : missing_glyphs()) out += (out.size() > 1 ? "," : "") + std::to_string(c);
    out += "]";
    return out.c_str();
}

// stats().fontPx: 0 the headline's size, 1 the body text's, in CSS px.
EMSCRIPTEN_KEEPALIVE double dotlab_font_px(int which) {
    const Fonts& fonts = the_app().fonts;
    const ImFont* font = which == 0 ? fonts.large : fonts.body;
    return font ? double(font_px(fonts, font)) : 0.0;
}

// Keys (numbers from app.h's Key). Returns 0 when the page should act on the
// key itself, such as Tab leaving the canvas.
EMSCRIPTEN_KEEPALIVE int dotlab_key(int key, int shift) {
    const bool used = key_press(the_app().lesson, static_cast<Key>(key), shift != 0);
    wake();
    return used ? 1 : 0;
}
// The page follows theme= or the OS preference and tells the lesson.
EMSCRIPTEN_KEEPALIVE const char* dotlab_key_spoken(int key) {
    scratch() = key_spoken(the_app().lesson, static_cast<Key>(key));
    return scratch().c_str();
}
EMSCRIPTEN_KEEPALIVE void dotlab_set_theme(int dark) {
    set_theme(the_app(), dark != 0);
    wake();
}

EMSCRIPTEN_KEEPALIVE void dotlab_draw_now() { draw_now(); }
EMSCRIPTEN_KEEPALIVE void dotlab_gl_lost() { gl_context_lost(); }
EMSCRIPTEN_KEEPALIVE void dotlab_gl_restored() { gl_context_restored(); }

EMSCRIPTEN_KEEPALIVE void dotlab_focus(int focused, int backwards, int select) {
    set_focus(the_app().lesson, focused != 0, backwards != 0, select != 0);
    wake();
}
EMSCRIPTEN_KEEPALIVE void dotlab_resize(int css_width, int css_height) { resize_canvas(css_width, css_height); }
EMSCRIPTEN_KEEPALIVE void dotlab_start_step() { run_start_step(); }
// 0 while no part of the canvas is on screen: the loop then stays asleep.
EMSCRIPTEN_KEEPALIVE void dotlab_set_visible(int visible) { set_visible(visible != 0); }
EMSCRIPTEN_KEEPALIVE int dotlab_wants_touch(double x, double y) {
    return wants_touch(the_app().lesson, {x, y}) ? 1 : 0;
}
// 1: the finger down is scrolling the page; 0: a new finger landed.
EMSCRIPTEN_KEEPALIVE void dotlab_touch_scrolling(int scrolling) { set_touch_scrolling(scrolling != 0); }

// stats().startup: when main() began and each start-up step ended.
EMSCRIPTEN_KEEPALIVE const char* dotlab_startup() {
    std::string& out = scratch();
    out = "{";
    for (const auto& [step, ms] : frame_stats().startup) {
        json_string(out, step);
        out += ':';
        json_number(out, ms);
        out += ',';
    }
    if (out.size() > 1) out.pop_back();
    return (out += '}').c_str();
}
EMSCRIPTEN_KEEPALIVE double dotlab_frames_rendered() { return double(frame_stats().framesRendered); }
EMSCRIPTEN_KEEPALIVE double dotlab_first_frame_ms() { return frame_stats().firstFrameMs; }
EMSCRIPTEN_KEEPALIVE double dotlab_last_frame_ms() { return frame_stats().lastFrameMs; }
// Frames sent to the GPU; the others repeated the picture already shown.
EMSCRIPTEN_KEEPALIVE double dotlab_frames_drawn() { return double(renderer_frames_drawn()); }

}  // extern "C"
