// Label placement on the plane: the first free spot around the anchor, never
// over another label or near a tip it does not name, further out when crowded.
#include <catch2/catch.hpp>

#include "core/labels.h"

using namespace dotlab;

namespace {
LabelBoard board_with_tips(std::vector<LabelBoard::Tip> tips) {
    LabelBoard board;
    board.bounds = {0, 0, 400, 300};
    board.tips = std::move(tips);
    return board;
}
LabelRequest request(Vec2 anchor, Vec2 toward, int owner = -1) {
    LabelRequest r;
    r.anchor = anchor;
    r.toward = toward;
    r.size = {30, 16};
    r.gap = 13;
    r.owner = owner;
    return r;
}
}  // namespace

TEST_CASE("a label takes its preferred side when it is free", "[labels]") {
    LabelBoard board = board_with_tips({{{200, 150}, 0}});
    const Placement p = place_label(board, request({200, 150}, {1, 0}, 0));
    CHECK(p.free);
    CHECK_FALSE(p.leader);
    CHECK(p.rect.x == Approx(213));
    CHECK(p.rect.center().y == Approx(150));
    CHECK(board.taken.size() == 1);
}

TEST_CASE("two tips on one spot get two labels that do not overlap", "[labels]") {
    LabelBoard board = board_with_tips({{{200, 150}, 0}, {{200, 150}, 1}});
    const Placement a = place_label(board, request({200, 150}, {1, 0}, 0));
    const Placement b = place_label(board, request({200, 150}, {1, 0}, 1));
    CHECK(a.free);
    CHECK(b.free);
    CHECK_FALSE(overlaps(a.rect, b.rect));
    for (const Placement& p : {a, b}) CHECK(distance_to(p.rect, {200, 150}) >= kTipClearance);
}

TEST_CASE("labels keep clear of other tips and stay inside the plane", "[labels]") {
    // Another tip sits exactly where the label would rather go.
    LabelBoard board = board_with_tips({{{100, 100}, 0}, {{143, 100}, 1}});
    const Placement p = place_label(board, request({100, 100}, {1, 0}, 0));
    CHECK(p.free);
    CHECK(distance_to(p.rect, {143, 100}) >= kTipClearance);
    // At the plane's edge the label turns inwards.
    LabelBoard edge = board_with_tips({{{395, 150}, 0}});
    const Placement q = place_label(edge, request({395, 150}, {1, 0}, 0));
    CHECK(q.free);
    CHECK(q.rect.x + q.rect.w <= 400);
}

TEST_CASE("when every near spot is taken the label moves out, with a leader", "[labels]") {
    LabelBoard board = board_with_tips({{{200, 150}, 0}});
    // Fill the first ring with other labels.
    board.taken.push_back({150, 100, 100, 100});
    const Placement p = place_label(board, request({200, 150}, {1, 0}, 0));
    CHECK(p.free);
    CHECK(p.leader);
    CHECK_FALSE(overlaps(p.rect, {150, 100, 100, 100}));
    // Nowhere free at all: it still gets a spot, marked as not free.
    LabelBoard full = board_with_tips({});
    full.taken.push_back(full.bounds);
    CHECK_FALSE(place_label(full, request({200, 150}, {1, 0})).free);
}

TEST_CASE("a long label that finds no free spot still stays inside the plane", "[labels]") {
    // A crowd at the left edge: every spot near the anchor is taken, and the
    // label, 180 px wide, would rather sit to the left, off the plane.
    LabelBoard board = board_with_tips({});
    board.taken.push_back({0, 0, 400, 300});
    LabelRequest r = request({30, 150}, {-1, 0});
    r.size = {180, 24};
    const Placement p = place_label(board, r);
    CHECK_FALSE(p.free);
    CHECK(p.rect.x >= 0);
    CHECK(p.rect.x + p.rect.w <= 400);
}

TEST_CASE("labels keep off the arrows' shafts", "[labels]") {
    CHECK(crosses({0, 0, 10, 10}, {-5, 5}, {15, 5}));
    CHECK(crosses({0, 0, 10, 10}, {2, 2}, {3, 3}));  // inside
    CHECK_FALSE(crosses({0, 0, 10, 10}, {-5, -5}, {-1, 20}));
    // A dash passing 1 px under a label crosses it with 2 px to keep clear,
    // not with none; 3 px under, it passes.
    const std::vector<Rect> labels{{0, 0, 10, 10}, {50, 50, 4, 4}};
    CHECK(crosses_any(labels, {-5, 11}, {15, 11}, 2));
    CHECK_FALSE(crosses_any(labels, {-5, 11}, {15, 11}, 0));
    CHECK_FALSE(crosses_any(labels, {-5, 13}, {15, 13}, 2));
    CHECK(crosses_any(labels, {52, 40}, {52, 60}, 0));  // the second label
    CHECK_FALSE(crosses_any({}, {0, 0}, {100, 100}, 2));
    CHECK_FALSE(crosses({0, 0, 10, 10}, {11, 0}, {20, 10}));
    // A shaft runs right through the preferred spot: the label goes elsewhere.
    LabelBoard board = board_with_tips({{{200, 150}, 0}});
    board.segments.push_back({{200, 150}, {300, 150}});
    const Placement p = place_label(board, request({200, 150}, {1, 0}, 0));
    CHECK(p.free);
    CHECK_FALSE(crosses(p.rect, {200, 150}, {300, 150}));
}
