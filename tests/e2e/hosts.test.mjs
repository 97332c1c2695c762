// The lesson where course notes put it: sandboxed frames (an opaque origin
// among them), the README's fixed-height snippet in a course site built by
// Debian's mkdocs, a Reveal.js deck, and the page checked by axe-core, for
// layout shift, in print, without storage and from an address without a
// trailing slash.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, SHOTS, launch, lessonFrameOf, mouseDrag, settle, startServer } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
let lesson;
let host;
let browser;
before(async () => {
  lesson = await startServer();
  host = await serve(here); // fixtures/ and node_modules/ (Reveal.js, axe-core)
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await lesson?.close();
  await host?.close();
});

// A page watching for console errors and warnings.
async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  // Only the lesson's own complaints count: a host's theme may reach for
  // things this closed network does not have.
  page.on('console', (msg) => {
    const from = msg.location().url || '';
    if (['error', 'warning'].includes(msg.type()) && (from.startsWith(lesson.url) || !from)) problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  return { context, page, problems };
}

const lessonFrame = (page) => lessonFrameOf(page, lesson.url);

// A world point in the frame -> the top page's coordinates.
async function clientIn(page, frame, point) {
  const box = await page.locator('#lesson').boundingBox();
  const [x, y] = await frame.evaluate((p) => window.dotlab.toClient(p), point);
  return [box.x + x, box.y + y];
}

describe('sandboxed frames', () => {
  for (const sandbox of ['allow-scripts', 'allow-scripts allow-same-origin allow-forms allow-popups', null]) {
    test(`sandbox=${sandbox === null ? 'none' : `"${sandbox}"`}: ready, dragged, answering dotlab:get`, async () => {
      const { context, page, problems } = await newPage();
      const url = new URL(`${host.url}fixtures/fixed.html`);
      url.searchParams.set('width', '1200');
      url.searchParams.set('lesson', `${lesson.url}index.html?embed=1`);
      if (sandbox !== null) url.searchParams.set('sandbox', sandbox);
      await page.goto(url.href);
      await page.locator('#lesson').scrollIntoViewIfNeeded();
      const frame = await lessonFrame(page);
      const opaque = await frame.evaluate(() => self.origin === 'null');
      assert.equal(opaque, sandbox === 'allow-scripts', 'only allow-scripts alone gives an opaque origin');

      await mouseDrag(page, await clientIn(page, frame, [1, 2]), await clientIn(page, frame, [-2, 1.5]), { frame });
      const b = (await frame.evaluate(() => window.dotlab.getState())).b;
      assert.ok(Math.abs(b[0] + 2) < 0.1 && Math.abs(b[1] - 1.5) < 0.1, `b followed the mouse (${b})`);

      await page.evaluate(() => window.askState('q-1'));
      await page.waitForFunction(() => window.__messages.some((m) => m.data.type === 'dotlab:state'));
      const reply = await page.evaluate(() => window.__messages.find((m) => m.data.type === 'dotlab:state'));
      assert.equal(reply.data.id, 'q-1');
      assert.deepEqual(reply.data.state.b, b);
      assert.equal(reply.origin, opaque ? 'null' : new URL(lesson.url).origin);
      if (opaque) {
        const loaded = await frame.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
        assert.ok(loaded.some((n) => n.endsWith('dotlab-wasm.js')), 'the wasm came inside a script');
        assert.ok(!loaded.some((n) => n.endsWith('.wasm')), 'and was not fetched');
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('a course site built by mkdocs, with the README snippet', () => {
  let site;
  before(async () => {
    // The README's snippet, pasted into a page of notes.
    const readme = readFileSync(join(here, '../../README.md'), 'utf8');
    const snippet = readme.match(/```html\n(<iframe[\s\S]*?<\/iframe>)\n```/)[1]
      .replace('https://your.host/dotlab/index.html', `${lesson.url}index.html`);
    const dir = mkdtempSync(join(tmpdir(), 'dotlab-mkdocs-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'mkdocs.yml'), 'site_name: Linear algebra notes\nuse_directory_urls: false\n');
    writeFileSync(join(dir, 'docs/index.md'),
      `# The dot product\n\n${'Notes before the lesson. '.repeat(80)}\n\n${snippet}\n\n${'Notes after. '.repeat(200)}\n`);
    execFileSync('mkdocs', ['build', '-q', '-f', join(dir, 'mkdocs.yml'), '-d', join(dir, 'site')]);
    site = await serve(join(dir, 'site'));
  });
  after(async () => site?.close());

  for (const width of [320, 700, 1200]) {
    test(`${width} px wide: nothing scrolls inside the frame, and the wheel scrolls the page`, async () => {
      const { context, page, problems } = await newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.url}index.html`);
      await page.locator('iframe').evaluate((f) => f.scrollIntoView({ block: 'center' }));
      const frame = await lessonFrame(page);
      await settle(frame);
      const inside = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight,
        canvas: document.getElementById('canvas').getBoundingClientRect().bottom,
      }));
      assert.ok(inside.scroll <= inside.client, `the frame's page fits it (${inside.scroll} > ${inside.client})`);
      assert.ok(inside.canvas <= inside.client + 0.5, 'the lesson is not cut off');
      await page.screenshot({ path: join(SHOTS, `mkdocs-${width}.png`) });
      // Every view folds its panel to fit the frame: nothing cut off inside the canvas either.
      for (const mode of ['dot', 'attention', 'retrieval', 'projection']) {
        await frame.evaluate((m) => window.dotlab.setState({ mode: m }), mode);
        // Each fold step is measured in a frame of its own: read until nothing moves.
        const read = () => frame.evaluate(() => {
          const panel = window.dotlab.stats().layout.find((r) => r.name === 'panel.content');
          const canvas = document.getElementById('canvas').getBoundingClientRect();
          return { panel: panel.y + panel.h, canvas: canvas.height, bottom: canvas.bottom, client: document.documentElement.clientHeight };
        });
        let fit = null;
        for (let i = 0, last = ''; i < 20 && JSON.stringify(fit) !== last; i++) {
          last = JSON.stringify(fit);
          await settle(frame);
          fit = await read();
        }
        assert.ok(fit.panel <= fit.canvas + 1, `${mode}: the panel fits the canvas (${fit.panel} > ${fit.canvas})`);
        assert.ok(fit.bottom <= fit.client + 0.5, `${mode}: the canvas fits the frame (${fit.bottom} > ${fit.client})`);
      }
      await frame.evaluate(() => window.dotlab.setState({ mode: 'dot' }));
      await settle(frame);
      const box = await page.locator('iframe').boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const before = await page.evaluate(() => window.scrollY);
      await page.mouse.wheel(0, 100);
      await page.waitForFunction((y) => window.scrollY > y, before, { timeout: 3000 });
      // mkdocs' default theme calls highlight.js, which it loads from a CDN.
      assert.deepEqual(problems.filter((p) => p !== 'hljs is not defined'), []);
      await context.close();
    });
  }
});

describe('a Reveal.js deck', () => {
  test('Esc gives the keyboard back: the arrow keys advance the deck again', async () => {
    const { context, page, problems } = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${host.url}fixtures/deck.html?lesson=${encodeURIComponent(`${lesson.url}index.html?embed=1`)}`);
    await page.waitForFunction(() => window.Reveal && window.Reveal.isReady());
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.Reveal.getIndices().h === 1);
    const frame = await lessonFrame(page);
    // A learner drags b, then uses the arrow keys on it.
    await mouseDrag(page, await clientIn(page, frame, [1, 2]), await clientIn(page, frame, [0, 2]), { frame });
    const dragged = (await frame.evaluate(() => window.dotlab.getState())).b;
    await page.keyboard.press('ArrowRight');
    await settle(frame);
    assert.equal(await page.evaluate(() => window.Reveal.getIndices().h), 1, 'the arrow moved b, not the deck');
    const moved = (await frame.evaluate(() => window.dotlab.getState())).b;
    assert.ok(Math.abs(moved[0] - dragged[0] - 0.1) < 1e-9, `b moved by 0.1 (${dragged} -> ${moved})`);
    await page.keyboard.press('Escape');
    await settle(frame);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.Reveal.getIndices().h === 2, null, { timeout: 3000 });
    assert.deepEqual((await frame.evaluate(() => window.dotlab.getState())).b, moved, 'b stayed');
    // Reveal.js posts plain strings to the frames on every slide change: not a word about them.
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the page itself', () => {
  test('axe-core finds no violations in any view, nor in embed mode', async () => {
    const axe = readFileSync(join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const query of ['', '?mode=attention', '?mode=retrieval', '?embed=1', '?embed=1&mode=attention']) {
      const { context, page } = await newPage();
      await page.goto(`${lesson.url}index.html${query}`);
      await page.evaluate(() => window.dotlab.ready);
      await page.evaluate(axe); // through the DevTools protocol, not a script element: the page's CSP stays
      const result = await page.evaluate(() => window.axe.run(document));
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [],
        `axe on ${query || 'index.html'}`);
      await context.close();
    }
  });

  for (const [width, height] of [[1280, 800], [375, 667]]) {
    for (const query of ['', '?embed=1']) {
      test(`layout shift at ${width}×${height}${query ? ' in embed mode' : ''}: at most 0.05`, async () => {
        const { context, page } = await newPage({ viewport: { width, height } });
        await page.addInitScript(() => {
          window.__shift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${lesson.url}index.html${query}`);
        await page.evaluate(() => window.dotlab.ready);
        await page.waitForTimeout(2000);
        const shift = await page.evaluate(() => window.__shift);
        assert.ok(shift <= 0.05, `cumulative layout shift ${shift.toFixed(3)}`);
        await context.close();
      });
    }
  }

  test('printed, the page shows the figure as it was, with its readouts', async () => {
    const { context, page, problems } = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${lesson.url}index.html?a=3,0&b=0,2`);
    await page.evaluate(() => window.dotlab.ready);
    const pdf = join(SHOTS, 'print.pdf');
    mkdirSync(SHOTS, { recursive: true });
    await page.pdf({ path: pdf, format: 'A4' });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(SHOTS, 'print')]);
    const alt = await page.getAttribute('#print-figure', 'alt');
    assert.match(alt, /a dot b is 0\.00/, 'the readouts are printed with the figure');
    // The first page's picture holds a's blue and b's red, as on screen.
    const shot = await context.newPage();
    await shot.goto('file://' + join(SHOTS, 'print-1.png'));
    const colours = await shot.evaluate(async () => {
      const img = document.querySelector('img');
      await img.decode();
      const c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let blue = 0, red = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 2] > 180 && d[i] < 60 && d[i + 1] < 140) blue++;
        if (d[i] > 170 && d[i + 1] < 70 && d[i + 2] < 80) red++;
      }
      return { blue, red };
    });
    assert.ok(colours.blue > 30 && colours.red > 30, `the figure is in the print (${JSON.stringify(colours)})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('where storage is refused, progress lasts the visit and the page says so', async () => {
    const { context, page } = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await page.goto(`${lesson.url}index.html?exercise=2`);
    await page.evaluate(() => window.dotlab.ready);
    assert.equal(await page.locator('#storage-note').isVisible(), true);
    await page.locator('#canvas').focus();
    await page.keyboard.press('3');
    await page.evaluate(() => window.dotlab.setState({ b: [-3, -1] }));
    await page.waitForFunction(() => window.dotlab.getState().exercises[1].done);
    await context.close();
  });

  test('Copy link in a frame leaves out embed=1, and without a clipboard shows the link to copy', async () => {
    const { context, page } = await newPage();
    const url = new URL(`${host.url}fixtures/fixed.html`);
    url.searchParams.set('width', '1200');
    url.searchParams.set('lesson', `${lesson.url}index.html?embed=1&a=2,2`);
    await page.goto(url.href);
    const frame = await lessonFrame(page);
    await frame.click('#copy-link');
    const field = frame.locator('.copy-field');
    await field.waitFor();
    const link = await field.inputValue();
    assert.ok(!link.includes('embed=1'), link);
    assert.match(link, /#v=1&mode=dot&a=2,2&b=1,2$/);
    assert.equal(await frame.evaluate(() => document.activeElement.className), 'copy-field', 'selected, ready to copy');
    await context.close();
  });

  test('dotlab.html uploaded to a course platform, served in a sandbox (an opaque origin), runs', async () => {
    const server = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': 'sandbox allow-scripts' });
      res.end(readFileSync(join(DIST, 'dotlab.html')));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const { context, page, problems } = await newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/dotlab.html?a=3,0&b=0,2`);
    assert.equal(await page.evaluate(() => self.origin), 'null');
    await page.evaluate(() => window.dotlab.ready);
    assert.equal((await page.evaluate(() => window.dotlab.getState())).derived.dot, 0);
    assert.equal(await page.locator('#storage-note').isVisible(), true, 'no storage in an opaque origin: it says so');
    await page.locator('#canvas').screenshot({ path: join(SHOTS, 'lms-sandboxed-file.png') });
    assert.deepEqual(problems, []);
    await context.close();
    server.close();
  });

  test('served at …/dotlab without a trailing slash, the page says what is wrong', async () => {
    // A host that serves the page at /dotlab (no redirect to /dotlab/): every
    // relative address then points one level up and fails.
    const server = createServer((req, res) => {
      if (req.url === '/dotlab') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(readFileSync(join(DIST, 'index.html')));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const { context, page } = await newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/dotlab`);
    const help = page.locator('#load-help');
    assert.equal(await help.isVisible(), false, 'not at first');
    await page.waitForFunction(() => getComputedStyle(document.getElementById('load-help')).visibility === 'visible',
      null, { timeout: 9000 });
    assert.match(await help.textContent(), /add one \(…\/dotlab\/\)/);
    await context.close();
    server.close();
  });
});
