// ---------------------------------------------------------------------------
// The page: its elements, its own URL options, the ready promise, and what it
// says when the lesson cannot start
// ---------------------------------------------------------------------------
const startupMarks = { script: performance.now() }; // stats().startup
const canvas = document.getElementById('canvas');
const figure = document.getElementById('lesson');
const stage = document.getElementById('stage');
const live = document.getElementById('dotlab-live');
const result = document.getElementById('dotlab-result');
const cardText = document.getElementById('exercise-text');
const viewKeys = document.getElementById('view-keys');
const loading = document.getElementById('loading');
const entry = document.getElementById('entry');
const entryError = document.getElementById('entry-error');
const pasteForm = document.getElementById('paste');
const inFrame = window.parent !== window;
// The script runs: the page's own help for files that did not load (shown
// after a few seconds by the inline style) is not needed. It stays, hidden:
// removing it would change the loading line after the first paint, which
// counts as a new, later paint of the line.
const loadHelp = document.getElementById('load-help');
if (loadHelp) loadHelp.style.animation = 'none';

// Page-level URL options (the lesson state itself is read by the core). The
// fragment comes after the query string, and the last value of a key wins,
// so the fragment wins, as it does for the lesson's state.
const pageOptions = new URLSearchParams(location.search.slice(1) + '&' + location.hash.slice(1));
const pageOption = (key) => {
  const all = pageOptions.getAll(key);
  return all.length ? all[all.length - 1] : null;
};
const embedded = pageOption('embed') === '1';
// Presenting (present=1, or the Present button): the lesson alone, filling
// the window as in a frame, its text a step larger for a room to read.
let presenting = pageOption('present') === '1';
const fillsWindow = () => embedded || presenting;
function showPresenting() {
  document.documentElement.classList.toggle('embed', fillsWindow());
  document.documentElement.classList.toggle('present', presenting);
}
showPresenting();

// Theme: theme=light|dark, otherwise the OS preference (followed live).
const darkQuery = matchMedia('(prefers-color-scheme: dark)');
const themeOption = pageOption('theme');
if (themeOption !== null && themeOption !== 'light' && themeOption !== 'dark') {
  console.warn(`Dot Lab: theme=${themeOption.slice(0, 20)} is not light or dark; following the system setting.`);
}
const fixedTheme = themeOption === 'light' || themeOption === 'dark' ? themeOption : null;
const isDark = () => (fixedTheme ? fixedTheme === 'dark' : darkQuery.matches);
document.documentElement.dataset.theme = isDark() ? 'dark' : 'light';
darkQuery.addEventListener('change', () => {
  document.documentElement.dataset.theme = isDark() ? 'dark' : 'light';
  if (runtimeUp) Module._dotlab_set_theme(isDark() ? 1 : 0);
});

let resolveReady;
let rejectReady;
const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
ready.catch(() => {}); // a page that never awaits it should not see an error
let runtimeUp = false; // the wasm runs and the canvas has its size
let readyDone = false; // the first frame is drawn

// Without WebGL 2 nothing can be drawn: say so in words, and do not start.
const NO_WEBGL =
  'This lesson draws with WebGL 2, which this browser has turned off or does not support. ' +
  'A current Firefox, Chrome, Edge or Safari runs it; if yours is current, check that hardware ' +
  'acceleration (graphics acceleration) is switched on in its settings.';
function fail(message) {
  stage.classList.add('failed');
  if (loading) {
    loading.hidden = false;
    loading.classList.add('failed');
    loading.textContent = message;
  }
  rejectReady(new Error(message));
}
// Feature test only: making a throwaway context to find out would cost as
// much as the lesson's own (slow with software rendering). If the browser
// has WebGL 2 but refuses a context, SDL reports it (failed('webgl2')).
const webgl2 = typeof WebGL2RenderingContext === 'function';

// The lesson's wasm, compiling from the moment this script runs. In a frame
// with an opaque origin (<iframe sandbox="allow-scripts">, as some course
// platforms use) every fetch() is a cross-origin request that a plain static
// host refuses, so there the wasm comes inside a script (dotlab-wasm.js,
// base64), which such a frame may load. A link rel=preload would fail in
// those frames, and WebKit fetches a preloaded wasm twice: there is none.
// The offline file has its wasm inside dotlab-app itself and takes
// Emscripten's own path.
const WASM = 'dotlab-app.wasm';
const opaqueOrigin = self.origin === 'null';
const offline = !!document.querySelector('script:not([src])');
function wasmFromScript() {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'dotlab-wasm.js';
    script.onload = () => resolve(Uint8Array.from(atob(self.DOTLAB_WASM), (c) => c.charCodeAt(0)));
    script.onerror = () => reject(new Error('dotlab-wasm.js could not be loaded'));
    document.head.append(script);
  }).then((bytes) => WebAssembly.compile(bytes));
}
function wasmFromFetch() {
  return WebAssembly.compileStreaming(fetch(WASM)).catch(() =>
    // A host that serves .wasm with another type defeats streaming.
    fetch(WASM).then((response) => {
      if (!response.ok) throw new Error(`${WASM}: HTTP ${response.status}`);
      return response.arrayBuffer();
    }).then((bytes) => WebAssembly.compile(bytes)));
}
// The wasm is fetched once the page has painted (or after 300 ms, for a frame
// that does not paint while off screen, or a browser that cannot say): the
// text, the tabs and the loading line reach the screen before the download
// and compile compete with them for the network, the CPU and the GPU
// process, and an audit (Lighthouse) sees a first paint that owes nothing to
// the wasm.
const afterFirstPaint = () => new Promise((resolve) => {
  if (performance.getEntriesByName('first-contentful-paint').length ||
      !window.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return resolve();
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    resolve();
  });
  observer.observe({ type: 'paint' });
  setTimeout(resolve, 300);
});
const wasmModule = webgl2 && !offline
  ? afterFirstPaint().then(() => {
    startupMarks.painted = performance.now();
    return opaqueOrigin ? wasmFromScript() : wasmFromFetch();
  })
  : null;
if (wasmModule) wasmModule.then(() => { startupMarks.compiled = performance.now(); }, () => {}); // failure: see module.js

function readState() {
  return JSON.parse(Module.UTF8ToString(Module._dotlab_get_state()));
}

// The view on show, by its name from the contract.
const currentView = () => CONTRACT.views[Module._dotlab_mode()] || CONTRACT.views[0];
