// Bad input, nothing lost: damaged saved records and malformed share links
// still give a working page with a notice, no uncaught exception, and the
// original saved text still in storage; blocked or full storage too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AdvisorPage, STORAGE_KEY } from './lib/advisor-page.mjs';
import { BAD_QUERIES, BAD_SAVED, EMPTY_QUERIES } from './lib/corpus.mjs';
import { launch, open } from './lib/session.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test(`${BAD_SAVED.length} damaged saved records: a page, a notice, and the text kept`, async () => {
  assert.ok(BAD_SAVED.length >= 50);
  assert.equal(new Set(BAD_SAVED).size, BAD_SAVED.length, 'no case twice');
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  for (const [i, bad] of BAD_SAVED.entries()) {
    const label = `case ${i}: ${JSON.stringify(bad.slice(0, 60))}`;
    await session.page.evaluate(([key, text]) => {
      localStorage.clear();
      localStorage.setItem(key, text);
    }, [STORAGE_KEY, bad]);
    await advisor.reload();
    assert.ok((await advisor.recommendation()).length > 0, label);
    const notice = (await advisor.notice('saved-unreadable')) ?? (await advisor.notice('saved-repaired'));
    assert.ok(notice, `${label}: a notice says what happened`);

    // Using the page afterwards does not lose the original text.
    await advisor.typeCount('students', 321);
    const stored = await advisor.storage();
    assert.ok(Object.values(stored).includes(bad), `${label}: the original text is still in storage`);
    // ...and the new answers are saved beside it.
    assert.equal(JSON.parse(stored[STORAGE_KEY]).district.students, 321, `${label}: the new answers are saved`);
  }
  await session.close();
});

test(`${BAD_QUERIES.length} malformed share links: a page and a notice of what was dropped`, async () => {
  assert.ok(BAD_QUERIES.length >= 30);
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  for (const query of BAD_QUERIES) {
    const label = JSON.stringify(query.slice(0, 60));
    await advisor.open(`?${query}`);
    assert.ok((await advisor.recommendation()).length > 0, label);
    assert.ok(await advisor.notice('link-repaired'), `${label}: a notice names what was dropped`);
    assert.equal(await session.page.locator('[data-testid="share-banner"]').isHidden(), false, label);
  }
  for (const query of EMPTY_QUERIES) {
    await advisor.open(`?${query}`.replace(/^\?\?/, '?'));
    assert.equal(await advisor.notice('link-repaired'), null, `${JSON.stringify(query)} drops nothing`);
  }
  await session.close();
});

test('with localStorage throwing on every access, the page works and says so', async () => {
  const session = await open(browser, {
    initScript: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  });
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  assert.match(await advisor.notice('storage-blocked'), /will be gone when you close the tab/);
  await advisor.answerWithMouse({ students: 140, staff: 10, mobility: 'low', frequency: 'as-needed', source: 'none', sso: false, nwea: false });
  assert.equal(await advisor.recommendation(), 'Self-Managed');
  await advisor.tick('self-setup');
  await advisor.reset();
  await advisor.undoReset();
  assert.equal(await advisor.recommendation(), 'Self-Managed');
  await session.close();
});

test('with storage full, the page keeps working and says answers were not saved', async () => {
  const session = await open(browser, {
    initScript: () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  });
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await advisor.typeCount('students', 140);
  assert.match(await advisor.notice('save-failed'), /could not be saved/);
  await advisor.typeCount('staff', 10);
  assert.match(await advisor.text('answer-head-count'), /^150 accounts/);
  await session.close();
});
