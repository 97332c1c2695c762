// Catch2's main, shared by the native and the wasm test binaries.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
