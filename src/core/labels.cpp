#include "labels.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace dotlab {

namespace {

// Turns tried around the preferred direction, nearest first (degrees).
constexpr double kTurns[] = {0, 45, -45, 90, -90, 135, -135, 180};
// How far beyond the first ring each further ring sits (CSS px).
constexpr double kRings[] = {0, 18, 40, 70, 110};

Vec2 turned(Vec2 v, double degrees) {
    const double r = degrees * kPi / 180, c = std::cos(r), s = std::sin(r);
    return {c * v.x - s * v.y, s * v.x + c * v.y};
}

// The box of `size` whose nearest edge is `gap` from `anchor` in direction d.
Rect box_toward(Vec2 anchor, Vec2 d, Vec2 size, double gap) {
    const double extent = std::abs(d.x) * size.x / 2 + std::abs(d.y) * size.y / 2;
    const Vec2 c = anchor + (gap + extent) * d;
    return {c.x - size.x / 2, c.y - size.y / 2, size.x, size.y};
}

bool inside(const Rect& outer, const Rect& r) {
    return r.x >= outer.x && r.y >= outer.y && r.x + r.w <= outer.x + outer.w && r.y + r.h <= outer.y + outer.h;
}

}  // namespace

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

double distance_to(const Rect& r, Vec2 p) {
    const double dx = std::max({r.x - p.x, 0.0, p.x - (r.x + r.w)});
    const double dy = std::max({r.y - p.y, 0.0, p.y - (r.y + r.h)});
    return std::hypot(dx, dy);
}

bool crosses(const Rect& r, Vec2 p, Vec2 q) {
    // Liang-Barsky: clip the segment's parameter range against each side.
    double t0 = 0, t1 = 1;
    const Vec2 d = q - p;
    const double edges[4][2] = {{-d.x, p.x - r.x}, {d.x, r.x + r.w - p.x}, {-d.y, p.y - r.y}, {d.y, r.y + r.h - p.y}};
    for (const auto& [step, room] : edges) {
        if (step == 0) {
            if (room < 0) return false;
            continue;
        }
        const double t = room / step;
        if (step < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
}

bool crosses_any(const std::vector<Rect>& rects, Vec2 p, Vec2 q, double clearance) {
    for (const Rect& r : rects)
        if (crosses({r.x - clearance, r.y - clearance, r.w + 2 * clearance, r.h + 2 * clearance}, p, q)) return true;
    return false;
}

bool is_free(const LabelBoard& board, const Rect& rect, int owner) {
    if (!inside(board.bounds, rect)) return false;
    for (const LabelBoard::Segment& s : board.segments)
        if (crosses(rect, s.from, s.to)) return false;
    for (const Rect& t : board.taken)
        if (overlaps(rect, t)) return false;
    for (const LabelBoard::Tip& tip : board.tips)
        if ((tip.owner != owner || owner < 0) && distance_to(rect, tip.at) < board.tipClearance) return false;
    return true;
}

Placement place_label(LabelBoard& board, const LabelRequest& request) {
    const double length = std::hypot(request.toward.x, request.toward.y);
    const Vec2 toward = length > 0 ? (1.0 / length) * request.toward : Vec2{0, -1};
    // Nowhere free: the nearest spot inside the plane, overlapping something
    // (a label cut off at the edge reads worse than one that overlaps).
    std::optional<Placement> inside_plane;
    for (double ring : kRings) {
        for (double turn : kTurns) {
            const Rect r = box_toward(request.anchor, turned(toward, turn), request.size, request.gap + ring);
            if (is_free(board, r, request.owner)) {
                board.taken.push_back(r);
                return {r, ring > 0, true};
            }
            if (!inside_plane && inside(board.bounds, r)) inside_plane = Placement{r, ring > 0, false};
        }
    }
    const Placement found =
        inside_plane.value_or(Placement{box_toward(request.anchor, toward, request.size, request.gap), false, false});
    board.taken.push_back(found.rect);
    return found;
}

}  // namespace dotlab
