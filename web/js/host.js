// ---------------------------------------------------------------------------
// The page around the lesson: exercise progress (localStorage), Copy link,
// and the postMessage API for pages that embed the lesson (docs/contract.md)
// ---------------------------------------------------------------------------
const PROGRESS_KEY = 'dotlab:v1:exercises';
// Where the browser refuses storage (a frame on another site, private
// settings), progress lasts for the visit: the page says so, and the host
// hears it in dotlab:ready (it also receives every dotlab:exercise).
let storageKept = true;
function storageDenied() {
  if (!storageKept) return;
  storageKept = false;
  const note = document.getElementById('storage-note');
  if (note) note.hidden = false;
}
function loadProgress() {
  try { return localStorage.getItem(PROGRESS_KEY) || ''; } catch (err) { storageDenied(); return ''; }
}
function saveProgress(text) {
  try { localStorage.setItem(PROGRESS_KEY, text); } catch (err) { storageDenied(); }
}
// A finished exercise is announced with its verdict (the card, read
// afterwards, is then unchanged and not said again).
function announceExercise(id, predicted, correct) {
  post({ type: 'dotlab:exercise', id, predicted, correct });
  readCard();
  result.textContent = Module.UTF8ToString(Module._dotlab_exercise_done_spoken(id));
}

// "Copy link": the state goes into the fragment (which wins over the query
// when the link is opened) and onto the clipboard. Inside a frame there is
// no address bar to show it in, and the link leaves out embed=1: whoever
// opens it wants the whole page.
const copyButton = document.getElementById('copy-link');
const copyStatus = document.getElementById('copy-status');
function stateLink() {
  const url = new URL(location.href);
  url.hash = Module.UTF8ToString(Module._dotlab_encode_query());
  return url;
}
function lessonLink() {
  const url = stateLink();
  url.searchParams.delete('embed');
  return url.href;
}
function offerLink(link) {
  // No clipboard: the link, selected, in a field to copy by hand.
  const field = document.createElement('input');
  field.className = 'copy-field';
  field.readOnly = true;
  field.value = link;
  field.setAttribute('aria-label', 'Link to this view: copy it');
  copyStatus.replaceChildren(field);
  field.focus();
  field.select();
}
if (copyButton) {
  copyButton.addEventListener('click', async () => {
    if (!runtimeUp) return;
    const link = lessonLink();
    if (!inFrame) history.replaceState(null, '', link);
    // Pasted vectors are too big for a link: it opens the built-in documents.
    const without = Module._dotlab_has_vectors() === 1 ? ' (without your own vectors)' : '';
    try {
      await navigator.clipboard.writeText(link);
      copyStatus.textContent = 'Link copied to the clipboard' + without;
    } catch (err) {
      if (!inFrame) copyStatus.textContent = 'The link is in the address bar' + without;
      else offerLink(link);
    }
    if (!copyStatus.querySelector('input')) setTimeout(() => { copyStatus.textContent = ''; }, 4000);
  });
}

// On the page itself the address keeps the view, so a reload (mid-lecture,
// say) reopens it as it was; written once the changes pause, in place of
// the current history entry. A frame's address belongs to its host.
let addressTimer = 0;
// The state the address stands for, as the URL writes it (percent-encoded
// labels and all): at first the state it opened with, untouched.
let addressState = null;
function keepAddressFromNow() {
  addressState = stateLink().hash;
}
function keepAddressSoon() {
  if (inFrame || addressState === null) return;
  clearTimeout(addressTimer);
  addressTimer = setTimeout(() => {
    const url = stateLink();
    if (url.hash === addressState) return;
    addressState = url.hash;
    history.replaceState(history.state, '', url.href);
  }, 400);
}

// Only the parent window is listened to; everything it sends is checked, and
// state goes through setState, i.e. the core's validation.
const MAX_MESSAGE_CHARS = 100000;
function post(message) {
  if (inFrame) window.parent.postMessage(message, '*');
}
function refuse(why) {
  console.warn('Dot Lab ignored a message: ' + why);
}
const pending = [];
// Messages meant for others (a slide deck's, say) are none of the lesson's
// business: anything without a dotlab: type is ignored without a word.
const isForUs = (data) => data !== null && typeof data === 'object' && typeof data.type === 'string' &&
  data.type.startsWith('dotlab:');
function handleMessage(data) {
  // dotlab:set's vectors have a limit of their own (vectors.js); the rest of
  // the message counts against MAX_MESSAGE_CHARS.
  const state = data.type === 'dotlab:set' && data.state !== null && typeof data.state === 'object' ? data.state : null;
  const vectors = state ? state.vectors : undefined;
  if (vectorsTooBig(vectors)) {
    refuse(`its vectors hold more than ${CONTRACT.maxVectors} vectors or ${MAX_VECTOR_VALUES} numbers.`);
    return;
  }
  let size = 0;
  try {
    size = JSON.stringify(data, (key, value) => (value === vectors && key === 'vectors' ? null : value)).length;
  } catch (err) { refuse('it cannot be read as JSON.'); return; }
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
  if (!isForUs(event.data)) return;
  if (!inFrame || event.source !== window.parent) {
    refuse('it did not come from the parent window.');
    return;
  }
  if (runtimeUp && readyDone) handleMessage(event.data);
  else pending.push(event.data);
});

// A change message stays small with 500 pasted vectors: their count, dim and
// query, and the first ten of each ranking (dotlab:get has them all).
function briefState() {
  const state = readState();
  if (!state.vectors) return state;
  delete state.vectors.labels;
  state.derived.byDot = state.derived.byDot.slice(0, 10);
  state.derived.byCos = state.derived.byCos.slice(0, 10);
  return state;
}

// Changes go to the host at most every 100 ms, the last one always.
let changeTimer = 0;
function postChangeSoon() {
  if (!inFrame || changeTimer) return;
  changeTimer = setTimeout(() => {
    changeTimer = 0;
    post({ type: 'dotlab:change', state: briefState() });
  }, 100);
}

// Auto-height iframes: the host hears the height the page would like (with
// nothing folded to fit the frame) whenever it changes.
let lastPostedHeight = 0;
function postHeight() {
  const width = Math.max(200, Math.floor(stage.clientWidth));
  const height = embedded && runtimeUp
    ? Math.ceil(besideStage() + Module._dotlab_natural_height(width))
    : Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== lastPostedHeight) {
    lastPostedHeight = height;
    post({ type: 'dotlab:resize', height });
    expectFrameHeight(height);
  }
}
if (inFrame) new ResizeObserver(postHeight).observe(document.documentElement);

// A host that sets the frame to each height posted makes the frame's
// height the lesson's own: it is then no limit to fold into, or the layout
// would follow its own content (the exercise jumped to the panel's top each
// time the natural height fell under 900 px, and back when a verdict grew
// it). A frame that stops following within a second is a limit again.
let hostFollows = false;
let followCheck = 0;
const frameAt = (height) => Math.abs(window.innerHeight - height) <= 1;
function expectFrameHeight(height) {
  clearTimeout(followCheck);
  followCheck = setTimeout(() => {
    if (hostFollows && !frameAt(height)) {
      hostFollows = false;
      fit();
    }
  }, 1000);
}
if (inFrame && embedded) {
  window.addEventListener('resize', () => {
    if (hostFollows || lastPostedHeight === 0 || !frameAt(lastPostedHeight)) return;
    hostFollows = true;
    fit();
  });
}
