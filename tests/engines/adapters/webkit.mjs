// WebKit: WebKitGTK's MiniBrowser, started by WebKitWebDriver and driven
// over classic WebDriver with selenium-webdriver. Both need a display (the
// suite's Xvfb). WebKitWebDriver delivers touch actions as mouse events, so
// there is no touch here.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, onCleanup, requireE2e, sleep, spawnGroup, until } from '../infra.mjs';
import { expression, path, splitKey } from './common.mjs';

const { Builder, Capabilities, Key, Origin } = requireE2e('selenium-webdriver');

const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const KEYS = {
  ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN,
  Tab: Key.TAB, Shift: Key.SHIFT, Home: Key.HOME, Escape: Key.ESCAPE, Enter: Key.ENTER,
};

// MiniBrowser's toolbar makes its window at least 447 px wide, too wide for
// a 390 px phone. This GTK style (for MiniBrowser's window chrome only, not
// the page) lets the toolbar shrink so the window can be any size.
const GTK_CSS = 'window * { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 4px; }\n';

export async function start({ display, webgl = true }) {
  const config = mkdtempSync(join(tmpdir(), 'dotlab-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), GTK_CSS);
  onCleanup('webkit settings', () => rmSync(config, { recursive: true, force: true }));

  const port = await freePort();
  const driverProcess = spawnGroup(process.env.WEBKITWEBDRIVER || 'WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config },
  });
  const server = `http://127.0.0.1:${port}`;
  await until(() => fetch(`${server}/status`).then((r) => r.ok, () => false), { timeout: 15_000, what: 'WebKitWebDriver' });

  const capabilities = new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: MINIBROWSER,
      // A WebKitSettings property, as a user's or an embedder's setting.
      args: webgl ? ['--automation'] : ['--automation', '--enable-webgl=false'],
    },
  });
  const driver = await new Builder().usingServer(server).withCapabilities(capabilities).build();
  const stopSession = onCleanup('webkit session', () => driver.quit());
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  const version = (await driver.getCapabilities()).get('browserVersion');

  const run = (fn, args) => driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     Promise.resolve().then(() => ${expression(fn, args)}).then(
       (value) => done({ ok: true, value: value === undefined ? null : value }),
       (err) => done({ ok: false, error: String((err && err.stack) || err) }));`);

  return {
    name: 'webkit',
    version: `WebKitGTK ${version}`,

    async open(url, { width, height }) {
      await driver.get('about:blank');
      await sizeViewport(driver, width, height);
      await driver.get(url);
    },

    async evaluate(fn, ...args) {
      const result = await run(fn, args);
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },

    async mouseDrag(from, to, steps) {
      // Each move takes 16 ms, a pointer reporting at 60 Hz (selenium's
      // default is 100 ms per move).
      let actions = driver.actions({ async: true }).move({ x: from[0], y: from[1], origin: Origin.VIEWPORT, duration: 0 }).press();
      for (const [x, y] of path(from, to, steps)) actions = actions.move({ x, y, origin: Origin.VIEWPORT, duration: 16 });
      await actions.release().perform();
    },

    touchDrag: null,

    async press(combo) {
      const { modifiers, key } = splitKey(combo);
      let actions = driver.actions({ async: true });
      for (const m of modifiers) actions = actions.keyDown(KEYS[m]);
      actions = actions.keyDown(KEYS[key] ?? key).keyUp(KEYS[key] ?? key);
      for (const m of modifiers.reverse()) actions = actions.keyUp(KEYS[m]);
      await actions.perform();
    },

    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),

    closePage: () => driver.get('about:blank'),

    async stop() {
      await stopSession();
      await driverProcess.stop();
    },
  };
}

// Classic WebDriver sizes the window, not the page: add MiniBrowser's
// toolbar (measured) so the page gets exactly width × height CSS px.
async function sizeViewport(driver, width, height) {
  const inner = () => driver.executeScript('return [window.innerWidth, window.innerHeight]');
  await driver.manage().window().setRect({ width, height });
  for (let attempt = 0; attempt < 5; attempt++) {
    await sleep(50); // the page learns its new size a moment after the window
    const [w, h] = await inner();
    if (w === width && h === height) return;
    // Mid-resize the page can report 0: WebDriver refuses a size from that.
    if (!(w > 0 && h > 0)) continue;
    const rect = await driver.manage().window().getRect();
    await driver.manage().window().setRect({
      width: Math.max(width, Math.round(rect.width + width - w)),
      height: Math.max(height, Math.round(rect.height + height - h)),
    });
  }
  const [w, h] = await inner();
  if (w !== width || h !== height) throw new Error(`MiniBrowser's page is ${w}×${h}, not ${width}×${height}`);
}
