// Plans of several suites: adding, naming, copying, ordering and removing
// suites; district answers inherited; reload, share and print; a record from
// the previous version opening as a one-suite plan; and edits to one suite
// touching only that suite.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AdvisorPage, STORAGE_KEY } from './lib/advisor-page.mjs';
import { BASE_URL, launch, open } from './lib/session.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test('suites are added, named, copied, reordered and removed, and all of it is kept', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await advisor.addSuite('MyPath');
  await advisor.addSuite('Purpose');
  let rows = await advisor.planRows();
  assert.deepEqual(rows.map((r) => r.name), ['Product suite', 'MyPath', 'Purpose']);

  // Rename the first, copy the second, move the copy to the top, remove one.
  await advisor.showSuite('Product suite');
  await advisor.renameSuite('Imagine Language & Literacy');
  const myPath = rows[1].id;
  await advisor.rowAction(myPath, 'copy');
  rows = await advisor.planRows();
  assert.deepEqual(rows.map((r) => r.name), ['Imagine Language & Literacy', 'MyPath', 'MyPath (copy)', 'Purpose']);
  const copy = rows[2].id;
  await advisor.rowAction(copy, 'up');
  await advisor.rowAction(copy, 'up');
  await advisor.rowAction(rows[3].id, 'remove');
  const expected = ['MyPath (copy)', 'Imagine Language & Literacy', 'MyPath'];
  assert.deepEqual((await advisor.planRows()).map((r) => r.name), expected);
  assert.deepEqual(
    await session.page.locator('.suite-tabs .tab').allInnerTexts(),
    ['District overview', ...expected],
  );

  await advisor.reload();
  await advisor.showDistrict();
  assert.deepEqual((await advisor.planRows()).map((r) => r.name), expected);
  await session.close();
});

test('district answers reach every suite; a suite keeps only what it changes', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  // Alone in the plan, the suite's answers are the district's.
  assert.match(await advisor.text('answers-note'), /one suite, these are the district's answers/);
  await advisor.addSuite('MyPath');
  await advisor.showSuite('MyPath');
  assert.match(await advisor.text('answers-note'), /All these answers come from the district/);
  await advisor.typeCount('students', 140);
  await advisor.typeCount('staff', 10);
  assert.match(await advisor.text('answers-note'), /own students, staff/);
  assert.equal(await advisor.recommendation(), 'Self-Managed');

  // New district defaults reach the suite that did not change them.
  await advisor.showDistrict();
  await advisor.typeCount('students', 3700);
  await advisor.clickSource('clever');
  await advisor.clickStep('frequency', 'daily');
  const rows = await advisor.planRows();
  assert.deepEqual(rows.map((r) => [r.name, r.accounts]), [['Product suite', '3,740'], ['MyPath', '150']]);
  assert.equal(rows[0].method, 'Automated');

  // District-wide answers set from a suite's view reach every suite too.
  await advisor.showSuite('MyPath');
  await advisor.clickSwitch('sso', true);
  assert.equal(await advisor.recommendation(), 'Automated', 'SSO with Clever settles it');
  await advisor.showSuite('Product suite');
  assert.equal(await session.page.locator('#sso').isChecked(), true);

  // Handing a suite back to the district.
  await advisor.showSuite('MyPath');
  await session.page.locator('[data-testid="use-district-answers"]').click();
  assert.match(await advisor.text('answer-head-count'), /^3,740 accounts/);
  await session.close();
});

test('a shared plan opens whole, its link short, and prints a page per suite', async () => {
  const names = ['Imagine Language & Literacy', 'Imagine+ Assessment', 'MyPath', 'Purpose', 'Edgenuity', 'Robotify', 'Imagine Math', 'Summer School', 'Reading Lab', 'Algebra 1'];
  const session = await open(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await advisor.showSuite('Product suite');
  await advisor.renameSuite(names[0]);
  for (const name of names.slice(1)) await advisor.addSuite(name);
  await advisor.showSuite('MyPath');
  await advisor.typeCount('students', 150);
  await advisor.clickStep('mobility', 'high');
  await advisor.copyLink();
  await session.page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]').textContent !== '');
  const link = await session.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(BASE_URL));
  assert.ok(link.length < 300, `a ten-suite link is ${link.length} characters`);
  process.stdout.write(`# link for ten suites: ${link.length} characters\n`);
  const mine = await advisor.planRows();

  const colleague = await open(browser);
  const theirs = new AdvisorPage(colleague.page);
  await colleague.page.goto(link);
  await theirs.ready();
  await theirs.showDistrict();
  assert.deepEqual(await theirs.planRows(), mine);

  // The printout: the plan at a glance, then one page per suite.
  await colleague.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await colleague.page.emulateMedia({ media: 'print' });
  const file = join(import.meta.dirname, 'output', 'plan-letter.pdf');
  await colleague.page.pdf({ path: file, format: 'Letter' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  assert.equal(pages, 1 + names.length);
  const text = (page) =>
    execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const first = text(1);
  for (const name of names) assert.ok(first.includes(name), `the overview lists ${name}`);
  assert.ok(text(4).startsWith('MyPath'), 'then each suite in order, MyPath third');
  await colleague.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await colleague.close();
  await session.close();
});

test('a record saved by the previous version opens as a one-suite plan with nothing lost', async () => {
  const old = JSON.stringify({
    version: 1,
    answers: { students: 3700, staff: 300, mobility: 'high', frequency: 'daily', source: 'clever', sso: false, nwea: false },
    district: 'Springfield Unified',
    ticked: ['auto-request', 'check-ids'],
  });
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await session.page.goto(BASE_URL);
  await session.page.evaluate((t) => localStorage.setItem('rostering-advisor:answers', t), old);
  await advisor.reload();
  assert.equal(await advisor.recommendation(), 'Automated');
  assert.match(await advisor.text('answer-head-count'), /^4,000 accounts/);
  assert.equal(await session.page.locator('#district').inputValue(), 'Springfield Unified');
  assert.equal(await advisor.isTicked('auto-request'), true);
  assert.equal(await advisor.isTicked('check-ids'), true);
  assert.equal(await advisor.notice('saved-unreadable'), null);
  assert.equal(await advisor.notice('saved-repaired'), null);
  await session.close();
});

test('with thirty suites, editing one touches only that suite and its row', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  const suites = Array.from({ length: 30 }, (_, i) => `suite=Suite+${i + 1}${i % 3 ? '' : '*' + (100 + i)}`).join('&');
  await advisor.open(`?district=900.60.medium.weekly.sis.0.0&${suites}`);
  await session.page.locator('[data-testid="keep-shared"]').click();
  await advisor.showDistrict();
  assert.equal((await advisor.planRows()).length, 30);
  await advisor.showSuite('Suite 7');

  const changed = await session.page.evaluate(async () => {
    const rows = [...document.querySelectorAll('.plan-overview [data-testid^="plan-row-"]')];
    const touched = new Set();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const row = rows.findIndex((x) => x.contains(r.target));
        if (row >= 0) touched.add(row);
      }
    });
    observer.observe(document.querySelector('.plan-overview'), { subtree: true, childList: true, characterData: true, attributes: true });
    const box = document.querySelector('#students');
    box.value = '2500';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return [...touched];
  });
  assert.deepEqual(changed, [6], 'only the row of the suite that changed');
  await session.close();
});
