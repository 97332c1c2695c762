// The dot view in a real browser: real mouse and touch drags, the URL, the
// window.dotlab contract, HiDPI and the screen-reader mirror.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, getState, mouseDrag, near, openLesson, pixelAt, screenshot, settle, showPlane, useLessonServer,
  toClient, touchDrag,
} from './helpers.mjs';

const shared = useLessonServer({ before, after });

// One pixel of pointer resolution at the default scale is about 0.02 units.
const TOLERANCE = 0.05;

function assertConsistent(state) {
  const { a, b, derived: d } = state;
  assert.ok(near(d.dotAlgebraic, a[0] * b[0] + a[1] * b[1], 1e-9), 'algebraic dot matches the vectors');
  assert.ok(near(d.dot, d.dotAlgebraic, 1e-12));
  assert.ok(near(d.normA, Math.hypot(...a), 1e-9));
  assert.ok(near(d.normB, Math.hypot(...b), 1e-9));
  if (d.cos !== null) {
    assert.ok(near(d.dotGeometric, d.normA * d.normB * d.cos, 1e-9));
    assert.ok(near(d.dotGeometric, d.dotAlgebraic, 1e-9), 'both formulas agree');
    assert.ok(near(Math.cos((d.angleDeg * Math.PI) / 180), d.cos, 1e-9));
  }
  for (const v of [d.dot, d.dotGeometric, d.normA, d.normB, d.projScalar, ...d.proj]) {
    assert.ok(Number.isFinite(v), `derived value ${v} is finite`);
  }
}

