// Dot Lab's benchmark: size, start-up, idle, drag, heap and Lighthouse
// figures for the built site in headless Debian Chromium, checked against
// the budgets below; prints them and writes bench/latest.md (and .json).
// Timings are compared with a plain WebGL2 page (bench/pages/baseline.html)
// measured in the same run, loads interleaved. Exits 1 when a budget is missed.
//
// Run it through scripts/bench, which builds the release site first.
// DOTLAB_DIST measures another build; BENCH_BEFORE=file.json adds an earlier
// run's figures beside this one's; BENCH_QUICK=1 skips Lighthouse.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { serve } from '../scripts/serve.mjs';
import { DESKTOP, DIST, ROOT, launch, settle } from '../tests/e2e/helpers.mjs';
import { weighParts } from './wasm_parts.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const LOADS = 21;
const LIGHTHOUSE_RUNS = 3;
const DRAG_STEPS = 120;

// The budgets. Lighthouse's score has a floor relative to the plain page
// too: on a machine where the plain WebGL2 page itself scores under 90
// (software WebGL makes its one context slow), the lesson must come within
// 5 points of it.
const BUDGET = {
  transferGzip: 256000,
  firstFrameRatio: 1.5,
  lighthouseScore: 90,
  lighthouseBehindPlain: 5,
  blockingOverPlainMs: 100,
  layoutShift: 0.05,
  idleFrames: 0,
  dragThreadP95: { dot: 4, attention: 8 },
  fiveIdlePercent: 1,
  schemaAddsGzip: 3072,
  rankStoreMs: 100,
};

const root = mkdtempSync(join(tmpdir(), 'dotlab-bench-'));
cpSync(DIST, root, { recursive: true });
cpSync(join(here, 'pages'), root, { recursive: true });
const server = await serve(root, { csp: true });
const browser = await launch();
const lines = [];
const say = (text = '') => { console.log(text); lines.push(text); };
const figures = {};
const checks = [];
const check = (name, value, ok, budget) => checks.push({ name, value, ok, budget });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (x) => x.toFixed(2);
const gz = (body) => gzipSync(body, { level: 9 }).length;
const br = (body) => brotliCompressSync(body).length;

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

// 1. Transfer size of everything the embedded lesson loads.
async function transfer() {
  const { context, page } = await newPage();
  const loaded = new Set();
  page.on('requestfinished', (request) => loaded.add(new URL(request.url()).pathname.slice(1) || 'index.html'));
  await page.goto(server.url + 'index.html?embed=1');
  await page.evaluate(() => window.dotlab.ready);
  await page.waitForLoadState('networkidle');
  // The browser fetches the page's icon itself, out of the page's sight.
  for (const icon of await page.$$eval('link[rel=icon]', (links) => links.map((l) => new URL(l.href).pathname.slice(1)))) loaded.add(icon);
  await context.close();
  say('## 1. Transfer size of what the embedded lesson loads');
  say('');
  say('gzip -9 is the budget\'s measure; Brotli is what `scripts/serve.mjs` sends browsers that take it');
  say('(precompressed in `dist/` by `scripts/precompress.mjs`).');
  say('');
  say('| file | bytes | gzip -9 | brotli |');
  say('| --- | ---: | ---: | ---: |');
  let total = 0, totalBr = 0;
  for (const file of [...loaded].sort()) {
    const body = readFileSync(join(root, file));
    total += gz(body);
    totalBr += br(body);
    say(`| ${file} | ${body.length} | ${gz(body)} | ${br(body)} |`);
  }
  say(`| **total** | | **${total} (${kb(total)} KiB)** | ${totalBr} (${kb(totalBr)} KiB) |`);
  say('');
  figures.transferGzip = total;
  figures.transferBrotli = totalBr;
  check('transfer, gzip -9, embedded lesson', `${total} B`, total <= BUDGET.transferGzip, `≤ ${BUDGET.transferGzip} B`);
  const other = (file) => existsSync(join(root, file)) ? gz(readFileSync(join(root, file))) : NaN;
  figures.opaqueWasmScriptGzip = other('dotlab-wasm.js');
  figures.offlineFileGzip = other('dotlab.html');
  say(`Not in the total: \`dotlab-wasm.js\` (the wasm as base64, loaded instead of the .wasm only in frames with an opaque origin) ${figures.opaqueWasmScriptGzip} B gzip; the offline \`dotlab.html\` ${figures.offlineFileGzip} B gzip.`);
  // The state schema (the table of fields and their codecs) and the JSON
  // reader it brought (issue #12 allowed them 3 KB gzip), weighed with the
  // symbol map; the JSON writers, older than the schema, are shown beside.
  const symbols = join(ROOT, 'build/web/dotlab-app.js.symbols');
  if (!process.env.DOTLAB_DIST && existsSync(symbols)) {
    const wasm = join(root, 'dotlab-app.wasm');
    const schema = weighParts(wasm, symbols, /JsonValue|Reader::|_from_json|FieldCodec|member_codec|[Ss]chema|state_fields/);
    const all = weighParts(wasm, symbols, /Json|json_|_json|Reader::|FieldCodec|member_codec|[Ss]chema/);
    figures.schemaCode = schema.bytes;
    figures.schemaAddsGzip = schema.addsGzip;
    figures.jsonAllAddsGzip = all.addsGzip;
    say(`The state schema and its JSON reader: ${schema.functions} functions, ${schema.bytes} B of the wasm's ${schema.code} B of code; they add ${schema.addsGzip} B to the gzipped wasm (${schema.gzip} B gzipped on their own). With the JSON writers: ${all.addsGzip} B.`);
    check('state schema and JSON reader, added to the gzipped wasm', `${schema.addsGzip} B`, schema.addsGzip <= BUDGET.schemaAddsGzip, `≤ ${BUDGET.schemaAddsGzip} B`);
  }
  say('');
}

