// Firefox ESR driven by puppeteer-core over WebDriver BiDi. Headless Firefox
// has no WebGL on a machine without a GPU, so the lesson runs headed, in the
// suite's Xvfb; the no-WebGL run is headless with WebGL switched off too.
import { onCleanup, requireE2e } from '../infra.mjs';
import { expression, mouseDrag, path, splitKey } from './common.mjs';

const puppeteer = requireE2e('puppeteer-core');

export async function start({ display, webgl = true }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: !webgl,
    env: { ...process.env, DISPLAY: display },
    defaultViewport: null, // each page sets its own
    // webgl.disabled: the about:config switch, so the no-WebGL run does not
    // depend on headless mode happening to lack WebGL.
    extraPrefsFirefox: webgl ? {} : { 'webgl.disabled': true },
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // run.mjs cleans up
  });
  const stopBrowser = onCleanup('firefox', async () => {
    try {
      await browser.close();
    } catch {
      browser.process()?.kill('SIGKILL');
    }
  });
  let page = null;

  return {
    name: 'firefox',
    version: (await browser.version()).replace(/^firefox\//, ''),

    async open(url, { width, height, touch = false }) {
      await this.closePage();
      page = await browser.newPage();
      // hasTouch: emulation.setTouchOverride, a touch screen as a phone has.
      await page.setViewport({ width, height, deviceScaleFactor: 1, hasTouch: touch });
      await page.goto(url);
    },

    evaluate: (fn, ...args) => page.evaluate(expression(fn, args)),

    mouseDrag: (from, to, steps) => mouseDrag(page.mouse, from, to, steps),

    // BiDi input.performActions with pointerType "touch": Firefox turns it
    // into real touchstart/touchmove/touchend events.
    async touchDrag(from, to, steps) {
      const finger = await page.touchscreen.touchStart(...from);
      for (const point of path(from, to, steps)) await finger.move(...point);
      await finger.end();
    },

    async press(combo) {
      const { modifiers, key } = splitKey(combo);
      for (const m of modifiers) await page.keyboard.down(m);
      await page.keyboard.press(key);
      for (const m of modifiers.reverse()) await page.keyboard.up(m);
    },

    screenshot: async () => Buffer.from(await page.screenshot()),

    async closePage() {
      await page?.close();
      page = null;
    },

    stop: stopBrowser,
  };
}
