// The five exercises as a new learner meets them: on a 390×844 phone by
// finger alone and at 1280×800 with a mouse, each from its default start,
// predicting by tapping (clicking) the choice drawn in the canvas and
// letting go 8 CSS px off the goal. The magnetic goal has to bring the tip
// home. Layout rules come from dotlab.stats().layout.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  DESKTOP, getState, launch, mouseDrag, openLesson, pixelAt, settle, SHOTS, startServer, toClient, touchDrag,
} from './helpers.mjs';

export const PHONE_390 = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
// What Safari leaves of a 390×844 phone under its bars.
const ONE_SCREEN = { width: 390, height: 660 };

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// The correct prediction of each exercise, 0-based (the text of the choices
// is the core's; the test only needs to pick the one that is right).
const CORRECT = { 1: 1, 2: 2, 3: 0, 4: 1, 5: 0 };

// A seeded direction for the fingertip's miss.
const missAngle = (id, seed) => ((id * 97 + seed * 61) % 360) * (Math.PI / 180);

function goalPoint(state, id, moving) {
  // The widest direction: u's handle, 3 units out along the first component.
  if (id === 5) return [3 * state.derived.first[0], 3 * state.derived.first[1]];
  const { a, b } = state;
  const len = (v) => Math.hypot(v[0], v[1]);
  const aHat = [a[0] / len(a), a[1] / len(a)];
  const length = len(moving === 'a' ? a : b);
  switch (id) {
    case 1: {
      const across = [-aHat[1], aHat[0]];
      const side = b[0] * across[0] + b[1] * across[1] >= 0 ? 1 : -1;
      return [side * length * across[0], side * length * across[1]];
    }
    case 2: return [-length * aHat[0], -length * aHat[1]];
    case 3: return [3 * b[0], 3 * b[1]];
    default: return aHat;
  }
}

async function layoutOf(page) {
  const stats = await page.evaluate(() => window.dotlab.stats());
  return stats.layout;
}

async function canvasBox(page) {
  return page.locator('#canvas').boundingBox();
}

