// The attention and retrieval views in a real browser: dragging the query,
// switching views by URL and by the tabs, and a thousand keys.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  DESKTOP, PHONE, getState, mouseDrag, openLesson, settle, SHOTS, toClient, useLessonServer, touchDrag,
} from './helpers.mjs';

const shared = useLessonServer({ before, after });

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const argmax = (xs) => xs.indexOf(Math.max(...xs));

describe('attention view', () => {
  test('dragging q onto a key gives that key the largest weight', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?mode=attention' }, shared.server);
    let state = await getState(page);
    assert.equal(state.mode, 'attention');
    assert.equal(state.keys.length, 4);
    assert.equal(argmax(state.derived.weights), 0, 'k1 starts as the winner');
    for (let i = 0; i < state.keys.length; i++) {
      const expected = (state.q[0] * state.keys[i][0] + state.q[1] * state.keys[i][1]) / state.scale;
      assert.ok(Math.abs(state.derived.scores[i] - expected) < 1e-12, 'score = q·k/s');
    }
    assert.ok(Math.abs(sum(state.derived.weights) - 1) < 1e-12);

    const k2 = state.keys[1];
    await mouseDrag(page, await toClient(page, state.q), await toClient(page, [k2[0] + 0.1, k2[1] + 0.1]));
    state = await getState(page);
    assert.equal(argmax(state.derived.weights), 1, `k2 wins now (weights ${state.derived.weights})`);
    const out = state.derived.weights.reduce((acc, w, i) => [acc[0] + w * state.values[i][0], acc[1] + w * state.values[i][1]], [0, 0]);
    assert.ok(Math.abs(out[0] - state.derived.output[0]) < 1e-12 && Math.abs(out[1] - state.derived.output[1]) < 1e-12);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a key dragged by a finger changes its score', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?mode=attention', device: PHONE }, shared.server);
    const before = await getState(page);
    await touchDrag(page, await toClient(page, before.keys[2]), await toClient(page, [1, 0.5]));
    const state = await getState(page);
    assert.ok(Math.abs(state.keys[2][0] - 1) < 0.08 && Math.abs(state.keys[2][1] - 0.5) < 0.08, `k3 = ${state.keys[2]}`);
    assert.ok(state.derived.scores[2] > before.derived.scores[2]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with 1,000 keys the view stays responsive and the weights still sum to 1', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?mode=attention' }, shared.server);
    await page.evaluate(() => {
      const keys = [];
      const values = [];
      for (let i = 0; i < 1000; i++) {
        keys.push([Math.round(300 * Math.cos(i * 0.7)) / 100, Math.round(300 * Math.sin(i * 1.3)) / 100]);
        values.push([Math.round(100 * Math.cos(i)) / 100, Math.round(100 * Math.sin(i)) / 100]);
      }
      window.dotlab.setState({ keys, values, q: [1, 0.5] });
    });
    await settle(page);
    let state = await getState(page);
    assert.equal(state.keys.length, 1000);
    assert.ok(Math.abs(sum(state.derived.weights) - 1) < 1e-9);
    const started = Date.now();
    await mouseDrag(page, await toClient(page, state.q), await toClient(page, [-2, 1]), { steps: 30 });
    const elapsed = Date.now() - started;
    state = await getState(page);
    assert.ok(Math.abs(state.q[0] + 2) < 0.06 && Math.abs(state.q[1] - 1) < 0.06, `q followed the drag (${state.q})`);
    assert.ok(Math.abs(sum(state.derived.weights) - 1) < 1e-9);
    const stats = await page.evaluate(() => window.dotlab.stats());
    console.log(`# 1,000 keys: 30-step drag took ${elapsed} ms, last frame ${stats.lastFrameMs.toFixed(2)} ms`);
    assert.ok(stats.lastFrameMs < 1000, 'no frame hangs');
    await page.screenshot({ path: join(SHOTS, 'attention-1000-keys.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('retrieval view', () => {
  test('a long document wins on dot product, loses on cosine; normalizing makes them agree', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?mode=retrieval' }, shared.server);
    let state = await getState(page);
    assert.equal(state.mode, 'retrieval');
    assert.equal(state.derived.byDot[0], 'encyclopedia');
    assert.notEqual(state.derived.byCos[0], 'encyclopedia');
    assert.notDeepEqual(state.derived.byDot, state.derived.byCos);
    await page.evaluate(() => window.dotlab.setState({ norm: true }));
    await settle(page);
    state = await getState(page);
    assert.equal(state.norm, true);
    assert.deepEqual(state.derived.byDot, state.derived.byCos);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('turning q toward a document moves it up the cosine ranking', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?mode=retrieval' }, shared.server);
    const state = await getState(page);
    await mouseDrag(page, await toClient(page, state.q), await toClient(page, [-0.6, 1.4]));
    const after = await getState(page);
    assert.equal(after.derived.byCos[0], 'car');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('switching views', () => {
  test('by URL and by clicking the tabs', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '#mode=retrieval' }, shared.server);
    assert.equal((await getState(page)).mode, 'retrieval');
    // The caption and the prose after the figure tell of the view on show, and only of it.
    const shownText = () => page.evaluate(() => [...document.querySelectorAll('figcaption, .prose [data-mode]')]
      .filter((el) => el.checkVisibility()).map((el) => el.dataset.mode));
    assert.deepEqual(await shownText(), ['retrieval', 'retrieval']);
    await page.getByRole('tab', { name: 'Attention' }).click();
    await settle(page);
    assert.equal((await getState(page)).mode, 'attention');
    assert.equal(await page.getByRole('tab', { name: 'Attention' }).getAttribute('aria-selected'), 'true');
    assert.deepEqual(await shownText(), ['attention', 'attention']);
    assert.match(await page.locator('.prose').innerText(), /divide by √d/);
    await page.getByRole('tab', { name: 'Dot product' }).click();
    await settle(page);
    const state = await getState(page);
    assert.equal(state.mode, 'dot');
    assert.deepEqual(state.a, [3, 1], 'the dot view kept its vectors');
    assert.equal(await page.locator('#entry').isVisible(), true);
    assert.deepEqual(await shownText(), ['dot', 'dot']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('screenshots of both views at desktop and phone sizes', async () => {
    for (const mode of ['attention', 'retrieval']) {
      for (const [device, size] of [[DESKTOP, 'desktop'], [PHONE, 'phone']]) {
        const { context, page, problems } = await openLesson(shared.browser, { query: `?mode=${mode}`, device }, shared.server);
        await settle(page);
        await page.locator('#lesson').screenshot({ path: join(SHOTS, `${mode}-${size}.png`) });
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  });
});

describe('keyboard and links beyond the dot view', () => {
  test('attention and retrieval controls work from the keyboard', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?mode=attention' }, shared.server);
    await page.locator('#canvas').focus();
    await page.keyboard.press('+');
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    await settle(page);
    let state = await getState(page);
    assert.equal(state.keys.length, 5, '+ adds a key');
    assert.equal(state.scale, Math.SQRT2, '] changes the chart\'s d, not the plane\'s s');
    await page.waitForFunction(() => document.getElementById('dotlab-live').textContent.includes('d = 256 components'));
    await page.keyboard.press('-');
    await page.keyboard.press('[');
    await settle(page);
    state = await getState(page);
    assert.equal(state.keys.length, 4);
    await page.waitForFunction(() => document.getElementById('dotlab-live').textContent.includes('d = 128 components'));
    // Tab walks q, then each key and its value: k1, v1, k2, v2, ...; then leaves.
    await page.keyboard.press('ArrowUp');
    await settle(page);
    assert.deepEqual((await getState(page)).q, [1, 0.6], 'focus selects q first');
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await settle(page);
    assert.deepEqual((await getState(page)).keys[3], [0.6, -1.3], 'the seventh Tab reaches k4');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    // T and ]: a free temperature, raised by a quarter.
    await page.keyboard.press('t');
    await page.keyboard.press(']');
    await settle(page);
    state = await getState(page);
    assert.deepEqual(state.values[3], [1.5, -1.4], 'the next Tab reaches v4 (1.4, −1.4), and the arrows move it');
    assert.equal(state.scale, 1.768, 'a free temperature √2 × 1.25, to the thousandth');
    await page.keyboard.press('Tab');
    assert.notEqual(await page.evaluate(() => document.activeElement.id), 'canvas');

    await page.getByRole('tab', { name: 'Retrieval' }).click();
    await page.locator('#canvas').focus();
    await page.keyboard.press('u');
    await settle(page);
    state = await getState(page);
    assert.equal(state.norm, true, 'U normalizes all in the retrieval view');
    assert.deepEqual(state.derived.byDot, state.derived.byCos);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the address keeps the view once it changes, so a reload reopens it', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?mode=attention' }, shared.server);
    await page.waitForTimeout(800);
    assert.ok(!page.url().includes('#'), `an untouched page keeps its address (${page.url()})`);
    await page.getByRole('tab', { name: 'Retrieval' }).click();
    await page.evaluate(() => window.dotlab.setState({ q: [-1, 1] }));
    await page.waitForFunction(() => location.hash.includes('mode=retrieval') && location.hash.includes('q=-1,1'));
    const entries = await page.evaluate(() => history.length);
    await page.reload();
    await page.evaluate(() => window.dotlab.ready);
    const state = await getState(page);
    assert.equal(state.mode, 'retrieval');
    assert.deepEqual(state.q, [-1, 1]);
    assert.equal(await page.evaluate(() => history.length), entries, 'no history entry per change');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Copy link puts the state in the fragment and on the clipboard, and the link reopens it', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.server.url.replace(/\/$/, '') });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(shared.server.url + '?mode=attention');
    await page.evaluate(() => window.dotlab.ready);
    await page.evaluate(() => window.dotlab.setState({ q: [-1.5, 0.25], scale: 3 }));
    await page.click('#copy-link');
    await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
    const url = page.url();
    assert.match(url, /#v=1&mode=attention&q=-1\.5,0\.25&k=.*&scale=3$/);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    const again = await context.newPage();
    await again.goto(url);
    await again.evaluate(() => window.dotlab.ready);
    const state = await again.evaluate(() => window.dotlab.getState());
    assert.equal(state.mode, 'attention');
    assert.deepEqual(state.q, [-1.5, 0.25]);
    assert.equal(state.scale, 3);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
