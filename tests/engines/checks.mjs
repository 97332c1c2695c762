// The core checks, run in every engine through the adapter interface (see
// adapters/common.mjs). Together they cover every view and every kind of
// input: mouse, touch (where the driver sends real touch events) and keys.
// Each check opens its own page, fails on any console error or warning
// (console-hook.js), and may return facts (numbers the engines should
// agree on) that run.mjs prints side by side.
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, activeId, assertQuietConsole, capture, getState, isBlue, isProblem, isRed, near, openLesson,
  planeRect,
  readyOutcome, setState, settle, showPlane, toClient, until,
} from './lesson.mjs';

// One pixel of pointer resolution at the default scale is about 0.02 units.
const TOLERANCE = 0.05;
const STEPS = 12;
const WASM = '/dotlab-app.wasm';

export const CHECKS = [
  {
    id: 'load',
    title: 'load, ready, no console errors/warnings',
    async run(engine, ctx) {
      const started = Date.now();
      await openLesson(engine, ctx.lesson.url, DESKTOP);
      const readyMs = Date.now() - started;
      await settle(engine);
      const state = await getState(engine);
      assert.equal(state.mode, 'dot');
      assert.deepEqual([state.a, state.b], [[3, 1], [1, 2]], 'the default vectors');
      assert.equal(state.derived.dot, 5);
      await assertQuietConsole(engine);
      const page = await engine.evaluate(() => {
        const canvas = document.getElementById('canvas');
        const box = canvas.getBoundingClientRect();
        const { firstFrameMs, fontPx } = window.dotlab.stats();
        return {
          viewport: `${innerWidth}×${innerHeight} @${devicePixelRatio}`,
          scrollbar: innerWidth - document.documentElement.clientWidth,
          canvas: `${Math.round(box.width)}×${Math.round(box.height)} css, ${canvas.width}×${canvas.height} px`,
          firstFrameMs: Math.round(firstFrameMs),
          fontPx: `${fontPx.headline}/${fontPx.body}`,
          // Text columns are sized in ch (style.css): they show text metrics.
          columns: ['.masthead', '.lesson figcaption'].map((s) => Math.round(document.querySelector(s).getBoundingClientRect().width)).join(' / '),
        };
      });
      return { 'desktop viewport': page.viewport, 'desktop scrollbar width': page.scrollbar,
        'desktop canvas': page.canvas, 'canvas font px (headline/body)': page.fontPx,
        'page text columns, css px (prose / caption)': page.columns,
        'first frame (ms after start)': page.firstFrameMs, 'ready (ms from open)': readyMs };
    },
  },
  {
    id: 'wasm-once',
    title: 'wasm fetched once (Resource Timing), no warning',
    async run(engine, ctx) {
      ctx.lesson.resetRequests();
      await openLesson(engine, ctx.lesson.url, DESKTOP);
      await settle(engine);
      const entries = await engine.evaluate((wasm) => performance.getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname === wasm)
        .map((e) => ({ name: e.name, initiator: e.initiatorType, bytes: e.transferSize })), WASM);
      assert.equal(entries.length, 1, `Resource Timing entries for ${WASM}: ${JSON.stringify(entries)}`);
      assert.equal(ctx.lesson.requests(WASM), 1, `the server saw ${ctx.lesson.requests(WASM)} requests for ${WASM}`);
      await assertQuietConsole(engine);
      return { 'wasm initiatorType': entries[0].initiator, 'wasm sent as (Content-Encoding)': ctx.lesson.encoding(WASM) };
    },
  },
  {
    id: 'views-desktop',
    title: 'each view drawn at 1280×800 (pixels)',
    run: (engine, ctx) => checkViews(engine, ctx, DESKTOP, 'desktop'),
  },
  {
    id: 'views-phone',
    title: 'each view drawn at 390×844 (pixels)',
    run: (engine, ctx) => checkViews(engine, ctx, PHONE, 'phone'),
  },
  {
    id: 'mouse-drag',
    title: 'mouse drag moves b and its pixels',
    async run(engine, ctx) {
      await openLesson(engine, ctx.lesson.url, DESKTOP);
      await showPlane(engine);
      const from = await toClient(engine, [1, 2]);
      const to = await toClient(engine, [-2, 1.5]);
      assert.ok((await capture(engine)).any(from, isRed), `b's red tip is drawn at ${from} before the drag`);
      await engine.mouseDrag(from, to, STEPS);
      await settle(engine);
      const state = await getState(engine);
      assert.ok(near(state.b, [-2, 1.5], TOLERANCE), `b followed the mouse to [-2, 1.5]: b = ${state.b}`);
      assert.deepEqual(state.a, [3, 1], 'a did not move');
      const shot = await capture(engine);
      const tip = await toClient(engine, state.b);
      assert.ok(shot.any(tip, isRed), `b's tip is drawn red at its new place ${tip} (pixel ${shot.at(tip)})`);
      assert.ok(!shot.any(from, isRed, 2), `nothing red is left at b's old place ${from} (pixel ${shot.at(from)})`);
      await assertQuietConsole(engine);
    },
  },
  {
    id: 'touch-drag',
    title: 'touch drag moves b (real touch events)',
    supported: (engine) => engine.touchDrag ? true : 'n/a: the driver sends touch as mouse events',
    async run(engine, ctx) {
      await openLesson(engine, ctx.lesson.url, PHONE, { touch: true });
      await showPlane(engine);
      await engine.evaluate(() => {
        window.__events = {};
        for (const type of ['touchstart', 'touchmove', 'touchend', 'mousedown']) {
          window.addEventListener(type, () => { window.__events[type] = (window.__events[type] || 0) + 1; }, true);
        }
      });
      const from = await toClient(engine, [1, 2]);
      const to = await toClient(engine, [2, -1]);
      await engine.touchDrag(from, to, STEPS);
      await settle(engine);
      const events = await engine.evaluate(() => window.__events);
      assert.ok(events.touchstart >= 1 && events.touchmove >= 1 && events.touchend >= 1,
        `the page received touch events: ${JSON.stringify(events)}`);
      const state = await getState(engine);
      assert.ok(near(state.b, [2, -1], TOLERANCE * 1.5), `b followed the finger to [2, -1]: b = ${state.b}`);
      const tip = await toClient(engine, state.b);
      assert.ok((await capture(engine)).any(tip, isRed), `b's tip is drawn red at ${tip}`);
      await assertQuietConsole(engine);
      const coarse = await engine.evaluate(() => matchMedia('(pointer: coarse)').matches);
      return { 'phone: events from one touch drag': JSON.stringify(events), 'phone: (pointer: coarse)': coarse };
    },
  },
  {
    id: 'keyboard',
    title: 'keys move tips; Tab leaves the canvas',
    async run(engine, ctx) {
      await openLesson(engine, ctx.lesson.url, DESKTOP);
      await engine.evaluate(() => document.getElementById('canvas').focus());
      assert.equal(await activeId(engine), 'canvas', 'the canvas takes focus');
      await engine.press('ArrowRight');
      await settle(engine);
      assert.deepEqual((await getState(engine)).a, [3.1, 1], 'focus selects a; ArrowRight moves it by 0.1');
      await engine.press('Tab');
      await engine.press('ArrowUp');
      await settle(engine);
      assert.deepEqual((await getState(engine)).b, [1, 2.1], 'Tab selects b; ArrowUp moves it by 0.1');
      assert.equal(await activeId(engine), 'canvas', 'focus stays on the canvas while it has tips to select');
      await engine.press('Tab');
      assert.notEqual(await activeId(engine), 'canvas', 'Tab past the last tip moves focus off the canvas');
      const left = await engine.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.name ? `[name=${el.name}]` : ''}` : 'none';
      });
      await engine.press('Shift+Tab');
      assert.equal(await activeId(engine), 'canvas', 'Shift+Tab comes back to the canvas');
      await engine.press('ArrowLeft');
      await settle(engine);
      assert.deepEqual((await getState(engine)).b, [0.9, 2.1], 'coming back with Shift+Tab selects b');
      await assertQuietConsole(engine);
      return { 'focus after Tab leaves the canvas': left };
    },
  },
  {
    id: 'offline-file',
    title: 'dotlab.html from file://, no network',
    async run(engine, ctx) {
      await openLesson(engine, `${ctx.offlineUrl}?a=3,0&b=0,2`, DESKTOP);
      const state = await getState(engine);
      assert.deepEqual([state.a, state.b], [[3, 0], [0, 2]], 'the query set the vectors');
      assert.equal(state.derived.dot, 0);
      assert.equal(state.derived.angleDeg, 90);
      await showPlane(engine);
      await engine.mouseDrag(await toClient(engine, [0, 2]), await toClient(engine, [1, 2]), STEPS);
      await settle(engine);
      const moved = await getState(engine);
      assert.ok(near(moved.b, [1, 2], TOLERANCE), `b followed the mouse to [1, 2]: b = ${moved.b}`);
      const network = await engine.evaluate(() => performance.getEntriesByType('resource')
        .map((e) => e.name).filter((n) => !/^(file|data|blob):/.test(n)));
      assert.deepEqual(network, [], 'no network requests');
      await assertQuietConsole(engine);
    },
  },
  {
    id: 'embed',
    title: 'cross-origin embed answers dotlab:get',
    async run(engine, ctx) {
      const lessonUrl = `${ctx.lesson.url}?a=3,1&b=1,2`;
      await engine.open(`${ctx.host.url}host.html?lesson=${encodeURIComponent(lessonUrl)}`, DESKTOP);
      const messages = () => engine.evaluate(() => window.__messages ?? []);
      // What the lesson in the frame logged (console-hook.js forwards it).
      const framedLog = async () => (await messages()).filter((m) => m.type === 'engines:console');
      const framedConsole = async () => (await framedLog()).filter(isProblem)
        .map((m) => `\n  ${m.level}: ${m.text}`).join('');
      const ready = await until(async () => (await messages()).find((m) => m.type === 'dotlab:ready'),
        { timeout: 30_000, what: 'dotlab:ready from the iframe' })
        .catch(async (err) => { throw new Error(err.message + await framedConsole()); });
      assert.deepEqual(ready.state.b, [1, 2]);
      const ask = (message) => engine.evaluate((m) => {
        document.getElementById('lesson').contentWindow.postMessage(m, '*');
      }, message);
      const reply = (id) => until(async () => (await messages()).find((m) => m.type === 'dotlab:state' && m.id === id),
        { what: `the dotlab:state reply to ${id}` });

      await ask({ type: 'dotlab:get', id: 'engines-1' });
      const first = await reply('engines-1');
      assert.equal(first.state.mode, 'dot');
      assert.deepEqual([first.state.a, first.state.b], [[3, 1], [1, 2]]);
      // A dotlab:set is applied before a later dotlab:get is answered.
      await ask({ type: 'dotlab:set', state: { b: [0, 2] } });
      await ask({ type: 'dotlab:get', id: 'engines-2' });
      const second = await reply('engines-2');
      assert.deepEqual(second.state.b, [0, 2], 'the set reached the lesson');
      assert.equal(second.state.derived.dot, 2);
      await assertQuietConsole(engine, 'the host page');
      const framed = await framedConsole();
      if (framed) throw new Error(`the lesson in the iframe logged to the console:${framed}`);
      const notices = (await framedLog()).length - (await framedLog()).filter(isProblem).length;
      return { 'embed: dotlab:ready progress': ready.progress, 'embed: frame\'s ResizeObserver notices': notices };
    },
  },
  {
    id: 'no-webgl',
    title: 'WebGL off: "WebGL 2" message, ready rejects',
    webgl: false, // run in a browser started with WebGL switched off
    async run(engine, ctx) {
      await engine.open(ctx.lesson.url, DESKTOP);
      const outcome = await readyOutcome(engine);
      assert.equal(outcome.ready, false, 'dotlab.ready rejects');
      const shown = await engine.evaluate(() => {
        const loading = document.getElementById('loading');
        const box = loading.getBoundingClientRect();
        const stage = document.getElementById('stage').getBoundingClientRect();
        return {
          text: loading.textContent.trim(),
          visible: !loading.hidden && loading.getClientRects().length > 0,
          place: `stage ${Math.round(stage.top)}–${Math.round(stage.bottom)}, message ${Math.round(box.top)}–${Math.round(box.bottom)}`,
          // Which way the page found out: no WebGL2RenderingContext at all, or
          // the wasm started and SDL could not get a context.
          api: typeof WebGL2RenderingContext === 'function',
          wasm: performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm')),
        };
      });
      assert.ok(shown.visible, '#loading is shown');
      assert.match(shown.text, /WebGL 2/, `#loading names WebGL 2 (it says "${shown.text}")`);
      await capture(engine, { dir: ctx.shots, file: `${engine.name}-no-webgl.png` });
      await assertQuietConsole(engine);
      return {
        'no WebGL: WebGL2RenderingContext exists': shown.api,
        'no WebGL: wasm downloaded anyway': shown.wasm,
        'no WebGL: stage and message (css px, top–bottom)': shown.place,
      };
    },
  },
];

