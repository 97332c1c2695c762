// ---------------------------------------------------------------------------
// The view tabs and captions, and typed coordinates, which go through the
// same validation as links
// ---------------------------------------------------------------------------
let shownMode = null;
// Typed coordinates are for a and b, which only the dot view has.
function showEntryFields() {
  if (entry) entry.hidden = shownMode !== 'dot';
  if (pasteForm) pasteForm.hidden = shownMode !== 'retrieval';
}
function showMode(mode) {
  if (mode === shownMode) return;
  // Another view: said, with its exercise if it has one (the first view
  // of a visit is the page's own news).
  if (shownMode !== null && readyDone) sayCard(`${currentView().title} view.`);
  shownMode = mode;
  for (const tab of document.querySelectorAll('[role=tab][data-mode]')) {
    tab.setAttribute('aria-selected', String(tab.dataset.mode === mode));
    tab.tabIndex = tab.dataset.mode === mode ? 0 : -1;  // one Tab stop; the arrows move along
  }
  // The caption under the figure and the prose after it tell of the view on show.
  for (const part of document.querySelectorAll('figcaption[data-mode], .prose [data-mode]')) {
    part.hidden = part.dataset.mode !== mode;
  }
  showEntryFields();
  describeView();
}
const tabs = [...document.querySelectorAll('[role=tab][data-mode]')];
for (const tab of tabs) {
  tab.addEventListener('click', () => {
    if (runtimeUp) window.dotlab.setState({ mode: tab.dataset.mode });
  });
  // The tab list's own keys (WAI-ARIA tabs): the arrows, Home and End move
  // to a tab and open its view.
  tab.addEventListener('keydown', (e) => {
    const at = tabs.indexOf(tab), last = tabs.length - 1;
    const to = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[e.key];
    if (to === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    tabs[to].focus();
    tabs[to].click();
  });
}

function showEntry(state) {
  showMode(state.mode);
  if (!entry || entry.hidden) return;
  const values = { ax: state.a[0], ay: state.a[1], bx: state.b[0], by: state.b[1] };
  for (const [name, value] of Object.entries(values)) {
    const input = entry.elements[name];
    if (document.activeElement !== input) input.value = String(value);
  }
}

// The typed fields follow a drag ten times a second at most: no one reads
// them faster, and each update costs the frame a state read and a restyle.
// Other views have no fields, and their state can be large (a thousand
// keys): it is not read for them.
let entryTimer = 0;
let entryShownAt = -Infinity;
function showEntrySoon() {
  if (entryTimer || shownMode !== 'dot') return;
  const show = () => {
    entryTimer = 0;
    entryShownAt = performance.now();
    if (shownMode === 'dot') showEntry(readState());
  };
  const wait = entryShownAt + 100 - performance.now();
  if (wait <= 0) show();
  else entryTimer = setTimeout(show, wait);
}

function commitEntry(vector) {
  const read = (name) => entry.elements[name].value.trim().replace(/\u2212/g, '-');
  // As link text, so the core reads it as strictly as a URL ("2e" or "1,5"
  // are refused), and keeps it to the two decimals the panel shows.
  const refused = !Module.ccall('dotlab_type_vector', 'number', ['string', 'string'],
    [vector, read(vector + 'x') + ',' + read(vector + 'y')]);
  for (const axis of ['x', 'y']) entry.elements[vector + axis].setAttribute('aria-invalid', refused ? 'true' : 'false');
  const limit = CONTRACT.maxCoordinate;
  entryError.textContent = refused
    ? `${vector} was not changed: its x and its y must each be a number between \u2212${limit} and ${limit}, ` +
      'such as 2.5 or \u22121.'
    : '';
  if (!refused) showEntry(readState());
}
if (entry) {
  entry.addEventListener('submit', (e) => {
    e.preventDefault();
    if (runtimeUp && document.activeElement && document.activeElement.name) commitEntry(document.activeElement.name[0]);
  });
  entry.addEventListener('change', (e) => {
    if (runtimeUp && e.target.name) commitEntry(e.target.name[0]);
  });
}
