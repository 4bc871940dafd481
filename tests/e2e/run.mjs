// Runs the end-to-end suite: serves the built dist/ from a sub-path on
// 127.0.0.1, builds the model's `assessment` example for expectations, and
// runs every *.spec.mjs here with Node's test runner against headless
// Chromium. Usage: node tests/e2e/run.mjs [spec files...]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: build it first with `trunk build --release --offline`.');
  process.exit(1);
}

// Native helpers: the model's expectations, and roster exports with known counts.
const build = execFileSync(
  'cargo',
  ['build', '--quiet', '--offline', '--example', 'assessment', '--example', 'roster_gen', '--message-format=json'],
  { cwd: root, encoding: 'utf8' },
);
const artifacts = build
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((m) => m.reason === 'compiler-artifact' && m.executable);
const executable = (name) => {
  const found = artifacts.find((m) => m.target?.name === name)?.executable;
  if (!found) throw new Error(`could not build the ${name} example`);
  return found;
};

const server = await serve(dist);
const specs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(here).filter((f) => f.endsWith('.spec.mjs')).sort().map((f) => join(here, f));
console.log(`Serving dist/ at ${server.url}; running ${specs.length} spec file(s)`);

const started = Date.now();
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...specs], {
  stdio: 'inherit',
  env: {
    ...process.env,
    E2E_BASE_URL: server.url,
    E2E_ASSESSMENT_BIN: executable('assessment'),
    E2E_ROSTER_GEN_BIN: executable('roster_gen'),
  },
});
const code = await new Promise((done) => child.on('exit', (c) => done(c ?? 1)));
await server.close();
console.log(`End-to-end suite finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
