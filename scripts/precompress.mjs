// Writes a .gz (gzip -9) and a .br (Brotli, quality 11) beside every text
// and wasm file in the site, so a static host can send them compressed
// without compressing on each request: scripts/serve.mjs does, and the
// README shows the nginx and Apache settings that do the same.
//
// usage: node scripts/precompress.mjs DIST_DIR
import { readdirSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.json']);
const dir = process.argv[2];
for (const name of readdirSync(dir)) {
  if (name.endsWith('.gz') || name.endsWith('.br')) unlinkSync(join(dir, name)); // from an earlier build
}
for (const name of readdirSync(dir)) {
  if (!COMPRESSIBLE.has(extname(name))) continue;
  const body = readFileSync(join(dir, name));
  writeFileSync(join(dir, name + '.gz'), gzipSync(body, { level: 9 }));
  writeFileSync(join(dir, name + '.br'), brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
}
