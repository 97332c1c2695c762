// The static server for the engine suite. Like scripts/serve.mjs it sends
// the lesson's Content-Security-Policy and correct types (application/wasm
// matters for streaming compilation); in addition it puts console-hook.js
// first in the <head> of every HTML page, so console problems are collected
// the same way in all engines, and it counts the requests for each path, so
// a check can tell how often the wasm crossed the network. Like
// scripts/serve.mjs it sends a precompressed .br or .gz beside a file when
// the browser accepts it (the build may write them), so each engine fetches
// the wasm as it would from a real host.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP, TYPES } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const HOOK_FILE = join(here, 'console-hook.js');
export const HOOK_PATH = '/__console-hook.js';

// `src`: where the hook is loaded from (absolute on a server, relative for
// the file:// copy of dotlab.html).
export function injectHook(html, src = HOOK_PATH) {
  const head = /<head(\s[^>]*)?>/i;
  if (!head.test(html)) throw new Error('no <head> to put the console hook in');
  return html.replace(head, (tag) => `${tag}<script src="${src}"></script>`);
}

// Serves `root` on a free port of 127.0.0.1. { csp: true } sends the
// lesson's policy (a host page of another origin has none).
export function serveWithHook(root, { csp = false } = {}) {
  const base = resolve(root);
  const counts = new Map();
  const encodings = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    counts.set(path, (counts.get(path) || 0) + 1);
    try {
      const { body, type, encoding } = await load(base, path, String(req.headers['accept-encoding'] || ''));
      encodings.set(path, encoding || 'identity');
      const headers = {
        'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', 'Vary': 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      if (csp) headers['Content-Security-Policy'] = CSP;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolvePromise({
        url: `http://127.0.0.1:${server.address().port}/`,
        requests: (path) => counts.get(path) || 0,
        encoding: (path) => encodings.get(path) ?? 'not requested',
        resetRequests: () => counts.clear(),
        close: () => new Promise((r) => {
          server.closeAllConnections();
          server.close(r);
        }),
      });
    });
  });
}

async function load(base, path, accepted) {
  if (path === HOOK_PATH) return { body: await readFile(HOOK_FILE), type: TYPES['.js'] };
  let file = normalize(join(base, path));
  if (!file.startsWith(base)) throw new Error('outside the root');
  if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  const type = TYPES[extname(file)] || 'application/octet-stream';
  // HTML is rewritten here, so it always goes uncompressed.
  if (extname(file) === '.html') return { body: injectHook(await readFile(file, 'utf8')), type };
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
    const body = await readFile(file + suffix).catch(() => null);
    if (body) return { body, type, encoding };
  }
  return { body: await readFile(file), type };
}