// Each view at one size: switched to, its plane scrolled into view,
// screenshotted (kept as <engine>-<size>-<view>.png) and its tips found in
// the pixels: the blue one (a or q) and a red one (b, the heaviest key, the
// first document).
async function checkViews(engine, ctx, size, sizeName) {
  await openLesson(engine, ctx.lesson.url, size);
  const facts = {};
  for (const view of ['dot', 'attention', 'retrieval']) {
    const before = await getState(engine);
    const drawnBefore = await engine.evaluate(() => window.dotlab.stats().framesDrawn);
    await setState(engine, { mode: view });
    await settle(engine);
    await showPlane(engine);
    const state = await getState(engine);
    assert.equal(state.mode, view);
    // Switching views draws a frame (the first view was drawn before ready).
    const drawn = await engine.evaluate(() => window.dotlab.stats().framesDrawn);
    if (before.mode !== view) assert.ok(drawn > drawnBefore, `the ${view} view was drawn (framesDrawn ${drawnBefore} -> ${drawn})`);

    const shot = await capture(engine, { dir: ctx.shots, file: `${engine.name}-${sizeName}-${view}.png` });
    const [blue, red] = tipsOf(state);
    const blueAt = await toClient(engine, blue);
    const redAt = await toClient(engine, red);
    assert.ok(shot.any(blueAt, isBlue), `${view} view: a blue tip at ${blueAt} (pixel ${shot.at(blueAt)})`);
    assert.ok(shot.any(redAt, isRed), `${view} view: a red tip at ${redAt} (pixel ${shot.at(redAt)})`);
    const plane = await planeRect(engine);
    const colours = shot.colours(plane);
    assert.ok(colours > 20, `${view} view: the plane is drawn (${colours} colours)`);

    facts[`${sizeName} ${view}: canvas css`] = await engine.evaluate(() => {
      const box = document.getElementById('canvas').getBoundingClientRect();
      return `${Math.round(box.width)}×${Math.round(box.height)}`;
    });
  }
  await assertQuietConsole(engine);
  return facts;
}

function tipsOf(state) {
  if (state.mode === 'dot') return [state.a, state.b];
  if (state.mode === 'attention') {
    const w = state.derived.weights;
    return [state.q, state.keys[w.indexOf(Math.max(...w))]];
  }
  return [state.q, state.docs[0].v];
}
