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

  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });
  const listeners = new Set();
  let runtimeUp = false;

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
  function fit() {
    if (!runtimeUp) return;
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
    // main() reads the starting state from these, the fragment last so it wins.
    arguments: [location.search, location.hash],
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    dotlabHooks: {
      layout() { runtimeUp = true; fit(); },
      ready() {
        if (loading) loading.hidden = true;
        live.textContent = Module.UTF8ToString(Module._dotlab_spoken());
        resolveReady();
      },
      changed() {
        speakSoon();
        if (listeners.size === 0) return;
        const state = readState();
        for (const fn of [...listeners]) {
          try { fn(state); } catch (err) { console.warn('dotlab.onChange listener failed:', err); }
        }
      },
    },
  };

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
        firstFrameMs: Module._dotlab_first_frame_ms(),
        lastFrameMs: Module._dotlab_last_frame_ms(),
      };
    },
    onChange(fn) {
      if (typeof fn !== 'function') throw new TypeError('dotlab.onChange expects a function');
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  });
})();
