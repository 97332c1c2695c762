// Readable from a phone to a projector: text sizes that follow the space,
// labels that never collide, formula terms tied to the geometry. Labels come
// from dotlab.stats().labels, recorded by the code that draws them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { colorsIn, getState, openLesson, pixelAt, settle, showPlane, SHOTS, useLessonServer } from './helpers.mjs';

const shared = useLessonServer({ before, after });

const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  laptop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  projector: { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
};

// A tick label on an axis: a number alone ("2", "−1.5").
const isTickLabel = (text) => /^[\u2212-]?\d+(\.\d+)?$/.test(text);

const SUB = ['\u2080', '\u2081', '\u2082', '\u2083', '\u2084', '\u2085', '\u2086', '\u2087', '\u2088', '\u2089'];
const keyName = (i) => 'k' + String(i + 1).split('').map((d) => SUB[Number(d)]).join('');

// The states that crowd the plane most.
const disc = Array.from({ length: 16 }, (_, i) => [
  Math.round(100 * (1 + 0.3 * Math.cos(i * 2.4) * Math.sqrt(i / 16))) / 100,
  Math.round(100 * (1 + 0.3 * Math.sin(i * 2.4) * Math.sqrt(i / 16))) / 100,
]);
const ADVERSARIAL = [
  ['tips equal', { mode: 'dot', a: [2, 1], b: [2, 1] }],
  ['tips 0.05 apart', { mode: 'dot', a: [2, 1], b: [2.05, 1] }],
  ['theta 1 deg', { mode: 'dot', a: [3, 0], b: [3, 0.05] }],
  ['theta 90 deg', { mode: 'dot', a: [3, 0], b: [0, 2] }],
  ['theta 179 deg', { mode: 'dot', a: [3, 0], b: [-3, 0.05] }],
  ['unit vectors on one line', { mode: 'dot', a: [1, 0], b: [-1, 0] }],
  ['unit vectors together', { mode: 'dot', a: [0.6, 0.8], b: [0.6, 0.8] }],
  ['default dot view', { mode: 'dot', a: [3, 1], b: [1, 2] }],
  ['16 keys in a small disc', { mode: 'attention', q: [1, 1], keys: disc, values: disc.map(() => [1, 0]) }],
  ['default attention', { mode: 'attention', q: [1, 0.5], keys: [[1.5, 0.5], [0, 1.5], [-1.2, 0.3], [0.6, -1.2]],
    values: [[1.4, 1.4], [-1.4, 1.4], [-1.4, -1.4], [1.4, -1.4]] }],
  ['values along the axes', { mode: 'attention', q: [1, 0.5], keys: [[1.5, 0.5], [0, 1.5], [-1.2, 0.3], [0.6, -1.2]],
    values: [[1, 0], [0, 1], [-1, 0], [0, -1]] }],
  ['default retrieval', { mode: 'retrieval', q: [1, 0.5], norm: false }],
];

// Every draggable tip with the name its label carries.
function tipsOf(state) {
  if (state.mode === 'dot') return [['a', state.a], ['b', state.b]];
  if (state.mode === 'attention') {
    return [['q', state.q], ...(state.keys.length <= 16 ? state.keys.map((k, i) => [keyName(i), k]) : [])];
  }
  return [['q', state.q], ...state.docs.map((d) => [d.label, d.v])];
}

const overlap = (r, s) => r.x < s.x + s.w - 0.5 && s.x < r.x + r.w - 0.5 && r.y < s.y + s.h - 0.5 && s.y < r.y + r.h - 0.5;
function distanceTo(r, [x, y]) {
  const dx = Math.max(r.x - x, 0, x - (r.x + r.w));
  const dy = Math.max(r.y - y, 0, y - (r.y + r.h));
  return Math.hypot(dx, dy);
}

async function checkLabels(page, what) {
  const { labels, state, tips } = await page.evaluate(() => {
    const s = window.dotlab.getState();
    const rect = document.getElementById('canvas').getBoundingClientRect();
    return { labels: window.dotlab.stats().labels, state: s, tips: null, rect };
  }).then(async (r) => ({
    ...r,
    tips: await Promise.all(tipsOf(r.state).map(async ([name, p]) => {
      const [x, y] = await page.evaluate((q) => window.dotlab.toClient(q), p);
      return { name, at: [x - r.rect.x, y - r.rect.y] };
    })),
  }));
  assert.ok(labels.length >= 4, `${what}: labels are recorded (${labels.length})`);
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      assert.ok(!overlap(labels[i], labels[j]),
        `${what}: "${labels[i].text}" and "${labels[j].text}" overlap (${JSON.stringify([labels[i], labels[j]])})`);
    }
    for (const tip of tips) {
      if (tip.name === labels[i].text) continue;
      const d = distanceTo(labels[i], tip.at);
      assert.ok(d >= 12 - 0.01, `${what}: "${labels[i].text}" is ${d.toFixed(1)} px from ${tip.name}'s tip`);
    }
  }
  return state;
}

