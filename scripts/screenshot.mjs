// Refreshes web/screenshot.png (the README's picture) from the built site:
// `node scripts/screenshot.mjs` after scripts/build.
import { join } from 'node:path';
import { DESKTOP, ROOT, launch, openLesson, settle, startServer } from '../tests/e2e/helpers.mjs';

const server = await startServer();
const browser = await launch();
try {
  const { page } = await openLesson(browser, { query: '?a=3,1&b=1,2.5', device: DESKTOP }, server);
  await settle(page);
  const path = join(ROOT, 'web/screenshot.png');
  await page.locator('#stage').screenshot({ path });
  console.log(`wrote ${path}`);
} finally {
  await browser.close();
  await server.close();
}
