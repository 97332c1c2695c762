// ---------------------------------------------------------------------------
// For screen readers: the canvas's name follows the view, and an aria-live
// region reads the view's numbers a moment after they change (not at every
// step of a drag)
// ---------------------------------------------------------------------------
function describeView() {
  if (runtimeUp) canvas.setAttribute('aria-label', currentView().label);
}

let speakTimer = 0;
function speakNow() {
  clearTimeout(speakTimer);
  live.textContent = Module.UTF8ToString(Module._dotlab_spoken());
}
function speakSoon() {
  clearTimeout(speakTimer);
  speakTimer = setTimeout(speakNow, 500);
}
