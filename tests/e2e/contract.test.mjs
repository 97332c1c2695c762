// The page's contracts in a real browser: state that goes out (getState,
// Copy link) comes back the same in every view; page options follow the
// fragment; the screen-reader text speaks for the view on show; and the page
// refuses a dotlab.js that does not match its wasm.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getState, openLesson, settle, useLessonServer } from './helpers.mjs';

const shared = useLessonServer({ before, after });
const open = (options = {}) => openLesson(shared.browser, options, shared.server);

// getState()'s inputs: everything but what the lesson derives or tracks.
const inputs = ({ derived, exercises, ...rest }) => rest;

const CUSTOM = {
  dot: { a: [-2.5, 1 / 3], b: [1e-7, -1000] },
  attention: { q: [0.3, -2], keys: [[1, 0], [0.25, 1.75], [-3, 0.5]], values: [[1, 1], [0, -1], [2, 0.5]], scale: 7.25 },
  retrieval: { q: [-1, 1], docs: [{ label: 'red fox', v: [1, 2] }, { label: 'x_1-b', v: [-0.5, 0.01] }], norm: true },
};

describe('contracts', () => {
  for (const [mode, custom] of Object.entries(CUSTOM)) {
    test(`${mode}: setState(getState()) changes nothing, and Copy link reproduces the view`, async () => {
      const { context, page, problems, warnings } = await open();
      await page.evaluate((s) => window.dotlab.setState(s), { mode, ...custom });
      await settle(page);
      const before = await getState(page);
      assert.equal(before.mode, mode);
      for (const [key, value] of Object.entries(custom)) assert.deepEqual(before[key], value, key);

      await page.evaluate(() => window.dotlab.setState(window.dotlab.getState()));
      await settle(page);
      assert.deepEqual(inputs(await getState(page)), inputs(before));
      assert.deepEqual(warnings, [], 'no warnings');

      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.click('#copy-link');
      await page.waitForFunction(() => location.hash.length > 1);
      const link = await page.evaluate(() => location.href);
      const again = await context.newPage();
      await again.goto(link.replace(/\?.*#/, '#'));
      await again.evaluate(() => window.dotlab.ready);
      assert.deepEqual(inputs(await getState(again)), inputs(before), 'the link opens the same view');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('theme= and embed= in the fragment win over the query string', async () => {
    const { context, page, problems } = await open({ query: '?theme=light&embed=0#theme=dark&embed=1' });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('embed')), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the canvas label and the live region speak for the view on show', async () => {
    const { context, page, problems } = await open({ query: '?mode=attention' });
    const label = () => page.getAttribute('#canvas', 'aria-label');
    const spoken = () => page.evaluate(() => document.getElementById('dotlab-live').textContent);
    assert.match(await label(), /query q in blue, the keys in red with their values/);
    await page.waitForFunction(() => document.getElementById('dotlab-live').textContent.length > 0);
    assert.match(await spoken(), /The query q is at 1\.00, 0\.50, scored against 4 keys\. Weights: key 1 0\.520, key 2 0\.257, key 4 0\.151, key 3 0\.072\. The output o is 0\.48, 0\.78\./);

    await page.click('[role=tab][data-mode=retrieval]');
    await page.waitForFunction(() => document.getElementById('dotlab-live').textContent.startsWith('By dot product'));
    assert.match(await spoken(), /^By dot product the top documents are encyclopedia 3\.70, tiger 1\.85 and cat 1\.70; by cosine similarity kitten 0\.998, cat 0\.979 and lion 0\.949\./);
    assert.match(await label(), /labelled documents/);

    await page.click('[role=tab][data-mode=dot]');
    await page.waitForFunction(() => document.getElementById('dotlab-live').textContent.startsWith('a dot b'));
    assert.match(await label(), /two arrows, a in blue and b in red/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a dotlab.js from another build is refused in words', async () => {
    const context = await shared.browser.newContext();
    await context.route('**/dotlab.js', async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace(/"?fingerprint"?:\d+/, 'fingerprint:1'); // minified: the key may lose its quotes
      await route.fulfill({ response, body: text });
    });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    await page.goto(shared.server.url);
    const rejected = await page.evaluate(() => window.dotlab.ready.then(() => false, () => true));
    assert.equal(rejected, true, 'ready rejects');
    assert.match(await page.locator('#loading').textContent(), /different builds/);
    assert.ok(errors.some((e) => e.includes('different builds')), 'and says so in the console');
    await context.close();
  });
});
