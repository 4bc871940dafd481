// Import throughput: parse-and-count of a OneRoster users.csv at 10k, 100k
// and 500k rows, in the same headless Chromium, by the page's own import
// worker (Rust, WebAssembly) and by Papa Parse doing the same counts in
// JavaScript. Both read the same File, parse every row and count students,
// staff, schools, students in several schools, missing emails and duplicate
// ids. A benchmark: it prints figures.
//
//   node benches/import.mjs        (after `trunk build --release --offline`)
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve } from '../tests/e2e/lib/server.mjs';

process.env.E2E_BASE_URL ??= 'http://127.0.0.1/';
const { launch } = await import('../tests/e2e/lib/session.mjs');
const require = createRequire(import.meta.url);
const PAPA = readFileSync(require.resolve('papaparse/papaparse.min.js'), 'utf8');
const SIZES = [10_000, 100_000, 500_000];
const ROUNDS = 3;

// Generated exports (release build of the generator: the big one is large).
const generated = {};
for (const size of SIZES) {
  const dir = `/tmp/rostering-bench/oneroster-${size}`;
  execFileSync('cargo', ['run', '--quiet', '--release', '--offline', '--example', 'roster_gen', '--', 'oneroster', String(size), dir, 'clean'], { stdio: ['ignore', 'ignore', 'inherit'] });
  generated[size] = join(dir, 'users.csv');
}

const server = await serve('dist');
const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(server.url);
await page.waitForSelector('[data-testid="recommendation"]');
await page.evaluate(PAPA);

/** Counts in JavaScript, the same ones the Rust tally makes for users.csv. */
const papaCount = async () =>
  page.evaluate(async () => {
    const file = window.__benchFile;
    const start = performance.now();
    const text = await file.text();
    const rows = Papa.parse(text, { skipEmptyLines: true }).data;
    const header = rows[0].map((h) => h.trim().toLowerCase());
    const col = (name) => header.indexOf(name.toLowerCase());
    const [id, status, role, orgs, email, sis] = ['sourcedId', 'status', 'role', 'orgSourcedIds', 'email', 'identifier'].map(col);
    const staffRoles = new Set(['teacher', 'administrator', 'aide']);
    const people = new Map();
    const seen = new Map();
    const sisIds = new Map();
    const dupSis = new Set();
    let bad = 0;
    for (let i = 1; i < rows.length; i++) {
      const r = rows[i];
      if (r.length !== header.length || !r[id]) { bad++; continue; }
      if ((r[status] ?? '').toLowerCase() === 'tobedeleted') continue;
      const kind = r[role].toLowerCase();
      if (kind !== 'student' && !staffRoles.has(kind)) continue;
      seen.set(r[id], (seen.get(r[id]) ?? 0) + 1);
      const p = people.get(r[id]) ?? { schools: new Set(), email: false, staff: staffRoles.has(kind) };
      for (const s of r[orgs].split(',')) if (s.trim()) p.schools.add(s.trim());
      p.email ||= r[email] !== '';
      people.set(r[id], p);
      const key = r[sis];
      if (key) {
        const holder = sisIds.get(key);
        if (holder === undefined) sisIds.set(key, r[id]);
        else if (holder !== r[id]) dupSis.add(key);
      }
    }
    const schools = new Set();
    let students = 0, staff = 0, multi = 0, noEmail = 0;
    for (const p of people.values()) {
      p.schools.forEach((s) => schools.add(s));
      if (p.staff) staff++; else { students++; if (p.schools.size > 1) multi++; }
      if (!p.email) noEmail++;
    }
    const dups = [...seen.values()].filter((n) => n > 1).length + dupSis.size;
    return { ms: performance.now() - start, counts: { students, staff, schools: schools.size, multi, noEmail, dups, bad } };
  });

/** The page's own worker, started fresh and timed from handing over the file. */
const rustCount = async () =>
  page.evaluate(async () => {
    const worker = new Worker('./import-worker_loader.js', { type: 'module' });
    await new Promise((ready) => (worker.onmessage = (e) => e.data.kind === 'ready' && ready()));
    const start = performance.now();
    const summary = await new Promise((done, fail) => {
      worker.onmessage = (e) => {
        if (e.data.kind === 'done') done(JSON.parse(e.data.summary));
        if (e.data.kind === 'failed') fail(new Error(e.data.message));
      };
      worker.postMessage([window.__benchFile]);
    });
    const ms = performance.now() - start;
    worker.terminate();
    const { students, staff, schools, multi_school: multi, missing_email: noEmail, duplicate_ids: dups, bad_rows: bad } = summary;
    return { ms, counts: { students, staff, schools, multi, noEmail, dups, bad } };
  });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const lines = [];
for (const size of SIZES) {
  const path = generated[size];
  const bytes = statSync(path).size;
  const text = readFileSync(path, 'utf8');
  await page.evaluate((t) => (window.__benchFile = new File([t], 'users.csv', { type: 'text/csv' })), text);
  const rust = [];
  const papa = [];
  let rustCounts;
  let papaCounts;
  for (let i = 0; i < ROUNDS; i++) {
    const r = await rustCount();
    rust.push(r.ms);
    rustCounts = r.counts;
    const p = await papaCount();
    papa.push(p.ms);
    papaCounts = p.counts;
  }
  if (JSON.stringify(rustCounts) !== JSON.stringify(papaCounts)) {
    throw new Error(`the two disagree at ${size} rows: ${JSON.stringify(rustCounts)} vs ${JSON.stringify(papaCounts)}`);
  }
  const rows = text.split('\n').length - 2;
  const [r, p] = [median(rust), median(papa)];
  lines.push({ size, rows, mb: bytes / 1e6, r, p });
}

console.log(`\nImport: parse and count users.csv, median of ${ROUNDS} runs each, same browser`);
console.log('rows      MB     Rust ms  Rust rows/s  Rust MB/s   Papa ms  Papa rows/s  Papa MB/s   Papa/Rust time');
for (const { rows, mb, r, p } of lines) {
  const rate = (n, ms) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
  console.log(
    `${String(rows).padEnd(8)} ${mb.toFixed(1).padStart(5)} ${r.toFixed(0).padStart(9)} ${rate(rows, r).padStart(12)} ${(mb / (r / 1000)).toFixed(1).padStart(9)}` +
      ` ${p.toFixed(0).padStart(9)} ${rate(rows, p).padStart(12)} ${(mb / (p / 1000)).toFixed(1).padStart(9)}   ${(p / r).toFixed(2).padStart(6)}x`,
  );
}
await browser.close();
await server.close();