async function tap(page, x, y) {
  const cdp = await page.context().newCDPSession(page);
  const point = { x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await settle(page);
}

// Presses the control the lesson drew under `name`.
async function press(page, name, touch) {
  const box = await canvasBox(page);
  const item = (await layoutOf(page)).find((r) => r.name === name);
  assert.ok(item, `${name} is drawn`);
  const x = box.x + item.x + item.w / 2;
  const y = box.y + item.y + item.h / 2;
  if (touch) await tap(page, x, y);
  else {
    await page.mouse.click(x, y);
    await settle(page);
  }
}

async function dragTipTo(page, from, to, touch) {
  const start = await toClient(page, from);
  const end = await toClient(page, to.world);
  const target = [end[0] + to.px * Math.cos(to.angle), end[1] + to.px * Math.sin(to.angle)];
  if (touch) await touchDrag(page, start, target, { steps: 14 });
  else await mouseDrag(page, start, target, { steps: 14 });
}

async function finish(page, id, seed, touch, choice = CORRECT[id]) {
  await press(page, `choice${choice + 1}`, touch);
  let state = await getState(page);
  assert.equal(state.exercises[id - 1].predicted, choice, 'the tap made the prediction');
  if (id === 4) {
    await dragTipTo(page, state.a, { world: goalPoint(state, id, 'a'), px: 8, angle: missAngle(id, seed) + 1 }, touch);
    state = await getState(page);
    assert.ok(Math.abs(state.derived.normA - 1) < 0.005, `a landed on the circle (‖a‖ = ${state.derived.normA})`);
  }
  const moving = id === 5 ? [3 * state.u[0], 3 * state.u[1]] : state.b;
  await dragTipTo(page, moving, { world: goalPoint(state, id, 'b'), px: 8, angle: missAngle(id, seed) }, touch);
  await page.waitForFunction((i) => window.dotlab.getState().exercises[i - 1].done, id, { timeout: 5000 });
  return getState(page);
}

// The numbers the learner reads at the goal are the goal's, exactly.
function assertExactAtGoal(state, id) {
  const d = state.derived;
  if (id === 1) assert.equal(Math.abs(d.dot).toFixed(2), '0.00', `a·b = ${d.dot}`);
  if (id === 2) assert.equal(d.cos.toFixed(3), '-1.000', `cos θ = ${d.cos}`);
  if (id === 5) {
    assert.equal(state.mode, 'projection');
    assert.equal(d.gapToWidestDeg.toFixed(1), '0.0', `u is on the first component (${d.gapToWidestDeg}°)`);
    assert.equal(d.variance.toFixed(2), d.largest.toFixed(2));
  }
  if (id === 4) {
    assert.equal(d.normA.toFixed(2), '1.00');
    assert.equal(d.normB.toFixed(2), '1.00');
    assert.equal(d.cos.toFixed(3), '1.000');
  }
}

describe('exercises by finger on a phone and by mouse on a desktop', () => {
  for (const [name, device, touch] of [['phone, touch only', PHONE_390, true], ['desktop, mouse', DESKTOP, false]]) {
    for (const id of [1, 2, 3, 4, 5]) {
      test(`${name}: exercise ${id} from its default start, released 8 px off the goal`, async () => {
        for (const seed of [1, 2]) {
          const { context, page, problems } = await openLesson(browser, { device, query: `?exercise=${id}` }, server);
          await page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await settle(page);
          const state = await finish(page, id, seed, touch);
          assertExactAtGoal(state, id);
          if (touch && seed === 1) {
            await page.waitForTimeout(600); // past the pulse
            await page.screenshot({ path: join(SHOTS, `exercise-${id}-success-390x844.png`) });
          }
          assert.deepEqual(problems, []);
          await context.close();
        }
      });
    }
  }

  test('phone: 44-px targets, 14-px text, and the exercise and the plane in one screen', async () => {
    for (const id of [1, 2, 3, 4, 5]) {
      const { context, page, problems } = await openLesson(browser, { device: PHONE_390, query: `?exercise=${id}` }, server);
      const stats = await page.evaluate(() => window.dotlab.stats());
      assert.ok(stats.fontPx.body >= 14, `body text ${stats.fontPx.body} px`);
      assert.ok(stats.fontPx.headline >= 14);
      const controls = stats.layout.filter((r) => r.control);
      // The dot view's toggles and reset, or the projection view's one toggle and reset.
      assert.ok(controls.length >= (id === 5 ? 6 : 10), `${controls.length} controls recorded`);
      for (const c of controls) assert.ok(c.w >= 44 && c.h >= 44, `${c.name} is ${c.w}×${c.h}`);
      for (const part of ['exercise.prompt', 'exercise.choices', 'exercise.result', 'plane']) {
        const r = stats.layout.find((item) => item.name === part);
        assert.ok(r, `${part} is drawn`);
        assert.ok(r.x >= 0 && r.x + r.w <= ONE_SCREEN.width, `${part} fits the width`);
        assert.ok(r.y >= 0 && r.y + r.h <= ONE_SCREEN.height, `${part} ends at ${r.y + r.h} px, within one screen`);
      }
      // The page's own controls too.
      for (const el of await page.locator('[role=tab], #copy-link').all()) {
        const box = await el.boundingBox();
        assert.ok(box.width >= 44 && box.height >= 44, `${await el.textContent()} is ${box.width}×${box.height}`);
      }
      if (id === 1) {
        // Copy link says what it did, beside the button, on a phone too.
        const copy = await page.locator('#copy-link').boundingBox();
        await tap(page, copy.x + copy.width / 2, copy.y + copy.height / 2);
        await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
        const status = await page.locator('#copy-status').boundingBox();
        assert.ok(status && status.height > 0 && status.x + status.width <= copy.x + 1, 'the status is shown beside it');
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('phone: a tapped button does not stay shaded as if pointed at', async () => {
    const { context, page, problems } = await openLesson(browser, { device: PHONE_390 }, server);
    await page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settle(page);
    await press(page, 'exercise.next', true);
    await settle(page);
    const labels = (await page.evaluate(() => window.dotlab.stats())).labels.map((l) => l.text);
    assert.ok(labels.includes('opposite a'), `the tap opened exercise 2, whose guide is drawn (${labels})`);
    const layout = await layoutOf(page);
    const box = await canvasBox(page);
    const inside = (name) => {
      const r = layout.find((item) => item.name === name);
      return [box.x + r.x + 10, box.y + r.y + r.h / 2];
    };
    // The finger still rests over Next: it looks like Previous, which it is not over.
    assert.deepEqual(await pixelAt(page, ...inside('exercise.next')), await pixelAt(page, ...inside('exercise.previous')));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('phone: the verdict, right or wrong, arrives without pushing the plane down', async () => {
    for (const id of [1, 2, 3, 4]) {
      for (const choice of [CORRECT[id], (CORRECT[id] + 1) % 3]) {
        const { context, page, problems } = await openLesson(browser, { device: PHONE_390, query: `?exercise=${id}` }, server);
        await page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await settle(page);
        const plane = async () => (await layoutOf(page)).find((r) => r.name === 'plane');
        const unpredicted = await plane();
        await press(page, `choice${choice + 1}`, true);
        const before = (await plane()).y;
        await finish(page, id, 1, true, choice);
        await settle(page);
        const after = (await plane()).y;
        assert.ok(Math.abs(after - before) <= 1 && Math.abs(unpredicted.y - before) <= 1,
          `exercise ${id}, choice ${choice + 1}: the plane moved from ${unpredicted.y} to ${before} to ${after}`);
        // Done, the card keeps only the learner's choice: the verdict takes
        // the others' room, not the plane's (which was 221-263 px tall when
        // the card kept room for all three and the verdict).
        const names = (await layoutOf(page)).map((r) => r.name);
        assert.deepEqual(names.filter((n) => /^choice\d$/.test(n)), [`choice${choice + 1}`]);
        // A wrong one is told the right one, as the full card's ✓ would.
        assert.equal(names.includes('exercise.rightChoice'), choice !== CORRECT[id], `exercise ${id}, choice ${choice + 1}`);
        assert.ok(unpredicted.h >= 255, `exercise ${id}: the plane is ${unpredicted.h} px tall`);
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  });

  test('with a mouse the progress dots open their exercises; a finished one can be tried again', async () => {
    // The card in words (the canvas's description) names the exercise on show.
    const card = (page) => page.evaluate(() => document.getElementById('exercise-text').textContent);
    const desk = await openLesson(browser, { device: DESKTOP, query: '?exercise=1' }, server);
    const dot = (await layoutOf(desk.page)).find((r) => r.name === 'exercise.dot3');
    assert.ok(dot.w >= 18 && dot.h >= 24, `a dot is a target: ${dot.w}×${dot.h} px`);
    await press(desk.page, 'exercise.dot3', false);
    assert.match(await card(desk.page), /^Exercise 3 of 5/, 'the third dot opens exercise 3');
    await press(desk.page, 'exercise.dot5', false);
    assert.match(await card(desk.page), /^Exercise 5 of 5/, 'the fifth, in its own view');
    assert.equal((await getState(desk.page)).mode, 'projection');
    assert.deepEqual(desk.problems, []);
    await desk.context.close();

    // By finger, the dots are no targets (the arrows are); Try again is.
    const { context, page, problems } = await openLesson(browser, { device: PHONE_390, query: '?exercise=1' }, server);
    await page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settle(page);
    assert.equal((await layoutOf(page)).some((r) => r.name.startsWith('exercise.dot')), false);
    let state = await finish(page, 1, 0, true, 0);  // a wrong prediction
    assert.deepEqual(state.exercises[0], { id: 1, predicted: 0, done: true });
    const start = state.b;
    await press(page, 'exercise.retry', true);
    state = await getState(page);
    assert.deepEqual(state.exercises[0], { id: 1, predicted: null, done: false }, 'tried again: not done, no prediction');
    assert.notDeepEqual(state.b, start, 'b is back at its start');
    state = await finish(page, 1, 1, true);
    assert.deepEqual(state.exercises[0], { id: 1, predicted: 1, done: true }, 'done again, with the new prediction');
    await page.screenshot({ path: join(SHOTS, 'exercise-retry-390x844.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a swipe that scrolls the page over a choice does not pick it; a tap does', async () => {
    const { context, page, problems } = await openLesson(browser, { device: PHONE_390, query: '?exercise=5' }, server);
    await page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settle(page);
    const box = await canvasBox(page);
    const choice = (await layoutOf(page)).find((r) => r.name === 'choice2');
    const x = box.x + choice.x + choice.w / 2, y = box.y + choice.y + choice.h / 2;
    // An ordinary upward scroll that starts on the card (exercise 5 locks a
    // prediction at once, so a stray one could not even be changed).
    const cdp = await page.context().newCDPSession(page);
    const point = (dy) => [{ x, y: y + dy, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
    for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(-15 * i) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    // The swipe may fling the page on: the tap below waits until it rests,
    // or it would land where the card was (and a touch that stops a fling
    // is no tap).
    await page.waitForFunction(() => new Promise((resolve) => {
      const y = window.scrollY;
      setTimeout(() => resolve(window.scrollY === y), 300);
    }));
    await settle(page);
    assert.equal((await getState(page)).exercises[4].predicted, null, 'the swipe made no prediction');
    // The swipe scrolled the card to the screen's top edge (or past it): back to it, as a learner would.
    await page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settle(page);
    await press(page, 'choice2', true);
    assert.equal((await getState(page)).exercises[4].predicted, 1, 'a tap still does');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('feedback: a nudge for dragging first, and "all done" only when all five are', async () => {
    const { context, page, problems } = await openLesson(browser, { device: PHONE_390, query: '?exercise=4' }, server);
    await page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settle(page);
    const [bx, by] = (await getState(page)).b;
    await touchDrag(page, await toClient(page, [bx, by]), await toClient(page, [bx + 0.5, by - 0.5]));
    assert.equal((await getState(page)).exercises[3].predicted, null);
    // The screen-reader mirror says what the card says.
    await page.waitForFunction(() => document.getElementById('dotlab-live').textContent.includes('Pick what you expect first'));
    const state = await finish(page, 4, 1, true);
    assert.deepEqual(state.exercises.map((e) => e.done), [false, false, false, true, false]);
    await page.waitForFunction(() => document.getElementById('dotlab-result').textContent.startsWith('Exercise 4 done'));
    const spoken = await page.evaluate(() => document.getElementById('dotlab-result').textContent);
    assert.match(spoken, /Just as you said/, 'the verdict is read, not only drawn');
    assert.match(spoken, /1 of 5 exercises done/);
    assert.doesNotMatch(spoken, /All exercises/);
    assert.ok((await layoutOf(page)).some((r) => r.name === 'exercise.continue'), 'a button leads on to exercise 5');
    assert.deepEqual(problems, []);
    await context.close();
  });
  test('the focus ring marks keyboard focus, not the focus a finger gives', async () => {
    const ring = (page) => page.evaluate(() => getComputedStyle(document.getElementById('stage'), '::after').boxShadow);
    const phone = await openLesson(browser, { device: PHONE_390, query: '?mode=attention' }, server);
    const state = await getState(phone.page);
    await phone.page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settle(phone.page);
    await touchDrag(phone.page, await toClient(phone.page, state.q), await toClient(phone.page, [0.5, 1.5]));
    await settle(phone.page);
    assert.equal(await phone.page.evaluate(() => document.activeElement?.id), 'canvas', 'the press focused the figure');
    assert.equal(await ring(phone.page), 'none', 'no ring round the figure after a drag by finger');
    assert.deepEqual(phone.problems, []);
    await phone.context.close();

    const laptop = await openLesson(browser, { device: DESKTOP }, server);
    for (let i = 0; i < 20 && (await laptop.page.evaluate(() => document.activeElement?.id)) !== 'canvas'; i++) {
      await laptop.page.keyboard.press('Tab');
    }
    assert.match(await ring(laptop.page), /inset/, 'Tab into the figure draws the ring');
    await mouseDrag(laptop.page, await toClient(laptop.page, [1, 2]), await toClient(laptop.page, [0, 2]));
    assert.equal(await ring(laptop.page), 'none', 'a press with the mouse takes it away');
    await laptop.page.keyboard.press('ArrowUp');
    assert.match(await ring(laptop.page), /inset/, 'and a key brings it back');
    assert.deepEqual(laptop.problems, []);
    await laptop.context.close();
  });
});
