// Chromium: Debian's build, headless, driven by playwright-core over the
// DevTools protocol, with the same flags as tests/e2e/helpers.mjs (WebGL 2
// through SwiftShader, since there is no GPU). It needs no display.
import { onCleanup, requireE2e } from '../infra.mjs';
import { expression, mouseDrag, path } from './common.mjs';

const { chromium } = requireE2e('playwright-core');

const FLAGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];

export async function start({ webgl = true } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    // --disable-webgl: the browser setting a user or an administrator turns off.
    args: webgl ? FLAGS : [...FLAGS, '--disable-webgl'],
  });
  const stopBrowser = onCleanup('chromium', () => browser.close());
  let context = null;
  let page = null;

  return {
    name: 'chromium',
    version: browser.version(),

    async open(url, { width, height, touch = false }) {
      await this.closePage();
      // hasTouch makes the page see a touch screen, as a phone's would.
      context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, hasTouch: touch, isMobile: touch });
      page = await context.newPage();
      await page.goto(url);
    },

    evaluate: (fn, ...args) => page.evaluate(expression(fn, args)),

    mouseDrag: (from, to, steps) => mouseDrag(page.mouse, from, to, steps),

    // Real touch events, as a finger sends them (Input.dispatchTouchEvent).
    async touchDrag(from, to, steps) {
      const cdp = await context.newCDPSession(page);
      const finger = ([x, y]) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: finger(from) });
      for (const point of path(from, to, steps)) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: finger(point) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    },

    press: (key) => page.keyboard.press(key),

    screenshot: () => page.screenshot(),

    async closePage() {
      await context?.close();
      context = null;
      page = null;
    },

    stop: stopBrowser,
  };
}
