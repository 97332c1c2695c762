// The projection view: a cloud of points, a direction u the learner turns,
// every point's landing spot on u's line, and how widely they spread, beside
// a curve of that spread for every direction.
#include <algorithm>
#include <cmath>
#include <string>

#include "../core/views.h"
#include "canvas.h"
#include "widgets.h"

namespace dotlab {

namespace {

// The line through `through` along `direction`, across the whole plane.
void full_line(const App& app, ImDrawList* dl, Vec2 through, Vec2 direction, ImU32 color, float thickness,
               bool dashed) {
    const double reach = 2 * kMaxCoordinate;
    const Vec2 from = screen_of(app, through - reach * direction), to = screen_of(app, through + reach * direction);
    if (dashed)
        dashed_line(dl, from, to, color, thickness, ui(app, 7), ui(app, 5));
    else
        dl->AddLine(im(from), im(to), color, thickness);
}

// Where a line through `through` along `direction` leaves the visible plane
// on the right-hand side (or the top, for an upright line), `inset` units in.
Vec2 line_end(const App& app, Vec2 through, Vec2 direction, double inset) {
    const WorldBox box = visible_box(app.lesson.plane);
    if (direction.x < 0 || (direction.x == 0 && direction.y < 0)) direction = -1.0 * direction;
    double t = kMaxCoordinate;
    if (direction.x > 1e-9) t = std::min(t, (box.max.x - inset - through.x) / direction.x);
    if (direction.y > 1e-9) t = std::min(t, (box.max.y - inset - through.y) / direction.y);
    if (direction.y < -1e-9) t = std::min(t, (box.min.y + inset - through.y) / direction.y);
    return through + t * direction;
}

}  // namespace

// u's tip and shaft, and every point, as labels see them.
void projection_obstacles(const App& app, LabelBoard& board) {
    const std::vector<Vec2> tips = tips_of(app.lesson.state);
    const Vec2 origin = screen_of(app, {0, 0});
    board.tips.push_back({screen_of(app, tips[0]), 0});
    board.segments.push_back({origin, screen_of(app, tips[0])});
    for (size_t i = 1; i < tips.size(); ++i) board.tips.push_back({screen_of(app, tips[i]), int(i)});
    board.tips.push_back({origin, -1});
}

void draw_projection_plane(App& app, ImDrawList* dl) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const ProjectionDerived& d = l.derived.projection;
    const Vec2 u = l.state.u;

    // The principal components run through the cloud's mean.
    if (axes_drawn(l)) {
        full_line(app, dl, d.mean, d.axes.first, with_alpha(p.output, 0xCC), ui(app, 2), true);
        full_line(app, dl, d.mean, d.axes.second, with_alpha(p.output, 0x80), ui(app, 1.5), true);
        // Named where they leave the plane, as in the pasted vectors' plane.
        const double inset = 0.15 * visible_half_size(l.plane).y;  // clear of the plane's edge
        for (const auto& [direction, name] : {std::pair{d.axes.first, "PC 1"}, std::pair{d.axes.second, "PC 2"}}) {
            PlaneLabel label;
            label.anchor = screen_of(app, line_end(app, d.mean, direction, inset));
            label.toward = {0, -1};
            label.font = app.fonts.body;
            label.color = p.output;
            plane_label(app, dl, label, name);
        }
    }
    full_line(app, dl, {0, 0}, u, with_alpha(p.vectorA, 0x80), ui(app, 1.5), false);

    // One standard deviation either side of the projections' mean, on u's line.
    // Edged in full orange: on the dark canvas the translucent fill alone
    // read as dull brown from the back of a room.
    const double sd = d.sd;
    const Vec2 from = screen_of(app, (d.meanAlong - sd) * u), to = screen_of(app, (d.meanAlong + sd) * u);
    const Vec2 half_width = double(ui(app, 6)) * unit(Vec2{from.y - to.y, to.x - from.x}).value_or(Vec2{0, 1});
    const ImVec2 corners[4] = {im(from + half_width), im(to + half_width), im(to - half_width), im(from - half_width)};
    dl->AddQuadFilled(corners[0], corners[1], corners[2], corners[3], with_alpha(p.projection, 0x73));
    dl->AddQuad(corners[0], corners[1], corners[2], corners[3], p.projection, ui(app, 1.5));

