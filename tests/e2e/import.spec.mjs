// Counting from a roster export: generated OneRoster and Clever files (and a
// zip) dropped on the page give their known counts under stable hooks; the
// counts can be applied; bad files get a clear message; the page stays
// responsive; and nothing from the files is stored.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { after, before, test } from 'node:test';
import { AdvisorPage, STORAGE_KEY } from './lib/advisor-page.mjs';
import { file, generate, zip } from './lib/rosters.mjs';
import { launch, open } from './lib/session.mjs';

const HOOKS = {
  'import-students': 'students',
  'import-staff': 'staff',
  'import-schools': 'schools',
  'import-multi-school': 'multiSchool',
  'import-missing-email': 'missingEmail',
  'import-duplicate-ids': 'duplicateIds',
  'import-bad-rows': 'badRows',
};

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

async function importFiles(page, paths) {
  await page.setInputFiles('#import-files', paths);
  return settle(page);
}

/** Wait for the import to finish; the summary, or the error shown. */
async function settle(page) {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="import-students"]').textContent !== '' ||
      !document.querySelector('[data-testid="import-error"]').hidden,
    null,
    { timeout: 30_000 },
  );
  const error = page.locator('[data-testid="import-error"]');
  if (await error.isVisible()) return { error: await error.innerText() };
  const counts = {};
  for (const [hook, key] of Object.entries(HOOKS)) {
    counts[key] = Number(await page.locator(`[data-testid="${hook}"]`).innerText());
  }
  return { counts };
}

for (const format of ['oneroster', 'clever']) {
  test(`a messy ${format} export gives its known counts, and they can be used`, async () => {
    const { files, counts } = generate(format, 2_000);
    const session = await open(browser);
    const advisor = new AdvisorPage(session.page);
    await advisor.open();
    const got = await importFiles(session.page, files);
    const { bytes, ...expected } = counts;
    assert.deepEqual(got, { counts: expected });
    for (const hook of Object.keys(HOOKS)) {
      assert.match(await session.page.locator(`[data-testid="${hook}"]`).innerText(), /^\d+$/, `${hook} holds the number alone`);
    }

    await session.page.locator('[data-testid="import-apply"]').click();
    const heads = `${(expected.students + expected.staff).toLocaleString('en-US')} accounts`;
    assert.ok((await advisor.text('answer-head-count')).startsWith(heads));
    assert.match(await advisor.text('import-applied'), /estimate/);
    assert.match(await advisor.text('finding-check-ids'), new RegExp(`^${expected.duplicateIds} IDs`));
    await session.close();
  });
}

test('a zipped OneRoster export reads the same as its files', async () => {
  const { files, counts } = generate('oneroster', 1_500, { clean: true });
  const archive = zip(files, 'oneroster-1500.zip');
  const session = await open(browser);
  await new AdvisorPage(session.page).open();
  const { bytes, ...expected } = counts;
  assert.deepEqual(await importFiles(session.page, [archive]), { counts: expected });
  await session.close();
});

test('files dropped on the page are read', async () => {
  const { files, counts } = generate('clever', 300, { clean: true });
  const session = await open(browser);
  await new AdvisorPage(session.page).open();
  const payload = files.map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') }));
  const transfer = await session.page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const { name, text } of items) dt.items.add(new File([text], name, { type: 'text/csv' }));
    return dt;
  }, payload);
  await session.page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: transfer });
  const { bytes, ...expected } = counts;
  assert.deepEqual(await settle(session.page), { counts: expected });
  await session.close();
});

test('100,000 users: right counts, a progress bar, a page that keeps responding, nothing stored', async () => {
  const { files, counts } = generate('oneroster', 100_000);
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await session.page.evaluate(() => {
    // Watch for the progress bar, and count the frames the page draws while
    // the progress bar is up.
    window.__shownProgress = false;
    window.__framesWhileReading = 0;
    const reading = () => !document.querySelector('#import-progress').parentElement.hidden;
    new MutationObserver(() => {
      if (reading()) window.__shownProgress = true;
    }).observe(document.querySelector('.import-status'), { attributes: true, subtree: true });
    const frame = () => {
      if (reading()) window.__framesWhileReading++;
      if (!window.__stopFrames) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const { bytes, ...expected } = counts;
  assert.deepEqual(await importFiles(session.page, files), { counts: expected });
  const watch = await session.page.evaluate(() => {
    window.__stopFrames = true;
    return { progress: window.__shownProgress, frames: window.__framesWhileReading };
  });
  assert.ok(watch.progress, 'a progress bar was shown');
  // Reading happens in a worker, so the page goes on drawing frames; parsing
  // on the page's own thread would block it from start to finish.
  assert.ok(watch.frames >= 3, `frames drawn while reading: ${watch.frames}`);

  const stored = JSON.stringify(await advisor.storage());
  for (const sample of ['Lovelace', 'example.org', 'stu-1', 'sch-0']) {
    assert.ok(!stored.includes(sample), `nothing from the files is stored (${sample})`);
  }
  await session.page.locator('[data-testid="import-apply"]').click();
  const saved = JSON.parse((await advisor.storage())[STORAGE_KEY]);
  assert.equal(saved.district.students, 100_000);
  await session.close();
});

const BAD_FILES = [
  ['empty.csv', '', /empty/],
  ['picture.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /not a text file/],
  ['people.csv', 'name,email,phone\nAnn,ann@example.org,555\n', /not those of a OneRoster or Clever export/],
  ['header-only.csv', 'sourcedId,role,username\n', /list no students or staff/],
  ['broken.zip', 'PK not really a zip at all', /not a zip archive/],
];

for (const [name, bytes, message] of BAD_FILES) {
  test(`a bad file (${name}) gets a clear message, not a freeze`, async () => {
    const session = await open(browser);
    const advisor = new AdvisorPage(session.page);
    await advisor.open();
    const { error } = await importFiles(session.page, [file(name, bytes)]);
    assert.match(error ?? '', message, `${name}: ${error}`);
    // Problems with one file's contents name that file.
    if (name !== 'header-only.csv') assert.ok(error.includes(name), `the message names the file: ${error}`);
    // The page still works.
    await advisor.typeCount('students', 140);
    assert.match(await advisor.text('answer-head-count'), /^\d/);
    await session.close();
  });
}

test('a zip with no CSV files, and OneRoster mixed with Clever, are explained', async () => {
  const session = await open(browser);
  await new AdvisorPage(session.page).open();
  const notes = file('notes.txt', 'hello');
  const noCsv = zip([notes], 'no-csv.zip');
  assert.match((await importFiles(session.page, [noCsv])).error, /holds no CSV files/);

  const one = generate('oneroster', 50, { clean: true });
  const clever = generate('clever', 50, { clean: true });
  const mixed = await importFiles(session.page, [one.files[0], clever.files[1]]);
  assert.match(mixed.error, /one kind of export at a time/);
  await session.close();
});
