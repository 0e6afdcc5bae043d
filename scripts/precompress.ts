import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// After `vite build`: writes Brotli and gzip copies of the app's code and
// styles at the highest levels, once, so the server sends them without
// compressing on every request (browsers that take Brotli get ~15% less).
const dist = path.resolve(import.meta.dirname, '..', 'dist');
const COMPRESSIBLE = /\.(?:js|css|svg|json|webmanifest|html)$/;

let before = 0;
let afterBrotli = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !COMPRESSIBLE.test(entry.name) || entry.name === 'index.html') continue;
  const file = path.join(entry.parentPath, entry.name);
  const data = readFileSync(file);
  const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  writeFileSync(`${file}.br`, brotli);
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  before += data.length;
  afterBrotli += brotli.length;
}
console.log(
  `Precompressed ${(before / 1024).toFixed(0)} KiB of assets to ${(afterBrotli / 1024).toFixed(0)} KiB (Brotli).`,
);
