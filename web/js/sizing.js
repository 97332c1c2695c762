// ---------------------------------------------------------------------------
// Canvas size: CSS width from the page, height from the lesson's layout,
// backing store at devicePixelRatio (SDL sizes it on resize). The window's
// height, the kind of pointer and the motion preference shape the layout.
// ---------------------------------------------------------------------------
const coarseQuery = matchMedia('(pointer: coarse)');
const motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
// What the layout reads of the screen, in the order main()'s "screen:"
// argument and dotlab_set_screen take it.
const screenValues = () =>
  [window.innerHeight, coarseQuery.matches ? 1 : 0, motionQuery.matches ? 1 : 0, presenting ? 1 : 0];
const screenArgument = () => screenValues().join(',');
let lastScreen = screenArgument();
let lastWidth = 0;
let lastHeight = 0;
let lastRatio = 0;

function tellScreen() {
  const now = screenArgument();
  if (now === lastScreen) return;
  lastScreen = now;
  Module._dotlab_set_screen(...screenValues());
}

// In a frame (embed=1) the stage fills what the tabs leave (style.css), and
// the lesson fits itself into it rather than making the page scroll.
// What the page holds besides the stage's inside (the tabs, its borders).
function besideStage() {
  return document.body.getBoundingClientRect().height - stage.clientHeight;
}
function availableHeight() {
  return fillsWindow() && !hostFollows ? Math.max(160, Math.floor(stage.clientHeight)) : 0;
}
function fit() {
  if (!runtimeUp) return;
  tellScreen();
  const width = Math.max(200, Math.floor(stage.clientWidth));
  Module._dotlab_set_max_height(availableHeight());
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
// Not inside the observer's callback: resizing the canvas there resizes the
// stage it observes, which WebKit reports as a "ResizeObserver loop" error.
let fitTimer = 0;
function fitSoon() {
  if (!fitTimer) fitTimer = setTimeout(() => { fitTimer = 0; fit(); }, 0);
}
new ResizeObserver(fitSoon).observe(stage);
window.addEventListener('resize', fit);
coarseQuery.addEventListener('change', fit);
motionQuery.addEventListener('change', fit);

// The Present button: full screen where the browser allows it (leaving
// full screen, by Esc, ends the presentation too), larger text either way.
const presentButton = document.getElementById('present');
// Its name says what it will do (a toggle's aria-pressed would contradict a
// name that changes).
function labelPresentButton() {
  presentButton.textContent = presenting ? 'Stop presenting' : 'Present';
}
function setPresenting(on) {
  presenting = on;
  showPresenting();
  labelPresentButton();
  const root = document.documentElement;
  if (on && root.requestFullscreen) root.requestFullscreen().catch(() => {});
  if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => {});
  fit();
}
if (presentButton) {
  presentButton.hidden = embedded;  // a frame's host decides how it is shown (present=1 in its address)
  labelPresentButton();
  presentButton.addEventListener('click', () => setPresenting(!presenting));
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && presenting) setPresenting(false);
  });
}

function watchRatio() {
  const query = matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
  query.addEventListener('change', () => { fit(); watchRatio(); }, { once: true });
}
watchRatio();

// Off screen (scrolled away in long course notes) or in a hidden tab the
// lesson draws nothing, whatever the host sends it, and catches up when it
// comes back. It still reports changes meanwhile (a hidden tab would give it
// no animation frame to do so in).
let canvasVisible = true;
const tellVisibility = () => {
  if (runtimeUp) Module._dotlab_set_visible(canvasVisible && !document.hidden ? 1 : 0);
};
new IntersectionObserver((entries) => {
  canvasVisible = entries[entries.length - 1].isIntersecting;
  tellVisibility();
}).observe(canvas);
document.addEventListener('visibilitychange', tellVisibility);
