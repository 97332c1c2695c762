# Shared helpers for the scripts in this folder. Sourced, not run.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOTLAB_CACHE="${DOTLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dotlab}"
SDL2_VERSION=2.26.5
IMGUI_VERSION=1.86
# The Closure Compiler release Emscripten 3.1.6 was tested with.
CLOSURE_VERSION=20220104.0.0
# Emscripten's node tools need Debian's acorn, which the node on PATH cannot see.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

log() { printf '\033[1m[dotlab]\033[0m %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# What building the site needs, and what the tests need on top.
BUILD_PACKAGES=(emscripten cmake make g++ fonts-dejavu-core fonttools python3-fonttools dpkg-dev ca-certificates)
TEST_PACKAGES=(clang-14 libclang-rt-14-dev catch2 chromium mkdocs poppler-utils
  firefox-esr webkit2gtk-driver xvfb libgl1-mesa-dri)

ensure_apt_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_deb_src() {
  if ! grep -Rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ &&
    ! grep -qs '^deb-src' /etc/apt/sources.list 2>/dev/null; then
    log "enabling deb-src entries"
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      as_root sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
    else
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | as_root tee /etc/apt/sources.list.d/dotlab-src.list >/dev/null
    fi
    as_root apt-get update -qq
  fi
}

# Fetches the Debian source package $1 (upstream version $2) into the cache.
fetch_source() {
  local pkg="$1" version="$2" dest="$DOTLAB_CACHE/src/$1-$2"
  if [ ! -d "$dest" ]; then
    ensure_deb_src
    log "fetching source of $pkg $version"
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && apt-get source -qq "$pkg=$(apt-cache showsrc "$pkg" | sed -n "s/^Version: \(${version//./\\.}[^ ]*\)$/\1/p" | head -n1)" >/dev/null 2>&1 ||
      apt-get source -qq "$pkg" >/dev/null)
    local dir
    dir="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -n1)"
    mkdir -p "$(dirname "$dest")"
    mv "$dir" "$dest"
    rm -rf "$tmp"
  fi
  printf '%s\n' "$dest"
}

# Dear ImGui with scripts/imgui-dotlab.patch applied, in a copy keyed by the
# patch's hash (the fetched sources stay as Debian ships them).
ensure_imgui_patched() {
  local src="$1" key
  key="$(sha256sum <"$ROOT/scripts/imgui-dotlab.patch" | cut -c1-10)"
  IMGUI_DIR="$DOTLAB_CACHE/src/imgui-$IMGUI_VERSION-dotlab-$key"
  [ -f "$IMGUI_DIR/imgui.cpp" ] && return 0
  rm -rf "$IMGUI_DIR.tmp"
  cp -r "$src" "$IMGUI_DIR.tmp"
  patch -s -p1 -d "$IMGUI_DIR.tmp" <"$ROOT/scripts/imgui-dotlab.patch"
  mv "$IMGUI_DIR.tmp" "$IMGUI_DIR"
}

ensure_sources() {
  ensure_imgui_patched "$(fetch_source imgui "$IMGUI_VERSION")"
  SDL2_SRC="$(fetch_source libsdl2 "$SDL2_VERSION")"
  export IMGUI_DIR SDL2_SRC
}

# SDL2 built with Emscripten: only the subsystems and drivers the lesson uses,
# with scripts/sdl2-dotlab.patch applied (why: see the patch). The cache key
# carries a hash of the patch and the options, so changing either rebuilds.
SDL2_OPTIONS=(
  -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF
  -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF
  -DSDL_HIDAPI=OFF -DSDL_POWER=OFF -DSDL_FILESYSTEM=OFF -DSDL_LOCALE=OFF
  -DSDL_MISC=OFF -DSDL_THREADS=OFF -DSDL_ATOMIC=ON -DSDL_TIMERS=ON
  -DSDL_LOADSO=OFF -DSDL_CPUINFO=ON -DSDL_FILE=ON
  -DSDL_RENDER=OFF -DSDL_DUMMYVIDEO=OFF -DSDL_OFFSCREEN=OFF
)
# SDL_LEAN_AND_MEAN drops the pixel blitters and RLE surfaces, which the
# lesson never uses (it draws with WebGL) but SDL_DestroyWindow's surface
# freeing would otherwise link in: about 16 KB of wasm.
SDL2_CFLAGS="-Oz -DSDL_LEAN_AND_MEAN=1"
ensure_sdl2_wasm() {
  local key
  key="$( (cat "$ROOT/scripts/sdl2-dotlab.patch"; printf '%s\n' "${SDL2_OPTIONS[@]}" "$SDL2_CFLAGS") | sha256sum | cut -c1-10)"
  SDL2_WASM="$DOTLAB_CACHE/sdl2-wasm-$SDL2_VERSION-$key"
  export SDL2_WASM
  [ -f "$SDL2_WASM/lib/libSDL2.a" ] && return 0
  log "building SDL2 $SDL2_VERSION for wasm (once; cached in $SDL2_WASM)"
  local build="$DOTLAB_CACHE/build-sdl2-wasm"
  rm -rf "$build"
  mkdir -p "$build"
  cp -r "$SDL2_SRC" "$build/src"
  patch -s -p1 -d "$build/src" <"$ROOT/scripts/sdl2-dotlab.patch"
  # The recorded check results spare a fresh machine ~8 minutes of probing.
  local checks=()
  [ "$SDL2_VERSION" = 2.26.5 ] && checks=(-C "$ROOT/scripts/sdl2-emscripten-checks.cmake")
  emcmake cmake "${checks[@]}" -S "$build/src" -B "$build/out" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$SDL2_WASM" "${SDL2_OPTIONS[@]}" \
    -DCMAKE_C_FLAGS="$SDL2_CFLAGS" >"$DOTLAB_CACHE/sdl2-configure.log" 2>&1
  cmake --build "$build/out" -j"$(nproc)" >"$DOTLAB_CACHE/sdl2-build.log" 2>&1
  cmake --install "$build/out" >/dev/null
  rm -rf "$build"
}

ensure_font_subset_tool() {
  /usr/bin/python3 -c 'import fontTools.subset' 2>/dev/null && return 0
  log "fontTools missing for /usr/bin/python3"
  return 1
}

# Installs a folder's npm packages exactly as its lockfile says, again
# whenever the lockfile changes (a stamp in node_modules remembers it).
ensure_npm_folder() {
  local dir="$1" what="$2" hash
  hash="$(sha256sum <"$dir/package-lock.json" | cut -c1-16)"
  [ "$(cat "$dir/node_modules/.dotlab-lock" 2>/dev/null)" = "$hash" ] && return 0
  log "installing npm packages for $what"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  printf '%s\n' "$hash" >"$dir/node_modules/.dotlab-lock"
}

ensure_npm_packages() { ensure_npm_folder "$ROOT/tests/e2e" "the browser tests"; }

# Shrinks Emscripten's JavaScript to about 40 % (--closure 1). Debian ships
# no closure compiler; npm has it (a native Linux build, Java as fallback).
ensure_closure_compiler() {
  local dir="$DOTLAB_CACHE/closure-$CLOSURE_VERSION"
  CLOSURE_COMPILER="$dir/node_modules/.bin/google-closure-compiler"
  export CLOSURE_COMPILER
  [ -x "$CLOSURE_COMPILER" ] && return 0
  log "installing the Closure Compiler $CLOSURE_VERSION from npm (once; cached in $dir)"
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error \
    "google-closure-compiler@$CLOSURE_VERSION" >/dev/null
}

# What building the site needs, installed or built once.
dotlab_setup_site() {
  ensure_apt_packages "${BUILD_PACKAGES[@]}"
  ensure_sources
  ensure_sdl2_wasm
  ensure_font_subset_tool
  ensure_closure_compiler
}

# Everything: the site, and the native, sanitized and browser tests.
dotlab_setup() {
  ensure_apt_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  dotlab_setup_site
  ensure_npm_packages
}

BUILD_DIR="$ROOT/build"
DIST_DIR="${DOTLAB_DIST:-$ROOT/dist}"

# The web build: the site in dist/ (and, for the tests, the core tests in wasm).
dotlab_build_site() {
  log "building the web lesson into $DIST_DIR"
  emcmake cmake -S "$ROOT" -B "$BUILD_DIR/web" -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DIMGUI_DIR="$IMGUI_DIR" -DSDL2_DIR="$SDL2_WASM/lib/cmake/SDL2" -DDOTLAB_DIST="$DIST_DIR" \
    -DDOTLAB_CLOSURE="$CLOSURE_COMPILER" >/dev/null
  cmake --build "$BUILD_DIR/web" -j"$(nproc)" --target site "$@"
}

# Everything: the site, the wasm core tests, the sanitized tree with the
# fuzz targets, and the native tests (CTest).
dotlab_build() {
  local jobs
  jobs="$(nproc)"
  dotlab_build_site core_tests_wasm
  log "building the sanitized core tests and fuzz targets (clang-14)"
  CXX=clang++-14 cmake -S "$ROOT" -B "$BUILD_DIR/sanitize" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDOTLAB_SANITIZE=ON >/dev/null
  cmake --build "$BUILD_DIR/sanitize" -j"$jobs"
  log "building the native tests"
  cmake -S "$ROOT" -B "$BUILD_DIR/native" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDOTLAB_WEB_BUILD="$BUILD_DIR/web" -DDOTLAB_SANITIZE_BUILD="$BUILD_DIR/sanitize" \
    -DDOTLAB_DIST="$DIST_DIR" >/dev/null
  cmake --build "$BUILD_DIR/native" -j"$jobs"
}
