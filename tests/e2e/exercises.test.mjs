// The four "predict, then drag" exercises, completed in a real browser inside
// a cross-origin iframe: two with the mouse, two with touch, one finished
// from the keyboard. The host page must receive each dotlab:exercise message.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import {
  PHONE, launch, lessonFrameOf, mouseDrag, openLesson, settle, SHOTS, startServer, touchDrag,
} from './helpers.mjs';

let lessonServer;
let hostServer;
let browser;
before(async () => {
  lessonServer = await startServer();
  hostServer = await serve(join(import.meta.dirname, 'fixtures'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await lessonServer?.close();
  await hostServer?.close();
});

async function openHost(query) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1200 }, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(err.message));
  const lessonUrl = `${lessonServer.url}index.html${query}`;
  await page.goto(`${hostServer.url}host.html?lesson=${encodeURIComponent(lessonUrl)}`);
  const frame = await waitForLessonFrame(page);
  return { context, page, frame, problems };
}

const waitForLessonFrame = (page) => lessonFrameOf(page, lessonServer.url);

describe('exercises', () => {
  test('all four, through real drags and keys, reported to the host and kept over a reload', async () => {
    const { context, page, frame, problems } = await openHost('?exercise=1');
    const box = await page.locator('#lesson').boundingBox();
    const client = async (point) => {
      const [x, y] = await frame.evaluate((p) => window.dotlab.toClient(p), point);
      return [x + box.x, y + box.y];
    };
    const state = () => frame.evaluate(() => window.dotlab.getState());
    const press = async (key) => { await page.keyboard.press(key); await settle(frame); };
    const done = (id) => frame.waitForFunction((i) => window.dotlab.getState().exercises[i - 1].done, id, { timeout: 5000 });
    const canvas = frame.locator('#canvas');

    // 1 (mouse): nothing is checked before a prediction.
    await mouseDrag(page, await client([1, 2]), await client([-1, 3]), { frame });
    assert.equal((await state()).exercises[0].done, false, 'no prediction, no check');
    await canvas.focus();
    await press('2');
    assert.equal((await state()).exercises[0].predicted, 1);
    await mouseDrag(page, await client([-1, 3]), await client([1, 2]), { frame });
    await mouseDrag(page, await client([1, 2]), await client([-1, 3]), { frame });
    await done(1);
    await frame.waitForFunction(() => document.getElementById('dotlab-result').textContent.startsWith('Exercise 1 done'));
    await page.screenshot({ path: join(SHOTS, 'exercise-1-desktop.png') });

    // 2 (mouse), predicted wrongly on purpose.
    await canvas.focus();
    await press('n');
    await press('1');
    await mouseDrag(page, await client((await state()).b), await client([-3, -1]), { frame });
    await done(2);
    await page.screenshot({ path: join(SHOTS, 'exercise-2-desktop.png') });

    // 3 (touch): shorten b first so that three times it fits, then predict and stretch.
    await canvas.focus();
    await press('n');
    await touchDrag(page, await client((await state()).b), await client([1, 0.5]), { frame });
    await canvas.focus();
    await press('1');
    const start = (await state()).b;
    await touchDrag(page, await client(start), await client([start[0] * 3, start[1] * 3]), { frame });
    await done(3);
    await page.screenshot({ path: join(SHOTS, 'exercise-3-desktop.png') });

    // 4 (touch, then keyboard): b to nearly (1, 0) by finger, a to (1, 0) by keys.
    await canvas.focus();
    await press('n');
    await press('2');
    await touchDrag(page, await client((await state()).b), await client([1, 0.1]), { frame });
    assert.equal((await state()).exercises[3].done, false, 'a is still too long');
    await canvas.focus();
    await press('Shift+Tab'); // the drag selected b; back to a
    assert.deepEqual((await state()).a, [1.5, 0.5], 'exercise 4 starts from short arrows');
    for (let i = 0; i < 5; i++) await press('ArrowLeft');
    // Down until the check passes (within its tolerance, a step or two
    // before (1, 0)); finishing lands both tips on the goal exactly.
    for (let i = 0; i < 5 && !(await state()).exercises[3].done; i++) await press('ArrowDown');
    await done(4);
    const landed = (await state()).derived;
    assert.deepEqual([landed.normA.toFixed(2), landed.normB.toFixed(2), landed.cos.toFixed(3)], ['1.00', '1.00', '1.000']);
    await page.screenshot({ path: join(SHOTS, 'exercise-4-desktop.png') });

    const final = await state();
    assert.deepEqual(final.exercises.map((e) => e.done), [true, true, true, true, false]);
    assert.deepEqual(final.exercises.map((e) => e.predicted), [1, 0, 0, 1, null]);

    const messages = await page.evaluate(() => window.__messages);
    assert.deepEqual(messages.filter((m) => m.type === 'dotlab:exercise'), [
      { type: 'dotlab:exercise', id: 1, predicted: 1, correct: true },
      { type: 'dotlab:exercise', id: 2, predicted: 0, correct: false },
      { type: 'dotlab:exercise', id: 3, predicted: 0, correct: true },
      { type: 'dotlab:exercise', id: 4, predicted: 1, correct: true },
    ]);

    // Progress survives a reload of the host page (and so of the iframe).
    await page.reload();
    const reloaded = await waitForLessonFrame(page);
    const again = await reloaded.evaluate(() => window.dotlab.getState());
    assert.deepEqual(again.exercises.map((e) => e.done), [true, true, true, true, false]);
    assert.deepEqual(again.exercises.map((e) => e.predicted), [1, 0, 0, 1, null]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Tab walks a, b, then leaves the canvas; Shift+Tab comes back to b', async () => {
    const { context, page, problems } = await openLesson(browser, {}, { url: lessonServer.url });
    await page.locator('#canvas').focus();
    await page.keyboard.press('ArrowRight');
    await settle(page);
    let s = await page.evaluate(() => window.dotlab.getState());
    assert.deepEqual(s.a, [3.1, 1], 'focus selects a; the arrow moves it by 0.1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+ArrowUp');
    await settle(page);
    s = await page.evaluate(() => window.dotlab.getState());
    assert.deepEqual(s.b, [1, 3], 'Tab selects b; Shift moves by 1');
    await page.keyboard.press('Tab');
    assert.notEqual(await page.evaluate(() => document.activeElement.id), 'canvas', 'focus left the canvas');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
    await page.keyboard.press('ArrowLeft');
    await settle(page);
    s = await page.evaluate(() => window.dotlab.getState());
    assert.deepEqual(s.b, [0.9, 3], 'coming back with Shift+Tab selects b');
    await page.keyboard.press('Home');
    await settle(page);
    s = await page.evaluate(() => window.dotlab.getState());
    assert.deepEqual([s.a, s.b], [[3, 1], [1, 2]], 'Home resets');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('typed coordinates stay in sync with the vectors and bad entries are refused', async () => {
    const { context, page, problems } = await openLesson(browser, {}, { url: lessonServer.url });
    await page.fill('input[name=bx]', '3');
    await page.fill('input[name=by]', '0');
    await page.press('input[name=by]', 'Enter');
    await settle(page);
    let s = await page.evaluate(() => window.dotlab.getState());
    assert.deepEqual(s.b, [3, 0]);
    // Finer than the panel shows is kept to its two decimals, as a drag is:
    // a typed 1e-17 is 0, not a 'a = (0.00, 0.00)' with a·b = 1.0e−17.
    await page.fill('input[name=bx]', '1e-17');
    await page.fill('input[name=by]', '2.346');
    await page.press('input[name=by]', 'Enter');
    await settle(page);
    s = await page.evaluate(() => window.dotlab.getState());
    assert.deepEqual(s.b, [0, 2.35]);
    await page.fill('input[name=ax]', 'abc');
    await page.press('input[name=ax]', 'Enter');
    await settle(page);
    s = await page.evaluate(() => window.dotlab.getState());
    assert.deepEqual(s.a, [3, 1], 'a bad entry changes nothing');
    assert.match(await page.locator('#entry-error').textContent(), /a was not changed/);
    assert.equal(await page.getAttribute('input[name=ax]', 'aria-invalid'), 'true');
    await page.evaluate(() => window.dotlab.setState({ a: [-2.5, 0.5] }));
    await settle(page);
    // The fields are refreshed at most every 100 ms (entry.js), maybe after the frames settle.
    await page.waitForFunction(() => document.querySelector('input[name=ay]').value === '0.5', null, { timeout: 2000 })
      .catch(() => {});
    assert.equal(await page.inputValue('input[name=ay]'), '0.5', 'the fields follow the vectors');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('success states at phone size', async () => {
    const passing = { 1: { a: [3, 1], b: [-1, 3] }, 2: { a: [3, 1], b: [-3, -1] }, 3: { a: [3, 1], b: [3, 1.5] },
      4: { a: [1, 0], b: [1, 0] } };
    const correctKey = { 1: '2', 2: '3', 3: '1', 4: '2' };
    for (const id of [1, 2, 3, 4]) {
      const query = `?exercise=${id}&a=3,1&b=${id === 3 ? '1,0.5' : '1,2'}`;
      const { context, page, problems } = await openLesson(browser, { device: PHONE, query }, { url: lessonServer.url });
      await page.locator('#canvas').focus();
      await page.keyboard.press(correctKey[id]);
      await settle(page);
      await page.evaluate((s) => window.dotlab.setState(s), passing[id]);
      await page.waitForFunction((i) => window.dotlab.getState().exercises[i - 1].done, id, { timeout: 5000 });
      await settle(page);
      await page.locator('#stage').screenshot({ path: join(SHOTS, `exercise-${id}-phone.png`) });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
