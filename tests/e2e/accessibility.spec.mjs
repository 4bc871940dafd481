// Accessibility: axe-core's WCAG 2.1 A and AA rules at phone and desktop
// widths, in light and dark schemes, before and after answers change; a
// sensible Tab order where every stop has a name; and a live region that
// announces a changed recommendation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { AdvisorPage } from './lib/advisor-page.mjs';
import { launch, open } from './lib/session.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the page's CSP stays as it is.
  await page.evaluate(AXE);
  const violations = await page.evaluate(
    (tags) => axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations),
    WCAG_21_AA,
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const BUSY = { students: 180, staff: 15, mobility: 'high', frequency: 'daily', source: 'clever', sso: true, nwea: true };

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds nothing at ${width} px in the ${colorScheme} scheme, before and after changing answers`, async () => {
      const session = await open(browser, { width, colorScheme });
      const advisor = new AdvisorPage(session.page);
      await advisor.open();
      assert.deepEqual(await axeViolations(session.page), [], 'as first opened');

      await advisor.answerWithMouse(BUSY);
      await advisor.reset();
      await advisor.undoReset();
      await advisor.tick('check-ids');
      assert.deepEqual(await axeViolations(session.page), [], 'after changing answers');

      await session.close();
    });
  }
}

test('axe finds nothing with notices, the shared-link banner and the reset bar showing', async () => {
  const session = await open(browser, {
    initScript: () => {
      if (location.protocol !== 'http:') return;
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('rostering-advisor:answers', '{"version":1,"answers":');
      }
    },
  });
  const advisor = new AdvisorPage(session.page);
  await advisor.open('?students=140&staff=oops&source=clever&colour=blue');
  assert.ok(await advisor.notice('saved-unreadable'));
  assert.ok(await advisor.notice('link-repaired'));
  await advisor.reset();
  assert.deepEqual(await axeViolations(session.page), []);
  await session.close();
});

test('axe finds nothing on a plan of several suites, overview and suite views, both schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const session = await open(browser, { width: 1280, colorScheme });
    const advisor = new AdvisorPage(session.page);
    await advisor.open('?district=540.40.medium.weekly.clever.1.0&suite=MyPath*150..high&suite=Purpose');
    await session.page.locator('[data-testid="keep-shared"]').click();
    await advisor.showDistrict();
    assert.deepEqual(await axeViolations(session.page), [], `${colorScheme}: the district overview`);
    await advisor.showSuite('MyPath');
    assert.deepEqual(await axeViolations(session.page), [], `${colorScheme}: a suite with its own answers`);
    await session.close();
  }
});

test('the checker itself catches a real violation', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await session.page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'unlabelled';
    document.querySelector('main').append(input);
  });
  const found = await axeViolations(session.page);
  assert.ok(found.some((v) => v.includes('#unlabelled')), `axe flags an unlabelled input: ${found}`);
  await session.close();
});

/** A rough accessible name: what a screen reader would announce first. */
function accessibleName(el) {
  const byIds = (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  const name =
    el.getAttribute('aria-label') ||
    (el.getAttribute('aria-labelledby') && byIds(el.getAttribute('aria-labelledby'))) ||
    (el.labels?.length ? [...el.labels].map((l) => l.textContent).join(' ') : '') ||
    (el.tagName === 'BUTTON' ? el.textContent : '') ||
    el.getAttribute('title') ||
    '';
  return name.replace(/\s+/g, ' ').trim();
}

test('Tab visits every control in reading order, and each has a name', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  const stops = [];
  for (let i = 0; i < 60; i++) {
    await session.page.keyboard.press('Tab');
    const stop = await session.page.evaluate(
      (nameOf) => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        return {
          key: el.id || el.dataset.testid || el.getAttribute('role') || el.tagName.toLowerCase(),
          name: new Function('el', `return (${nameOf})(el)`)(el),
        };
      },
      accessibleName.toString(),
    );
    if (!stop) break;
    stops.push(stop);
    // The first checklist item comes after every question and the table.
    if (stop.key.startsWith('step-')) break;
  }
  for (const stop of stops) assert.ok(stop.name.length > 1, `${stop.key} has an accessible name`);

  const order = stops.map((s) => s.key);
  const expectedOrder = [
    'district',
    'print',
    'reset',
    'copy-link',
    'students-slider',
    'students',
    'staff-slider',
    'staff',
    'mobility',
    'frequency',
    'source-none',
    'sso',
    'nwea',
    'region',
  ];
  const positions = expectedOrder.map((key) => order.indexOf(key));
  assert.ok(positions.every((p) => p >= 0), `every control is reachable: ${order.join(', ')}`);
  assert.deepEqual([...positions].sort((a, b) => a - b), positions, `in reading order: ${order.join(', ')}`);
  assert.ok(order.at(-1).startsWith('step-'), `then the checklist: ${order.join(', ')}`);
  await session.close();
});

test('a changed recommendation is announced through a polite live region', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  const region = session.page.locator('[data-testid="announcer"]');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  assert.equal(await region.getAttribute('role'), 'status');
  assert.match(await region.innerText(), /Recommended: One-time Assisted/);

  await advisor.answerWithMouse({ students: 140, staff: 10, mobility: 'low', frequency: 'as-needed', source: 'none', sso: false, nwea: false });
  assert.match(await region.innerText(), /Recommended: Self-Managed/);
  // Moving a slider without changing the outcome leaves the announcement
  // alone: not even redrawn with the same words, which would be read again.
  await session.page.evaluate(() => {
    window.__announcerChanges = 0;
    new MutationObserver((records) => (window.__announcerChanges += records.length)).observe(
      document.querySelector('[data-testid="announcer"]'),
      { subtree: true, childList: true, characterData: true },
    );
  });
  await advisor.typeCount('students', 141);
  await advisor.typeCount('students', 120);
  assert.match(await advisor.text('answer-head-count'), /130 accounts/);
  assert.equal(await session.page.evaluate(() => window.__announcerChanges), 0);
  await session.close();
});

test('when the button pressed goes away, focus moves on instead of to the top', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open('?students=140&staff=10');
  await session.page.locator('[data-testid="keep-shared"]').focus();
  await session.page.keyboard.press('Enter');
  await session.page.waitForFunction(() => document.activeElement?.matches('.suite-tabs [aria-current="page"]'));

  await advisor.addSuite('MyPath');
  await advisor.showDistrict();
  const [, myPath] = await advisor.planRows();
  await session.page.locator(`[data-testid="remove-${myPath.id}"]`).focus();
  await session.page.keyboard.press('Enter');
  await session.page.waitForFunction(() => document.activeElement?.matches('.plan-overview .table-scroll'));
  assert.equal((await advisor.planRows()).length, 1);
  await session.close();
});