    // Each point, its drop to u's line and where it lands.
    const float dot_radius = ui(app, 4);
    for (size_t i = 0; i < l.state.points.size(); ++i) {
        const Vec2 point = screen_of(app, l.state.points[i]);
        const Vec2 foot = screen_of(app, d.along[i] * u);
        dashed_line(dl, point, foot, with_alpha(p.perpendicular, 0x99), ui(app, 1), ui(app, 3), ui(app, 3));
        dl->AddCircleFilled(im(foot), ui(app, 3), p.projection, 12);
    }
    for (size_t i = 0; i < l.state.points.size(); ++i) {
        const Handle handle = Handle(i + 1);
        const Vec2 point = screen_of(app, l.state.points[i]);
        const bool active = l.drag.held == handle || l.hovered == handle;
        if (active) dl->AddCircleFilled(im(point), ui(app, 12), with_alpha(p.vectorB, 0x33), 20);
        if (l.focused && l.selected == handle && l.input == InputKind::Keyboard)
            dl->AddCircle(im(point), ui(app, 10), p.focusRing, 20, ui(app, 2));
        dl->AddCircleFilled(im(point), active ? dot_radius * 1.4f : dot_radius, p.vectorB, 12);
    }
    // The projections' mean: a tick across u's line.
    const Vec2 mean = screen_of(app, d.meanAlong * u);
    const Vec2 across = ui(app, 9) * Vec2{-u.y, -u.x};
    dl->AddLine(im(mean - across), im(mean + across), p.projection, ui(app, 2.5));

    const Vec2 tip = tips_of(l.state)[0];
    draw_arrow(app, dl, tip, p.vectorA);
    draw_handle(app, dl, 0, tip, p.vectorA, "u");
    // The spread's number beside the band's far end: on a phone the panel's
    // headline is below the plane while a finger turns u.
    PlaneLabel spread;
    spread.anchor = screen_of(app, (d.meanAlong - sd) * u);
    spread.toward = {u.y, u.x};  // across the line, on screen
    spread.color = p.projection;
    plane_label(app, dl, spread, "variance " + format_number(d.variance));
    if (l.exercises.active != kWidestExercise) return;
    draw_goal_guide(app, dl);  // the pull's pulse at u's tip
    // Once found, the proof on the plane, beside u's tip where the drag ended.
    if (progress_of(l.exercises, kWidestExercise).done && l.check.passed && l.check.exact) {
        PlaneLabel proof;
        proof.anchor = screen_of(app, kDirectionHandleLength * u);
        proof.toward = {-u.y, -u.x};  // across the line, on screen, away from the spread's label
        proof.font = app.fonts.body;
        proof.color = p.output;
        proof.gap = 10;
        plane_label(app, dl, proof, "\u2713 " + l.check.onPlane);
    }
}

namespace {

// The variance for every direction of u, 0° to 180°, with u's angle marked
// (and the widest direction, once shown). The curve's peak is the goal the
// exercise asks for: curve and ring are drawn once the learner has predicted.
void variance_curve(App& app) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const ProjectionDerived& d = l.derived.projection;
    const Region region = begin_region();
    wrapped(p.textMuted,
            "Variance about the mean (a mean square over all n points) for every direction of u (u and "
            "\u2212u give the same)");
    const float width = ImGui::GetContentRegionAvail().x, height = ui(app, 64);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double top = std::max(d.axes.largest, 1e-9) * 1.1;
    auto x_of = [&](double deg) { return at.x + width * float(deg / 180.0); };
    auto y_of = [&](double v) { return at.y + height * (1 - float(std::clamp(v / top, 0.0, 1.0))); };
    std::vector<ImVec2> line;
    line.reserve(d.curve.size());
    for (size_t i = 0; i < d.curve.size(); ++i)
        line.push_back(ImVec2(x_of(180.0 * double(i) / double(d.curve.size() - 1)), y_of(d.curve[i])));
    dl->AddLine(ImVec2(at.x, at.y + height), ImVec2(at.x + width, at.y + height), p.rule, 1.0f);
    // Before the prediction the curve would give the answer away: only u's
    // own point on it shows, rising and falling as u turns.
    const bool before_prediction = d.elongated && !peak_ringed(l);
    if (!before_prediction) dl->AddPolyline(line.data(), int(line.size()), p.projection, 0, ui(app, 2));
    const float widest = x_of(d.widestDeg);
    if (peak_ringed(l)) dl->AddCircle(ImVec2(widest, y_of(d.axes.largest)), ui(app, 8), p.goal, 20, ui(app, 2));
    if (axes_drawn(l))
        dl->AddLine(ImVec2(widest, at.y), ImVec2(widest, at.y + height), with_alpha(p.output, 0xCC), ui(app, 1.5));
    const float now = x_of(d.angleDeg);
    dl->AddLine(ImVec2(now, at.y), ImVec2(now, at.y + height), p.vectorA, ui(app, 2));
    dl->AddCircleFilled(ImVec2(now, y_of(d.variance)), ui(app, 5), p.vectorA, 16);
    ImGui::Dummy(ImVec2(width, height));
    // The angle axis under it, and the peak's value beside its ring.
    const float row = ImGui::GetCursorScreenPos().y;
    for (const auto& [deg, text] :
         {std::pair{0.0, "0\u00b0"}, std::pair{90.0, "90\u00b0"}, std::pair{180.0, "180\u00b0"}}) {
        const float w = ImGui::CalcTextSize(text).x;
        dl->AddText(ImVec2(std::clamp(x_of(deg) - w / 2, at.x, at.x + width - w), row), p.textMuted, text);
    }
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
    if (peak_ringed(l))
        ImGui::TextColored(color4(p.goal), "peak (ringed): %s at %s\u00b0", format_number(d.axes.largest).c_str(),
                           format_number(d.widestDeg, 1).c_str());
    else if (d.elongated)  // the same line's room, so nothing moves when the ring appears
        ImGui::TextDisabled("the whole curve is drawn once you predict");
    end_region(app, region, "projection.curve");
}