describe('readability', () => {
  for (const [size, device] of Object.entries(SIZES)) {
    test(`${size}: no label overlaps another or a tip it does not name, in every view and crowded state`, async () => {
      const { context, page, problems } = await openLesson(shared.browser, { device }, shared.server);
      for (const [what, state] of ADVERSARIAL) {
        await page.evaluate((s) => window.dotlab.setState(s), state);
        await settle(page);
        await checkLabels(page, `${size}, ${what}`);
        if (['tips equal', 'theta 1 deg', '16 keys in a small disc', 'default retrieval'].includes(what)) {
          await page.locator('#stage').screenshot({ path: join(SHOTS, `labels-${size}-${what.replace(/ /g, '-')}.png`) });
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('text and the lesson grow with the screen: 1920×1080 projector, 390×844 phone', async () => {
    const big = await openLesson(shared.browser, { device: SIZES.projector }, shared.server);
    const bigStats = await big.page.evaluate(() => window.dotlab.stats());
    const width = await big.page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().width);
    assert.ok(width >= 1600, `canvas ${width} px wide on a 1920-px page`);
    assert.ok(bigStats.fontPx.headline >= 32, `headline ${bigStats.fontPx.headline} px`);
    assert.ok(bigStats.fontPx.body >= 16, `panel text ${bigStats.fontPx.body} px`);
    // The page's tab bar grows as the canvas's text does, not left at its 15 px.
    const tabPx = await big.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[role=tab]')).fontSize));
    assert.ok(tabPx >= 0.9 * bigStats.fontPx.body, `tab text ${tabPx} px beside panel text ${bigStats.fontPx.body} px`);
    await big.page.screenshot({ path: join(SHOTS, 'size-1920x1080.png') });
    assert.deepEqual(big.problems, []);
    await big.context.close();

    const phone = await openLesson(shared.browser, { device: SIZES.phone }, shared.server);
    const phoneStats = await phone.page.evaluate(() => window.dotlab.stats());
    assert.ok(phoneStats.fontPx.body >= 14, `phone text ${phoneStats.fontPx.body} px`);
    await phone.page.locator('#stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await phone.page.screenshot({ path: join(SHOTS, 'size-390x844.png') });
    assert.deepEqual(phone.problems, []);
    await phone.context.close();

    const laptop = await openLesson(shared.browser, { device: SIZES.laptop }, shared.server);
    await laptop.page.screenshot({ path: join(SHOTS, 'size-1280x800.png') });
    await laptop.context.close();
  });

  test('presenting: the lesson alone fills the window, its text a step larger; the button turns it on and off', async () => {
    const projector = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 };
    const { context, page, problems } = await openLesson(shared.browser, { device: projector }, shared.server);
    const normal = await page.evaluate(() => window.dotlab.stats().fontPx.body);
    const look = () => page.evaluate(() => ({
      body: window.dotlab.stats().fontPx.body,
      canvasBottom: document.getElementById('canvas').getBoundingClientRect().bottom,
      scrollable: document.documentElement.scrollHeight > window.innerHeight + 1,
      named: document.getElementById('present').textContent,
      tabPx: parseFloat(getComputedStyle(document.querySelector('[role=tab]')).fontSize),
    }));
    await page.click('#present');
    await page.waitForFunction((n) => window.dotlab.stats().fontPx.body > n, normal);
    await settle(page);
    const on = await look();
    assert.ok(on.body >= 1.25 * normal - 0.5 && on.body >= 18, `panel text ${on.body} px presenting, ${normal} px before`);
    // The formulas, with the vectors' coordinates, lengths and cos θ put in,
    // stay on screen for a class to calculate with.
    assert.ok((await page.evaluate(() => window.dotlab.stats().layout.some((r) => r.name === 'dot.formulas'))),
      'the formulas are shown');
    assert.ok(on.tabPx >= 0.9 * on.body, `tab text ${on.tabPx} px beside panel text ${on.body} px`);
    // The axes' numbers and the angle's label grow to the panel's text size.
    const planeText = (await page.evaluate(() => window.dotlab.stats().labels))
      .filter((l) => isTickLabel(l.text) || l.text.startsWith('\u03b8')).map((l) => l.h);
    assert.ok(planeText.length >= 4 && Math.min(...planeText) >= on.body,
      `tick and angle labels ${Math.min(...planeText)} px high beside ${on.body}-px panel text`);
    assert.ok(on.canvasBottom <= 720.5, `the lesson ends at ${on.canvasBottom} px, within the 720-px window`);
    assert.equal(on.scrollable, false, 'nothing to scroll to');
    assert.equal(on.named, 'Stop presenting');
    await page.screenshot({ path: join(SHOTS, 'present-1280x720.png') });
    await page.click('#present');
    await page.waitForFunction((n) => window.dotlab.stats().fontPx.body === n, normal);
    const off = await look();
    assert.equal(off.named, 'Present');
    assert.equal(off.scrollable, true, 'the page with its text is back');
    assert.deepEqual(problems, []);
    await context.close();

    // From a link (present=1): the same, at 1920×1080 with the attention view.
    const big = await openLesson(shared.browser, { device: SIZES.projector, query: '?present=1&mode=attention' }, shared.server);
    const bigOn = await big.page.evaluate(() => ({
      body: window.dotlab.stats().fontPx.body,
      canvasBottom: document.getElementById('canvas').getBoundingClientRect().bottom,
    }));
    assert.ok(bigOn.body >= 28, `panel text ${bigOn.body} px at 1920×1080`);
    assert.ok(bigOn.canvasBottom <= 1080.5, `the lesson ends at ${bigOn.canvasBottom} px`);
    await big.page.screenshot({ path: join(SHOTS, 'present-1920x1080-attention.png') });
    assert.deepEqual(big.problems, []);
    await big.context.close();
  });

  test('each exercise guide leaves the tick labels it passes readable', async () => {
    // The guide's teal (palette.cpp's goal, faint or not) against the grey of the numbers.
    const teal = ([r, g, b]) => g - r > 40 && b - r > 40 && b > 120;
    for (const device of [SIZES.laptop, SIZES.phone]) {
      const { context, page, problems } = await openLesson(shared.browser, { device }, shared.server);
      // Exercise 4's circle runs through ±1 on both axes; exercise 1's
      // line and exercise 3's ray cross the axes' numbers too.
      for (const exercise of [4, 1, 3]) {
        await page.evaluate((e) => window.dotlab.setState({ mode: 'dot', exercise: e }), exercise);
        await settle(page);
        await showPlane(page);
        const { labels, left, top, height } = await page.evaluate(() => {
          const canvas = document.getElementById('canvas').getBoundingClientRect();
          return { labels: window.dotlab.stats().labels, left: canvas.left, top: canvas.top, height: window.innerHeight };
        });
        const ticks = labels.filter((l) => isTickLabel(l.text))
          .map((l) => ({ text: l.text, x: left + l.x, y: top + l.y, w: l.w, h: l.h }))
          .filter((l) => l.y >= 0 && l.y + l.h <= height);
        assert.ok(ticks.length >= 4, `tick labels on screen in exercise ${exercise}`);
        for (const t of ticks) {
          const colors = await colorsIn(page, { x: Math.round(t.x), y: Math.round(t.y), width: Math.round(t.w), height: Math.round(t.h) });
          assert.equal(colors.filter(teal).length, 0,
            `exercise ${exercise} at ${device.viewport.width} px: the guide crosses the tick label ${t.text}`);
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('every character drawn has a glyph in its font, in each view, exercise and step', async () => {
    for (const device of [SIZES.laptop, SIZES.phone]) {
      const { context, page, problems } = await openLesson(shared.browser, { device }, shared.server);
      const press = async (key) => {
        await page.focus('#canvas');
        await page.keyboard.press(key);
        await settle(page);
      };
      const visit = async (state) => {
        await page.evaluate((s) => window.dotlab.setState(s), state);
        await settle(page);
      };
      for (let exercise = 1; exercise <= 4; exercise++) await visit({ mode: 'dot', exercise });
      await press('u'); // unit vectors: â, b̂ and cos θ in the headline
      await press('u');
      await visit({ mode: 'attention' });
      for (let step = 0; step < 4; step++) await press('s'); // √d, scores, weights, output
      await visit({ mode: 'retrieval' });
      await press('u');
      await visit({ mode: 'projection', exercise: 5 });
      const missing = await page.evaluate(() => window.dotlab.stats().missingGlyphs);
      assert.deepEqual(missing.map((c) => 'U+' + c.toString(16).toUpperCase()), [],
        `drawn as "?" at ${device.viewport.width} px: ${String.fromCodePoint(...missing)}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('hovering a formula term highlights its geometry: aₓbₓ shows both x components', async () => {
    const { context, page, problems } = await openLesson(shared.browser, { device: SIZES.laptop }, shared.server);
    const term = (await page.evaluate(() => window.dotlab.stats().layout)).find((r) => r.name === 'term.x');
    assert.ok(term, 'the x terms are recorded');
    // The formulas sit below the exercise: bring them and the x axis on screen.
    await page.evaluate((t) => window.scrollBy(0, document.getElementById('canvas').getBoundingClientRect().top + t.y - 500), term);
    await settle(page);
    const box = await page.locator('#canvas').boundingBox();
    // A point on the x axis between the origin and a's x component (3, 0),
    // clear of the axis line itself: the highlight band is 7 px wide.
    const [x, y] = await page.evaluate(() => window.dotlab.toClient([2.2, 0]));
    const before = await pixelAt(page, x, y - 2.5);
    await page.mouse.move(box.x + term.x + term.w / 2, box.y + term.y + term.h / 2);
    await settle(page);
    await settle(page);
    const during = await pixelAt(page, x, y - 2.5);
    assert.notDeepEqual(during, before, 'the x component is drawn');
    assert.ok(during[2] > during[0], `and in a's blue (${during})`);
    await page.mouse.move(box.x + 5, box.y + 5);
    await settle(page);
    await settle(page);
    assert.deepEqual(await pixelAt(page, x, y - 2.5), before, 'and goes when the pointer leaves');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
