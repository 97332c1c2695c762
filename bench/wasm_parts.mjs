// Weighs parts of the wasm: the code bytes of the functions whose names (from
// the build's symbol map, which is not shipped) match a pattern; those bodies
// gzipped on their own (an upper bound); and what they add to the gzipped
// wasm: its size less the size with those bodies blanked (zeros, which
// compress to almost nothing), since in the whole file they share words with
// the rest of the code.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

function leb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

// The function bodies, in index order after the imported functions.
function functionBodies(bytes) {
  let at = 8, imported = 0;
  const bodies = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = leb(bytes, at);
    const end = at + size;
    if (id === 2) { // imports: count the functions among them
      let count, p = at;
      [count, p] = leb(bytes, p);
      for (let i = 0; i < count; i++) {
        let n;
        [n, p] = leb(bytes, p); p += n; // module
        [n, p] = leb(bytes, p); p += n; // field
        const kind = bytes[p++];
        if (kind === 0) { [, p] = leb(bytes, p); imported++; }
        else if (kind === 1) { p++; const flags = bytes[p++]; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
        else if (kind === 2) { const flags = bytes[p++]; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
        else if (kind === 3) p += 2;
      }
    }
    if (id === 10) {
      let count, p = at;
      [count, p] = leb(bytes, p);
      for (let i = 0; i < count; i++) {
        const start = p;
        let n;
        [n, p] = leb(bytes, p);
        bodies.push(bytes.subarray(start, p + n));
        p += n;
      }
    }
    at = end;
  }
  return { imported, bodies };
}

export function weighParts(wasmPath, symbolsPath, pattern) {
  const bytes = readFileSync(wasmPath);
  const names = new Map(readFileSync(symbolsPath, 'utf8').split('\n').filter(Boolean)
    .map((line) => { const colon = line.indexOf(':'); return [Number(line.slice(0, colon)), line.slice(colon + 1)]; }));
  const { imported, bodies } = functionBodies(bytes);
  const picked = bodies.filter((_, i) => pattern.test(names.get(imported + i) ?? ''));
  const joined = Buffer.concat(picked);
  const blanked = Buffer.from(bytes);
  for (const body of picked) blanked.fill(0, body.byteOffset - bytes.byteOffset, body.byteOffset - bytes.byteOffset + body.length);
  const gzipped = (b) => gzipSync(b, { level: 9 }).length;
  return {
    functions: picked.length,
    bytes: joined.length,
    gzip: gzipped(joined),
    addsGzip: gzipped(bytes) - gzipped(blanked),
    code: bodies.reduce((n, b) => n + b.length, 0),
  };
}
