// ---------------------------------------------------------------------------
// Your own vectors: the paste box under the figure, and the `vectors` and
// `query` fields of setState() and dotlab:set. The numbers go to the core
// as they are (text to its parser, a host's arrays straight into memory);
// the core checks them and says what is wrong.
// ---------------------------------------------------------------------------
const pasteText = document.getElementById('paste-text');
const pasteError = document.getElementById('paste-error');
const pasteStatus = document.getElementById('paste-status');
const pasteClear = document.getElementById('paste-clear');

// What `vectors` may hold, counted before anything is copied: the message
// size limit grows by this much for this field only.
const MAX_VECTOR_VALUES = CONTRACT.maxVectors * CONTRACT.maxDim;
const isNumberArray = (v) => ArrayBuffer.isView(v) && !(v instanceof DataView) && !(v instanceof BigInt64Array) &&
  !(v instanceof BigUint64Array);

// A host's { labels, values } into the core. Returns '' or what is wrong.
function setVectors(vectors) {
  if (vectors === null) {
    Module._dotlab_clear_vectors();
    showVectorsState();
    return '';
  }
  const usage = 'vectors needs { labels: [...], values: [[...], ...] } (values may be one Float32Array of count \u00d7 dim)';
  if (typeof vectors !== 'object' || !Array.isArray(vectors.labels)) return usage;
  const { labels, values } = vectors;
  const count = labels.length;
  if (count < 2 || count > CONTRACT.maxVectors) return `vectors: 2 to ${CONTRACT.maxVectors} are needed, not ${count}`;
  const bad = labels.findIndex((l) => typeof l !== 'string' || l.length > CONTRACT.maxLabelChars || l.includes('\n'));
  if (bad >= 0) return `vectors: label ${bad + 1} must be a string of 1 to ${CONTRACT.maxLabelChars} characters`;
  const flat = isNumberArray(values);
  if (!flat && !(Array.isArray(values) && values.length === count && values.every(Array.isArray))) return usage;
  const dim = flat ? values.length / count : values[0].length;
  if (!Number.isInteger(dim) || dim < 2 || dim > CONTRACT.maxDim) {
    return `vectors: each needs 2 to ${CONTRACT.maxDim} numbers (${flat ? values.length + ' values for ' + count + ' labels' : dim + ' in the first'})`;
  }
  const row = flat ? -1 : values.findIndex((r) => r.length !== dim);
  if (row >= 0) return `vectors: vector ${row + 1} has ${values[row].length} numbers where the first has ${dim}`;
  const at = Module._dotlab_vector_buffer(count * dim) / 8;
  const heap = Module.HEAPF64.subarray(at, at + count * dim); // after the call: memory may have grown
  if (flat) heap.set(values);
  else values.forEach((r, i) => heap.set(r.map((x) => (typeof x === 'number' ? x : NaN)), i * dim));
  const error = Module.ccall('dotlab_set_vectors', 'string', ['string', 'number', 'number'], [labels.join('\n'), count, dim]);
  showVectorsState();
  return error ? 'vectors: ' + error : '';
}

// Text into the core's buffer (too big for ccall's stack), then its parser.
function pasteVectors(text) {
  const bytes = new TextEncoder().encode(text);
  const at = Module._dotlab_text_buffer(bytes.length);
  if (!at) return 'the text is larger than 16 MB';
  Module.HEAPU8.set(bytes, at);
  return Module.UTF8ToString(Module._dotlab_paste_vectors());
}

function setQuery(label) {
  if (typeof label !== 'string') return 'query must be the label of one of your vectors';
  return Module.ccall('dotlab_set_query', 'string', ['string'], [label]);
}

// The size a dotlab:set message counts against the limit: everything but its
// vectors, which have their own (MAX_VECTOR_VALUES numbers and 500 labels).
function vectorsTooBig(vectors) {
  if (vectors === null || typeof vectors !== 'object') return false;
  const { labels, values } = vectors;
  if (Array.isArray(labels) && labels.length > CONTRACT.maxVectors) return true;
  if (isNumberArray(values)) return values.length > MAX_VECTOR_VALUES;
  if (!Array.isArray(values) || values.length > CONTRACT.maxVectors) return Array.isArray(values);
  let total = 0;
  for (const r of values) total += Array.isArray(r) ? r.length : 1;
  return total > MAX_VECTOR_VALUES;
}

// The paste box follows the store: its button back, and what is loaded.
function showVectorsState() {
  if (!pasteForm) return;
  const loaded = runtimeUp && Module._dotlab_has_vectors() === 1;
  pasteClear.hidden = !loaded;
  // The caption tells of the built-in arrows; the panel tells of the vectors.
  document.querySelector('figcaption[data-mode=retrieval]')?.classList.toggle('vectors-loaded', loaded);
  if (!loaded) pasteStatus.textContent = '';
}

if (pasteForm) {
  pasteForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!runtimeUp) return;
    const started = performance.now();
    const error = pasteVectors(pasteText.value);
    pasteText.setAttribute('aria-invalid', error ? 'true' : 'false');
    pasteError.textContent = error ? 'Not loaded: ' + error + '.' : '';
    pasteStatus.textContent = '';
    showVectorsState();
    if (error) return;
    const { vectors } = readState();
    pasteStatus.textContent = `Loaded ${vectors.count} vectors of ${vectors.dim} numbers and ranked them in ` +
      `${Math.max(1, Math.round(performance.now() - started))} ms. Pick a point on the plane, or use the arrow ` +
      'keys on it, to rank against another.';
    // The figure that changed is above the box: bring it into view.
    document.getElementById('lesson').scrollIntoView({ block: 'start', behavior: motionQuery.matches ? 'auto' : 'smooth' });
  });
  pasteClear.addEventListener('click', () => {
    if (!runtimeUp) return;
    setVectors(null);
    pasteError.textContent = '';
    pasteText.removeAttribute('aria-invalid');
  });
}
