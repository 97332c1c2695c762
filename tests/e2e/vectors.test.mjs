// Your own vectors in retrieval: 500 × 384 generated here and pasted into the
// page's box, the same given by a host on another origin through dotlab:set
// (as a Float32Array), a bad paste's line-numbered error, and the query
// picked by a finger and by keys. Rankings are checked against this file's
// own computation in the full dimension.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DESKTOP, launch, openLesson, screenshot, settle, startServer } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

let lesson;
let hostServer;
let browser;
before(async () => {
  lesson = await startServer();
  hostServer = await serve(join(import.meta.dirname, 'fixtures'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await lesson?.close();
  await hostServer?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

// Seeded vectors in ten loose clusters, with three decimals, as a model's
// embeddings might come.
function fixture(count, dim, seed = 11) {
  let s = seed;
  const random = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648 * 2 - 1;
  };
  const words = ['cat', 'dog', 'kitten', 'puppy', 'car', 'truck', 'pizza', 'pasta', 'river', 'lake'];
  const labels = [];
  const rows = [];
  for (let i = 0; i < count; i++) {
    labels.push(`${words[i % 10]}-${Math.floor(i / 10)}`);
    const row = [];
    for (let k = 0; k < dim; k++) row.push(Number(((k % 10 === i % 10 ? 0.8 : 0) + 0.4 * random()).toFixed(3)));
    rows.push(row);
  }
  return { labels, rows, text: labels.map((l, i) => `${l}: ${rows[i].join(', ')}`).join('\n') };
}

// Labels best first by dot product and by cosine against row `q` (itself
// left out; ties keep the input order).
function rankings({ labels, rows }, q) {
  const dot = (a, b) => a.reduce((sum, x, k) => sum + x * b[k], 0);
  const dots = rows.map((r) => dot(rows[q], r));
  const cosines = rows.map((r, i) => dots[i] / Math.sqrt(dot(r, r) * dot(rows[q], rows[q])));
  const order = (score) => labels.map((_, i) => i).filter((i) => i !== q).sort((a, b) => score[b] - score[a] || a - b);
  return { byDot: order(dots).map((i) => labels[i]), byCos: order(cosines).map((i) => labels[i]) };
}

describe('your own vectors', () => {
  test('500 × 384 pasted vectors are ranked within a second, in all 384 dimensions', async () => {
    const { context, page, problems } = await openLesson(browser, { query: '?mode=retrieval', device: DESKTOP }, lesson);
    const data = fixture(500, 384);
    await page.fill('#paste-text', data.text);
    // From the press to a frame drawn with the ranking, timed in the page.
    const elapsed = await page.evaluate(() => new Promise((resolve) => {
      const start = performance.now();
      document.querySelector('#paste button[type=submit]').click();
      const frames = window.dotlab.stats().framesRendered;
      const check = () => {
        if (window.dotlab.getState().vectors && window.dotlab.stats().framesRendered > frames) {
          resolve(performance.now() - start);
        } else requestAnimationFrame(check);
      };
      check();
    }));
    assert.ok(elapsed < 1000, `ranked and drawn in ${Math.round(elapsed)} ms`);
    const state = await page.evaluate(() => window.dotlab.getState());
    assert.deepEqual(Object.keys(state.vectors).sort(), ['count', 'dim', 'labels', 'query']);
    assert.equal(state.vectors.count, 500);
    assert.equal(state.vectors.dim, 384);
    assert.deepEqual(state.vectors.labels, data.labels);
    assert.equal(state.vectors.query, data.labels[0]);
    const expected = rankings(data, 0);
    assert.deepEqual(state.derived.byDot, expected.byDot);
    assert.deepEqual(state.derived.byCos, expected.byCos);
    assert.match(await page.textContent('#paste-status'), /^Loaded 500 vectors of 384 numbers and ranked them in \d+ ms/);
    await settle(page);
    const panel = (await page.evaluate(() => window.dotlab.stats().labels)).map((l) => l.text);
    assert.ok(panel.includes(expected.byCos[0]), 'the nearest by cosine is named on the plane');
    await page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settle(page);
    await screenshot(page, 'vectors-pasted-1280x800.png');

    // Copy link: the vectors stay out of the link, and the page says so.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('#copy-link');
    await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
    assert.match(await page.textContent('#copy-status'), /without your own vectors/);
    assert.ok(!page.url().includes('cat-1'), page.url());

    // Back to the built-in documents, from the page's button.
    await page.click('#paste-clear');
    const back = await page.evaluate(() => window.dotlab.getState());
    assert.equal(back.vectors, undefined);
    assert.ok(back.derived.byDot.includes('encyclopedia'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a bad paste names its first bad line and leaves the lesson as it was', async () => {
    const { context, page, problems } = await openLesson(browser, { query: '?mode=retrieval', device: PHONE }, lesson);
    const cases = [
      ['a: 1, 2\nb: 3, x\nc: 1, 1', /^Not loaded: line 2: “x” is not a number/],
      ['a: 1, 2\n\nb: 1, 2, 3', /^Not loaded: line 3: 3 numbers where the first vector had 2/],
      ['[{"label": "a", "v": [1, 2]}, {"label": "b"}]', /^Not loaded: item 2: no "v" \(or "embedding", "vector"\) array of numbers/],
      ['only: 1, 2', /^Not loaded: at least two vectors are needed/],
    ];
    for (const [text, message] of cases) {
      await page.fill('#paste-text', text);
      await page.tap('#paste button[type=submit]');
      assert.match(await page.textContent('#paste-error'), message);
      assert.equal(await page.getAttribute('#paste-text', 'aria-invalid'), 'true');
      assert.equal((await page.evaluate(() => window.dotlab.getState())).vectors, undefined);
      assert.equal(await page.textContent('#paste-status'), '', 'no success line beside an error');
    }
    await page.locator('#paste').scrollIntoViewIfNeeded();
    await screenshot(page, 'vectors-bad-paste-390x844.png');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a finger picks the query on the plane, the arrow keys walk the list, null goes back', async () => {
    const { context, page, problems } = await openLesson(browser, { query: '?mode=retrieval', device: PHONE }, lesson);
    const data = fixture(60, 24, 5);
    await page.evaluate(({ labels, rows }) => window.dotlab.setState({ vectors: { labels, values: rows }, query: 'dog-2' }),
      data);
    await settle(page);
    let state = await page.evaluate(() => window.dotlab.getState());
    assert.equal(state.vectors.query, 'dog-2');
    assert.deepEqual(state.derived.byCos, rankings(data, data.labels.indexOf('dog-2')).byCos);

    // Tap the nearest one, 3 CSS px off its centre.
    const target = state.derived.byCos[0];
    const box = await page.locator('#canvas').boundingBox();
    const rect = (await page.evaluate(() => window.dotlab.stats().layout)).find((r) => r.name === `vector:${target}`);
    assert.ok(rect, `${target} is drawn and named`);
    await page.touchscreen.tap(box.x + rect.x + rect.w / 2 + 3, box.y + rect.y + rect.h / 2);
    await settle(page);
    state = await page.evaluate(() => window.dotlab.getState());
    assert.equal(state.vectors.query, target);
    assert.deepEqual(state.derived.byDot, rankings(data, data.labels.indexOf(target)).byDot);
    await page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settle(page);
    await screenshot(page, 'vectors-phone-390x844.png');

    await page.focus('#canvas');
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const next = data.labels[(data.labels.indexOf(target) + 1) % data.labels.length];
    assert.equal((await page.evaluate(() => window.dotlab.getState())).vectors.query, next);
    // Home resets the built-in vectors; a teacher's stay.
    await page.keyboard.press('Home');
    await settle(page);
    assert.equal((await page.evaluate(() => window.dotlab.getState())).vectors.query, next);

    // A query that is not there, and values out of range, are refused with a
    // warning; the store stays.
    const warned = [];
    page.on('console', (m) => { if (m.type() === 'warning') warned.push(m.text()); });
    await page.evaluate(() => window.dotlab.setState({ query: 'nobody' }));
    await page.evaluate(() => window.dotlab.setState({ vectors: { labels: ['a', 'b'], values: [[1, 2], [3, 1e9]] } }));
    await page.evaluate(() => window.dotlab.setState({ vectors: { labels: ['a', 'b'], values: new Float32Array(5) } }));
    assert.match(warned.join('\n'), /no vector is labelled “nobody”/);
    assert.match(warned.join('\n'), /vector 2: every value must be a number within ±1000/);
    assert.match(warned.join('\n'), /each needs 2 to 1024 numbers/);
    assert.equal((await page.evaluate(() => window.dotlab.getState())).vectors.query, next);

    await page.evaluate(() => window.dotlab.setState({ vectors: null }));
    state = await page.evaluate(() => window.dotlab.getState());
    assert.equal(state.vectors, undefined);
    assert.ok(state.derived.byCos.includes('kitten'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a host on another origin sends a Float32Array through dotlab:set; dotlab:change stays small', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(`${hostServer.url}host.html?lesson=${encodeURIComponent(`${lesson.url}index.html?embed=1`)}`);
    await page.waitForFunction(() => window.__messages.some((m) => m.type === 'dotlab:ready'));
    const data = fixture(500, 384, 23);
    // What the lesson receives is float32: rank what it will see.
    const seen = { labels: data.labels, rows: data.rows.map((r) => r.map(Math.fround)) };
    const origin = new URL(lesson.url).origin;
    await page.evaluate(({ labels, rows, origin }) => {
      const values = new Float32Array(rows.flat());
      document.getElementById('lesson').contentWindow.postMessage(
        { type: 'dotlab:set', state: { vectors: { labels, values }, query: labels[3] } }, origin);
    }, { ...data, origin });
    await page.waitForFunction(() => window.__messages.some((m) => m.type === 'dotlab:change' && m.state.vectors));
    const change = (await page.evaluate(() => window.__messages)).filter((m) => m.type === 'dotlab:change').pop();
    const expected = rankings(seen, 3);
    assert.deepEqual(change.state.vectors, { count: 500, dim: 384, query: data.labels[3] });
    assert.deepEqual(change.state.derived.byCos, expected.byCos.slice(0, 10));
    assert.ok(JSON.stringify(change).length < 4000, `the change message is ${JSON.stringify(change).length} characters`);

    // dotlab:get answers with everything (labels, full rankings).
    const ask = async (id) => {
      await page.evaluate(({ id, origin }) => document.getElementById('lesson').contentWindow.postMessage(
        { type: 'dotlab:get', id }, origin), { id, origin });
      await page.waitForFunction((i) => window.__messages.some((m) => m.type === 'dotlab:state' && m.id === i), id);
      return (await page.evaluate(() => window.__messages)).find((m) => m.type === 'dotlab:state' && m.id === id).state;
    };
    const full = await ask('all');
    assert.equal(full.vectors.labels.length, 500);
    assert.deepEqual(full.derived.byDot, expected.byDot);

    // The limit grew for vectors only: too many numbers, or a huge other
    // field beside them, are refused and nothing changes.
    await page.evaluate(({ origin }) => {
      const w = document.getElementById('lesson').contentWindow;
      const labels = Array.from({ length: 500 }, (_, i) => `v${i}`);
      w.postMessage({ type: 'dotlab:set', state: { vectors: { labels, values: new Float32Array(500 * 1025) } } }, origin);
      w.postMessage({ type: 'dotlab:set', state: { vectors: { labels: ['a', 'b'], values: [[1, 2], [3, 4]] },
        a: 'x'.repeat(200000) } }, origin);
    }, { origin });
    const after = await ask('after');
    assert.equal(after.vectors.count, 500);
    assert.match(warnings.join('\n'), /more than 500 vectors or 512000 numbers/);
    assert.match(warnings.join('\n'), /larger than 100000 characters/);
    await context.close();
  });
});
