#include "layout.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace dotlab {

namespace {

// Embedded with a height the host fixed (embed=1 in a frame): the lesson
// fits inside it rather than asking for more.
bool in_fixed_frame(const LayoutInput& in) { return in.maxHeight > 0; }

// A phone on its side has width to spare and no height: plane and exercise
// go side by side, or the plane would sit below the fold.
bool is_landscape_phone(const LayoutInput& in) {
    return in.width >= kLandscapeMinWidth && in.viewportHeight < kShortScreenHeight && in.width > in.viewportHeight;
}

// A frame of fixed height that a stacked lesson would overflow: with width
// to spare, plane and panel go side by side, as on a phone on its side.
bool is_short_wide_frame(const LayoutInput& in) {
    return in_fixed_frame(in) && in.maxHeight < kShortFrameHeight && in.width >= kLandscapeMinWidth;
}

bool is_stacked(const LayoutInput& in) {
    return in.width < kSideBySideMinWidth && !is_landscape_phone(in) && !is_short_wide_frame(in);
}

double panel_width(const LayoutInput& in) { return std::min(kPanelWidth * in.scale, std::floor(in.width / 2)); }

double strip_height(const LayoutInput& in) { return is_stacked(in) && in.exerciseStrip ? in.stripContent : 0.0; }

// The plane takes what one phone screen leaves below the strip, and never
// more than a comfortable square; in a frame of fixed height, what the strip
// and the panel leave of it.
double stacked_plane_height(const LayoutInput& in) {
    const double screen = std::min(in.viewportHeight, in.width * kPhoneScreenAspect);
    double wanted = std::min(in.width * 0.9, screen - strip_height(in));
    if (in_fixed_frame(in)) wanted = std::min(wanted, in.maxHeight - strip_height(in) - in.panelContent);
    return std::clamp(wanted, in.foldedAll ? kTightStackedPlane : kMinStackedPlane, kMaxStackedPlane);
}

bool is_short(const LayoutInput& in) {
    return !is_stacked(in) && (in.viewportHeight < kShortScreenHeight || is_short_wide_frame(in));
}

// Beside the panel the plane keeps a size of its own, whatever the panel's
// content: the window's height at most, and so its scale does not change
// when a verdict or a paragraph appears in the panel. A page's plane is a
// little wider than tall; a frame of fixed height lets it be square, as a
// narrow column's frame (700 px: a 350-px plane beside the panel) has the
// height to spare, and the scale follows the plane's shorter side.
double side_plane_height(const LayoutInput& in) {
    const double width = in.width - panel_width(in);
    double wanted = std::min(width * (in_fixed_frame(in) ? 1.0 : 0.8), in.viewportHeight - 40);
    if (in_fixed_frame(in)) wanted = std::min(wanted, in.maxHeight);
    return std::clamp(wanted, kMinSidePlane, kMaxSidePlane);
}

// What the strip, plane and panel take with nothing cut: stacked one above
// the other, or side by side.
double content_height(const LayoutInput& in) {
    return is_stacked(in) ? strip_height(in) + stacked_plane_height(in) + in.panelContent
                          : std::max(side_plane_height(in), in.panelContent);
}

}  // namespace

double ui_step(double canvas_width, bool presenting) {
    size_t step = 0;
    for (size_t i = 0; i < std::size(kUiSteps); ++i)
        if (canvas_width >= kUiStepWidths[i]) step = i;
    if (!presenting) return kUiSteps[step];
    return std::max(kPresentingMinStep, kUiSteps[std::min(step + 1, std::size(kUiSteps) - 1)]);
}

Layout compute_layout(const LayoutInput& in) {
    Layout l;
    const double w = in.width, h = in.height;
    l.stacked = is_stacked(in);
    if (l.stacked) {
        const double strip = strip_height(in);
        // A canvas not yet sized to fit keeps a usable plane and some panel.
        const double plane = std::min(stacked_plane_height(in), std::max(120.0, h - strip - 120));
        l.strip = {0, 0, w, strip};
        l.plane = {0, strip, w, plane};
        l.planeFrame = l.plane;
        l.panel = {0, strip + plane, w, std::max(0.0, h - strip - plane)};
    } else {
        l.exerciseFirst = is_short(in);
        const double panel = panel_width(in);
        // The frame keeps its size whatever the panel holds; the grid carries
        // on down the column beside a longer panel, on a tall screen, in a
        // frame of fixed height and on a phone on its side (a plane that
        // stopped short read as broken: blank canvas under a 390-px plane).
        // In a frame of fixed height that square sits in the middle of its
        // column, with the origin: at the top, the grid ran on empty below.
        const double side = std::min(h, side_plane_height(in));
        const double top = in_fixed_frame(in) ? (h - side) / 2 : 0.0;
        l.planeFrame = {0, top, w - panel, side};
        l.plane = {0, 0, w - panel, h};
        l.panel = {w - panel, 0, panel, h};
    }
    return l;
}

double preferred_height(const LayoutInput& in) {
    // Side by side in a frame of fixed height, the lesson fills the frame:
    // the grid runs down its column and the panel's ground to the bottom,
    // where a shorter lesson left the frame's foot blank.
    if (in_fixed_frame(in) && !is_stacked(in)) return in.maxHeight;
    const double natural = content_height(in);
    return in_fixed_frame(in) ? std::min(natural, in.maxHeight) : natural;
}

double natural_height(const LayoutInput& in) {
    LayoutInput unlimited = in;
    unlimited.maxHeight = 0;
    unlimited.panelContent = in.unfoldedPanel;
    return preferred_height(unlimited);
}

bool overflows(const LayoutInput& in) { return in_fixed_frame(in) && content_height(in) > in.maxHeight + 0.5; }

}  // namespace dotlab
