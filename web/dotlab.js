// Dot Lab's page glue: sizes the canvas, publishes window.dotlab, mirrors the
// readouts into an aria-live region and keeps page scrolling usable on
// touch screens. Loaded (deferred) before the Emscripten output, which picks
// up the Module object defined here.
(function () {
  'use strict';

  const canvas = document.getElementById('canvas');
  const stage = document.getElementById('stage');
  const live = document.getElementById('dotlab-live');
  const loading = document.getElementById('loading');
  const entry = document.getElementById('entry');
  const entryError = document.getElementById('entry-error');
  const PROGRESS_KEY = 'dotlab:v1:exercises';

  // Page-level URL options (the lesson state itself is read by the core).
  const pageOptions = new URLSearchParams(location.search.slice(1) + '&' + location.hash.slice(1));
  const embedded = pageOptions.get('embed') === '1';
  if (embedded) document.documentElement.classList.add('embed');
  const inFrame = window.parent !== window;

  // Theme: theme=light|dark, otherwise the OS preference (followed live).
  const darkQuery = matchMedia('(prefers-color-scheme: dark)');
  const themeOption = pageOptions.get('theme');
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

  // Without WebGL 2 nothing can be drawn: say so in words, and do not start.
  const NO_WEBGL =
    'This lesson draws with WebGL 2, which this browser has turned off or does not support. ' +
    'A current Firefox, Chrome, Edge or Safari runs it; if yours is current, check that hardware ' +
    'acceleration (graphics acceleration) is switched on in its settings.';
  function fail(message) {
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

  // Compile the lesson's wasm from this moment on, in the background, rather
  // than after dotlab-app.js has run and fetched it: index.html preloads the
  // file, so its bytes are usually here already. The offline file has no
  // such link (its wasm is inside the script) and takes Emscripten's path.
  const WASM = 'dotlab-app.wasm';
  const wasmModule = webgl2 && document.querySelector(`link[rel=preload][href="${WASM}"]`)
    ? WebAssembly.compileStreaming(fetch(WASM)).catch(() =>
      // A host that serves .wasm with another type defeats streaming.
      fetch(WASM).then((response) => {
        if (!response.ok) throw new Error(`${WASM}: HTTP ${response.status}`);
        return response.arrayBuffer();
      }).then((bytes) => WebAssembly.compile(bytes)))
    : null;
  if (wasmModule) wasmModule.catch(() => {}); // reported by instantiateWasm below
  const listeners = new Set();
  let runtimeUp = false;
  let readyDone = false;

  // ---------------------------------------------------------------------------
  // Talking to the wasm side
  // ---------------------------------------------------------------------------
  function readState() {
    return JSON.parse(Module.UTF8ToString(Module._dotlab_get_state()));
  }

  // setState's object becomes the same key=value text a URL carries, so the
  // core validates both the same way.
  function toQuery(partial) {
    const parts = [];
    for (const [key, value] of Object.entries(partial)) {
      if (key === 'derived' || value === undefined) continue;
      let text;
      if (Array.isArray(value)) {
        text = value.map((item) => (Array.isArray(item) ? item.map(String).join(',') : String(item)))
          .join(Array.isArray(value[0]) ? ';' : ',');
      } else {
        text = String(value);
      }
      parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(text));
    }
    return parts.join('&');
  }

  function requireRuntime(name) {
    if (!runtimeUp) throw new Error('dotlab.' + name + '() called before dotlab.ready resolved');
  }

  // ---------------------------------------------------------------------------
  // Canvas size: CSS width from the page, height from the lesson's layout,
  // backing store at devicePixelRatio (SDL sizes it on resize).
  // ---------------------------------------------------------------------------
  let lastWidth = 0;
  let lastHeight = 0;
  let lastRatio = 0;
  // The window's height, the kind of pointer and the motion preference shape
  // the layout (a phone's exercise fits one screen; fingers get 44-px targets).
  const coarseQuery = matchMedia('(pointer: coarse)');
  const motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
  const screenArgument = () =>
    `${window.innerHeight},${coarseQuery.matches ? 1 : 0},${motionQuery.matches ? 1 : 0}`;
  let lastScreen = screenArgument();
  function tellScreen() {
    const now = screenArgument();
    if (now === lastScreen) return;
    lastScreen = now;
    Module._dotlab_set_screen(window.innerHeight, coarseQuery.matches ? 1 : 0, motionQuery.matches ? 1 : 0);
  }
  function fit() {
    if (!runtimeUp) return;
    tellScreen();
    const width = Math.max(200, Math.floor(stage.clientWidth));
    const height = Math.round(Module._dotlab_preferred_height(width));
    const ratio = window.devicePixelRatio || 1;
    if (width === lastWidth && height === lastHeight && ratio === lastRatio) return;
    lastWidth = width;
    lastHeight = height;
    lastRatio = ratio;
    canvas.style.width = width + 'px';
    canvas.style.height = height + 'px';
    Module._dotlab_resize(width, height);
  }
  new ResizeObserver(fit).observe(stage);
  window.addEventListener('resize', fit);
  coarseQuery.addEventListener('change', fit);
  motionQuery.addEventListener('change', fit);
  // Off screen (scrolled away in long course notes) or in a hidden tab the
  // lesson draws nothing, whatever the host sends it, and catches up when it
  // comes back. It still reports changes meanwhile (a hidden tab would give
  // it no animation frame to do so in).
  let canvasVisible = true;
  const tellVisibility = () => {
    if (runtimeUp) Module._dotlab_set_visible(canvasVisible && !document.hidden ? 1 : 0);
  };
  new IntersectionObserver((entries) => {
    canvasVisible = entries[entries.length - 1].isIntersecting;
    tellVisibility();
  }).observe(canvas);
  document.addEventListener('visibilitychange', tellVisibility);
  function watchRatio() {
    const query = matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
    query.addEventListener('change', () => { fit(); watchRatio(); }, { once: true });
  }
  watchRatio();

  // ---------------------------------------------------------------------------
  // Input the canvas needs help with
  // ---------------------------------------------------------------------------
  // Keep receiving mouse moves while a drag leaves the canvas, and take
  // keyboard focus on press.
  canvas.addEventListener('pointerdown', (e) => {
    canvas.focus({ preventScroll: true });
    if (e.pointerType === 'mouse') canvas.setPointerCapture(e.pointerId);
  });
  // A finger that lands on a tip drags it, so that touch must not scroll the
  // page; anywhere else the page scrolls as usual (SDL is told to leave
  // touches alone, see main.cpp).
  function holdTouch(e) {
    if (!runtimeUp) return;
    const rect = canvas.getBoundingClientRect();
    for (const t of e.changedTouches) {
      if (Module._dotlab_wants_touch(t.clientX - rect.left, t.clientY - rect.top)) {
        e.preventDefault();
        return;
      }
    }
  }
  canvas.addEventListener('touchstart', holdTouch, { passive: false });
  canvas.addEventListener('touchmove', holdTouch, { passive: false });
  // Once the page is scrolling, touch events can no longer be cancelled, but
  // SDL still tries (to stop emulated mouse clicks), and Chrome reports each
  // attempt as an error. SDL must still see the event to release its finger.
  for (const type of ['touchmove', 'touchend', 'touchcancel']) {
    stage.addEventListener(type, (e) => {
      if (!e.cancelable) Object.defineProperty(e, 'preventDefault', { value() {} });
    }, { capture: true, passive: true });
  }

  // ---------------------------------------------------------------------------
  // Keyboard: the lesson's keys while the canvas has focus. Numbers follow
  // enum class Key in src/app/app.h.
  // ---------------------------------------------------------------------------
  const KEYS = {
    Tab: 1, ArrowLeft: 3, ArrowRight: 4, ArrowUp: 5, ArrowDown: 6, Home: 7,
    1: 8, 2: 9, 3: 10, n: 11, p: 12, g: 13, f: 14, u: 15, '+': 16, '=': 16, '-': 17, '[': 18, ']': 19, v: 20, t: 21,
  };
  canvas.addEventListener('keydown', (e) => {
    if (!runtimeUp || e.ctrlKey || e.metaKey || e.altKey) return;
    let key = KEYS[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    if (key === undefined) return;
    if (key === KEYS.Tab && e.shiftKey) key = 2;
    // Tab past the last vector is left to the browser, so focus moves on.
    if (Module._dotlab_key(key, e.shiftKey ? 1 : 0)) e.preventDefault();
  });
  canvas.addEventListener('focus', (e) => {
    const from = e.relatedTarget;
    const backwards = !!from && !!(canvas.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (runtimeUp) Module._dotlab_focus(1, backwards ? 1 : 0);
  });
  canvas.addEventListener('blur', () => { if (runtimeUp) Module._dotlab_focus(0, 0); });

  // A lost WebGL context (GPU reset, too many contexts) comes back if we ask;
  // the lesson keeps its state and rebuilds what lived on the GPU.
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    if (runtimeUp) Module._dotlab_gl_lost();
  });
  canvas.addEventListener('webglcontextrestored', () => { if (runtimeUp) Module._dotlab_gl_restored(); });

  // ---------------------------------------------------------------------------
  // Numeric entry: typed coordinates go through the same validation as URLs
  // ---------------------------------------------------------------------------
  let shownMode = null;
  function showMode(mode) {
    if (mode === shownMode) return;
    shownMode = mode;
    for (const tab of document.querySelectorAll('[role=tab][data-mode]')) {
      tab.setAttribute('aria-selected', String(tab.dataset.mode === mode));
    }
    for (const caption of document.querySelectorAll('figcaption[data-mode]')) {
      caption.hidden = caption.dataset.mode !== mode;
    }
    // Typed coordinates are for a and b, which only the dot view has.
    if (entry) entry.hidden = mode !== 'dot';
  }
  for (const tab of document.querySelectorAll('[role=tab][data-mode]')) {
    tab.addEventListener('click', () => {
      if (runtimeUp) window.dotlab.setState({ mode: tab.dataset.mode });
    });
  }

  function showEntry(state) {
    showMode(state.mode);
    if (!entry || entry.hidden) return;
    const values = { ax: state.a[0], ay: state.a[1], bx: state.b[0], by: state.b[1] };
    for (const [name, value] of Object.entries(values)) {
      const input = entry.elements[name];
      if (document.activeElement !== input) input.value = String(value);
    }
  }
  // The typed fields follow a drag ten times a second at most: no one reads
  // them faster, and each update costs the frame a state read and a restyle.
  // Other views have no fields, and their state can be large (a thousand
  // keys): it is not read for them.
  let entryTimer = 0;
  let entryShownAt = -Infinity;
  function showEntrySoon() {
    if (entryTimer || shownMode !== 'dot') return;
    const show = () => {
      entryTimer = 0;
      entryShownAt = performance.now();
      if (shownMode === 'dot') showEntry(readState());
    };
    const wait = entryShownAt + 100 - performance.now();
    if (wait <= 0) show();
    else entryTimer = setTimeout(show, wait);
  }
  function commitEntry(vector) {
    const read = (name) => entry.elements[name].value.trim().replace(/\u2212/g, '-');
    const text = read(vector + 'x') + ',' + read(vector + 'y');
    const warnings = Module.ccall('dotlab_set_query', 'string', ['string'], [vector + '=' + encodeURIComponent(text)]);
    for (const axis of ['x', 'y']) entry.elements[vector + axis].setAttribute('aria-invalid', warnings ? 'true' : 'false');
    entryError.textContent = warnings
      ? `${vector} was not changed: type two numbers between \u22121000 and 1000, such as 2.5 and \u22121.`
      : '';
    if (!warnings) showEntry(readState());
  }
  if (entry) {
    entry.addEventListener('submit', (e) => {
      e.preventDefault();
      if (runtimeUp && document.activeElement && document.activeElement.name) commitEntry(document.activeElement.name[0]);
    });
    entry.addEventListener('change', (e) => {
      if (runtimeUp && e.target.name) commitEntry(e.target.name[0]);
    });
  }

  // ---------------------------------------------------------------------------
  // Exercise progress (localStorage) and completions (to an embedding page)
  // ---------------------------------------------------------------------------
  function loadProgress() {
    try { return localStorage.getItem(PROGRESS_KEY) || ''; } catch (err) { return ''; }
  }
  function saveProgress(text) {
    try { localStorage.setItem(PROGRESS_KEY, text); } catch (err) { /* storage off: progress lasts this visit */ }
  }
  function announceExercise(id, predicted, correct) {
    post({ type: 'dotlab:exercise', id, predicted, correct });
    clearTimeout(speakTimer);
    const done = readState().exercises.filter((e) => e.done).length;
    live.textContent = `Exercise ${id} done. Your prediction was ${correct ? 'right' : 'not right'}; ` +
      `the panel explains why. ${done === 4 ? 'All four exercises done.' : `${done} of 4 exercises done.`}`;
  }

  // "Copy link": the state goes into the fragment (which wins over the query
  // when the link is opened) and onto the clipboard.
  const copyButton = document.getElementById('copy-link');
  const copyStatus = document.getElementById('copy-status');
  if (copyButton) {
    copyButton.addEventListener('click', async () => {
      if (!runtimeUp) return;
      history.replaceState(null, '', '#' + Module.UTF8ToString(Module._dotlab_encode_query()));
      try {
        await navigator.clipboard.writeText(location.href);
        copyStatus.textContent = 'Link copied';
      } catch (err) {
        copyStatus.textContent = 'Link is in the address bar';
      }
      setTimeout(() => { copyStatus.textContent = ''; }, 3000);
    });
  }

  // ---------------------------------------------------------------------------
  // postMessage API for pages that embed the lesson (see DESIGN.md). Only the
  // parent window is listened to; everything it sends is checked, and state
  // goes through setState, i.e. the core's validation.
  // ---------------------------------------------------------------------------
  const MAX_MESSAGE_CHARS = 100000;
  function post(message) {
    if (inFrame) window.parent.postMessage(message, '*');
  }
  function refuse(why) {
    console.warn('Dot Lab ignored a message: ' + why);
  }
  const pending = [];
  function handleMessage(data) {
    if (data === null || typeof data !== 'object' || typeof data.type !== 'string') {
      refuse('expected an object with a string "type".');
      return;
    }
    let size = 0;
    try { size = JSON.stringify(data).length; } catch (err) { refuse('it cannot be read as JSON.'); return; }
    if (size > MAX_MESSAGE_CHARS) { refuse(`it is larger than ${MAX_MESSAGE_CHARS} characters.`); return; }
    if (data.type === 'dotlab:set') {
      const state = data.state;
      if (state === null || typeof state !== 'object' || Array.isArray(state)) {
        refuse('dotlab:set needs a "state" object.');
        return;
      }
      window.dotlab.setState(state);
    } else if (data.type === 'dotlab:get') {
      const id = data.id;
      if (!((typeof id === 'string' && id.length <= 64) || Number.isFinite(id))) {
        refuse('dotlab:get needs an "id" (a string of up to 64 characters or a number).');
        return;
      }
      post({ type: 'dotlab:state', id, state: readState() });
    } else {
      refuse(`unknown type "${String(data.type).slice(0, 40)}".`);
    }
  }
  window.addEventListener('message', (event) => {
    if (!inFrame || event.source !== window.parent) {
      if (event.data && typeof event.data === 'object' && String(event.data.type).startsWith('dotlab:')) {
        refuse('it did not come from the parent window.');
      }
      return;
    }
    if (runtimeUp && readyDone) handleMessage(event.data);
    else pending.push(event.data);
  });

  // Changes go to the host at most every 100 ms, the last one always.
  let changeTimer = 0;
  function postChangeSoon() {
    if (!inFrame || changeTimer) return;
    changeTimer = setTimeout(() => {
      changeTimer = 0;
      post({ type: 'dotlab:change', state: readState() });
    }, 100);
  }

  // Auto-height iframes: the host hears the page's height whenever it changes.
  let lastPostedHeight = 0;
  function postHeight() {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastPostedHeight) {
      lastPostedHeight = height;
      post({ type: 'dotlab:resize', height });
    }
  }
  if (inFrame) new ResizeObserver(postHeight).observe(document.documentElement);

  // ---------------------------------------------------------------------------
  // Screen-reader mirror, debounced so a drag is not read out at every step
  // ---------------------------------------------------------------------------
  let speakTimer = 0;
  function speakSoon() {
    clearTimeout(speakTimer);
    speakTimer = setTimeout(() => {
      live.textContent = Module.UTF8ToString(Module._dotlab_spoken());
    }, 500);
  }

  // ---------------------------------------------------------------------------
  // Emscripten's Module
  // ---------------------------------------------------------------------------
  window.Module = {
    canvas,
    instantiateWasm: wasmModule ? (imports, receive) => {
      wasmModule
        .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
        .catch((err) => fail('The lesson could not start: ' + err.message));
      return {}; // the exports arrive through receive()
    } : undefined,
    // main() reads saved progress and the starting state from these; the
    // fragment comes last so it wins.
    arguments: ['theme:' + (isDark() ? 'dark' : 'light'), 'screen:' + lastScreen, 'progress:' + loadProgress(),
      location.search, location.hash],
    noInitialRun: !webgl2,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    dotlabHooks: {
      layout() {
        if (!runtimeUp) {
          runtimeUp = true;
          tellVisibility(); // the observer may have spoken before the lesson could hear it
        }
        fit();
      },
      saveProgress,
      failed(reason) {
        fail(reason === 'webgl2' ? NO_WEBGL : 'The lesson could not start: ' + reason);
      },
      exerciseDone: announceExercise,
      ready() {
        if (loading) loading.hidden = true;
        showEntry(readState());
        readyDone = true;
        post({ type: 'dotlab:ready', state: readState() });
        postHeight();
        for (const message of pending.splice(0)) handleMessage(message);
        live.textContent = Module.UTF8ToString(Module._dotlab_spoken());
        resolveReady();
      },
      changed() {
        speakSoon();
        postChangeSoon();
        showMode(['dot', 'attention', 'retrieval'][Module._dotlab_mode()]);
        showEntrySoon();
        // The full state can be large: build it only when someone listens.
        if (listeners.size === 0) return;
        const state = readState();
        for (const fn of [...listeners]) {
          try { fn(state); } catch (err) { console.warn('dotlab.onChange listener failed:', err); }
        }
      },
    },
  };

  if (!webgl2) fail(NO_WEBGL);

  // ---------------------------------------------------------------------------
  // window.dotlab: the same-origin API (see DESIGN.md)
  // ---------------------------------------------------------------------------
  window.dotlab = Object.freeze({
    ready,
    getState() { requireRuntime('getState'); return readState(); },
    setState(partial) {
      requireRuntime('setState');
      if (partial === null || typeof partial !== 'object' || Array.isArray(partial)) {
        console.warn('dotlab.setState expects an object such as { a: [3, 1] }; ignored.');
        return readState();
      }
      const warnings = Module.ccall('dotlab_set_query', 'string', ['string'], [toQuery(partial)]);
      if (warnings) console.warn('dotlab.setState: ' + warnings.trim());
      return readState();
    },
    toClient(point) {
      requireRuntime('toClient');
      if (!Array.isArray(point) || point.length !== 2 || !point.every(Number.isFinite)) {
        throw new TypeError('dotlab.toClient expects [x, y] with finite numbers');
      }
      const rect = canvas.getBoundingClientRect();
      return [rect.left + Module._dotlab_to_canvas_x(point[0], point[1]),
        rect.top + Module._dotlab_to_canvas_y(point[0], point[1])];
    },
    stats() {
      requireRuntime('stats');
      return {
        framesRendered: Module._dotlab_frames_rendered(),
        framesDrawn: Module._dotlab_frames_drawn(), // the rest repeated what the canvas showed
        firstFrameMs: Module._dotlab_first_frame_ms(),
        lastFrameMs: Module._dotlab_last_frame_ms(),
        // Where the last frame drew each panel part and control, in CSS px
        // from the canvas's top-left corner (control: true for pressables).
        layout: JSON.parse(Module.UTF8ToString(Module._dotlab_layout())),
        // Every label drawn on the plane in the last frame, tick labels included.
        labels: JSON.parse(Module.UTF8ToString(Module._dotlab_labels())),
        fontPx: { headline: Module._dotlab_font_px(0), body: Module._dotlab_font_px(1) },
      };
    },
    onChange(fn) {
      if (typeof fn !== 'function') throw new TypeError('dotlab.onChange expects a function');
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  });
})();