// Pasted vectors at their largest (500 × 1,024): the core's parser, rankings
// and principal plane, compiled to wasm and run under node
// (tools/rank_bench.cpp, built by scripts/bench).
function pastedVectors() {
  const tool = join(ROOT, 'build/web/rank_bench.js');
  if (!existsSync(tool)) return;
  const r = JSON.parse(execFileSync('node', ['--no-experimental-fetch', tool], { encoding: 'utf8' }));
  say('## Pasted vectors, 500 × 1,024, in wasm under node (median of runs)');
  say('');
  say(`- reading them from text: ${ms(r.parseMs)} ms; ranking by dot and cosine against one: **${ms(r.rankMs)} ms**; their principal plane: ${ms(r.planeMs)} ms`);
  say('');
  Object.assign(figures, { storeParseMs: r.parseMs, storeRankMs: r.rankMs, storePlaneMs: r.planeMs });
  check('ranking 500 × 1,024 pasted vectors (wasm)', `${ms(r.rankMs)} ms`, r.rankMs <= BUDGET.rankStoreMs, `≤ ${BUDGET.rankStoreMs} ms`);
}

// 2. Time to first frame against the baseline, loads interleaved. One load of
// each first, not counted: the browser's first WebGL context starts its GPU
// process, which a second page would not wait for.
async function firstFrame() {
  const startups = [];
  const lessonLoad = async () => {
    const { context, page } = await openLesson('?embed=1');
    const stats = await page.evaluate(() => window.dotlab.stats());
    await context.close();
    startups.push(stats.startup);
    return stats.firstFrameMs;
  };
  const baselineLoad = async () => {
    const { context, page } = await newPage();
    await page.goto(server.url + 'baseline.html');
    await page.waitForFunction(() => window.firstDrawMs !== undefined);
    const value = await page.evaluate(() => window.firstDrawMs);
    await context.close();
    return value;
  };
  await baselineLoad();
  await lessonLoad();
  startups.length = 0;
  const lesson = [], baseline = [];
  for (let i = 0; i < LOADS; i++) {
    lesson.push(await lessonLoad());
    baseline.push(await baselineLoad());
  }
  const ratio = median(lesson) / median(baseline);
  say(`## 2. Navigation start to first WebGL frame, median of ${LOADS} loads each, interleaved`);
  say('');
  say(`- Dot Lab (embed=1): ${ms(median(lesson))} ms (loads: ${lesson.map((x) => x.toFixed(0)).join(', ')})`);
  say(`- plain WebGL2 page: ${ms(median(baseline))} ms (loads: ${baseline.map((x) => x.toFixed(0)).join(', ')})`);
  say(`- ratio: **${ratio.toFixed(2)}×**`);
  say('');
  // Where the lesson's time goes: each milestone of stats().startup, and the
  // step that ends there (medians over the loads, each step's own median).
  const steps = Object.keys(startups[0]).sort((x, y) => startups[0][x] - startups[0][y]);
  figures.startup = Object.fromEntries(steps.map((step) => [step, median(startups.map((s) => s[step]))]));
  say('Dot Lab\'s start-up, median ms from navigation start (and of the step ending there):');
  say('');
  say('| ' + steps.join(' | ') + ' |');
  say('|' + steps.map(() => ' ---: |').join(''));
  say('| ' + steps.map((step, i) => {
    const at = figures.startup[step];
    const took = i ? median(startups.map((s) => s[step] - s[steps[i - 1]])) : at;
    return `${at.toFixed(0)} (${took.toFixed(0)})`;
  }).join(' | ') + ' |');
  say('');
  Object.assign(figures, { firstFrameMs: median(lesson), baselineFirstFrameMs: median(baseline), firstFrameRatio: ratio });
  check('first frame ÷ plain WebGL2 page', `${ratio.toFixed(2)}× (${median(lesson).toFixed(0)} / ${median(baseline).toFixed(0)} ms)`,
    ratio <= BUDGET.firstFrameRatio, `≤ ${BUDGET.firstFrameRatio}×`);
}

