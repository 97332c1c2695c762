// Where a label goes on the plane: a few spots around its anchor, the first
// free one wins; further out (with a leader line back to the anchor) when all
// near spots are taken. Free means inside the plane, clear of every label
// already placed (tick labels included), clear of the arrows' shafts and at
// least kTipClearance from every tip but the one the label names. Pure
// geometry, tested natively.
#pragma once

#include <vector>

#include "plane.h"

namespace dotlab {

// No label comes closer than this to a tip it does not name (CSS px).
constexpr double kTipClearance = 12.0;

struct LabelBoard {
    Rect bounds;                          // the plane
    double tipClearance = kTipClearance;  // grows with the UI step, as the handles do
    std::vector<Rect> taken;              // labels placed so far
    struct Tip {
        Vec2 at;
        int owner;  // the handle it belongs to, or -1
    };
    std::vector<Tip> tips;  // handles and arrow heads
    struct Segment {
        Vec2 from, to;
    };
    std::vector<Segment> segments;  // arrow shafts, which labels do not cross either
};

struct LabelRequest {
    Vec2 anchor;         // what the label is about (CSS px)
    Vec2 toward{0, -1};  // where it would rather sit, seen from the anchor
    Vec2 size;           // its box, backdrop included
    double gap = 6;      // from the anchor to the nearest edge of the box
    int owner = -1;      // the tip it names, which it may sit beside
};

struct Placement {
    Rect rect;
    bool leader = false;  // moved out of reach of its anchor: draw a thin line back
    bool free = true;     // false: nowhere was free, so it overlaps something
};

bool is_free(const LabelBoard& board, const Rect& rect, int owner);

// Finds a spot, marks it taken and returns it.
Placement place_label(LabelBoard& board, const LabelRequest& request);

bool overlaps(const Rect& a, const Rect& b);
// Distance from a point to a rectangle (0 inside it).
double distance_to(const Rect& rect, Vec2 point);
// Whether the segment from p to q passes through the rectangle.
bool crosses(const Rect& rect, Vec2 p, Vec2 q);
// Whether it passes within `clearance` of any of them (a dash of a guide
// that would cross a label is left out).
bool crosses_any(const std::vector<Rect>& rects, Vec2 p, Vec2 q, double clearance);

}  // namespace dotlab
