// ---------------------------------------------------------------------------
// window.dotlab: the same-origin API (docs/contract.md)
// ---------------------------------------------------------------------------
const listeners = new Set();

function requireRuntime(name) {
  if (!runtimeUp) throw new Error('dotlab.' + name + '() called before dotlab.ready resolved');
}

// Hands the core a JSON object of state fields; returns its warnings, one
// per line ('' when all was well).
function setStateJson(json) {
  return Module.ccall('dotlab_set_state', 'string', ['string'], [json]);
}

window.dotlab = Object.freeze({
  ready,
  getState() { requireRuntime('getState'); return readState(); },
  setState(partial) {
    requireRuntime('setState');
    if (partial === null || typeof partial !== 'object' || Array.isArray(partial)) {
      console.warn('dotlab.setState expects an object such as { a: [3, 1] }; ignored.');
      return readState();
    }
    // Pasted vectors and their query go their own way (too big for JSON);
    // the rest is state fields for the core's decoder.
    const { vectors, query, ...fields } = partial;
    let json;
    try { json = JSON.stringify(fields); } catch (err) {
      console.warn('dotlab.setState: the object cannot be read as JSON (' + err.message + '); ignored.');
      return readState();
    }
    const warnings = [];
    if (vectors !== undefined) warnings.push(setVectors(vectors));
    if (json !== '{}') warnings.push(setStateJson(json));
    if (query !== undefined) warnings.push(setQuery(query));
    const said = warnings.join('\n').trim();
    if (said) console.warn('dotlab.setState: ' + said);
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
    const json = (fn) => JSON.parse(Module.UTF8ToString(fn()));
    return {
      framesRendered: Module._dotlab_frames_rendered(),
      framesDrawn: Module._dotlab_frames_drawn(), // the rest repeated what the canvas showed
      firstFrameMs: Module._dotlab_first_frame_ms(),
      lastFrameMs: Module._dotlab_last_frame_ms(),
      // Where the last frame drew each panel part and control, in CSS px
      // from the canvas's top-left corner (control: true for pressables).
      layout: json(Module._dotlab_layout),
      // Every label drawn on the plane in the last frame, tick labels included.
      labels: json(Module._dotlab_labels),
      fontPx: { headline: Module._dotlab_font_px(0), body: Module._dotlab_font_px(1) },
      // Code points drawn since the page started in a font without them (as "?").
      missingGlyphs: json(Module._dotlab_missing_glyphs),
      // Milliseconds from navigation start to each start-up milestone, the
      // page's (script, painted, compiled, instantiated) and the wasm's (main, then
      // each step to the first frame).
      startup: { ...startupMarks, ...json(Module._dotlab_startup) },
    };
  },
  onChange(fn) {
    if (typeof fn !== 'function') throw new TypeError('dotlab.onChange expects a function');
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
});