// 3. Idle frames.
async function idle() {
  const { context, page } = await openLesson('');
  await page.waitForTimeout(1000);
  const f0 = await page.evaluate(() => window.dotlab.stats().framesRendered);
  await page.waitForTimeout(3000);
  const f1 = await page.evaluate(() => window.dotlab.stats().framesRendered);
  await context.close();
  say('## 3. Idle');
  say('');
  say(`- frames drawn in 3 s without input (after 1 s to settle): **${f1 - f0}**`);
  say('');
  figures.idleFrames = f1 - f0;
  check('frames drawn in 3 s idle', String(f1 - f0), f1 - f0 <= BUDGET.idleFrames, String(BUDGET.idleFrames));
}

// 4. Main-thread time per frame during a scripted drag; 6. peak heap.
// Every lesson frame is one requestAnimationFrame callback, and nothing
// else on the page uses requestAnimationFrame, so a trace of the drag has
// one FireAnimationFrame event per frame: its wall time (dur) includes any
// wait on the GPU process and any time the OS gave the core to another
// process; its thread time (tdur) is the main thread's own work.
async function drags() {
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
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    await page.mouse.up();
    peakHeap = Math.max(peakHeap, await page.evaluate(() => window.Module.HEAP8.length));
    const fired = traceEvents.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X');
    return {
      frames: after.framesRendered - before.framesRendered,
      drawn: after.framesDrawn - before.framesDrawn,
      wall: fired.map((e) => e.dur / 1000),
      thread: fired.filter((e) => e.tdur !== undefined).map((e) => e.tdur / 1000),
    };
  };
  const { context: c1, page: p1 } = await openLesson('');
  const dot = await drag(p1, [1, 2], 120);
  await c1.close();
  const { context: c2, page: p2 } = await openLesson('?mode=attention');
  await p2.evaluate(() => {
    const keys = [];
    for (let i = 0; i < 1000; i++) keys.push([Math.round(300 * Math.cos(i * 0.7)) / 100, Math.round(300 * Math.sin(i * 1.3)) / 100]);
    window.dotlab.setState({ keys });
  });
  await settle(p2);
  const attention = await drag(p2, [1, 0.5], 120);
  await c2.close();
  say(`## 4. Frame time during a ${DRAG_STEPS}-step mouse drag`);
  say('');
  say('Each frame from start to end: input, lesson update, ImGui, the WebGL calls and the page glue told');
  say('of the change. Wall time counts waits on the GPU process and time the OS gave the core to another');
  say('process (two cores here, shared with software rendering); thread time is the main thread\'s own work.');
  say('Frames: all frames of the drag, and in brackets those sent to the GPU (a frame that would repeat');
  say('the picture on screen is not drawn again). "drawn p95" is the p95 of the slowest frames, as many');
  say('as were drawn: an upper bound.');
  say('');
  say('| view | frames (drawn) | wall p50 | wall p95 | wall drawn p95 | thread p50 | thread p95 | thread drawn p95 |');
  say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const slowest = (xs, n) => [...xs].sort((a, b) => b - a).slice(0, Math.max(1, n));
  for (const [key, name, t] of [['dot', 'dot', dot], ['attention', 'attention, 1,000 keys', attention]]) {
    const cells = [t.wall, t.thread].map((xs) =>
      `${ms(percentile(xs, 0.5))} ms | ${ms(percentile(xs, 0.95))} ms | ${ms(percentile(slowest(xs, t.drawn), 0.95))} ms`);
    say(`| ${name} | ${t.frames} (${t.drawn}) | ${cells.join(' | ')} |`);
    const p95 = percentile(t.thread, 0.95);
    figures[`drag_${key}_threadP95`] = p95;
    check(`drag, ${name}: thread time p95`, `${ms(p95)} ms`, p95 <= BUDGET.dragThreadP95[key], `≤ ${BUDGET.dragThreadP95[key]} ms`);
  }
  say('');
  figures.peakHeap = peakHeap;
}

