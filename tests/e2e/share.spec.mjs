// Sharing and keeping: Copy link, opening a shared link without losing saved
// answers, ticking next steps, and two tabs staying in step.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AdvisorPage, STORAGE_KEY, queryOf } from './lib/advisor-page.mjs';
import { expected } from './lib/expected.mjs';
import { BASE_URL, launch, open } from './lib/session.mjs';

const CLEVER = { students: 3700, staff: 300, mobility: 'high', frequency: 'daily', source: 'clever', sso: false, nwea: false };
const SMALL = { students: 140, staff: 10, mobility: 'low', frequency: 'as-needed', source: 'none', sso: false, nwea: false };

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test('Copy link puts a link to the current answers on the clipboard, and it opens them', async () => {
  const session = await open(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await advisor.answerWithMouse(CLEVER);
  await advisor.copyLink();
  await session.page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]').textContent.includes('copied'));
  const link = await session.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${BASE_URL}?${queryOf(CLEVER)}`);

  // A colleague opens it in their own browser.
  const colleague = await open(browser);
  const theirs = new AdvisorPage(colleague.page);
  await colleague.page.goto(link);
  await theirs.ready();
  await theirs.assertShows(expected(queryOf(CLEVER)));
  assert.equal(await colleague.page.locator('[data-testid="share-banner"]').isVisible(), true);
  await colleague.close();
  await session.close();
});

test('without clipboard access, Copy link shows the link ready to copy', async () => {
  const session = await open(browser, {
    initScript: () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    },
  });
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await advisor.answerWithMouse(SMALL);
  await advisor.copyLink();
  const field = session.page.locator('#share-url');
  await field.waitFor({ state: 'visible' });
  assert.equal(await field.inputValue(), `${BASE_URL}?${queryOf(SMALL)}`);
  const selected = await session.page.evaluate(() => {
    const el = document.activeElement;
    return el.id === 'share-url' && el.selectionStart === 0 && el.selectionEnd === el.value.length;
  });
  assert.ok(selected, 'the link is focused and selected');
  // Done puts it away and returns to the button.
  await session.page.locator('[data-testid="close-share-url"]').click();
  await field.waitFor({ state: 'hidden' });
  await session.page.waitForFunction(() => document.activeElement?.dataset.testid === 'copy-link');
  await session.close();
});

test('opening a shared link never replaces saved answers unless asked', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await advisor.answerWithMouse(CLEVER);
  const mine = (await advisor.storage())[STORAGE_KEY];

  await advisor.open(`?${queryOf(SMALL)}`);
  await advisor.assertShows(expected(queryOf(SMALL)));
  await advisor.typeCount('staff', 12);
  assert.equal((await advisor.storage())[STORAGE_KEY], mine, 'saved answers untouched');

  await session.page.locator('[data-testid="back-to-own"]').click();
  await advisor.assertShows(expected(queryOf(CLEVER)));
  assert.equal(new URL(session.page.url()).search, '');
  await advisor.reload();
  await advisor.assertShows(expected(queryOf(CLEVER)));

  // Keeping shared answers is a choice, and then they are the user's own.
  await advisor.open(`?${queryOf(SMALL)}`);
  await session.page.locator('[data-testid="keep-shared"]').click();
  await advisor.reload();
  await advisor.assertShows(expected(queryOf(SMALL)));
  assert.equal(await session.page.locator('[data-testid="share-banner"]').isHidden(), true);
  await session.close();
});

test('ticked steps are kept, and follow the recommendation', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await advisor.answerWithMouse(CLEVER);
  assert.equal(await advisor.recommendation(), 'Automated');
  await advisor.tick('auto-request');
  await advisor.tick('clever-share');
  await advisor.tick('check-ids');
  await advisor.reload();
  assert.equal(await advisor.isTicked('auto-request'), true);
  assert.equal(await advisor.isTicked('clever-share'), true);
  assert.equal(await advisor.isTicked('auto-verify'), false);
  // Clever's steps give way to ClassLink's when the source changes.
  await advisor.clickSource('classlink');
  assert.equal(await session.page.locator('[data-testid="step-clever-share"]').isVisible(), false);
  assert.equal(await session.page.locator('[data-testid="step-classlink-keys"]').isVisible(), true);
  await session.close();
});

test('two tabs stay in step, with no lost update', async () => {
  const session = await open(browser);
  const first = new AdvisorPage(session.page);
  await first.open();
  const second = new AdvisorPage(await session.context.newPage());
  await second.open();

  await first.typeCount('students', 3700);
  await second.page.waitForFunction(() => document.querySelector('#students').value === '3700');
  await second.clickSource('clever');
  await first.page.waitForFunction(() => document.querySelector('#source-clever').checked);
  await first.clickStep('frequency', 'daily');
  await second.page.waitForFunction(() => document.querySelector('#frequency').value === '3');
  await second.tick('auto-request');
  await first.page.waitForFunction(() => document.querySelector('[data-testid="step-auto-request"]').checked);

  // Both show every change, and so does what is saved.
  for (const tab of [first, second]) {
    assert.equal(await tab.recommendation(), 'Automated');
    assert.match(await tab.text('answer-head-count'), /3,700 students/);
    assert.equal(await tab.text('answer-source'), 'Clever');
  }
  const saved = JSON.parse((await first.storage())[STORAGE_KEY]);
  assert.equal(saved.district.students, 3700);
  assert.equal(saved.district.source, 'clever');
  assert.equal(saved.district.frequency, 'daily');
  assert.deepEqual(saved.suites[0].ticked, ["auto-request"]);
  await session.close();
});

test('each window stays on the suite or overview it shows while the plan follows', async () => {
  const session = await open(browser);
  const first = new AdvisorPage(session.page);
  await first.open();
  await first.addSuite('MyPath');
  const second = new AdvisorPage(await session.context.newPage());
  await second.open();
  await second.showSuite('MyPath');
  await first.showDistrict();

  // The second window edits MyPath: the first, on the overview, stays there
  // and shows the new head count in the plan's row.
  await second.typeCount('students', 3000);
  await first.page.waitForFunction(() =>
    [...document.querySelectorAll('.plan-overview [data-testid^="plan-row-"]')].some((r) => r.textContent.includes('3,040')),
  );
  assert.equal(await first.page.locator('[data-testid="tab-0"]').getAttribute('aria-current'), 'page');
  // And the first window's choice of view does not move the second.
  await first.showSuite('Product suite');
  await first.clickSource('clever');
  await second.page.waitForFunction(() => document.querySelector('#source-clever').checked);
  assert.equal(await second.page.locator('#suite-name').inputValue(), 'MyPath');
  assert.equal(await second.page.locator('#students').inputValue(), '3000');

  // The overview is kept across a reload too.
  await first.showDistrict();
  await first.reload();
  assert.equal(await first.page.locator('[data-testid="tab-0"]').getAttribute('aria-current'), 'page');
  await session.close();
});
