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

// Printing (a student's notes): a canvas would print blank, so the page
// prints a picture of it, taken from a frame drawn for the purpose, with
// the readouts in words beside it.
const printFigure = document.getElementById('print-figure');
window.addEventListener('beforeprint', () => {
  if (!runtimeUp || !printFigure) return;
  Module._dotlab_draw_now();
  printFigure.src = canvas.toDataURL('image/png');
  printFigure.alt = canvas.getAttribute('aria-label') + ' ' + Module.UTF8ToString(Module._dotlab_spoken());
});
