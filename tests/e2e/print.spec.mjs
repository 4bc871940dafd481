// The printout: Letter and A4 both put the whole decision on page one (title,
// date, district, recommendation, every factor and how each method works),
// with the next-steps checklist on page two and no controls anywhere.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AdvisorPage } from './lib/advisor-page.mjs';
import { launch, open } from './lib/session.mjs';

const OUTPUT = join(import.meta.dirname, 'output');
const DISTRICT = 'Springfield Unified School District';

// What the decision page must carry, and what only the screen may show.
const PAGE_ONE = [
  'Rostering Advisor',
  `Prepared for ${DISTRICT}`,
  'Recommended method',
  'How the methods compare',
  'Head count',
  'Students changing schools',
  'Roster updates',
  'Roster source',
  'Single sign-on',
  'NWEA assessments',
  'How each method works',
  'Who does the work',
];
const CONTROLS = [
  'Reset answers',
  'Copy link',
  'Your district',
  'District name',
  'Where roster data lives today',
  'We want single sign-on',
  'Tick items off',
];

const pdfText = (file, page) =>
  execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
const pageCount = (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
const squash = (text) => text.replace(/\s+/g, ' ').toLowerCase();

let browser;
before(async () => {
  browser = await launch();
  mkdirSync(OUTPUT, { recursive: true });
});
after(() => browser?.close());

// Long advice is the hard case for one page: many caveats and notes.
const CASES = [
  { name: 'sso', query: '?students=110&staff=10&mobility=low&frequency=as-needed&source=classlink&sso=1&nwea=0' },
  { name: 'busiest', query: '?students=180&staff=15&mobility=high&frequency=daily&source=none&sso=1&nwea=1' },
];

for (const { name, query } of CASES) {
  for (const format of ['Letter', 'A4']) {
    test(`${format}, ${name} answers: the decision on one page, the checklist on the next`, async () => {
      const session = await open(browser);
      const advisor = new AdvisorPage(session.page);
      await advisor.open(query);
      await session.page.locator('[data-testid="keep-shared"]').click();
      await advisor.typeDistrict(DISTRICT);
      await advisor.tick('check-ids');
      const recommendation = await advisor.recommendation();

      await session.page.emulateMedia({ media: 'print' });
      const file = join(OUTPUT, `print-${name}-${format}.pdf`);
      await session.page.pdf({ path: file, format, printBackground: true });
      assert.equal(pageCount(file), 2, 'decision on page one, checklist on page two');

      const one = squash(pdfText(file, 1));
      const has = (page, text) => page.includes(squash(text));
      for (const text of [...PAGE_ONE, recommendation]) assert.ok(has(one, text), `page one shows "${text}"`);
      assert.match(one, /prepared for .*, \d{1,2} [a-z]+ \d{4}/, 'page one is dated');
      const two = squash(pdfText(file, 2));
      assert.ok(has(two, `Next steps for ${recommendation} rostering`), 'page two holds the checklist');
      for (const text of CONTROLS) {
        assert.ok(!has(one, text) && !has(two, text), `no "${text}" on paper`);
      }

      // A picture of the printout, for a person to look at.
      execFileSync('pdftoppm', ['-png', '-r', '80', file, join(OUTPUT, `print-${name}-${format}`)]);
      await session.close();
    });
  }
}

test('printing from the overview of a one-suite plan still gives the decision', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open(CASES[0].query);
  await session.page.locator('[data-testid="keep-shared"]').click();
  const recommendation = await advisor.recommendation();
  await advisor.showDistrict();

  await session.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await session.page.emulateMedia({ media: 'print' });
  const file = join(OUTPUT, 'print-overview-Letter.pdf');
  await session.page.pdf({ path: file, format: 'Letter', printBackground: true });
  const all = squash(Array.from({ length: pageCount(file) }, (_, i) => pdfText(file, i + 1)).join(' '));
  for (const text of ['Your plan at a glance', 'How the methods compare', 'Recommended method', recommendation]) {
    assert.ok(all.includes(squash(text)), `the printout shows "${text}"`);
  }
  await session.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await session.close();
});

test('the Print button opens the browser print dialog', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await session.page.evaluate(() => {
    window.print = () => {
      window.__printed = true;
    };
  });
  await session.page.locator('[data-testid="print"]').click();
  assert.equal(await session.page.evaluate(() => window.__printed), true);
  await session.close();
});
