// What the page's JavaScript shares with the core, written once, here: the
// key codes and the keys that send them, the views' names and texts, the
// limits the page quotes. The build writes this into dotlab.js and into the
// page's tabs and captions (scripts/assemble_web.py); the page compares the
// fingerprint with the wasm's at start and refuses to run a mismatched pair.
#pragma once

#include <cstdint>
#include <string>

namespace dotlab {

// The contract as JSON: {"fingerprint", "keys": {"Tab": 1, …}, "views": [{name,
// title, caption, label, keys}…], "maxCoordinate", "maxKeys", "maxDocuments",
// "exercises"}.
std::string contract_json();

// FNV-1a of contract_json(): equal on both sides of a matching build.
std::uint32_t contract_fingerprint();

}  // namespace dotlab
