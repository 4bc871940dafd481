// What the model says the page must show for given answers, from the native
// `assessment` example (built by run.mjs): the suite checks the rendered
// page against the model itself, not against values copied into the tests.
import { execFileSync } from 'node:child_process';

const BIN = process.env.E2E_ASSESSMENT_BIN;

/** The model's assessment for a share-link query such as "students=140&staff=10". */
export function expected(query) {
  if (!BIN) throw new Error('E2E_ASSESSMENT_BIN is not set: run the suite with tests/e2e/run.mjs');
  const out = execFileSync(BIN, [query], { encoding: 'utf8' });
  return JSON.parse(out)[query];
}
