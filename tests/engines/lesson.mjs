// The lesson as the checks see it, through any engine adapter: open it and
// wait for its first frame, read its state and console, let input settle,
// and look at its pixels.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { until } from './infra.mjs';
import { decodePng } from './png.mjs';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

// Opens `url` and waits for dotlab.ready; a rejection fails with the
// message the page shows.
export async function openLesson(engine, url, size = DESKTOP, { touch = false } = {}) {
  await engine.open(url, { ...size, touch });
  await waitForReady(engine);
}

export async function waitForReady(engine) {
  const outcome = await readyOutcome(engine);
  if (outcome.ready) return;
  throw new Error(`dotlab.ready rejected: ${outcome.error}; #loading says "${outcome.loading}"`);
}

// { ready: true } or { ready: false, error, loading } once dotlab.ready settles.
export function readyOutcome(engine) {
  return engine.evaluate(async () => {
    for (let i = 0; i < 400 && !window.dotlab; i++) await new Promise((r) => setTimeout(r, 50));
    if (!window.dotlab) return { ready: false, error: 'window.dotlab never appeared', loading: '' };
    const loading = () => document.getElementById('loading')?.textContent.trim() ?? '';
    const timeout = new Promise((r) => setTimeout(() => r({ ready: false, error: 'not settled after 25 s', loading: loading() }), 25000));
    const settled = window.dotlab.ready.then(
      () => ({ ready: true }),
      (err) => ({ ready: false, error: err.message, loading: loading() }));
    return Promise.race([settled, timeout]);
  });
}

export const getState = (engine) => engine.evaluate(() => window.dotlab.getState());
export const setState = (engine, partial) => engine.evaluate((p) => { window.dotlab.setState(p); }, partial);
export const toClient = async (engine, point) => (await engine.evaluate((p) => window.dotlab.toClient(p), point)).map(Math.round);
export const activeId = (engine) => engine.evaluate(() => document.activeElement?.id ?? '');

// Waits until input just sent has been handled and drawn: the lesson
// handles queued input in its next animation frame, so two frames of the
// page are enough.
export async function settle(engine) {
  await engine.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

// Scrolls the plane of the view on show to the middle of the viewport, as a
// learner would before dragging (on a phone the panel sits above it).
export async function showPlane(engine) {
  await engine.evaluate(() => {
    const plane = window.dotlab.stats().layout.find((r) => r.name === 'plane');
    const top = document.getElementById('canvas').getBoundingClientRect().top + plane.y;
    window.scrollBy(0, top - Math.max(0, (window.innerHeight - plane.h) / 2));
  });
  await settle(engine);
}

// Every console error, console warning, uncaught error, failed resource and
// CSP violation the page has seen (console-hook.js), as text; its notices
// are not problems.
export const isProblem = (entry) => entry.level !== 'notice';
export async function consoleProblems(engine) {
  const log = await engine.evaluate(() => window.__consoleLog ?? null);
  if (log === null) return ['the console hook did not run in this page'];
  return log.filter(isProblem).map((entry) => `${entry.level}: ${entry.text}`);
}
export async function assertQuietConsole(engine, what = 'the page') {
  const problems = await consoleProblems(engine);
  if (problems.length) throw new Error(`${what} logged to the console:\n  ${problems.join('\n  ')}`);
}

export function near(actual, expected, tolerance) {
  return actual.every((v, i) => Math.abs(v - expected[i]) <= tolerance);
}

// ---------------------------------------------------------------------------
// Pixels
// ---------------------------------------------------------------------------
// The palette of the light theme (src/app/theme.cpp): a and q blue
// (#1f6feb), b, keys and documents red (#cf222e). Loose bounds, since each
// engine blends edges and composites differently.
export const isBlue = ([r, g, b]) => b > 150 && b > r + 80 && b > g + 40;
export const isRed = ([r, g, b]) => r > 150 && r > g + 80 && r > b + 80;

// A screenshot of the viewport, decoded, with helpers in CSS px. Saved as
// `file` under `dir` when both are given.
export async function capture(engine, { dir, file } = {}) {
  const png = await engine.screenshot();
  if (dir && file) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), png);
  }
  const image = decodePng(png);
  const cssWidth = await engine.evaluate(() => window.innerWidth);
  const scale = image.width / cssWidth;
  return {
    image,
    scale,
    // Whether any device pixel within `radius` CSS px of `point` passes `test`.
    any(point, test, radius = 3) {
      const [cx, cy] = point.map((v) => Math.round(v * scale));
      const r = Math.ceil(radius * scale);
      for (let y = Math.max(0, cy - r); y <= Math.min(image.height - 1, cy + r); y++) {
        for (let x = Math.max(0, cx - r); x <= Math.min(image.width - 1, cx + r); x++) {
          if (test(image.at(x, y))) return true;
        }
      }
      return false;
    },
    at: (point) => image.at(Math.round(point[0] * scale), Math.round(point[1] * scale)),
    // How many different colours a CSS rectangle holds (a blank canvas: 1).
    colours(rect) {
      const seen = new Set();
      const x0 = Math.max(0, Math.round(rect.x * scale));
      const y0 = Math.max(0, Math.round(rect.y * scale));
      const x1 = Math.min(image.width, Math.round((rect.x + rect.w) * scale));
      const y1 = Math.min(image.height, Math.round((rect.y + rect.h) * scale));
      for (let y = y0; y < y1; y += 2) {
        for (let x = x0; x < x1; x += 2) seen.add(image.at(x, y).join(','));
      }
      return seen.size;
    },
  };
}

// The plane of the view on show, in client CSS px, clipped to the viewport.
export function planeRect(engine) {
  return engine.evaluate(() => {
    const plane = window.dotlab.stats().layout.find((r) => r.name === 'plane');
    const box = document.getElementById('canvas').getBoundingClientRect();
    const x = Math.max(0, box.left + plane.x);
    const y = Math.max(0, box.top + plane.y);
    const w = Math.min(window.innerWidth, box.left + plane.x + plane.w) - x;
    const h = Math.min(window.innerHeight, box.top + plane.y + plane.h) - y;
    return { x, y, w, h };
  });
}

export { until };
