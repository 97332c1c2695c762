// What the three engine adapters share. Each adapter (chromium.mjs,
// firefox.mjs, webkit.mjs) exports start({ display, webgl }) resolving to an
// object with the same small interface, so checks.mjs never asks which
// engine it drives:
//
//   name, version
//   open(url, { width, height, touch })  a fresh page with that viewport (CSS px),
//                                         touch: as on a touch screen
//   evaluate(fn, ...args)                 fn runs in the page (awaited); JSON in, JSON out
//   mouseDrag(from, to, steps)            press at `from`, move in steps, release at `to`
//   touchDrag(from, to, steps)            the same with one finger; null where the
//                                         driver cannot send real touch events
//   press(key)                            'ArrowRight', 'Tab', 'Shift+Tab', ...
//   screenshot()                          PNG Buffer of the viewport
//   closePage()                           done with the page
//   stop()                                the browser (and its driver) exits
//
// Coordinates are client CSS pixels of the top-level page, already whole
// numbers (classic WebDriver accepts nothing else, so all engines get the
// same rounded points).

// `fn` cannot close over anything: it is sent to the page as source text,
// called with JSON copies of `args`.
export function expression(fn, args) {
  return `(${fn.toString()})(...${JSON.stringify(args)})`;
}

// Points along a straight line from `from` to `to`, excluding `from`.
export function path(from, to, steps) {
  const points = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    points.push([Math.round(from[0] + (to[0] - from[0]) * t), Math.round(from[1] + (to[1] - from[1]) * t)]);
  }
  return points;
}

// A mouse drag through Playwright's or Puppeteer's page.mouse (the same
// calls in both): press at `from`, move along the path, release.
export async function mouseDrag(mouse, from, to, steps) {
  await mouse.move(...from);
  await mouse.down();
  for (const point of path(from, to, steps)) await mouse.move(...point);
  await mouse.up();
}

// 'Shift+Tab' -> { modifiers: ['Shift'], key: 'Tab' }
export function splitKey(combo) {
  const parts = combo.split('+');
  return { modifiers: parts.slice(0, -1), key: parts[parts.length - 1] };
}
