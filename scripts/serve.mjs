// A small static file server for dist/: `scripts/run` uses it to serve the
// lesson, and the browser tests start it on a free port. It sets correct
// types (application/wasm matters for streaming compilation), sends the
// precompressed .br or .gz beside a file when the browser accepts it (the
// build writes them: scripts/precompress.mjs) and, with { csp: true }, the
// Content-Security-Policy the lesson is built to run under.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

export function serve(root, { port = 0, host = '127.0.0.1', csp = false, quiet = true } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const headers = {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Vary': 'Accept-Encoding',
      };
      let body = null;
      const accepted = String(req.headers['accept-encoding'] || '');
      for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (body || !new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
        body = await readFile(file + suffix).catch(() => null);
        if (body) headers['Content-Encoding'] = encoding;
      }
      body ??= await readFile(file);
      if (csp) headers['Content-Security-Policy'] = CSP;
      res.writeHead(200, headers);
      res.end(body);
      if (!quiet) console.log(`200 ${req.url}`);
    } catch (err) {
      res.writeHead(err.code === 'ENOENT' || err.code === 'ENOTDIR' ? 404 : 500, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
      if (!quiet) console.log(`404 ${req.url}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://${host}:${actual}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// `node scripts/serve.mjs DIR [PORT]`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || process.env.PORT || 8000);
  const { url } = await serve(root, { port, csp: true });
  console.log(`Dot Lab is being served at ${url} (Ctrl+C stops it)`);
}
