// The projection view in a real browser: turning u by mouse, by finger and by
// keys, dragging a point, the numbers against an independent computation, the
// principal components, and links.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  DESKTOP, PHONE, SHOTS, getState, mouseDrag, openLesson, pixelAt, settle, toClient, touchDrag, useLessonServer,
} from './helpers.mjs';

const shared = useLessonServer({ before, after });

// The variance of p·u over the points, computed here, the long way.
function varianceAlong(points, u) {
  const along = points.map(([x, y]) => x * u[0] + y * u[1]);
  const mean = along.reduce((a, b) => a + b, 0) / along.length;
  return along.reduce((a, t) => a + (t - mean) ** 2, 0) / along.length;
}
const lineAngle = ([x, y]) => ((Math.atan2(y, x) * 180) / Math.PI + 180) % 180;

function assertNumbers(state) {
  const { u, points, derived } = state;
  assert.ok(Math.abs(Math.hypot(...u) - 1) < 1e-12, `u is a unit vector: ${u}`);
  assert.ok(Math.abs(derived.variance - varianceAlong(points, u)) < 1e-9, 'variance = var(p·u)');
  assert.ok(Math.abs(derived.angleDeg - lineAngle(u)) < 1e-9);
  // Nothing is wider than the first component, and it is where it says.
  for (let deg = 0; deg < 180; deg += 1) {
    const w = [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
    assert.ok(varianceAlong(points, w) <= derived.largest * (1 + 1e-9));
  }
  assert.ok(Math.abs(varianceAlong(points, derived.first) - derived.largest) < 1e-9);
}

describe('projection view', () => {
  test('turning u by mouse widens the spread toward the first component', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?mode=projection' }, shared.server);
    let state = await getState(page);
    assert.equal(state.mode, 'projection');
    assert.equal(state.points.length, 40);
    assert.equal(state.derived.elongated, true);
    assertNumbers(state);
    const start = state.derived.variance;

    // u's tip sits 3 units out; drag it round to the widest direction.
    const widest = state.derived.widestDeg;
    const to = [3 * Math.cos((widest * Math.PI) / 180), 3 * Math.sin((widest * Math.PI) / 180)];
    await mouseDrag(page, await toClient(page, [3 * state.u[0], 3 * state.u[1]]), await toClient(page, to));
    state = await getState(page);
    assertNumbers(state);
    assert.ok(state.derived.gapToWidestDeg < 3, `u ends near the widest direction (${state.derived.gapToWidestDeg}°)`);
    assert.ok(state.derived.variance > start, 'the spread grew');
    assert.ok(state.derived.variance > 0.99 * state.derived.largest);

    // A point dragged away from the line makes the spread along it change.
    const far = state.points[0];
    await mouseDrag(page, await toClient(page, far), await toClient(page, [far[0] + 1, far[1] - 1]));
    const moved = await getState(page);
    assert.notDeepEqual(moved.points[0], far);
    assert.notEqual(moved.derived.variance, state.derived.variance);
    assertNumbers(moved);
    await page.screenshot({ path: join(SHOTS, 'projection-desktop.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a finger turns u; the principal components appear on request', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?mode=projection', device: PHONE }, shared.server);
    let state = await getState(page);
    await page.evaluate(() => {
      const plane = window.dotlab.stats().layout.find((r) => r.name === 'plane');
      window.scrollBy(0, document.getElementById('canvas').getBoundingClientRect().top + plane.y - 20);
    });
    await settle(page);
    const to = [3 * Math.cos(Math.PI / 9), 3 * Math.sin(Math.PI / 9)]; // 20°
    await touchDrag(page, await toClient(page, [3 * state.u[0], 3 * state.u[1]]), await toClient(page, to));
    state = await getState(page);
    assert.ok(Math.abs(state.derived.angleDeg - 20) < 3, `u turned to about 20° (${state.derived.angleDeg})`);
    assertNumbers(state);

    // The components are the fifth exercise's answer: no toggle before it is done.
    assert.ok(!(await page.evaluate(() => window.dotlab.stats().layout)).some((r) => r.name === 'toggle.axes'),
      'no toggle while the exercise is open');
    await page.evaluate(() => localStorage.setItem('dotlab:v1:exercises', 'v2:1=-,2=-,3=-,4=-,5=0d;active=5'));
    await page.reload();
    await page.evaluate(() => window.dotlab.ready);
    await settle(page);
    // Done: the toggle, tapped, draws the first component (green) along its line.
    const toggle = (await page.evaluate(() => window.dotlab.stats().layout)).find((r) => r.name === 'toggle.axes');
    assert.ok(toggle, 'the toggle is drawn once the exercise is done');
    assert.ok(toggle.h >= 44, 'a finger-sized target');
    const canvas = await page.evaluate(() => { const r = document.getElementById('canvas').getBoundingClientRect(); return [r.x, r.y]; });
    await page.evaluate((y) => window.scrollBy(0, y), canvas[1] + toggle.y - 200);
    await settle(page);
    const box = await page.evaluate(() => { const r = document.getElementById('canvas').getBoundingClientRect(); return [r.x, r.y]; });
    await page.touchscreen.tap(box[0] + toggle.x + toggle.w / 2, box[1] + toggle.y + toggle.h / 2);
    await settle(page);
    state = await getState(page);
    assert.equal(state.axes, true, 'the principal components are shown');
    await page.screenshot({ path: join(SHOTS, 'projection-phone.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keys turn u and C shows the components (a link may allow it); links reproduce the view', async () => {
    const before = await openLesson(shared.browser, { query: '?mode=projection' }, shared.server);
    await before.page.locator('#canvas').focus();
    await before.page.keyboard.press('c');
    await settle(before.page);
    assert.equal((await getState(before.page)).axes, false, 'C does nothing before the exercise is done');
    await before.context.close();

    const { context, page, problems } = await openLesson(shared.browser, { query: '?mode=projection&u=0,1&axes=1' }, shared.server);
    let state = await getState(page);
    assert.deepEqual(state.u, [0, 1]);
    await page.locator('#canvas').focus(); // selects u, the first tip
    await page.keyboard.press('ArrowRight');
    await settle(page);
    state = await getState(page);
    assert.ok(state.derived.angleDeg < 90 && state.derived.angleDeg > 85, `the arrow key turned u (${state.derived.angleDeg})`);
    await page.keyboard.press('c');
    await settle(page);
    assert.equal((await getState(page)).axes, false, 'C hides them');
    await page.keyboard.press('c');
    await settle(page);
    state = await getState(page);
    assert.equal(state.axes, true, 'and shows them again: the link allowed it');

    // Pixels: the first component's dashed line is drawn in the output colour.
    const first = state.derived.first;
    let found = false;
    for (const r of [1.5, 2, 2.5, 3, 3.5]) {
      const [x, y] = await toClient(page, [r * first[0], r * first[1]]);
      const [red, green, blue] = await pixelAt(page, x, y);
      if (green > red + 30 && green > blue) found = true;
    }
    assert.ok(found, 'a green pixel on the first component');

    // setState(getState()) changes nothing; a link opens the same view.
    const same = await page.evaluate(() => { const s = window.dotlab.getState(); window.dotlab.setState(s); return JSON.stringify(window.dotlab.getState()) === JSON.stringify(s); });
    assert.ok(same, 'setState(getState()) is a no-op');
    const bad = await openLesson(shared.browser, { query: '?mode=projection&u=0,0&pts=1,1;x' }, shared.server);
    const refused = await getState(bad.page);
    assert.ok(Math.abs(Math.hypot(...refused.u) - 1) < 1e-12, 'a zero u is refused');
    assert.equal(refused.points.length, 40, 'a bad cloud is refused');
    await bad.context.close();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
