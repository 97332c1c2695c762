// Where the parts of the lesson go in a canvas of a given size: the plane,
// the readouts panel and, on narrow screens, the exercise strip above the
// plane, so that predicting, dragging and reading the verdict share one
// screen on a phone.
#pragma once

#include "plane.h"

namespace dotlab {

// Breakpoints and sizes, CSS pixels.
constexpr double kSideBySideMinWidth = 900;  // narrower (a tablet upright): stacked, but for a phone on its side
constexpr double kLandscapeMinWidth = 560;   // a phone on its side goes side by side from here
constexpr double kPanelWidth = 360;
constexpr double kMinSidePlane = 280;
constexpr double kMaxSidePlane = 1000;
constexpr double kShortScreenHeight = 600;  // side by side below this: exercise on top of the panel
constexpr double kShortFrameHeight = 900;   // a fixed frame below this, from kLandscapeMinWidth wide: side by side
// What a phone shows of the page under the browser's bars, as height per
// unit of width (Safari on a 390×844 phone leaves about 390×660).
constexpr double kPhoneScreenAspect = 660.0 / 390.0;
constexpr double kMinStackedPlane = 200;
constexpr double kTightStackedPlane = 140;  // in a frame still too short with everything folded
constexpr double kMaxStackedPlane = 480;

// The UI scale follows the canvas's width in steps, so a projector's lesson
// has classroom-sized text and a laptop's stays compact; fonts are
// rasterized anew only when the step changes.
constexpr double kUiSteps[] = {1.0, 1.25, 1.5, 2.0};
constexpr double kUiStepWidths[] = {0, 1300, 1700, 2300};  // canvas widths where each step starts
// Presenting (a class reading a projector from the back of the room), the
// step above the width's own, and at least 1.25: 19-px text on a 1280-px
// projector (1.5 would fold its coordinates away at 720 px tall), 30 px
// from 1700 px wide.
constexpr double kPresentingMinStep = 1.25;
double ui_step(double canvas_width, bool presenting = false);

struct LayoutInput {
    double width = 800;  // the canvas, as the page sized it
    double height = 520;
    double viewportHeight = 800;  // the browser window's height
    bool exerciseStrip = false;   // the view has exercises (the dot view)
    double scale = 1;             // the UI step: the panel grows with it
    double stripContent = 0;      // heights the strip's and the panel's content took last frame
    double panelContent = 600;
    // A frame of fixed height (embed=1): the most the canvas may take, 0 for
    // no limit. The plane shrinks to fit, down to its minimum; then the
    // panel's sections collapse (Lesson::collapse).
    double maxHeight = 0;
    double unfoldedPanel = 600;  // the panel's height with nothing folded, for natural_height
    bool foldedAll = false;      // every section that folds has: the plane gives up the rest
};

struct Layout {
    Rect strip;  // the exercise strip (stacked dot view); zero height when there is none
    Rect plane;
    Rect planeFrame;  // where in the plane the origin and the scale are set (see Plane::frame)
    Rect panel;
    bool stacked = false;        // panel below the plane, not beside it
    bool exerciseFirst = false;  // side by side on a short screen: the exercise heads the panel
};

Layout compute_layout(const LayoutInput& in);

// The canvas height that shows everything, so the page can size the canvas
// and nothing inside it ever scrolls (at most maxHeight).
double preferred_height(const LayoutInput& in);
// The canvas height with nothing folded and no limit: what a host that sizes
// its frame to the lesson (dotlab:resize) should give it.
double natural_height(const LayoutInput& in);
// Whether the content, with the plane at its smallest, is taller than
// maxHeight: the panel must collapse further.
bool overflows(const LayoutInput& in);

}  // namespace dotlab
