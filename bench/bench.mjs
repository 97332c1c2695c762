// Dot Lab's benchmark: prints size, start-up, idle, drag and heap figures for
// the built site in headless Chromium, and writes them to bench/latest.md.
// Timings are compared with a plain-JS WebGL2 page measured in the same run.
// Run it through scripts/bench, which builds the release site first.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serve } from '../scripts/serve.mjs';
import { DESKTOP, DIST, launch, settle } from '../tests/e2e/helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const LOADS = 7;
const DRAG_STEPS = 120;

// The site and the bench pages from one origin, as a host would serve them.
const root = mkdtempSync(join(tmpdir(), 'dotlab-bench-'));
cpSync(DIST, root, { recursive: true });
cpSync(join(here, 'pages'), root, { recursive: true });
const server = await serve(root, { csp: true });
const browser = await launch();
const lines = [];
const say = (text = '') => { console.log(text); lines.push(text); };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (x) => x.toFixed(2);

async function newPage(viewport = DESKTOP) {
  const context = await browser.newContext(viewport);
  return { context, page: await context.newPage() };
}

async function openLesson(query) {
  const { context, page } = await newPage();
  await page.goto(server.url + 'index.html' + query);
  await page.evaluate(() => window.dotlab.ready);
  return { context, page };
}

