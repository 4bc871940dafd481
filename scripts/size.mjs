// Size budget: what a browser downloads for the page (HTML, CSS, JS, WASM),
// each compressed as a server would send it. Prints every file and the total,
// and fails when the gzipped total is over the budget.
//
//   node scripts/size.mjs [dist-dir]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Gzipped bytes (1 KB = 1000 bytes). Measured total 97.9 KB on 2026-12-03;
// the budget sits about 2 % above it and never above the 100 KB ceiling.
const BUDGET = 100_000;

const dist = process.argv[2] ?? 'dist';
const DOWNLOADED = /\.(html|css|js|wasm)$/;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (DOWNLOADED.test(name)) files.push(path);
  }
};
walk(dist);
if (!files.some((f) => f.endsWith('.wasm'))) {
  console.error(`size: no .wasm in ${dist}; build first with \`trunk build --release --offline\``);
  process.exit(1);
}

const kb = (n) => (n / 1000).toFixed(1).padStart(7);
const rows = files.sort().map((path) => {
  const body = readFileSync(path);
  return {
    name: path.slice(dist.length + 1),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});

const width = Math.max(...rows.map((r) => r.name.length), 5);
console.log(`${'file'.padEnd(width)}  raw KB  gzip KB  brotli KB`);
for (const r of [...rows, { name: 'total', ...total }]) {
  console.log(`${r.name.padEnd(width)} ${kb(r.raw)}  ${kb(r.gzip)}    ${kb(r.brotli)}`);
}
const headroom = BUDGET - total.gzip;
console.log(`budget: ${kb(BUDGET).trim()} KB gzipped; ${headroom >= 0 ? `${kb(headroom).trim()} KB to spare` : `${kb(-headroom).trim()} KB OVER`}`);
process.exit(headroom >= 0 ? 0 : 1);
