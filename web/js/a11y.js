// ---------------------------------------------------------------------------
// For screen readers: the canvas's name follows the view, and an aria-live
// region reads the view's numbers a moment after they change (not at every
// step of a drag)
// ---------------------------------------------------------------------------
function describeView() {
  if (!runtimeUp) return;
  const view = currentView();
  canvas.setAttribute('aria-label', view.label);
  canvas.setAttribute('aria-describedby', `caption-${view.name} exercise-text view-keys`);
  figure.setAttribute('aria-labelledby', `caption-${view.name}`);  // not the first view's caption
  viewKeys.textContent = 'Keys: ' + view.keys;
}

// What a key did where the numbers do not say it (the tip Tab selected, a
// toggle's setting), said at once; the numbers follow as usual.
function sayKey(key) {
  const words = Module.UTF8ToString(Module._dotlab_key_spoken(key));
  if (!words) return;
  clearTimeout(speakTimer);
  live.textContent = words;
}

// The exercise card, drawn on the canvas, in words: the figure's
// description, and said when it changes (another exercise, a prediction,
// a verdict; not as the vectors move), in a region of its own so that the
// numbers said a moment later do not cut it off. `news` goes first.
// On arrival the card is described, not announced over the page.
let cardSaid = '';
// The card into the figure's description; false when it has not changed.
function readCard() {
  const text = Module.UTF8ToString(Module._dotlab_exercise_spoken());
  if (text === cardSaid) return false;
  cardSaid = text;
  cardText.textContent = text;
  return true;
}
function sayCard(news = '', quietly = false) {
  if (!readCard() && !news) return;
  if ((cardSaid || news) && !quietly) result.textContent = (news + ' ' + cardSaid).trim();
}

let speakTimer = 0;
// The √d chart's sentence is said when it changes (its d), not with every move.
let chartSaid = '';
function speakNow() {
  clearTimeout(speakTimer);
  let text = Module.UTF8ToString(Module._dotlab_spoken());
  const chart = Module.UTF8ToString(Module._dotlab_chart_spoken());
  if (chart && chart !== chartSaid) text += ' ' + chart;
  chartSaid = chart;
  // The same words again would be read again (the start-up's first change
  // repeated the summary said at ready).
  if (live.textContent !== text) live.textContent = text;
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
  printFigure.alt = [canvas.getAttribute('aria-label'), Module.UTF8ToString(Module._dotlab_spoken()),
    Module.UTF8ToString(Module._dotlab_chart_spoken())].join(' ').trim();
});
