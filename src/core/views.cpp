#include "views.h"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <utility>

#include "dot_product.h"
#include "format.h"
#include "json.h"

namespace dotlab {

namespace {

// Opens getState()'s "derived" member with these named numbers.
void derived_numbers(std::string& out, std::initializer_list<std::pair<const char*, double>> numbers) {
    out += ",\"derived\":{";
    for (const auto& [name, value] : numbers) {
        out += std::string(out.back() == '{' ? "\"" : ",\"") + name + "\":";
        json_number(out, value);
    }
}

// The progress of every exercise, reported by the views that have them.
void exercises_json(std::string& out, const ExerciseSession& exercises) {
    out += ",\"exercises\":[";
    for (int id = 1; id <= kExerciseCount; ++id) {
        const ExerciseProgress& p = progress_of(exercises, id);
        out += "{\"id\":" + std::to_string(id) +
               ",\"predicted\":" + (p.predicted ? std::to_string(*p.predicted) : std::string("null")) +
               ",\"done\":" + (p.done ? "true" : "false") + (id < kExerciseCount ? "}," : "}");
    }
    out += ']';
}

// ---------------------------------------------------------------------------
// Dot product: a and b
// ---------------------------------------------------------------------------

std::vector<Vec2> dot_tips(const LessonState& s) { return {s.a, s.b}; }

void dot_set_tip(LessonState& s, int index, Vec2 tip) {
    if (index == 0) s.a = tip;
    if (index == 1) s.b = tip;
}

void dot_json(std::string& out, const LessonState&, const LessonDerived& derived, const ExerciseSession& exercises) {
    const DotDerived& d = derived.dot;
    derived_numbers(out, {{"dot", d.dot},
                          {"dotAlgebraic", d.dotAlgebraic},
                          {"dotGeometric", d.dotGeometric},
                          {"normA", d.normA},
                          {"normB", d.normB}});
    out += ",\"cos\":";
    d.cos ? json_number(out, *d.cos) : void(out += "null");
    out += ",\"angleDeg\":";
    d.angleDeg ? json_number(out, *d.angleDeg) : void(out += "null");
    out += ",\"projScalar\":";
    json_number(out, d.projScalar);
    out += ",\"proj\":";
    json_vec(out, d.proj);
    out += '}';
    exercises_json(out, exercises);
}

// A computed vector, and a given one (a tiny given coordinate keeps its digits).
std::string spoken_vec(Vec2 v) {
    return format_number(v.x, 2, MinusSign::Ascii) + ", " + format_number(v.y, 2, MinusSign::Ascii);
}
std::string spoken_point(Vec2 v) {
    return format_coordinate(v.x, 2, MinusSign::Ascii) + ", " + format_coordinate(v.y, 2, MinusSign::Ascii);
}

// The numbers, then where the tips are (a keyboard moves them blind).
std::string dot_spoken(const LessonState& s, const LessonDerived& d) {
    return make_dot_readouts(s.a, s.b, d.dot).spoken + " a is at " + spoken_point(s.a) + "; b is at " +
           spoken_point(s.b) + ".";
}

// ---------------------------------------------------------------------------
// Attention: a query and keys
// ---------------------------------------------------------------------------

std::vector<Vec2> query_and(const LessonState& s, const std::vector<Vec2>& rest) {
    std::vector<Vec2> tips;
    tips.reserve(1 + rest.size());
    tips.push_back(s.q);
    tips.insert(tips.end(), rest.begin(), rest.end());
    return tips;
}

// q, then k₁, v₁, k₂, v₂, … while values are drawn, then the other keys.
std::vector<Vec2> attention_tips(const LessonState& s) {
    const size_t paired = std::min(s.keys.size(), kDrawnValues);
    std::vector<Vec2> tips;
    tips.reserve(1 + s.keys.size() + paired);
    tips.push_back(s.q);
    for (size_t i = 0; i < paired; ++i) {
        tips.push_back(s.keys[i]);
        tips.push_back(i < s.values.size() ? s.values[i] : Vec2{});
    }
    tips.insert(tips.end(), s.keys.begin() + std::ptrdiff_t(paired), s.keys.end());
    return tips;
}

void attention_set_tip(LessonState& s, int index, Vec2 tip) {
    const AttentionTip t = attention_tip(index, s.keys.size());
    if (t.kind == AttentionTip::Query) s.q = tip;
    if (t.kind == AttentionTip::Key && t.index < s.keys.size()) s.keys[t.index] = tip;
    if (t.kind == AttentionTip::Value && t.index < s.values.size()) s.values[t.index] = tip;
}

void attention_json(std::string& out, const LessonState&, const LessonDerived& derived, const ExerciseSession&) {
    const AttentionDerived& d = derived.attention;
    out += ",\"derived\":{\"scores\":";
    json_numbers(out, d.scores);
    out += ",\"exps\":";
    json_numbers(out, d.exps);
    out += ",\"expSum\":";
    json_number(out, d.expSum);
    out += ",\"weights\":";
    json_numbers(out, d.weights);
    out += ",\"output\":";
    json_vec(out, d.output);
    out += ",\"entropyBits\":";
    json_number(out, d.entropyBits);
    out += '}';
}

std::string attention_spoken(const LessonState& s, const LessonDerived& derived) {
    return attention_keys_spoken(s, derived, false) + "The output o is " + spoken_vec(derived.attention.output) + ".";
}

// ---------------------------------------------------------------------------
// Retrieval: a query and documents
// ---------------------------------------------------------------------------

// Normalized, the tips sit on the unit circle, and moving one turns its
// vector without changing its length (only directions count then).
Vec2 shown(Vec2 v, bool normalized) { return normalized ? unit(v).value_or(v) : v; }
void turn_or_set(Vec2& v, Vec2 tip, bool normalized) {
    const auto direction = unit(tip);
    v = normalized && direction && norm(v) > 0 ? norm(v) * *direction : tip;
}

std::vector<Vec2> retrieval_tips(const LessonState& s) {
    // Pasted vectors sit where their principal plane puts them; a press on
    // one makes it the query (Lesson), nothing drags them.
    if (s.vectors) return s.vectors->plane;
    std::vector<Vec2> docs;
    docs.reserve(s.docs.size());
    for (const Document& doc : s.docs) docs.push_back(shown(doc.v, s.norm));
    std::vector<Vec2> tips = query_and(s, docs);
    tips[0] = shown(s.q, s.norm);
    return tips;
}

void retrieval_set_tip(LessonState& s, int index, Vec2 tip) {
    if (s.vectors) return;
    if (index == 0) turn_or_set(s.q, tip, s.norm);
    if (index >= 1 && size_t(index) <= s.docs.size()) turn_or_set(s.docs[size_t(index) - 1].v, tip, s.norm);
}

// A ranking as a JSON array of labels, by the labels `label_of` gives.
template <typename LabelOf>
void labels_in_order(std::string& out, const std::vector<int>& order, LabelOf label_of) {
    json_array(out, order, [&](std::string& o, int i) { json_string(o, label_of(size_t(i))); });
}

// The pasted vectors as getState() tells of them: their labels and rankings,
// never their numbers.
void stored_json(std::string& out, const LoadedVectors& v, size_t query, const StoreRanking& r) {
    const std::vector<std::string>& labels = v.store.labels;
    auto label_of = [&](size_t i) -> const std::string& { return labels[i]; };
    out += ",\"vectors\":{\"count\":" + std::to_string(v.store.count()) + ",\"dim\":" + std::to_string(v.store.dim) +
           ",\"labels\":";
    json_array(out, labels, [](std::string& o, const std::string& label) { json_string(o, label); });
    out += ",\"query\":";
    json_string(out, labels[query]);
    out += "},\"derived\":{\"byDot\":";
    labels_in_order(out, r.byDot, label_of);
    out += ",\"byCos\":";
    labels_in_order(out, r.byCos, label_of);
    out += '}';
}

void retrieval_json(std::string& out, const LessonState& s, const LessonDerived& derived, const ExerciseSession&) {
    if (s.vectors) return stored_json(out, *s.vectors, s.query, derived.stored);
    const RetrievalDerived& d = derived.retrieval;
    auto label_of = [&](size_t i) -> const std::string& { return s.docs[i].label; };
    out += ",\"derived\":{\"byDot\":";
    labels_in_order(out, d.byDot, label_of);
    out += ",\"byCos\":";
    labels_in_order(out, d.byCos, label_of);
    out += ",\"dots\":";
    json_numbers(out, d.dots);
    out += ",\"cosines\":";
    json_numbers(out, d.cosines);
    out += '}';
}

// "a, b and c": the first three of `order`, by the labels `label_of` gives.
template <typename LabelOf>
std::string top_three(const std::vector<int>& order, LabelOf label_of) {
    std::string text;
    const size_t shown = std::min<size_t>(order.size(), 3);
    for (size_t i = 0; i < shown; ++i)
        text += std::string(i == 0 ? "" : i + 1 == shown ? " and " : ", ") + label_of(size_t(order[i]));
    return text;
}

std::string stored_spoken(const LessonState& s, const StoreRanking& r) {
    const VectorStore& store = s.vectors->store;
    auto top = [&](const std::vector<int>& order) {
        return top_three(order, [&](size_t i) { return store.labels[i]; });
    };
    const std::string intro = "Your " + std::to_string(store.count()) + " vectors of " + std::to_string(store.dim) +
                              " dimensions, ranked against \u201c" + store.labels[s.query] + "\u201d. ";
    if (!(r.queryNorm > 0)) return intro + kZeroQuery;
    return intro + "By dot product the closest are " + top(r.byDot) + "; by cosine similarity " + top(r.byCos) + ".";
}

std::string retrieval_spoken(const LessonState& s, const LessonDerived& derived) {
    if (s.vectors) return stored_spoken(s, derived.stored);
    const RetrievalDerived& d = derived.retrieval;
    if (s.docs.empty()) return "There are no documents to rank.";
    if (!unit(s.q)) return "q has length 0, so every dot product is 0 and no cosine exists: neither list has a winner.";
    // Each name with its score, as the lists show them.
    auto top = [&](const std::vector<int>& order, const std::vector<double>& scores, int decimals, bool cosine) {
        const std::vector<std::string> shown =
            shown_scores(scores, cosine ? d.directed : std::vector<char>{}, decimals, MinusSign::Ascii, "no cosine");
        return top_three(order, [&](size_t i) { return s.docs[i].label + " " + shown[i]; });
    };
    std::string text = "By dot product the top documents are " + top(d.byDot, d.dots, 2, s.norm) +
                       "; by cosine similarity " + top(d.byCos, d.cosines, 3, true) + ".";
    if (s.norm) text += " Every vector is scaled to length 1, so the two rankings agree.";
    return text;
}

// ---------------------------------------------------------------------------
// Projection: a direction u through a cloud of points
// ---------------------------------------------------------------------------

std::vector<Vec2> projection_tips(const LessonState& s) {
    std::vector<Vec2> tips;
    tips.reserve(1 + s.points.size());
    tips.push_back(kDirectionHandleLength * s.u);
    tips.insert(tips.end(), s.points.begin(), s.points.end());
    return tips;
}

void projection_set_tip(LessonState& s, int index, Vec2 tip) {
    if (index == 0 && norm(tip) >= kMinTurningRadius) s.u = direction_of_tip(tip, s.u);
    if (index >= 1 && size_t(index) <= s.points.size()) s.points[size_t(index) - 1] = tip;
}

void projection_json(std::string& out, const LessonState&, const LessonDerived& derived,
                     const ExerciseSession& exercises) {
    const ProjectionDerived& d = derived.projection;
    derived_numbers(out, {{"angleDeg", d.angleDeg},
                          {"meanAlong", d.meanAlong},
                          {"variance", d.variance},
                          {"largest", d.axes.largest},
                          {"smallest", d.axes.smallest},
                          {"widestDeg", d.widestDeg},
                          {"gapToWidestDeg", d.gapToWidestDeg}});
    out += ",\"mean\":";
    json_vec(out, d.mean);
    out += ",\"first\":";
    json_vec(out, d.axes.first);
    out += ",\"second\":";
    json_vec(out, d.axes.second);
    out += ",\"elongated\":";
    out += d.elongated ? "true" : "false";
    out += '}';
    exercises_json(out, exercises);
}

std::string projection_spoken(const LessonState& s, const LessonDerived& derived) {
    const ProjectionDerived& d = derived.projection;
    // As the panel says it: u's own direction, and past 180 degrees its line's.
    std::string text =
        "The direction u points at " + format_number(d.directionDeg, 1, MinusSign::Ascii) + " degrees" +
        (d.directionDeg >= 180 ? ", its line at " + format_number(d.angleDeg, 1, MinusSign::Ascii) + " degrees" : "") +
        ". " + "Projected onto it, the " + std::to_string(s.points.size()) + " points spread with variance " +
        format_number(d.variance, 2, MinusSign::Ascii) + ".";
    if (s.axes && d.elongated)
        text += " The widest direction is at " + format_number(d.widestDeg, 1, MinusSign::Ascii) +
                " degrees, with variance " + format_number(d.axes.largest, 2, MinusSign::Ascii) + ".";
    return text;
}

const std::vector<View> kViews = {
    {Mode::Dot, "dot", "Dot product",
     "The orange bar is the projection of <b class=\"b\">b</b> onto the line of <b class=\"a\">a</b>; the dashed "
     "line drops from the tip of <b class=\"b\">b</b> to meet it at a right angle, and the purple arc marks the "
     "angle \u03b8.",
     "A plane with two arrows, a in blue and b in red, that start at the origin. Move an arrow's tip to change it. "
     "The current values are read out below the figure.",
     "Tab picks a or b, the arrow keys move it by 0.1 (Shift: 1), Home resets, 1\u20133 predict, N and P open the "
     "next and previous exercise, R tries a finished one again, Esc leaves the figure, G snaps to the grid, F is fine "
     "control, U shows unit vectors.",
     key_bit(Key::ToggleSnap) | key_bit(Key::ToggleFine) | key_bit(Key::ToggleNormalize), true, 4, 0, dot_tips,
     dot_set_tip, dot_json, dot_spoken},
    {Mode::Attention, "attention", "Attention",
     "The query <b class=\"a\">q</b> is scored against every key <b class=\"b\">k\u1d62</b>; keys drawn bolder get "
     "more weight. Each key's value <b class=\"v\">v\u1d62</b> (purple, square tip) shrinks to its weight, and those "
     "shares, laid tip to tail, end at the output o (green). The chart at the panel's foot shows why the scores are "
     "divided by \u221ad.",
     "A plane with the query q in blue, the keys in red with their values in purple (square tips), all "
     "starting at the origin, and the output o in green, built from the values' weighted shares laid tip to tail. "
     "Move q, a key or a value by its tip. The query, the key with the most weight and the output are read out "
     "below the figure.",
     "Tab picks q, then each key and its value in turn; the arrow keys move it (Shift: 1), + and \u2212 add or "
     "remove a key, [ and ] change the chart's d, T switches to a free temperature, S shows one step at a time "
     "(scores, weights, output, \u221ad), Home resets, Esc leaves the figure.",
     key_bit(Key::AddKey) | key_bit(Key::RemoveKey) | key_bit(Key::ScaleDown) | key_bit(Key::ScaleUp) |
         key_bit(Key::ToggleFreeScale) | key_bit(Key::NextStep),
     false, 3, 0, attention_tips, attention_set_tip, attention_json, attention_spoken},
    {Mode::Retrieval, "retrieval", "Retrieval",
     "Each red arrow is a document's embedding; the blue one is the query. The panel ranks the documents by dot "
     "product and by cosine similarity.",
     "A plane with the query q in blue and labelled documents in red, all starting at the origin. Move the query "
     "or a document by its tip. The top documents by dot product and by cosine are read out below the figure.",
     "Tab picks q or a document, the arrow keys move it (Shift: 1), U normalizes every vector, Home resets, Esc "
     "leaves the figure.",
     key_bit(Key::ToggleNormalize), false, 2, 0, retrieval_tips, retrieval_set_tip, retrieval_json, retrieval_spoken},
    {Mode::Projection, "projection", "Projection",
     "Every point drops at a right angle onto the line of <b class=\"a\">u</b> and lands on an orange dot; the "
     "orange band covers one standard deviation either side of where they land on average. The curve in the panel "
     "gives that spread for every direction of u.",
     "A plane with a cloud of points and a direction u in blue through the origin. Each point's projection onto "
     "u's line is marked in orange. Turn u by its tip, or move a point. u's angle and the variance of the "
     "projections are read out below the figure.",
     "Tab picks u, the arrow keys turn it (Shift: further), Home resets, 1\u20133 predict, Esc leaves the figure, "
     "P and N open the previous and next exercise, R tries a finished one again; C shows the principal components "
     "once the fifth exercise is done.",
     key_bit(Key::ToggleAxes), true, 4, 1, projection_tips, projection_set_tip, projection_json, projection_spoken},
};

}  // namespace

const std::vector<View>& all_views() { return kViews; }

bool view_answers(Mode mode, Key key) {
    constexpr KeyMask everywhere = key_bit(Key::NextHandle) | key_bit(Key::PrevHandle) | key_bit(Key::Left) |
                                   key_bit(Key::Right) | key_bit(Key::Up) | key_bit(Key::Down) | key_bit(Key::Reset);
    constexpr KeyMask exercises = key_bit(Key::Choice1) | key_bit(Key::Choice2) | key_bit(Key::Choice3) |
                                  key_bit(Key::NextExercise) | key_bit(Key::PrevExercise) | key_bit(Key::RetryExercise);
    const View& view = view_of(mode);
    return (key_bit(key) & (everywhere | view.ownKeys | (view.exercises ? exercises : 0))) != 0;
}

std::string attention_keys_spoken(const LessonState& s, const LessonDerived& derived, bool scores) {
    const AttentionDerived& d = derived.attention;
    std::string text = "The query q is at " + spoken_point(s.q) + ", scored against " + std::to_string(s.keys.size()) +
                       (s.keys.size() == 1 ? " key. " : " keys. ");
    // The table's first rows, best first, as it prints them.
    const std::vector<int> order = best_first(d.weights);
    const size_t said = std::min<size_t>(order.size(), 4);
    for (size_t row = 0; row < said; ++row) {
        const size_t i = size_t(order[row]);
        text +=
            std::string(row > 0  ? ", key "
                        : scores ? "Scores, q dot k over s: key "
                                 : "Weights: key ") +
            std::to_string(i + 1) + " " +
            (scores ? format_number(d.scores[i], 2, MinusSign::Ascii) : format_weight(d.weights[i], MinusSign::Ascii));
    }
    const size_t more = order.size() - said;
    if (said > 0)
        text += more > 0 ? ", and " + std::to_string(more) + (more == 1 ? " more key. " : " more keys. ") : ". ";
    return text;
}

const View& view_of(Mode mode) {
    for (const View& v : kViews)
        if (v.mode == mode) return v;
    return kViews[0];
}

const View* view_named(const std::string& name) {
    for (const View& v : kViews)
        if (name == v.name) return &v;
    return nullptr;
}

}  // namespace dotlab