try {
  // 1. Transfer size of everything the embedded lesson loads.
  const { context: c1, page: p1 } = await newPage();
  const loaded = new Set();
  p1.on('requestfinished', (request) => loaded.add(new URL(request.url()).pathname.slice(1) || 'index.html'));
  await p1.goto(server.url + 'index.html?embed=1');
  await p1.evaluate(() => window.dotlab.ready);
  await p1.waitForLoadState('networkidle');
  // The browser fetches the page's icon itself, out of the page's sight.
  for (const icon of await p1.$$eval('link[rel=icon]', (links) => links.map((l) => new URL(l.href).pathname.slice(1)))) loaded.add(icon);
  await c1.close();
  say('## 1. Transfer size (gzip -9) of what the embedded lesson loads');
  say('');
  say('| file | bytes | gzip |');
  say('| --- | ---: | ---: |');
  let total = 0;
  for (const file of [...loaded].sort()) {
    const body = readFileSync(join(root, file));
    const gz = gzipSync(body, { level: 9 }).length;
    total += gz;
    say(`| ${file} | ${body.length} | ${gz} |`);
  }
  say(`| **total** | | **${total} (${kb(total)} KB)** |`);
  say('');

  // 2. Time to first frame, against the baseline, interleaved load by load.
  const lesson = [];
  const baseline = [];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await openLesson('?embed=1');
    lesson.push(await page.evaluate(() => window.dotlab.stats().firstFrameMs));
    await context.close();
    const b = await newPage();
    await b.page.goto(server.url + 'baseline.html');
    await b.page.waitForFunction(() => window.firstDrawMs !== undefined);
    baseline.push(await b.page.evaluate(() => window.firstDrawMs));
    await b.context.close();
  }
  const ratio = median(lesson) / median(baseline);
  say(`## 2. Navigation start to first WebGL frame, median of ${LOADS} loads`);
  say('');
  say(`- Dot Lab: ${ms(median(lesson))} ms (loads: ${lesson.map((x) => x.toFixed(0)).join(', ')})`);
  say(`- plain-JS WebGL2 baseline: ${ms(median(baseline))} ms (loads: ${baseline.map((x) => x.toFixed(0)).join(', ')})`);
  say(`- ratio: **${ratio.toFixed(2)}×**`);
  say('');

  // 3. Idle frames.
  const { context: c3, page: p3 } = await openLesson('');
  await p3.waitForTimeout(1000);
  const f0 = await p3.evaluate(() => window.dotlab.stats().framesRendered);
  await p3.waitForTimeout(3000);
  const f1 = await p3.evaluate(() => window.dotlab.stats().framesRendered);
  say('## 3. Idle');
  say('');
  say(`- frames drawn in 3 s without input (after 1 s to settle): **${f1 - f0}**`);
  say('');

  // 4. Main-thread time per frame during a scripted drag; 6. peak heap.
  // Every lesson frame is one requestAnimationFrame callback, and nothing
  // else on the page uses requestAnimationFrame, so a trace of the drag has
  // one FireAnimationFrame event per frame: its wall time (dur) includes any
  // wait on the GPU process and any time the OS gave the core to another
  // process; its thread time (tdur) is the main thread's own work.
  say(`## 4. Frame time during a ${DRAG_STEPS}-step mouse drag`);
  say('');
  let peakHeap = 0;
  const drag = async (page, from, radius) => {
    const start = await page.evaluate((p) => window.dotlab.toClient(p), from);
    await page.mouse.move(start[0], start[1]);
    await page.mouse.down();
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    const before = await page.evaluate(() => window.dotlab.stats());
    for (let i = 1; i <= DRAG_STEPS; i++) {
      const t = (i / DRAG_STEPS) * 2 * Math.PI;
      await page.mouse.move(start[0] + radius * Math.sin(t), start[1] - radius * (1 - Math.cos(t)) / 2);
      await page.waitForTimeout(35); // about two frames at 60 Hz
    }
    const after = await page.evaluate(() => window.dotlab.stats());
    const frames = after.framesRendered - before.framesRendered;
    const drawn = after.framesDrawn - before.framesDrawn;
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    await page.mouse.up();
    peakHeap = Math.max(peakHeap, await page.evaluate(() => window.Module.HEAP8.length));
    const fired = traceEvents.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X');
    return {
      frames,
      drawn,
      wall: fired.map((e) => e.dur / 1000),
      thread: fired.filter((e) => e.tdur !== undefined).map((e) => e.tdur / 1000),
    };
  };
  const { context: c4, page: p4 } = await openLesson('');
  const dotTimes = await drag(p4, [1, 2], 120);
  await c4.close();
  const { context: c5, page: p5 } = await openLesson('?mode=attention');
  await p5.evaluate(() => {
    const keys = [];
    for (let i = 0; i < 1000; i++) keys.push([Math.round(300 * Math.cos(i * 0.7)) / 100, Math.round(300 * Math.sin(i * 1.3)) / 100]);
    window.dotlab.setState({ keys });
  });
  await settle(p5);
  const attentionTimes = await drag(p5, [1, 0.5], 120);
  await c5.close();
  say('Each frame from start to end: input, lesson update, ImGui, the WebGL calls and the page glue told');
  say('of the change. Wall time counts waits on the GPU process and time the OS gave the core to another');
  say('process (two cores here, shared with software rendering); thread time is the main thread\'s own work.');
  say('');
  say('Frames: all frames of the drag, and in brackets those sent to the GPU (a frame that would repeat');
  say('the picture on screen is not drawn again). p50 and p95 are over all frames; "drawn p95" is the');
  say('p95 of the drawn frames, taken as the slowest ones, so it is an upper bound.');
  say('');
  say('| view | frames (drawn) | wall p50 | wall p95 | wall drawn p95 | thread p50 | thread p95 | thread drawn p95 |');
  say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const slowest = (xs, n) => [...xs].sort((a, b) => b - a).slice(0, Math.max(1, n));
  for (const [name, t] of [['dot', dotTimes], ['attention, 1,000 keys', attentionTimes]]) {
    const cells = [t.wall, t.thread].map((xs) =>
      `${ms(percentile(xs, 0.5))} ms | ${ms(percentile(xs, 0.95))} ms | ${ms(percentile(slowest(xs, t.drawn), 0.95))} ms`);
    say(`| ${name} | ${t.frames} (${t.drawn}) | ${cells.join(' | ')} |`);
  }
  say('');

  // 5. Five lessons in one page, idle.
  const { context: c6, page: p6 } = await newPage({ viewport: { width: 1000, height: 800 } });
  await p6.goto(server.url + 'five.html');
  for (const frame of p6.frames().slice(1)) {
    await frame.waitForFunction(() => window.dotlab !== undefined);
    await frame.evaluate(() => window.dotlab.ready);
  }
  await p6.waitForTimeout(1000);
  const cdp = await c6.newCDPSession(p6);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await busy();
  await p6.waitForTimeout(5000);
  const cpu = (await busy()) - before;
  await c6.close();
  say('## 5. Five lessons in one page, idle for 5 s');
  say('');
  say(`- main-thread busy time: ${ms(cpu * 1000)} ms = **${((cpu / 5) * 100).toFixed(2)}% of one core**`);
  say('');
  say('## 6. Peak wasm heap');
  say('');
  say(`- ${kb(peakHeap)} KB (${(peakHeap / 1048576).toFixed(1)} MiB), the largest seen in the drags above`);
  say('');

  const header = [
    '# Dot Lab benchmark',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on a \`cpp\` machine (${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}),`,
    'headless Debian Chromium with SwiftShader (software WebGL), by `scripts/bench`.',
    '',
  ];
  writeFileSync(join(here, 'latest.md'), header.concat(lines).join('\n'));
  console.log(`\nwrote ${join(here, 'latest.md')}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
