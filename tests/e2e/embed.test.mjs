// Embedding: the example course-notes page on one origin, the lesson on
// another, exchanging every message type; auto-resize; embed mode's layout.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DIST, SHOTS, colorsIn, launch, lessonFrameOf, mouseDrag, pixelAt, settle, startServer } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

let lesson;
let host;
let browser;
before(async () => {
  lesson = await startServer();
  host = await serve(DIST); // a course-notes site with no policy of its own
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await lesson?.close();
  await host?.close();
});

async function openExample() {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(`${host.url}embed-example.html?lesson=${encodeURIComponent(lesson.url)}`);
  const messages = () => page.evaluate(() => window.dotlabMessages);
  // Chromium gives an off-screen cross-origin frame no animation frames, so
  // each lesson draws (and says ready) once it is scrolled into view.
  for (const id of ['attention-figure', 'dot-figure']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForFunction((f) => window.dotlabMessages.some((m) => m.type === 'dotlab:ready' && m.frame === f), id);
  }
  return { context, page, problems, warnings, messages };
}

describe('embedding', () => {
  test('a cross-origin host exchanges every message type with the lesson', async () => {
    const { context, page, problems, warnings, messages } = await openExample();
    const dotFrame = page.frames().find((f) => f.url().includes('a=3,1'));
    assert.ok(dotFrame, 'the dot frame loaded from the lesson origin');
    assert.ok(dotFrame.url().startsWith(lesson.url), dotFrame.url() + ' vs ' + lesson.url);

    // ready, with the starting state
    const ready = (await messages()).find((m) => m.type === 'dotlab:ready' && m.frame === 'dot-figure');
    assert.deepEqual(ready.state.b, [-1, 2]);

    // resize: the host sized both frames to the reported heights
    await page.waitForFunction(() => window.dotlabMessages.filter((m) => m.type === 'dotlab:resize').length >= 2);
    for (const id of ['dot-figure', 'attention-figure']) {
      const last = (await messages()).filter((m) => m.type === 'dotlab:resize' && m.frame === id).pop();
      assert.ok(last.height > 400, `${id} reported ${last.height}`);
      assert.equal(await page.$eval(`#${id}`, (f) => f.getBoundingClientRect().height), Math.min(4000, last.height) + 2);
    }

    // set -> change
    await page.click('#make-perpendicular');
    await page.waitForFunction(() => window.dotlabMessages.some((m) => m.type === 'dotlab:change' && m.state.derived.dot === 0));
    // get -> state, with the same id
    await page.click('#ask-state');
    await page.waitForFunction(() => window.dotlabMessages.some((m) => m.type === 'dotlab:state'));
    const reply = (await messages()).find((m) => m.type === 'dotlab:state');
    assert.equal(reply.id, 'notes-1');
    assert.deepEqual(reply.state.a, [3, 0]);

    // exercise: predict in the frame, then the host moves b off the right
    // angle and back onto it (being there already at the prediction does not
    // count)
    await dotFrame.locator('#canvas').focus();
    await page.keyboard.press('2');
    await settle(dotFrame);
    await page.evaluate((origin) => {
      const f = document.getElementById('dot-figure');
      f.contentWindow.postMessage({ type: 'dotlab:set', state: { b: [1, 1] } }, origin);
      f.contentWindow.postMessage({ type: 'dotlab:set', state: { b: [0, -1.5] } }, origin);
    }, new URL(lesson.url).origin);
    await page.waitForFunction(() => window.dotlabMessages.some((m) => m.type === 'dotlab:exercise'));
    const done = (await messages()).find((m) => m.type === 'dotlab:exercise');
    assert.deepEqual({ id: done.id, predicted: done.predicted, correct: done.correct }, { id: 1, predicted: 1, correct: true });
    assert.match(await page.locator('#completions').textContent(), /Exercise 1 done/);

    // malformed messages from the parent and any message from elsewhere are ignored
    const frameWarnings = [];
    page.on('console', (msg) => { if (msg.type() === 'warning') frameWarnings.push(msg.text()); });
    await page.evaluate((origin) => {
      const w = document.getElementById('dot-figure').contentWindow;
      w.postMessage('hello', origin);
      w.postMessage({ type: 'dotlab:set', state: 5 }, origin);
      w.postMessage({ type: 'dotlab:set', state: { a: 'x'.repeat(200000) } }, origin);
      w.postMessage({ type: 'dotlab:get', id: { nested: true } }, origin);
      w.postMessage({ type: 'dotlab:launch' }, origin);
    }, new URL(lesson.url).origin);
    await dotFrame.evaluate(() => window.postMessage({ type: 'dotlab:set', state: { a: [9, 9] } }, '*'));
    await settle(dotFrame);
    await page.waitForTimeout(200);
    const state = await dotFrame.evaluate(() => window.dotlab.getState());
    assert.deepEqual(state.a, [3, 0], 'nothing bad got through');
    // Each dotlab: message that is wrong is refused aloud (5 of them); the
    // plain string, some other page's message, is none of the lesson's business.
    const refusals = frameWarnings.filter((w) => w.startsWith('Dot Lab ignored a message'));
    assert.ok(refusals.length >= 5, frameWarnings.join('\n'));
    assert.ok(!refusals.some((w) => w.includes('expected an object')), 'no word about the plain string');
    assert.deepEqual(problems, []);
    assert.ok(warnings.length >= 0);
    await page.screenshot({ path: join(SHOTS, 'embed-example.png'), fullPage: false });
    await context.close();
  });

  test('a figure below the fold is drawn before it is scrolled to, after its host grew the frame', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // The notes and the lesson on one origin: a cross-origin frame off
    // screen is not painted at all until it is scrolled to.
    await page.goto(`${lesson.url}embed-example.html`);
    // The host sizes the lower frame to the height its lesson reports;
    // that new size clears the canvas, which had no reason to draw again.
    await page.waitForFunction(() => (window.dotlabMessages || [])
      .some((m) => m.type === 'dotlab:resize' && m.frame === 'attention-figure' && m.height > 600));
    await page.waitForTimeout(1000);
    const box = await page.$eval('#attention-figure', (f) => {
      const r = f.getBoundingClientRect();
      return { x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height };
    });
    assert.ok(box.y > 800, `the attention figure starts below the fold (${box.y} px)`);
    // Below its tab bar: the plane and the panel, drawn (the canvas has no
    // alpha: undrawn, it is black).
    const colors = await colorsIn(page, { x: Math.round(box.x) + 2, y: Math.round(box.y) + 60, width: Math.round(box.w) - 4,
      height: Math.round(Math.min(500, box.h - 80)) }, { fullPage: true });
    const black = colors.filter(([r, g, b]) => r + g + b < 40).length / colors.length;
    assert.ok(black < 0.05, `${(100 * black).toFixed(0)} % of the figure below the fold is black`);
    await context.close();
  });

  test('in a frame its host sizes to the lesson, the panel keeps its order through an exercise', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${lesson.url}embed-example.html`);
    const frame = await lessonFrameOf(page, `${lesson.url}index.html?embed=1&a=3`);
    const figure = page.locator('#dot-figure');
    await figure.scrollIntoViewIfNeeded();
    await page.waitForTimeout(1200); // the host has grown the frame to the lesson's height
    const layout = async () => (await frame.evaluate(() => window.dotlab.stats())).layout;
    const part = async (name) => (await layout()).find((r) => r.name === name);
    const at = async (name) => {
      const [box, r] = [await frame.locator('#canvas').boundingBox(), await part(name)];
      return [box.x + r.x + r.w / 2, box.y + r.y + r.h / 2];
    };
    // The frame's height is the lesson's own, not a limit: the headline, not
    // the exercise, heads the panel, as it will once the verdict grows it.
    const start = await part('exercise.prompt');
    assert.ok(start.y > 100, `the exercise sits below the headline (${start.y})`);
    await page.mouse.click(...(await at('choice2')));
    const s = await frame.evaluate(() => window.dotlab.getState());
    const len = Math.hypot(...s.b), n = Math.hypot(...s.a);
    const client = async (p) => {
      const [x, y] = await frame.evaluate((q) => window.dotlab.toClient(q), p);
      const frameBox = await figure.boundingBox();
      return [frameBox.x + x, frameBox.y + y];
    };
    await mouseDrag(page, await client(s.b), await client([(-s.a[1] / n) * len, (s.a[0] / n) * len]), { steps: 14 });
    await frame.waitForFunction(() => window.dotlab.getState().exercises[0].done);
    await page.waitForTimeout(1200);
    assert.equal((await part('exercise.prompt')).y, start.y, 'the exercise stayed where it was');
    // And the host followed the verdict's extra height: nothing cut off.
    const inside = await frame.evaluate(() => ({
      canvas: document.getElementById('canvas').getBoundingClientRect().bottom, client: document.documentElement.clientHeight,
    }));
    assert.ok(inside.canvas <= inside.client + 0.5, `the lesson is not cut off (${inside.canvas} > ${inside.client})`);
    await context.close();
  });

  test('embed mode shows only the interactive part and fits 320 px and 900 px frames', async () => {
    for (const width of [320, 900]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (err) => problems.push(err.message));
      await page.goto(`${lesson.url}index.html?embed=1`);
      await page.evaluate(() => window.dotlab.ready);
      await settle(page);
      // The page's heading stays for screen readers, out of sight.
      const heading = await page.locator('.masthead').boundingBox();
      assert.ok(heading.width <= 1 && heading.height <= 1, 'no page prose in embed mode');
      assert.equal(await page.locator('.prose').isVisible(), false);
      const box = await page.locator('#canvas').boundingBox();
      assert.ok(box.width <= width && box.width >= width - 2, `canvas fills the width (${box.width})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'nothing sticks out sideways');
      await page.screenshot({ path: join(SHOTS, `embed-${width}.png`), fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});

describe('scrolling', () => {
  test('the wheel over the canvas scrolls the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 600 } });
    const page = await context.newPage();
    await page.goto(`${lesson.url}index.html`);
    await page.evaluate(() => window.dotlab.ready);
    const box = await page.locator('#canvas').boundingBox();
    await page.mouse.move(box.x + 100, Math.min(box.y + 100, 500));
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((y) => window.scrollY > y, before, { timeout: 3000 });
    assert.ok((await page.evaluate(() => window.scrollY)) > before);
    await context.close();
  });
});