// 5. Five lessons in one page, idle.
async function fiveIdle() {
  const { context, page } = await newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(server.url + 'five.html');
  for (const frame of page.frames().slice(1)) {
    await frame.waitForFunction(() => window.dotlab !== undefined);
    await frame.evaluate(() => window.dotlab.ready);
  }
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await busy();
  await page.waitForTimeout(5000);
  const cpu = (await busy()) - before;
  await context.close();
  const percent = (cpu / 5) * 100;
  say('## 5. Five lessons in one page, idle for 5 s');
  say('');
  say(`- main-thread busy time: ${ms(cpu * 1000)} ms = **${percent.toFixed(2)}% of one core**`);
  say('');
  figures.fiveIdlePercent = percent;
  check('five embedded lessons idle, main thread', `${percent.toFixed(2)} %`, percent <= BUDGET.fiveIdlePercent, `≤ ${BUDGET.fiveIdlePercent} %`);
}

// 7. Lighthouse, mobile and desktop: the plain page, the lesson, the lesson embedded.
async function lighthouse() {
  const { medianAudit } = await import('./lighthouse.mjs');
  say(`## 7. Lighthouse ${JSON.parse(readFileSync(join(here, 'node_modules/lighthouse/package.json'), 'utf8')).version}, performance, median of ${LIGHTHOUSE_RUNS} runs`);
  say('');
  say('Each run in a fresh Chromium (Debian\'s, software WebGL). Mobile simulates a 4× slower CPU and a slow');
  say('network. TBT: total blocking time; CLS: cumulative layout shift; the longest task is from the run');
  say('with the median score.');
  say('');
  say('| page | form | score (runs) | FCP | LCP | TBT (runs) | CLS | speed index | TTI | longest task |');
  say('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const pages = [['plain WebGL2 page', 'baseline.html'], ['lesson', 'index.html'], ['lesson, embed=1', 'index.html?embed=1']];
  const results = {};
  for (const form of ['mobile', 'desktop']) {
    for (const [name, path] of pages) {
      const r = await medianAudit(server.url + path, form, LIGHTHOUSE_RUNS);
      results[`${form} ${path}`] = r;
      const longest = [...r.longTasks].sort((a, b) => b.ms - a.ms)[0];
      say(`| ${name} | ${form} | ${r.score} (${r.runs.map((x) => x.score).join(', ')}) | ${r.fcp.toFixed(0)} ms | ${r.lcp.toFixed(0)} ms | ` +
        `${r.tbt.toFixed(0)} ms (${r.runs.map((x) => x.tbt.toFixed(0)).join(', ')}) | ${r.cls.toFixed(3)} | ${r.si.toFixed(0)} ms | ${r.tti.toFixed(0)} ms | ` +
        `${longest ? `${longest.ms} ms, ${longest.url}` : '–'} |`);
    }
  }
  say('');
  const plain = results['mobile baseline.html'];
  const floor = Math.min(BUDGET.lighthouseScore, plain.score - BUDGET.lighthouseBehindPlain);
  for (const path of ['index.html', 'index.html?embed=1']) {
    const r = results[`mobile ${path}`];
    figures[`lighthouse_mobile_${path}`] = { score: r.score, tbt: r.tbt, cls: r.cls };
    check(`Lighthouse mobile score, ${path}`, `${r.score} (plain page ${plain.score})`, r.score >= floor,
      `≥ ${BUDGET.lighthouseScore}, or ≥ plain − ${BUDGET.lighthouseBehindPlain}`);
    check(`Lighthouse mobile TBT, ${path}`, `${r.tbt.toFixed(0)} ms (plain page ${plain.tbt.toFixed(0)} ms)`,
      r.tbt <= plain.tbt + BUDGET.blockingOverPlainMs, `≤ plain + ${BUDGET.blockingOverPlainMs} ms`);
    for (const form of ['mobile', 'desktop']) {
      const shift = results[`${form} ${path}`].cls;
      check(`Lighthouse ${form} CLS, ${path}`, shift.toFixed(3), shift <= BUDGET.layoutShift, `≤ ${BUDGET.layoutShift}`);
    }
  }
  figures.lighthousePlainMobile = { score: plain.score, tbt: plain.tbt };
  const opportunities = new Set(Object.entries(results).filter(([k]) => !k.includes('baseline')).flatMap(([, r]) => r.opportunities));
  say(`Opportunities Lighthouse still lists for the lesson: ${opportunities.size ? [...opportunities].join('; ') : 'none'}.`);
  say('');
}

let failed = false;
try {
  await transfer();
  await firstFrame();
  await idle();
  await drags();
  await fiveIdle();
  say('## 6. Peak wasm heap');
  say('');
  say(`- ${kb(figures.peakHeap)} KiB (${(figures.peakHeap / 1048576).toFixed(1)} MiB), the largest seen in the drags above`);
  say('');
  pastedVectors();
  if (!process.env.BENCH_QUICK) await lighthouse();

  const before = process.env.BENCH_BEFORE ? JSON.parse(readFileSync(process.env.BENCH_BEFORE, 'utf8')) : null;
  say('## Budgets');
  say('');
  say(before ? `| figure | ${before.label} | now | budget | |` : '| figure | now | budget | |');
  say(before ? '| --- | ---: | ---: | ---: | --- |' : '| --- | ---: | ---: | --- |');
  for (const c of checks) {
    const then = before?.checks.find((b) => b.name === c.name)?.value ?? '–';
    say(before ? `| ${c.name} | ${then} | ${c.value} | ${c.budget} | ${c.ok ? 'met' : '**missed**'} |`
      : `| ${c.name} | ${c.value} | ${c.budget} | ${c.ok ? 'met' : '**missed**'} |`);
  }
  say('');
  failed = checks.some((c) => !c.ok);

  const label = process.env.BENCH_LABEL || 'this build';
  const header = [
    '# Dot Lab benchmark',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on a \`cpp\` machine (${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}),`,
    `headless Debian Chromium with SwiftShader (software WebGL), by \`scripts/bench\`; ${label}.`,
    '',
  ];
  const out = process.env.BENCH_OUT || join(here, 'latest');
  writeFileSync(out + '.md', header.concat(lines).join('\n'));
  writeFileSync(out + '.json', JSON.stringify({ label, date: new Date().toISOString(), figures, checks }, null, 2) + '\n');
  console.log(`\nwrote ${out}.md and ${out}.json`);
  if (failed) console.log(`budgets missed: ${checks.filter((c) => !c.ok).map((c) => c.name).join('; ')}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