describe('dot view', () => {
  test('starts with the default vectors and a consistent state', async () => {
    const { context, page, problems } = await openLesson(shared.browser, {}, shared.server);
    const state = await getState(page);
    assert.equal(state.v, 1);
    assert.equal(state.mode, 'dot');
    assert.deepEqual(state.a, [3, 1]);
    assert.deepEqual(state.b, [1, 2]);
    assertConsistent(state);
    assert.equal(state.derived.dot, 5);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a mouse drag moves b to the chosen world point, and a after it', async () => {
    const { context, page, problems } = await openLesson(shared.browser, {}, shared.server);
    const changes = [];
    await page.evaluate(() => { window.__changes = 0; window.dotlab.onChange(() => { window.__changes++; }); });

    await mouseDrag(page, await toClient(page, [1, 2]), await toClient(page, [-2, 1.5]));
    let state = await getState(page);
    assert.ok(near(state.b[0], -2, TOLERANCE) && near(state.b[1], 1.5, TOLERANCE), `b = ${state.b}`);
    assert.deepEqual(state.a, [3, 1], 'a did not move');
    assertConsistent(state);

    await mouseDrag(page, await toClient(page, [3, 1]), await toClient(page, [1, -2.5]));
    state = await getState(page);
    assert.ok(near(state.a[0], 1, TOLERANCE) && near(state.a[1], -2.5, TOLERANCE), `a = ${state.a}`);
    assertConsistent(state);
    changes.push(await page.evaluate(() => window.__changes));
    assert.ok(changes[0] >= 2, 'onChange fired during the drags');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a drag that leaves the canvas keeps tracking until release', async () => {
    const { context, page, problems } = await openLesson(shared.browser, {}, shared.server);
    const box = await page.locator('#canvas').boundingBox();
    await page.mouse.move(...(await toClient(page, [1, 2])));
    await page.mouse.down();
    // Far above the canvas: the tip follows, held at the plane's edge.
    await page.mouse.move(box.x + box.width * 0.3, box.y - 150, { steps: 8 });
    await settle(page);
    const outside = await getState(page);
    assert.ok(outside.b[1] > 2.5, `b followed upwards (b = ${outside.b})`);
    // Back inside, still held: it follows again.
    const target = await toClient(page, [-1, -1]);
    await page.mouse.move(target[0], target[1], { steps: 8 });
    await page.mouse.up();
    await settle(page);
    const back = await getState(page);
    assert.ok(near(back.b[0], -1, TOLERANCE) && near(back.b[1], -1, TOLERANCE), `b = ${back.b}`);
    // Released: moving on does nothing.
    await page.mouse.move(target[0] + 80, target[1] + 40, { steps: 4 });
    await settle(page);
    assert.deepEqual((await getState(page)).b, back.b);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a finger drags b and then a on a phone', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { device: PHONE }, shared.server);
    await showPlane(page);
    await touchDrag(page, await toClient(page, [1, 2]), await toClient(page, [2, -1]));
    let state = await getState(page);
    assert.ok(near(state.b[0], 2, TOLERANCE * 1.5) && near(state.b[1], -1, TOLERANCE * 1.5), `b = ${state.b}`);
    // A finger lands a little off the tip: inside the 22 px touch radius it still grabs.
    const tipA = await toClient(page, [3, 1]);
    const goal = await toClient(page, [-1, 2]);
    await touchDrag(page, [tipA[0] + 12, tipA[1] + 10], [goal[0] + 12, goal[1] + 10]);
    state = await getState(page);
    assert.ok(near(state.a[0], -1, TOLERANCE * 1.5) && near(state.a[1], 2, TOLERANCE * 1.5), `a = ${state.a}`);
    assertConsistent(state);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a second finger is ignored while the first one drags', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { device: PHONE }, shared.server);
    await showPlane(page);
    const cdp = await context.newCDPSession(page);
    const tipB = await toClient(page, [1, 2]);
    const tipA = await toClient(page, [3, 1]);
    const goal = await toClient(page, [-2, -2]);
    const p = (x, y, id) => ({ x, y, id, radiusX: 4, radiusY: 4, force: 1 });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [p(...tipB, 1)] });
    // Second finger lands on a's tip and moves: neither a nor the drag of b may change hands.
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [p(...tipB, 1), p(...tipA, 2)] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p(...goal, 1), p(tipA[0] - 60, tipA[1] + 60, 2)] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [p(...goal, 1)] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settle(page);
    const state = await getState(page);
    assert.deepEqual(state.a, [3, 1], 'the second finger did not move a');
    assert.ok(near(state.b[0], -2, TOLERANCE * 1.5) && near(state.b[1], -2, TOLERANCE * 1.5), `b = ${state.b}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a finger on empty plane scrolls the page instead of dragging', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { device: PHONE }, shared.server);
    await page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settle(page);
    const before = await page.evaluate(() => window.scrollY);
    const start = await toClient(page, [-3, 2.5]); // empty plane, no tip near
    assert.ok(start[1] > 0 && start[1] < 667, 'the swipe starts on the visible canvas');
    await touchDrag(page, start, [start[0], start[1] - 200], { steps: 10, pauseMs: 16 });
    const after = await page.evaluate(() => window.scrollY);
    assert.ok(after > before + 50, `page scrolled (${before} -> ${after})`);
    const state = await getState(page);
    assert.deepEqual([state.a, state.b], [[3, 1], [1, 2]], 'no vector moved');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('?a=3,0&b=0,2 opens at a right angle with a zero dot product', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?a=3,0&b=0,2' }, shared.server);
    const state = await getState(page);
    assert.deepEqual(state.a, [3, 0]);
    assert.deepEqual(state.b, [0, 2]);
    assert.equal(state.derived.dot, 0);
    assert.equal(state.derived.angleDeg, 90);
    assert.equal(state.derived.cos, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the fragment wins over the query string', async () => {
    const { context, page } = await openLesson(shared.browser, { query: '?a=3,0&b=0,2#b=-1,0.5' }, shared.server);
    const state = await getState(page);
    assert.deepEqual(state.a, [3, 0]);
    assert.deepEqual(state.b, [-1, 0.5]);
    await context.close();
  });

  test('bad URL values fall back to defaults with a warning, never NaN', async () => {
    const { context, page, problems, warnings } = await openLesson(shared.browser, { query: '?a=foo&b=1e999,2' }, shared.server);
    const state = await getState(page);
    assert.deepEqual(state.a, [3, 1]);
    assert.deepEqual(state.b, [1, 2]);
    assertConsistent(state);
    assert.ok(warnings.some((w) => w.includes('a="foo"')), `warned: ${warnings}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a zero-length vector reads undefined, not NaN', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { query: '?a=0,0' }, shared.server);
    const state = await getState(page);
    assert.equal(state.derived.cos, null);
    assert.equal(state.derived.angleDeg, null);
    assert.equal(state.derived.dot, 0);
    const spoken = await page.locator('#dotlab-live').textContent();
    assert.match(spoken, /undefined/);
    assert.doesNotMatch(spoken, /NaN|Infinity|-0\.00/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('setState validates its input and onChange reports it', async () => {
    const { context, page, problems, warnings } = await openLesson(shared.browser, {}, shared.server);
    const result = await page.evaluate(async () => {
      const seen = [];
      const stop = window.dotlab.onChange((s) => seen.push(s.b));
      window.dotlab.setState({ b: [-3, 0.25], derived: { dot: 99 } });
      // Reported with the next frame; allow a busy machine a few seconds.
      for (let waited = 0; waited < 3000 && !seen.some((b) => b[0] === -3); waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
      }
      stop();
      window.dotlab.setState({ a: ['x', 1] });
      window.dotlab.setState({ a: [NaN, 1] });
      window.dotlab.setState(null);
      return { seen, state: window.dotlab.getState() };
    });
    assert.deepEqual(result.state.b, [-3, 0.25]);
    assert.deepEqual(result.state.a, [3, 1], 'bad values left a alone');
    assert.equal(result.state.derived.dot, -8.75);
    assert.ok(result.seen.some((b) => b[0] === -3), 'onChange saw the new b');
    assert.ok(warnings.length >= 3, 'each bad call warned');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the canvas backing store is CSS size × devicePixelRatio', async () => {
    for (const device of [PHONE, { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 }]) {
      const { context, page, problems } = await openLesson(shared.browser, { device }, shared.server);
      await settle(page);
      const size = await page.evaluate(() => {
        const c = document.getElementById('canvas');
        const r = c.getBoundingClientRect();
        return { w: c.width, h: c.height, cssW: r.width, cssH: r.height, dpr: devicePixelRatio };
      });
      assert.equal(size.dpr, 2);
      assert.equal(size.w, size.cssW * 2, JSON.stringify(size));
      assert.equal(size.h, size.cssH * 2, JSON.stringify(size));
      assert.ok(size.cssW <= device.viewport.width, 'nothing overflows the viewport');
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('the aria-live mirror follows a drag', async () => {
    const { context, page } = await openLesson(shared.browser, {}, shared.server);
    const live = page.locator('#dotlab-live');
    await page.waitForFunction(() => document.getElementById('dotlab-live').textContent.length > 0);
    assert.match(await live.textContent(), /a dot b is 5\.00/);
    await mouseDrag(page, await toClient(page, [1, 2]), await toClient(page, [-3, 1]));
    await page.waitForFunction(() => !document.getElementById('dotlab-live').textContent.includes('is 5.00'));
    const { derived } = await getState(page);
    assert.ok(derived.dot < -7, `dragged to a negative dot product (${derived.dot})`);
    assert.ok((await live.textContent()).includes(`a dot b is ${derived.dot.toFixed(2)}.`), await live.textContent());
    await context.close();
  });

  test('by keyboard alone, a screen reader hears the exercise card, the tip selected and the verdict', async () => {
    const { context, page, problems } = await openLesson(shared.browser, {}, shared.server);
    const text = (id) => page.evaluate((i) => document.getElementById(i).textContent, id);
    const canvas = page.locator('#canvas');
    // The card is the figure's description, with the view's keys.
    const described = (await canvas.getAttribute('aria-describedby')).split(' ');
    assert.deepEqual(described, ['caption-dot', 'exercise-text', 'view-keys']);
    for (const id of described) assert.ok((await text(id)).length > 20, id);
    assert.match(await text('exercise-text'), /^Exercise 1 of 5, Right angle: .* 2: a dot b becomes exactly 0/);
    assert.doesNotMatch(await text('exercise-text'), /[·θ‖−]/, 'symbols are said as words');
    // Tab in: the tip selected is named; Tab again: the other one.
    await page.locator('[role=tab][aria-selected=true]').focus();
    while (!(await canvas.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.getElementById('dotlab-live').textContent === 'a selected, at 3.00, 1.00.');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.getElementById('dotlab-live').textContent === 'b selected, at 1.00, 2.00.');
    // The prediction is heard back, then the verdict with why it matters.
    await page.keyboard.press('2');
    await page.waitForFunction(() => document.getElementById('dotlab-result').textContent.includes('You predicted 2'));
    await page.evaluate(() => window.dotlab.setState({ b: [-1, 3] }));
    await page.waitForFunction(() => /^Exercise 1 done\. Just as you said.*Why it matters/.test(document.getElementById('dotlab-result').textContent));
    // Another view is announced; Esc leaves focus on its tab, not the body.
    await page.evaluate(() => window.dotlab.setState({ mode: 'attention' }));
    await page.waitForFunction(() => document.getElementById('dotlab-result').textContent === 'Attention view.');
    assert.equal(await canvas.getAttribute('aria-describedby'), 'caption-attention exercise-text view-keys');
    await canvas.focus();
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.mode), 'attention');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the idle lesson stops drawing and wakes on input', async () => {
    const { context, page } = await openLesson(shared.browser, {}, shared.server);
    await page.waitForTimeout(500);
    const before = await page.evaluate(() => window.dotlab.stats().framesRendered);
    await page.waitForTimeout(1000);
    const idle = await page.evaluate(() => window.dotlab.stats().framesRendered);
    assert.equal(idle, before, 'no frames while nothing moves');
    await mouseDrag(page, await toClient(page, [1, 2]), await toClient(page, [2, 2]));
    const after = await page.evaluate(() => window.dotlab.stats());
    assert.ok(after.framesRendered > idle, 'a drag wakes it');
    assert.ok(after.firstFrameMs > 0 && Number.isFinite(after.lastFrameMs));
    await context.close();
  });

  test('the first input after sleeping is handled in the frame it wakes', async () => {
    const { context, page, problems } = await openLesson(shared.browser, {}, shared.server);
    const tip = await toClient(page, [1, 2]);
    await page.mouse.move(tip[0], tip[1]);
    await page.mouse.down();
    // Hold the tip still until the loop sleeps: no frame for 300 ms.
    const asleep = await page.evaluate(async () => {
      const count = () => window.dotlab.stats().framesRendered;
      for (let waited = 0; waited < 5000; waited += 300) {
        const before = count();
        await new Promise((r) => setTimeout(r, 300));
        if (count() === before) return before;
      }
      return -1;
    });
    assert.ok(asleep > 0, 'the loop sleeps while the held tip does not move');
    // After SDL's own listener has seen the move (and woken the loop), note
    // the frame count and look again at the end of the next browser frame.
    await page.evaluate(() => {
      window.__afterMove = new Promise((resolve) => {
        window.addEventListener('mousemove', () => {
          const before = window.dotlab.stats().framesRendered;
          requestAnimationFrame(() => resolve({
            before, frames: window.dotlab.stats().framesRendered, b: window.dotlab.getState().b,
          }));
        }, { once: true });
      });
    });
    const target = await toClient(page, [2, -1]);
    await page.mouse.move(target[0], target[1]);
    const seen = await page.evaluate(() => window.__afterMove);
    assert.equal(seen.before, asleep, 'nothing drawn between sleeping and the move');
    assert.equal(seen.frames, asleep + 1, 'exactly one frame drawn since the move');
    assert.ok(near(seen.b[0], 2, TOLERANCE) && near(seen.b[1], -1, TOLERANCE), `that frame moved b (${seen.b})`);
    await page.mouse.up();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a drag never waits on the GPU: no WebGL queries after start-up', async () => {
    const { context, page, problems } = await openLesson(shared.browser, {}, shared.server);
    // Each of these is a round trip to the GPU process that waits for the
    // drawing queued before it (ImGui's stock backend made nine per frame).
    await page.evaluate(() => {
      window.__queries = [];
      const proto = WebGL2RenderingContext.prototype;
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (!/^(get|is|readPixels|checkFramebufferStatus|finish)/.test(name)) continue;
        const original = proto[name];
        if (typeof original !== 'function') continue;
        proto[name] = function (...args) {
          window.__queries.push(name);
          return original.apply(this, args);
        };
      }
    });
    const framesBefore = (await page.evaluate(() => window.dotlab.stats())).framesRendered;
    await mouseDrag(page, await toClient(page, [1, 2]), await toClient(page, [-2, 2]), { steps: 20 });
    const after = await page.evaluate(() => ({ queries: window.__queries, frames: window.dotlab.stats().framesRendered }));
    assert.ok(after.frames - framesBefore >= 10, `the drag drew frames (${after.frames - framesBefore})`);
    assert.deepEqual(after.queries, [], 'no synchronous WebGL calls while dragging');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('in a hidden tab changes are reported without drawing', async () => {
    const { context, page, problems } = await openLesson(shared.browser, {}, shared.server);
    const frames = () => page.evaluate(() => window.dotlab.stats().framesRendered);
    const setHidden = (hidden) => page.evaluate((value) => {
      Object.defineProperty(document, 'hidden', { value, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
    await page.waitForTimeout(300);
    await setHidden(true);
    await page.waitForTimeout(200);
    const hidden = await frames();
    const heard = await page.evaluate(async () => {
      const seen = [];
      const stop = window.dotlab.onChange((state) => seen.push(state.b));
      window.dotlab.setState({ b: [0, -2] });
      for (let waited = 0; waited < 3000 && seen.length === 0; waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
      }
      stop();
      return seen;
    });
    assert.deepEqual(heard, [[0, -2]], 'onChange heard the change');
    assert.equal(await frames(), hidden, 'no frames while hidden');
    await setHidden(false);
    await page.waitForFunction((n) => window.dotlab.stats().framesRendered > n, hidden);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a frame that would repeat the picture on screen is not sent to the GPU', async () => {
    const { context, page, problems } = await openLesson(shared.browser, {}, shared.server);
    const stats = () => page.evaluate(() => window.dotlab.stats());
    const settled = async () => {
      await page.waitForTimeout(300);
      return stats();
    };
    const start = await settled();
    // Wakes the loop (and is published as a change) but shows nothing new.
    await page.evaluate(() => window.dotlab.setState({ a: [3, 1] }));
    const same = await settled();
    assert.ok(same.framesRendered > start.framesRendered, 'the loop ran');
    assert.equal(same.framesDrawn, start.framesDrawn, 'nothing was redrawn');
    await page.evaluate(() => window.dotlab.setState({ a: [-2, 1] }));
    const moved = await settled();
    assert.ok(moved.framesDrawn > same.framesDrawn, 'a change is drawn');
    const tip = await toClient(page, [-2, 1]);
    const [r, g, bl] = await pixelAt(page, Math.round(tip[0]), Math.round(tip[1]));
    assert.ok(bl > r + 60 && bl > g, `a's tip is drawn at its new place (${[r, g, bl]})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('off screen the lesson draws nothing, and catches up when scrolled back', async () => {
    const { context, page, problems } = await openLesson(shared.browser, {}, shared.server);
    const frames = () => page.evaluate(() => window.dotlab.stats().framesRendered);
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      document.body.append(spacer);
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    await page.waitForFunction(() => document.getElementById('canvas').getBoundingClientRect().bottom < 0);
    await page.waitForTimeout(300);
    const hidden = await frames();
    // A host page changing the state of a lesson nobody can see: it hears
    // of each change at once, though nothing is drawn.
    const heard = await page.evaluate(async () => {
      const seen = [];
      const until = async (count) => {
        for (let waited = 0; waited < 3000 && seen.length < count; waited += 50) {
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      const stop = window.dotlab.onChange((state) => seen.push(state.a));
      window.dotlab.setState({ a: [-1, 1] });
      await until(1);
      window.dotlab.setState({ a: [-2, 1] });
      await until(2);
      await new Promise((r) => setTimeout(r, 200)); // and nothing more
      stop();
      return seen;
    });
    assert.deepEqual(heard, [[-1, 1], [-2, 1]], 'onChange heard both changes');
    assert.equal(await frames(), hidden, 'no frames while off screen');
    assert.deepEqual((await getState(page)).a, [-2, 1], 'the state changed all the same');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction((n) => window.dotlab.stats().framesRendered > n, hidden);
    await settle(page);
    // The tip is drawn where the new state puts it.
    const tip = await toClient(page, [-2, 1]);
    const [r, g, bl] = await pixelAt(page, Math.round(tip[0]), Math.round(tip[1]));
    assert.ok(bl > r + 60 && bl > g, `a's blue tip is drawn at its new place (${[r, g, bl]})`);
    // Away and back with nothing changed: drawn again all the same, since a
    // browser may drop an off-screen frame's picture.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => document.getElementById('canvas').getBoundingClientRect().bottom < 0);
    await page.waitForTimeout(300);
    const away = await page.evaluate(() => window.dotlab.stats().framesDrawn);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction((n) => window.dotlab.stats().framesDrawn > n, away, { timeout: 3000 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the cursor says what the mouse can do: grab a tip, press a button', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { device: DESKTOP }, shared.server);
    await showPlane(page);
    const cursor = () => page.evaluate(() => document.getElementById('canvas').style.cursor || 'default');
    const tip = await toClient(page, (await getState(page)).b);
    await page.mouse.move(tip[0], tip[1]);
    await settle(page);
    assert.equal(await cursor(), 'grab', 'over the tip of b');
    await page.mouse.down();
    await page.mouse.move(tip[0] + 10, tip[1] + 10, { steps: 3 });
    await settle(page);
    assert.equal(await cursor(), 'grabbing', 'while dragging it');
    await page.mouse.up();
    const origin = await toClient(page, [-3.5, -3.5]);
    await page.mouse.move(origin[0], origin[1]);
    await settle(page);
    assert.equal(await cursor(), 'default', 'over empty plane');
    const reset = await page.evaluate(() => {
      const r = window.dotlab.stats().layout.find((item) => item.name === 'reset');
      const c = document.getElementById('canvas').getBoundingClientRect();
      return r && [c.x + r.x + r.w / 2, c.y + r.y + r.h / 2];
    });
    assert.ok(reset, 'the Reset button is drawn');
    await page.evaluate((y) => window.scrollBy(0, y - 400), reset[1]);
    const [x, y] = await page.evaluate(() => {
      const r = window.dotlab.stats().layout.find((item) => item.name === 'reset');
      const c = document.getElementById('canvas').getBoundingClientRect();
      return [c.x + r.x + r.w / 2, c.y + r.y + r.h / 2];
    });
    await page.mouse.move(x, y);
    await settle(page);
    assert.equal(await cursor(), 'pointer', 'over a button');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('screenshots at desktop and phone sizes', async () => {
    for (const [device, name] of [[DESKTOP, 'dot-desktop.png'], [PHONE, 'dot-phone.png']]) {
      const { context, page, problems } = await openLesson(shared.browser, { device }, shared.server);
      await page.locator('#lesson').scrollIntoViewIfNeeded();
      await settle(page);
      await screenshot(page, name);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
