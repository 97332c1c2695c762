// Faults a browser, a device or a learner can throw at the lesson: no WebGL 2,
// a lost GPU context, resize storms mid-drag, releases outside the window,
// taps, flicks, JavaScript switched off. Every test also fails on any
// console error or page error, and the pages are served under the strict CSP.
import { describe, test } from 'node:test';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  DESKTOP, PHONE, SHOTS, getState, openLesson, pixelAt, settle, settleLayout, showPlane, toClient, useLessonServer,
} from './helpers.mjs';

const shared = useLessonServer({ before, after });
const open = (options = {}) => openLesson(shared.browser, options, shared.server);

function assertSane(state) {
  const { a, b, derived: d } = state;
  for (const v of [...a, ...b, d.dot, d.dotGeometric, d.normA, d.normB, d.projScalar, ...d.proj]) {
    assert.ok(Number.isFinite(v), `finite: ${v}`);
  }
  assert.ok(Math.abs(d.dot - (a[0] * b[0] + a[1] * b[1])) < 1e-9);
}

describe('faults', () => {
  test('the page is served under the strict Content-Security-Policy', async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(shared.server.url);
    const policy = response.headers()['content-security-policy'];
    const scriptSources = policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === 'script-src');
    assert.deepEqual(scriptSources, ['script-src', "'self'", "'wasm-unsafe-eval'"]);
    assert.match(policy, /default-src 'self'/);
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
    assert.equal(inline, 0, 'no inline scripts');
    await context.close();
  });

  test('a host that serves the wasm with the wrong type, or not at all', async () => {
    // Wrong type: streaming compilation refuses it; the page compiles the bytes instead.
    const context = await shared.browser.newContext(DESKTOP);
    await context.route('**/dotlab-app.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    const page = await context.newPage();
    await page.goto(shared.server.url);
    await page.evaluate(() => window.dotlab.ready);
    assert.equal((await page.evaluate(() => window.dotlab.getState())).derived.dot, 5);
    await context.close();

    // Missing: a message in words, and ready rejects.
    const missing = await shared.browser.newContext(DESKTOP);
    await missing.route('**/dotlab-app.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const broken = await missing.newPage();
    await broken.goto(shared.server.url);
    const rejected = await broken.evaluate(() => window.dotlab.ready.then(() => false, () => true));
    assert.equal(rejected, true, 'dotlab.ready rejects');
    assert.match(await broken.locator('#loading').textContent(), /could not start.*dotlab-app\.wasm.*404/);
    await missing.close();
  });

  test('without WebGL 2 the page explains what is needed', async () => {
    const context = await shared.browser.newContext(DESKTOP);
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : original.call(this, type, ...rest);
      };
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(shared.server.url);
    const message = page.locator('#loading');
    await message.waitFor({ state: 'visible' });
    // "Loading the lesson…" is there from the first paint; the deferred
    // script replaces it once it finds no WebGL 2.
    await page.waitForFunction(() => !document.getElementById('loading').textContent.startsWith('Loading'),
      null, { timeout: 5000 }).catch(() => {});
    assert.match(await message.textContent(), /WebGL 2/);
    const rejected = await page.evaluate(() => window.dotlab.ready.then(() => false, () => true));
    assert.equal(rejected, true, 'dotlab.ready rejects');
    await page.screenshot({ path: join(SHOTS, 'fault-no-webgl2.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a lost WebGL context comes back with the state intact', async () => {
    const { context, page, problems } = await open();
    await page.evaluate(() => window.dotlab.setState({ b: [-1, 2.5] }));
    await settle(page);
    const before = await getState(page);
    await page.evaluate(() => {
      window.__lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
      window.__lose.loseContext();
    });
    await page.waitForTimeout(200);
    await page.evaluate(() => window.dotlab.setState({ a: [2, 2] })); // changes while lost are kept too
    await page.evaluate(() => window.__lose.restoreContext());
    await page.waitForFunction(() => !document.getElementById('canvas').getContext('webgl2').isContextLost());
    await settle(page);
    const after = await getState(page);
    assert.deepEqual(after.b, before.b);
    assert.deepEqual(after.a, [2, 2]);
    // It draws again: the panel's background is there, not a blank canvas.
    await page.locator('#canvas').scrollIntoViewIfNeeded();
    const box = await page.locator('#canvas').boundingBox();
    const panel = await pixelAt(page, box.x + box.width - 6, box.y + 6);
    const plane = await pixelAt(page, box.x + 5, box.y + 5);
    assert.ok(panel.every((c) => c > 200) && plane.every((c) => c > 200), `drawn: ${panel} ${plane}`);
    // And it still drags.
    const from = await toClient(page, after.b);
    const to = await toClient(page, [1, 1]);
    await page.mouse.move(...from);
    await page.mouse.down();
    await page.mouse.move(...to, { steps: 6 });
    await page.mouse.up();
    await settle(page);
    const moved = await getState(page);
    assert.ok(Math.abs(moved.b[0] - 1) < 0.05 && Math.abs(moved.b[1] - 1) < 0.05, `b = ${moved.b}`);
    await page.screenshot({ path: join(SHOTS, 'fault-context-restored.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a resize storm and orientation changes during a drag: no jump, no stuck drag', async () => {
    const { context, page, problems } = await open({ device: PHONE });
    const sizes = [[667, 375], [375, 667], [700, 500], [320, 640], [375, 667]];
    await showPlane(page);
    let at = await toClient(page, [1, 2]);
    await page.mouse.move(...at);
    await page.mouse.down();
    await settle(page); // the press is handled before the storm begins
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await settleLayout(page);
      await showPlane(page); // the finger follows the plane wherever the reflow put it
      const before = await getState(page);
      // The reflow moved the canvas under the pointer. Its next event lands
      // wherever it lands (here: back on the tip) and only re-anchors the
      // drag; the moves after it carry the tip along.
      at = await toClient(page, before.b);
      for (let i = 0; i < 3; i++) {
        await page.mouse.move(at[0] + 4 * i, at[1] - 4 * i);
        await settle(page);
      }
      at = [at[0] + 8, at[1] - 8];
      const after = await getState(page);
      assertSane(after);
      const moved = Math.hypot(after.b[0] - before.b[0], after.b[1] - before.b[1]);
      assert.ok(moved < 0.6, `no jump after resizing to ${width}×${height} (moved ${moved})`);
      assert.ok(moved > 0, `the tip still follows the finger at ${width}×${height}`);
    }
    await page.mouse.up();
    await settle(page);
    const released = await getState(page);
    await page.mouse.move(at[0] + 60, at[1] + 60, { steps: 4 });
    await settle(page);
    assert.deepEqual((await getState(page)).b, released.b, 'the drag ended with the release');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a release outside the window ends the drag', async () => {
    const { context, page, problems } = await open();
    await page.mouse.move(...(await toClient(page, [1, 2])));
    await page.mouse.down();
    await page.mouse.move(-40, -40, { steps: 6 });
    await page.mouse.up();
    await settle(page);
    const released = await getState(page);
    assertSane(released);
    await page.mouse.move(...(await toClient(page, [-2, -2])), { steps: 4 });
    await settle(page);
    assert.deepEqual((await getState(page)).b, released.b);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a tap on a tip moves nothing and leaves no drag behind', async () => {
    const { context, page, problems } = await open({ device: PHONE });
    const cdp = await context.newCDPSession(page);
    const [x, y] = await toClient(page, [1, 2]);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: 3 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settle(page);
    assert.deepEqual((await getState(page)).b, [1, 2]);
    // A later finger elsewhere drags nothing.
    const [ox, oy] = await toClient(page, [-3, -3]);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: ox, y: oy, id: 4 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: ox + 40, y: oy, id: 4 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settle(page);
    const state = await getState(page);
    assert.deepEqual([state.a, state.b], [[3, 1], [1, 2]]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a flick in one jump lands the tip exactly where the pointer stops', async () => {
    const { context, page, problems } = await open();
    await page.locator('#canvas').scrollIntoViewIfNeeded();
    for (const target of [[-3, -1], [2.5, 3], [0.5, -0.5]]) {
      const state = await getState(page);
      await page.mouse.move(...(await toClient(page, state.b)));
      await page.mouse.down();
      await page.mouse.move(...(await toClient(page, target)), { steps: 1 });
      await page.mouse.up();
      await settle(page);
      const after = await getState(page);
      assert.ok(Math.abs(after.b[0] - target[0]) < 0.05 && Math.abs(after.b[1] - target[1]) < 0.05, `b = ${after.b}`);
      assertSane(after);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with JavaScript off, the page says what it needs', async () => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(shared.server.url);
    const message = page.locator('#stage noscript p');
    assert.equal(await message.isVisible(), true);
    assert.match(await message.textContent(), /needs JavaScript/);
    await page.screenshot({ path: join(SHOTS, 'fault-no-javascript.png') });
    await context.close();
  });
});
