// Attention you can watch being built: the values on the plane, draggable
// like any vector, their weighted shares laid tip to tail ending at o, the
// softmax worked out in getState, the √d chart; and retrieval's normalize,
// which moves the arrows onto the unit circle and then lets the lesson sleep.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  colorsIn, DESKTOP, getState, mouseDrag, openLesson, settle, SHOTS, showPlane, toClient, touchDrag, useLessonServer,
} from './helpers.mjs';

const shared = useLessonServer({ before, after });
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

// Keys and values in four different directions, so no arrow hides another.
const SPREAD = {
  mode: 'attention', q: [0.5, 0.25],
  keys: [[1.8, 0.4], [-0.4, 1.8], [-1.8, -0.4], [0.4, -1.8]],
  values: [[1.2, 1.2], [-1.2, 1.2], [-1.2, -1.2], [1.2, -1.2]],
};
const VALUE = [0x89, 0x57, 0xe5]; // palette.cpp's light value: purple, not the keys' red

// The colours in a small square of the page, as [r, g, b] triples.
function colorsAround(page, x, y, radius = 2) {
  const size = 2 * radius + 1;
  return colorsIn(page, { x: x - radius, y: y - radius, width: size, height: size });
}
const near = (c, target, tolerance = 45) => Math.hypot(c[0] - target[0], c[1] - target[1], c[2] - target[2]) <= tolerance;

