// Roster exports for the import specs, written by the native `roster_gen`
// example (deterministic, with known counts) into tests/e2e/output/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BIN = process.env.E2E_ROSTER_GEN_BIN;
export const OUTPUT = join(import.meta.dirname, '..', 'output', 'rosters');

/** Write an export; returns { dir, files, counts }. */
export function generate(format, students, { clean = false } = {}) {
  if (!BIN) throw new Error('E2E_ROSTER_GEN_BIN is not set: run the suite with tests/e2e/run.mjs');
  const dir = join(OUTPUT, `${format}-${students}${clean ? '-clean' : ''}`);
  const args = [format, String(students), dir, ...(clean ? ['clean'] : [])];
  const counts = JSON.parse(execFileSync(BIN, args, { encoding: 'utf8' }));
  // Whole exports, with the files the counts do not need as well.
  const names = format === 'oneroster'
    ? ['users.csv', 'orgs.csv', 'enrollments.csv', 'manifest.csv', 'classes.csv']
    : ['schools.csv', 'students.csv', 'teachers.csv', 'staff.csv', 'sections.csv', 'enrollments.csv'];
  return { dir, files: names.map((n) => join(dir, n)), counts };
}

/** Zip files (deflated, in a folder, as SIS exports come) with Python's zipfile. */
export function zip(files, name) {
  mkdirSync(OUTPUT, { recursive: true });
  const out = join(OUTPUT, name);
  const script = [
    'import sys, zipfile, os',
    'z = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED)',
    'for f in sys.argv[2:]: z.write(f, "export/" + os.path.basename(f))',
    'z.writestr("export/README.txt", "not a csv")',
    'z.close()',
  ].join('\n');
  execFileSync('python3', ['-c', script, out, ...files]);
  return out;
}

/** A file with given bytes, for malformed-input cases. */
export function file(name, bytes) {
  mkdirSync(OUTPUT, { recursive: true });
  const path = join(OUTPUT, name);
  writeFileSync(path, bytes);
  return path;
}
