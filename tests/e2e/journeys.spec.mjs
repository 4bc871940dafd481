// The design's worked examples, reached by working the controls as a person
// would, with the page checked cell by cell against the model.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AdvisorPage, queryOf } from './lib/advisor-page.mjs';
import { expected } from './lib/expected.mjs';
import { launch, open } from './lib/session.mjs';

// The rows of the design's example table, with the method it recommends.
const EXAMPLES = [
  {
    name: 'a small district with no roster source',
    answers: { students: 140, staff: 10, mobility: 'low', frequency: 'as-needed', source: 'none', sso: false, nwea: false },
    recommended: 'Self-Managed',
  },
  {
    name: 'a mid-sized district that updates once or twice a year',
    answers: { students: 850, staff: 50, mobility: 'medium', frequency: 'yearly', source: 'none', sso: false, nwea: false },
    recommended: 'One-time Assisted',
  },
  {
    name: 'a large, mobile district on Clever',
    answers: { students: 3700, staff: 300, mobility: 'high', frequency: 'daily', source: 'clever', sso: false, nwea: false },
    recommended: 'Automated',
  },
  {
    name: 'a small ClassLink district that wants single sign-on',
    answers: { students: 110, staff: 10, mobility: 'low', frequency: 'as-needed', source: 'classlink', sso: true, nwea: false },
    recommended: 'Automated',
  },
  {
    name: 'a large, mobile district with no roster source',
    answers: { students: 2800, staff: 200, mobility: 'high', frequency: 'weekly', source: 'none', sso: false, nwea: false },
    recommended: 'One-time Assisted',
    note: 'needs a roster source',
  },
];

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

for (const example of EXAMPLES) {
  test(`with the mouse: ${example.name} gets ${example.recommended}`, async () => {
    const session = await open(browser);
    const advisor = new AdvisorPage(session.page);
    await advisor.open();
    await advisor.answerWithMouse(example.answers);

    const model = expected(queryOf(example.answers));
    assert.equal(model.recommended, example.recommended, 'the model agrees with the design');
    await advisor.assertShows(model);
    if (example.note) assert.match(await advisor.text('notes'), new RegExp(example.note));

    // Closing and coming back finds the same answers and the same advice.
    await advisor.reload();
    await advisor.assertShows(model);
    assert.equal(await session.page.locator('#students').inputValue(), String(example.answers.students));
    await session.close();
  });
}

test('entirely with the keyboard: every example, one after another', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  for (const example of EXAMPLES) {
    await advisor.answerWithKeyboard(example.answers);
    await advisor.assertShows(expected(queryOf(example.answers)));
    assert.equal(await advisor.recommendation(), example.recommended, example.name);
  }
  await session.close();
});

test('dragging the students slider moves the count, the table and the number box', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await advisor.dragCount('students', 0);
  assert.equal(await session.page.locator('#students').inputValue(), '0');
  await advisor.dragCount('students', 1);
  assert.equal(await session.page.locator('#students').inputValue(), '100000');
  await advisor.dragCount('students', 0.3);
  const count = Number(await session.page.locator('#students').inputValue());
  assert.ok(count > 20 && count < 1000, `a third of the way along is a small district (${count})`);
  const staff = Number(await session.page.locator('#staff').inputValue());
  assert.match(await advisor.text('answer-head-count'), new RegExp(`\\(${count.toLocaleString('en-US')} students`));
  assert.ok((await advisor.text('answer-head-count')).startsWith((count + staff).toLocaleString('en-US')));
  await session.close();
});

test('reset, then undo: nothing is lost', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  const answers = EXAMPLES[2].answers;
  await advisor.answerWithMouse(answers);
  const model = expected(queryOf(answers));
  await advisor.assertShows(model);

  await advisor.reset();
  await advisor.assertShows(expected(''));
  // Keyboard users land on the way back.
  assert.equal(await session.page.evaluate(() => document.activeElement?.dataset.testid), 'undo-reset');
  await advisor.undoReset();
  await advisor.assertShows(model);
  // The bar goes; focus goes back to where the reset began.
  await session.page.waitForFunction(() => document.activeElement?.dataset.testid === 'reset');
  await advisor.reload();
  await advisor.assertShows(model);
  await session.close();
});

test('the README screenshot: a large district on Clever, at 1280 px', async () => {
  const session = await open(browser, { width: 1280, height: 1380 });
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await advisor.answerWithMouse(EXAMPLES[2].answers);
  await advisor.typeDistrict('Springfield Unified');
  await session.page.evaluate(() => document.activeElement?.blur());
  const file = join(import.meta.dirname, '..', '..', 'docs', 'screenshot.png');
  await session.page.screenshot({ path: file });
  assert.equal(await advisor.recommendation(), 'Automated');
  await session.close();
});