// The spread as a bar against the widest possible.
void variance_bar(const App& app) {
    const Palette& p = *app.palette;
    const ProjectionDerived& d = app.lesson.derived.projection;
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight() * 0.7f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double share = !d.coincident && d.axes.largest > 0 ? std::clamp(d.variance / d.axes.largest, 0.0, 1.0) : 0.0;
    dl->AddRectFilled(at, ImVec2(at.x + width, at.y + h), p.grid, ui(app, 3));
    // An empty share draws nothing: a rounded sliver would read as "a little".
    if (share > 0) dl->AddRectFilled(at, ImVec2(at.x + width * float(share), at.y + h), p.projection, ui(app, 3));
    ImGui::Dummy(ImVec2(width, h));
}

void axes_toggle(App& app) {
    if (!can_show_axes(app.lesson)) return;
    bool axes = app.lesson.state.axes;
    if (toggle(app, "toggle.axes", "Show the principal components", &axes)) toggle_axes(app.lesson);
}

void axes_story(const App& app) {
    const Palette& p = *app.palette;
    const ProjectionDerived& d = app.lesson.derived.projection;
    if (d.coincident) {
        wrapped(p.text, "All the points sit at one place: along any direction they land on one spot, with variance 0.");
        return;
    }
    if (!d.elongated) {
        wrapped(p.text,
                "This cloud is nearly round: every direction spreads it about as much, so no direction is "
                "the widest.");
        return;
    }
    if (!axes_drawn(app.lesson)) {
        wrapped(p.textMuted,
                "Turn u until the orange band is as long as it gets: that direction is the cloud's "
                "first principal component.");
        return;
    }
    wrapped(p.output, ("Widest (first component): " + format_number(d.widestDeg, 1) + "\u00b0, variance " +
                       format_number(d.axes.largest) +
                       ". Narrowest (second, at 90\u00b0 to "
                       "it): variance " +
                       format_number(d.axes.smallest) + ".")
                          .c_str());
    if (!folded(app.lesson, kFoldNotes))
        wrapped(p.textMuted,
                "PCA keeps the widest directions and drops the rest: projecting onto the first "
                "component keeps the most of the cloud's spread that one number can.");
}

}  // namespace

void draw_projection_panel(App& app) {
    const Lesson& l = app.lesson;
    const Palette& p = *app.palette;
    const ProjectionDerived& d = l.derived.projection;
    exercise_before_headline(app);
    ImGui::PushFont(app.fonts.large);
    spans(app, {{"variance along u", p.text}, {" = " + format_number(d.variance), p.text}});
    ImGui::PopFont();
    variance_bar(app);
    exercise_after_headline(app);
    if (!folded(l, kFoldExplanations))
        wrapped(p.textMuted,
                "Each point p lands at (p\u00b7u) u on the line of u. Turn u and watch how widely "
                "the landings spread.");
    ImGui::Spacing();
    // u's own direction (0–360°); past 180° it lies on the line it shares with −u.
    const double pointing = d.directionDeg;
    if (!folded(l, kFoldDetails)) {
        wrapped(
            p.vectorA,
            ("u = " + format_vec(l.state.u) + " (length 1; its arrow is drawn " +
             format_number(kDirectionHandleLength, 0) + " long, to grab), pointing at " + format_number(pointing, 1) +
             "\u00b0" + (pointing >= 180 ? " (the line at " + format_number(d.angleDeg, 1) + "\u00b0)" : std::string()))
                .c_str());
        ImGui::TextColored(color4(p.projection), "mean of p\u00b7u = %s,  \u03c3 = %s",
                           format_number(d.meanAlong).c_str(), format_number(d.sd).c_str());
    }
    // The curve is the exercise's map (its ringed peak is the goal): it
    // outlasts u's coordinates and σ.
    if (!folded(l, kFoldWorking)) variance_curve(app);
    // The components stay within reach (C) when a short frame folds them away.
    if (!folded(l, kFoldExplanations)) {
        section_break();
        axes_toggle(app);
        reset_button(app, can_show_axes(l));
        axes_story(app);
    }
    if (l.layout.stacked && !folded(l, kFoldWorking)) draw_exercise_notes(app, false, true);
    key_list(app);
}

}  // namespace dotlab
