// Shared set-up for the browser tests: the built site served on a free port,
// Debian's Chromium (headless, WebGL2 through SwiftShader) and a page that
// fails the test on any console error or uncaught exception.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const DIST = resolve(process.env.DOTLAB_DIST || join(ROOT, 'dist'));
export const SHOTS = resolve(process.env.DOTLAB_SHOTS || join(ROOT, 'build/screenshots'));

export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
export const PHONE = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export async function startServer(options = {}) {
  return serve(DIST, { csp: true, ...options });
}

// Registers before/after hooks that start the site's server and Chromium for
// a test file; the returned object holds them once the tests run.
export function useLessonServer(hooks) {
  const shared = {};
  hooks.before(async () => {
    shared.server = await startServer();
    shared.browser = await launch();
  });
  hooks.after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
    ],
  });
}

// Opens the lesson and waits for its first frame. `problems` collects every
// console error and page error; tests assert it stays empty.
export async function openLesson(browser, { query = '', device = DESKTOP, allowWarnings = true } = {}, server) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.goto(server.url + query);
  await page.evaluate(() => window.dotlab.ready);
  if (!allowWarnings && warnings.length) problems.push(...warnings.map((w) => `warning: ${w}`));
  return { context, page, problems, warnings };
}

export const getState = (page) => page.evaluate(() => window.dotlab.getState());

// The frame of `page` showing the lesson served at `url`, once it is ready.
export async function lessonFrameOf(page, url) {
  for (let i = 0; i < 400; i++) {
    const frame = page.frames().find((f) => f.url().startsWith(url));
    if (frame) {
      await frame.waitForFunction(() => window.dotlab !== undefined);
      await frame.evaluate(() => window.dotlab.ready);
      return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`no frame from ${url} loaded`);
}

// Scrolls the page so the plane is on screen, as a learner would before
// dragging (on a phone the exercise strip sits above it).
export async function showPlane(page) {
  await page.evaluate(() => {
    const plane = window.dotlab.stats().layout.find((r) => r.name === 'plane');
    const top = document.getElementById('canvas').getBoundingClientRect().top + plane.y;
    window.scrollBy(0, top - Math.max(0, (window.innerHeight - plane.h) / 2));
  });
  await settle(page);
}
// Waits until a reflow is over: the canvas's place and size and the plane's
// rectangle the same over two rounds of frames (a slow machine can take a few
// frames to settle the height after a resize).
export async function settleLayout(page) {
  const read = () => page.evaluate(() => {
    const r = document.getElementById('canvas').getBoundingClientRect();
    const plane = window.dotlab.stats().layout.find((l) => l.name === 'plane');
    return JSON.stringify([r.x, r.y, r.width, r.height, plane]);
  });
  let last = await read();
  for (let i = 0; i < 20; i++) {
    await settle(page);
    const now = await read();
    if (now === last) return;
    last = now;
  }
}
export const toClient = (page, point) => page.evaluate((p) => window.dotlab.toClient(p), point);

// Waits until input that was just sent has been handled and published: two
// animation frames of the lesson's page (a page or an iframe's frame). The
// lesson handles queued input in its next frame, or sleeps if there was none.
export async function settle(target) {
  for (let i = 0; i < 2; i++) {
    await target.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
}

// `frame`: the lesson's frame when it is inside an iframe (coordinates are
// still the top page's).
export async function mouseDrag(page, from, to, { steps = 12, frame = page } = {}) {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps });
  await page.mouse.up();
  await settle(frame);
}

// Real touch events through the DevTools protocol, as a finger would send them.
export async function touchDrag(page, from, to, { steps = 12, id = 1, pauseMs = 0, frame = page } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const point = (x, y) => ({ x, y, id, radiusX: 4, radiusY: 4, force: 1 });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point(...from)] });
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [point(from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t)],
    });
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await settle(frame);
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, name);
  await page.screenshot({ path, fullPage: false });
  return path;
}

export function near(actual, expected, tolerance) {
  return Math.abs(actual - expected) <= tolerance;
}

// The colours of a rectangle of the page as drawn (CSS px), as [r, g, b]
// triples row by row; fullPage: the rectangle in page coordinates, below
// the fold included.
export async function colorsIn(page, clip, { fullPage = false } = {}) {
  const png = await page.screenshot({ clip, scale: 'css', fullPage });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    const out = [];
    for (let i = 0; i < d.length; i += 4) out.push([d[i], d[i + 1], d[i + 2]]);
    return out;
  }, png.toString('base64'));
}

// The colour of one CSS pixel of the page as drawn, from a 1×1 screenshot.
export async function pixelAt(page, x, y) {
  const { inflateSync } = await import('node:zlib');
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, scale: 'css' });
  let offset = 8;
  const idat = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  // One row: a filter byte, then red, green, blue (and alpha, if any).
  const raw = inflateSync(Buffer.concat(idat));
  return [raw[1], raw[2], raw[3]];
}
