// ---------------------------------------------------------------------------
// Input the canvas needs help with: pointer capture, touches that should
// scroll the page, the lesson's keys, focus, and a lost WebGL context
// ---------------------------------------------------------------------------
// Keep receiving mouse moves while a drag leaves the canvas, and take
// keyboard focus on press.
let focusByPointer = false;
// The focus ring is for the keyboard: Chromium counts the focus a finger's
// press gives (focus() below) as :focus-visible, and drew the ring round
// the figure after every touch. The stage carries it while keys drive.
const ringForKeys = (on) => stage.classList.toggle('keys', on);
canvas.addEventListener('pointerdown', (e) => {
  ringForKeys(false);
  focusByPointer = true;
  canvas.focus({ preventScroll: true });
  focusByPointer = false;
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
// A finger no tip holds that travels up or down past a tap's wobble is
// scrolling the page: the lesson lets it lift without pressing what is
// under it. (Sideways it may be working a slider.)
const TAP_SLOP_PX = 10;
let touchOrigin = null;
canvas.addEventListener('touchstart', (e) => {
  if (!runtimeUp || e.touches.length !== 1) return;
  touchOrigin = [e.touches[0].clientX, e.touches[0].clientY];
  Module._dotlab_touch_scrolling(0);
}, { passive: true });
canvas.addEventListener('touchmove', (e) => {
  if (!runtimeUp || !touchOrigin || e.defaultPrevented) return;
  const t = e.touches[0];
  if (!t) return;
  const dx = Math.abs(t.clientX - touchOrigin[0]), dy = Math.abs(t.clientY - touchOrigin[1]);
  if (dy <= TAP_SLOP_PX || dy < dx) return;
  touchOrigin = null;
  Module._dotlab_touch_scrolling(1);
}, { passive: true });
// Once the page is scrolling, touch events can no longer be cancelled, but
// SDL still tries (to stop emulated mouse clicks), and Chrome reports each
// attempt as an error. SDL must still see the event to release its finger.
for (const type of ['touchmove', 'touchend', 'touchcancel']) {
  stage.addEventListener(type, (e) => {
    if (!e.cancelable) Object.defineProperty(e, 'preventDefault', { value() {} });
  }, { capture: true, passive: true });
}

// The lesson's keys while the canvas has focus; the codes come from the
// contract (core/contract.cpp).
// Esc hands the keyboard back: the canvas lets go of focus, the page (or
// the page embedding it) gets it, and a host hears dotlab:blur, so a slide
// deck's arrow keys work again.
function leaveCanvas() {
  // On the page, focus goes to the view's tab, just before the figure, not
  // to the body where a screen reader loses its place.
  const tab = inFrame ? null : document.querySelector('[role=tab][aria-selected=true]');
  if (tab) tab.focus();
  else canvas.blur();
  if (inFrame) {
    try { window.parent.focus(); } catch (err) { /* another origin may refuse */ }
    post({ type: 'dotlab:blur' });
  }
}
canvas.addEventListener('keydown', (e) => {
  if (!runtimeUp || e.ctrlKey || e.metaKey || e.altKey) return;
  ringForKeys(true);
  if (e.key === 'Escape') {
    e.preventDefault();
    leaveCanvas();
    return;
  }
  const name = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const key = CONTRACT.keys[name === 'Tab' && e.shiftKey ? 'Shift+Tab' : name];
  if (key === undefined) return;
  // Tab past the last vector is left to the browser, so focus moves on.
  if (!Module._dotlab_key(key, e.shiftKey ? 1 : 0)) return;
  e.preventDefault();
  sayKey(key);
});
canvas.addEventListener('focus', (e) => {
  const from = e.relatedTarget;
  const backwards = !!from && !!(canvas.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING);
  ringForKeys(!focusByPointer);
  if (!runtimeUp) return;
  Module._dotlab_focus(1, backwards ? 1 : 0, focusByPointer ? 0 : 1);
  if (!focusByPointer) sayKey(CONTRACT.keys.Tab);
});
canvas.addEventListener('blur', () => { if (runtimeUp) Module._dotlab_focus(0, 0, 0); });

// A lost WebGL context (GPU reset, too many contexts) comes back if we ask;
// the lesson keeps its state and rebuilds what lived on the GPU.
canvas.addEventListener('webglcontextlost', (e) => {
  e.preventDefault();
  if (runtimeUp) Module._dotlab_gl_lost();
});
canvas.addEventListener('webglcontextrestored', () => { if (runtimeUp) Module._dotlab_gl_restored(); });
