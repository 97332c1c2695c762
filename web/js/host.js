// ---------------------------------------------------------------------------
// The page around the lesson: exercise progress (localStorage), Copy link,
// and the postMessage API for pages that embed the lesson (docs/contract.md)
// ---------------------------------------------------------------------------
const PROGRESS_KEY = 'dotlab:v1:exercises';
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
    `the panel explains why. ${done === CONTRACT.exercises ? 'All four exercises done.' : `${done} of 4 exercises done.`}`;
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