describe('attention', () => {
  test('each value is drawn in its own purple, and the shares chain tip to tail to o', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { device: DESKTOP }, shared.server);
    await page.evaluate((s) => window.dotlab.setState(s), SPREAD);
    await settle(page);
    const state = await getState(page);
    for (let i = 0; i < 4; i++) {
      const v = state.values[i];
      for (const t of [0.45, 0.8]) {
        const [x, y] = await toClient(page, [v[0] * t, v[1] * t]);
        const colors = await colorsAround(page, Math.round(x), Math.round(y));
        assert.ok(colors.some((c) => near(c, VALUE)), `v${i + 1} is drawn at ${t} of its length`);
      }
    }
    // The shares, heaviest first, from the origin: their end is o.
    const order = state.derived.weights.map((w, i) => i).sort((x, y) => state.derived.weights[y] - state.derived.weights[x]);
    let end = [0, 0];
    for (const i of order) end = [end[0] + state.derived.weights[i] * state.values[i][0], end[1] + state.derived.weights[i] * state.values[i][1]];
    assert.ok(Math.hypot(end[0] - state.derived.output[0], end[1] - state.derived.output[1]) < 1e-12, 'the chain ends at o');
    // On screen: the first share leaves the origin towards the heaviest key's value.
    const first = order[0];
    const w = state.derived.weights[first];
    const [sx, sy] = await toClient(page, [w * state.values[first][0] * 0.5, w * state.values[first][1] * 0.5]);
    const chain = await colorsAround(page, Math.round(sx), Math.round(sy), 3);
    assert.ok(chain.some((c) => c[2] > 150 && c[2] > c[0] + 40 && c[0] > c[1] + 15), 'the first share is drawn, in purple');
    // getState shows softmax step by step.
    const max = Math.max(...state.derived.scores);
    const exps = state.derived.scores.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    exps.forEach((e, i) => assert.ok(Math.abs(state.derived.exps[i] - e) < 1e-12, 'exp(score − max)'));
    assert.ok(Math.abs(state.derived.expSum - sum) < 1e-12);
    state.derived.weights.forEach((wt, i) => assert.ok(Math.abs(wt - exps[i] / sum) < 1e-12, 'weight = exp ÷ Σ'));
    await page.locator('#stage').screenshot({ path: join(SHOTS, 'attention-4-keys-desktop.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a value is dragged by its tip, with the mouse and with a finger', async () => {
    for (const [device, drag] of [[DESKTOP, mouseDrag], [PHONE, touchDrag]]) {
      const { context, page, problems } = await openLesson(shared.browser, { device, query: '?mode=attention' }, shared.server);
      await page.evaluate((s) => window.dotlab.setState(s), SPREAD);
      await settle(page);
      await showPlane(page);
      const before = await getState(page);
      await drag(page, await toClient(page, before.values[1]), await toClient(page, [-1.9, 0.6]));
      const after = await getState(page);
      assert.ok(Math.abs(after.values[1][0] + 1.9) < 0.08 && Math.abs(after.values[1][1] - 0.6) < 0.08,
        `v2 followed (${after.values[1]})`);
      assert.deepEqual(after.keys, before.keys, 'its key stayed');
      assert.notDeepEqual(after.derived.output, before.derived.output, 'and o moved with it');
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('one step at a time: scores, then weights, then the output, by finger and by key', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { device: PHONE, query: '?mode=attention' }, shared.server);
    const look = () => page.evaluate(() => {
      const s = window.dotlab.stats();
      return { parts: s.layout.map((r) => r.name), labels: s.labels.map((l) => l.text) };
    });
    const tapItem = async (name) => {
      const r = await page.evaluate((n) => window.dotlab.stats().layout.find((i) => i.name === n), name);
      assert.ok(r, `${name} is drawn`);
      await page.evaluate((y) => window.scrollBy(0, y - 300), (await page.locator('#canvas').boundingBox()).y + r.y);
      const box = await page.locator('#canvas').boundingBox();
      await page.touchscreen.tap(box.x + r.x + r.w / 2, box.y + r.y + r.h / 2);
      await settle(page);
    };
    let now = await look();
    assert.ok(now.parts.includes('softmax.table') && now.labels.includes('o'), 'whole at first: the output drawn');
    await tapItem('step.1');
    now = await look();
    assert.ok(now.parts.includes('scores.table'), 'step 1: the scores worked out');
    assert.ok(!now.parts.includes('softmax.table') && !now.labels.includes('o'), 'no weights, no output yet');
    await tapItem('step.2');
    now = await look();
    assert.ok(now.parts.includes('softmax.table') && !now.parts.includes('scores.table'), 'step 2: softmax');
    assert.ok(!now.labels.includes('o'), 'the output waits for step 3');
    // S goes on round, and says where it is.
    await page.focus('#canvas');
    await page.keyboard.press('s');
    await page.waitForFunction(() => document.getElementById('dotlab-live').textContent.startsWith('Step 3 of 4'));
    await settle(page);
    assert.ok((await look()).labels.includes('o'), 'step 3: the output');
    await tapItem('step.4');
    now = await look();
    assert.ok(now.parts.includes('sqrtd.chart') && !now.parts.includes('softmax.table'), 'step 4: the √d chart alone');
    assert.ok(!now.labels.includes('o'));
    // The divisor's two boxes are one switch: a tap on either flips it, ticked or not.
    await tapItem('step.3');
    const free = async () => (await look()).parts.includes('scale.s');
    await tapItem('scale.free');
    assert.equal(await free(), true, 'free temperature: its slider');
    await tapItem('scale.free');
    assert.equal(await free(), false, 'tapped again, ticked: back to √d');
    await tapItem('scale.sqrt-d');
    assert.equal(await free(), true, 'the ticked √d box tapped: free again');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the √d chart\'s d slider follows a mouse and a finger along its whole length; the plane keeps s = √2', async () => {
    const chartD = async (page) => {
      await page.waitForFunction(() => /d = \d+ components/.test(document.getElementById('dotlab-live').textContent));
      await page.waitForTimeout(600); // the live region speaks half a second after a change
      return Number(/d = (\d+) components/.exec(await page.textContent('#dotlab-live'))[1]);
    };
    for (const [device, drag] of [[DESKTOP, mouseDrag], [PHONE, touchDrag]]) {
      const { context, page, problems } = await openLesson(shared.browser, { device, query: '?mode=attention' }, shared.server);
      const slider = async () => {
        const { r, c } = await page.evaluate(() => ({
          r: window.dotlab.stats().layout.find((item) => item.name === 'scale.d'),
          c: document.getElementById('canvas').getBoundingClientRect().toJSON(),
        }));
        assert.ok(r, 'the d slider is drawn');
        await page.evaluate((y) => window.scrollBy(0, y - 300), c.y + r.y);
        const now = await page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().toJSON());
        return { x: now.x + r.x, y: now.y + r.y + r.h / 2, w: r.w, h: r.h };
      };
      const before = await getState(page);
      const s = await slider();
      if (device === PHONE) assert.ok(s.h >= 44, `a finger's target: ${s.h} px tall`);
      // Past the right end: the largest d; then back to the middle of a log scale: √1024 = 32.
      await drag(page, [s.x + s.w * 0.2, s.y], [s.x + s.w + 40, s.y]);
      assert.equal(await chartD(page), 1024, 'past the right end, d = 1024');
      await drag(page, [s.x + s.w - 5, s.y], [s.x + s.w / 2, s.y]);
      const middle = await chartD(page);
      assert.ok(middle > 16 && middle < 64, `the middle of a log scale is d ≈ 32 (${middle})`);
      const after = await getState(page);
      assert.equal(after.scale, Math.SQRT2, 'the plane\'s vectors keep d = 2: s = √2');
      assert.deepEqual(after.derived.weights, before.derived.weights, 'and their weights');
      // Said when d changes, not again with every move of q.
      await page.evaluate(() => window.dotlab.setState({ q: [0.5, 1.25] }));
      await page.waitForFunction(() => document.getElementById('dotlab-live').textContent.includes('0.50, 1.25'));
      assert.doesNotMatch(await page.textContent('#dotlab-live'), /components/);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('screenshots: 4 and 16 keys, the √d chart at d = 2 and 512, desktop and phone', async () => {
    const sixteen = Array.from({ length: 16 }, (_, i) => [
      Math.round(200 * Math.cos(i * 0.39)) / 100, Math.round(200 * Math.sin(i * 0.39)) / 100]);
    for (const [name, device] of [['desktop', DESKTOP], ['phone', PHONE]]) {
      const { context, page, problems } = await openLesson(shared.browser, { device, query: '?mode=attention' }, shared.server);
      const shoot = async (file) => {
        await settle(page);
        await page.locator('#stage').screenshot({ path: join(SHOTS, `${file}-${name}.png`) });
      };
      await shoot('attention-4-keys');
      await page.evaluate((keys) => window.dotlab.setState({ keys, values: keys.map(([x, y]) => [-y, x]) }), sixteen);
      await shoot('attention-16-keys');
      // [ and ] halve and double the chart's d: 64 → 2, then 2 → 512.
      await page.locator('#canvas').focus();
      for (const [d, keys] of [[2, '[[[[['], [512, ']]]]]]]]']]) {
        for (const key of keys) await page.keyboard.press(key);
        await page.waitForFunction((n) => document.getElementById('dotlab-live').textContent.includes(`d = ${n} components`), d);
        await shoot(`sqrtd-chart-d${d}`);
        const chart = (await page.evaluate(() => window.dotlab.stats().layout)).find((r) => r.name === 'sqrtd.chart');
        assert.ok(chart && chart.h > 60, `the chart is drawn at d = ${d}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});

describe('retrieval', () => {
  test('normalize moves every arrow onto the unit circle, then the lesson sleeps', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { device: DESKTOP, query: '?mode=retrieval' }, shared.server);
    const state = await getState(page);
    const long = state.docs.find((d) => d.label === 'encyclopedia').v;
    const length = Math.hypot(...long);
    const redAt = async (p) => {
      const [x, y] = await toClient(page, p);
      return (await colorsAround(page, Math.round(x), Math.round(y), 3)).some((c) => c[0] > 150 && c[1] < 110 && c[2] < 110);
    };
    assert.ok(await redAt(long), 'the long document drawn at its tip');
    await page.evaluate(() => window.dotlab.setState({ norm: true }));
    const started = Date.now();
    // Within 2 s it rests on the unit circle, and no frame is drawn after.
    await page.waitForFunction(() => {
      const s = window.dotlab.stats();
      const last = window.__lastDrawn ?? -1;
      window.__lastDrawn = s.framesDrawn;
      return last === s.framesDrawn;
    }, null, { polling: 200, timeout: 2000 });
    assert.ok(Date.now() - started < 2000);
    assert.ok(await redAt([long[0] / length, long[1] / length]), 'on the unit circle now');
    assert.ok(!(await redAt(long)), 'and no longer at its old tip');
    const drawn = await page.evaluate(() => window.dotlab.stats().framesDrawn);
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.dotlab.stats().framesDrawn), drawn, 'nothing drawn for a second');
    const after = await getState(page);
    assert.deepEqual(after.derived.byDot, after.derived.byCos, 'the rankings agree');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
