// Times the work behind pasted vectors at the largest size the lesson takes
// (500 vectors of 1,024 dimensions): reading them as text, ranking them
// against one of them by dot product and by cosine, and the principal plane.
// Built for node by scripts/bench, which prints the figures; prints JSON.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "../src/core/vectors.h"

using namespace dotlab;

namespace {

double now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// The median of `runs` timings of `work`, in ms.
template <typename Work>
double median_ms(int runs, Work work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = now_ms();
        work();
        times.push_back(now_ms() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main() {
    std::string text;
    std::uint64_t seed = 2026;
    for (size_t i = 0; i < kMaxStoreVectors; ++i) {
        text += "w" + std::to_string(i) + ":";
        for (size_t k = 0; k < kMaxStoreDim; ++k) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            text += (k ? "," : " ") + std::to_string(double(int((seed >> 33) % 2001) - 1000) / 1000.0);
        }
        text += '\n';
    }
    std::string error;
    std::optional<VectorStore> store;
    const double parse = median_ms(3, [&] { store = parse_vectors(text, error); });
    if (!store) {
        std::printf("{\"error\":\"%s\"}\n", error.c_str());
        return 1;
    }
    size_t sink = 0;
    const double rank = median_ms(11, [&] { sink += size_t(rank_store(*store, sink % 500).byDot.front()); });
    const double plane = median_ms(3, [&] { sink += principal_plane(*store).size(); });
    std::printf("{\"count\":%zu,\"dim\":%zu,\"parseMs\":%.2f,\"rankMs\":%.2f,\"planeMs\":%.2f,\"sink\":%zu}\n",
                store->count(), store->dim, parse, rank, plane, sink);
    return 0;
}