describe('offline single file', () => {
  test('dist/dotlab.html runs from file:// with the network blocked', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.route(/^https?:/, (route) => route.abort());
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto('file://' + join(DIST, 'dotlab.html') + '?a=3,0&b=0,2');
    await page.evaluate(() => window.dotlab.ready);
    const state = await page.evaluate(() => window.dotlab.getState());
    assert.equal(state.derived.dot, 0);
    assert.equal(state.derived.angleDeg, 90);
    // It is interactive too.
    const from = await page.evaluate(() => window.dotlab.toClient([0, 2]));
    const to = await page.evaluate(() => window.dotlab.toClient([1, 2]));
    await page.mouse.move(...from);
    await page.mouse.down();
    await page.mouse.move(...to, { steps: 8 });
    await page.mouse.up();
    await settle(page);
    const moved = await page.evaluate(() => window.dotlab.getState());
    assert.ok(Math.abs(moved.b[0] - 1) < 0.05, `b = ${moved.b}`);
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), [], 'no network requests');
    assert.deepEqual(problems, []);
    await page.screenshot({ path: join(SHOTS, 'offline-file.png') });
    await context.close();
  });
});

describe('themes', () => {
  test('theme=dark and the OS preference both darken canvas and page; theme=light wins over the OS', async () => {
    const cases = [
      { query: '?embed=1&theme=dark', scheme: 'light', dark: true },
      { query: '?embed=1', scheme: 'dark', dark: true },
      { query: '?embed=1&theme=light', scheme: 'dark', dark: false },
      { query: '?embed=1', scheme: 'light', dark: false },
    ];
    for (const { query, scheme, dark } of cases) {
      for (const width of [320, 900]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 2 });
        const page = await context.newPage();
        const problems = [];
        page.on('pageerror', (err) => problems.push(err.message));
        await page.goto(`${lesson.url}index.html${query}`);
        await page.evaluate(() => window.dotlab.ready);
        await settle(page);
        const box = await page.locator('#canvas').boundingBox();
        const canvasPixel = await pixelAt(page, box.x + 4, box.y + 4);
        const brightness = canvasPixel.reduce((a, b) => a + b, 0) / 3;
        assert.equal(brightness < 80, dark, `${query} with OS ${scheme}: canvas pixel ${canvasPixel}`);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), dark ? 'dark' : 'light');
        if (query.includes('theme=dark') || (scheme === 'dark' && !query.includes('theme='))) {
          await page.screenshot({ path: join(SHOTS, `embed-${width}-dark.png`), fullPage: true });
        }
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  });
});
