// The Rostering Advisor as a person sees it: a page object whose methods
// read like what a user does, so specs read like journeys.
import assert from 'node:assert/strict';
import { BASE_URL } from './session.mjs';

export const FACTORS = ['head-count', 'mobility', 'frequency', 'source', 'sso', 'nwea'];
export const METHODS = ['self-managed', 'assisted', 'automated'];
export const STORAGE_KEY = 'rostering-advisor:answers';
export const BACKUP_KEY = 'rostering-advisor:answers:unreadable';

const MOBILITY = ['low', 'medium', 'high'];
const FREQUENCY = ['as-needed', 'yearly', 'weekly', 'daily'];

const byTestId = (id) => `[data-testid="${id}"]`;

export class AdvisorPage {
  constructor(page) {
    this.page = page;
  }

  // --- Getting there ---------------------------------------------------

  /** Open the page, optionally with a query string, and wait for the advice. */
  async open(query = '') {
    await this.page.goto(BASE_URL + query);
    await this.ready();
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  async ready() {
    await this.page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent.trim().length > 0,
      byTestId('recommendation'),
    );
  }

  // --- Working the controls with the mouse ------------------------------

  /** Type an exact count into the number box beside a slider. */
  async typeCount(id, value) {
    const box = this.page.locator(`#${id}`);
    await box.click({ clickCount: 3 });
    await this.page.keyboard.type(String(value));
    await box.press('Tab');
  }

  /** Drag a head-count slider's thumb to a fraction of its track. */
  async dragCount(id, fraction) {
    const slider = this.page.locator(byTestId(`${id}-slider`));
    await this.dragSlider(slider, fraction);
  }

  /** Click a stepped slider at the stop for `token` (e.g. "high", "daily"). */
  async clickStep(id, token) {
    const stops = id === 'mobility' ? MOBILITY : FREQUENCY;
    const index = stops.indexOf(token);
    assert.ok(index >= 0, `no ${id} stop called ${token}`);
    await this.dragSlider(this.page.locator(`#${id}`), index / (stops.length - 1));
    assert.equal(await this.page.locator(`#${id}`).inputValue(), String(index));
  }

  async dragSlider(slider, fraction) {
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    // Chrome maps the track between half a thumb from each end.
    const thumb = 16;
    const x = box.x + thumb / 2 + fraction * (box.width - thumb);
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width / 2, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Pick where roster data lives: "none", "sis", "clever" or "classlink". */
  async clickSource(token) {
    await this.page.locator(`label[for="source-${token}"]`).click();
  }

  /** Set a switch ("sso" or "nwea") on or off by clicking it if needed. */
  async clickSwitch(id, on) {
    const sw = this.page.locator(`#${id}`);
    if ((await sw.isChecked()) !== on) await sw.click();
  }

  // --- Working the controls with the keyboard only -----------------------

  /** Press Tab until the element matching `selector` has focus. */
  async tabTo(selector) {
    for (let i = 0; i < 150; i++) {
      if (await this.page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
      await this.page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached ${selector}`);
  }

  async keyboardCount(id, value) {
    await this.tabTo(`#${id}`);
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(String(value));
  }

  /** Move a stepped slider with the arrow keys until it shows `token`. */
  async keyboardStep(id, token) {
    const stops = id === 'mobility' ? MOBILITY : FREQUENCY;
    await this.tabTo(`#${id}`);
    await this.page.keyboard.press('Home');
    for (let i = 0; i < stops.indexOf(token); i++) await this.page.keyboard.press('ArrowRight');
  }

  /** Move through the source radios with the arrow keys. */
  async keyboardSource(token) {
    await this.tabTo('input[name="source"]');
    const order = ['none', 'sis', 'clever', 'classlink'];
    const current = await this.page.evaluate(() => document.activeElement.value);
    const steps = (order.indexOf(token) - order.indexOf(current) + order.length) % order.length;
    for (let i = 0; i < steps; i++) await this.page.keyboard.press('ArrowRight');
  }

  async keyboardSwitch(id, on) {
    await this.tabTo(`#${id}`);
    if ((await this.page.locator(`#${id}`).isChecked()) !== on) await this.page.keyboard.press('Space');
  }

  // --- Answers in one go --------------------------------------------------

  /** Work every control with the mouse to match a set of answers. */
  async answerWithMouse(a) {
    await this.typeCount('students', a.students);
    await this.typeCount('staff', a.staff);
    await this.clickStep('mobility', a.mobility);
    await this.clickStep('frequency', a.frequency);
    await this.clickSource(a.source);
    await this.clickSwitch('sso', a.sso);
    await this.clickSwitch('nwea', a.nwea);
  }

  /** The same, with nothing but Tab, arrows, Space and typing. */
  async answerWithKeyboard(a) {
    await this.keyboardCount('students', a.students);
    await this.keyboardCount('staff', a.staff);
    await this.keyboardStep('mobility', a.mobility);
    await this.keyboardStep('frequency', a.frequency);
    await this.keyboardSource(a.source);
    await this.keyboardSwitch('sso', a.sso);
    await this.keyboardSwitch('nwea', a.nwea);
  }

  // --- Reading the page ----------------------------------------------------

  text(testId) {
    return this.page.locator(byTestId(testId)).innerText().then((t) => t.trim());
  }

  recommendation() {
    return this.text('recommendation');
  }

  clarity() {
    return this.page.locator(byTestId('clarity')).getAttribute('data-clarity');
  }

  /** Every cell of the comparison table, as the page shows it. */
  async table() {
    return this.page.evaluate(
      ({ factors, methods }) => {
        const text = (sel) => document.querySelector(sel)?.textContent.replace(/\s+/g, ' ').trim();
        const rows = {};
        for (const f of factors) {
          const cells = {};
          for (const m of methods) {
            const td = document.querySelector(`[data-testid="cell-${f}-${m}"]`);
            cells[m] = {
              fit: td.dataset.fit,
              label: td.querySelector('.fit-label').textContent.trim(),
              symbol: td.querySelector('.fit-symbol').textContent.trim(),
              reason: td.querySelector('.fit-reason').textContent.trim(),
              marked: td.classList.contains('recommended'),
            };
          }
          rows[f] = { answer: text(`[data-testid="answer-${f}"]`), cells };
        }
        const marked = methods.filter((m) =>
          document.querySelector(`[data-testid="column-${m}"]`).classList.contains('recommended'),
        );
        const scores = Object.fromEntries(methods.map((m) => [m, text(`[data-testid="score-${m}"]`)]));
        return { rows, marked, scores };
      },
      { factors: FACTORS, methods: METHODS },
    );
  }

  /** The recommendation and every cell of the table agree with the model. */
  async assertShows(model) {
    assert.equal(await this.recommendation(), model.recommended);
    assert.equal(await this.clarity(), model.clarity);
    const table = await this.table();
    assert.deepEqual(table.marked, [model.recommendedId], 'only the recommended column is marked');
    const symbols = { good: '✓', partial: '◐', poor: '✗' };
    for (const f of FACTORS) {
      const row = table.rows[f];
      assert.equal(row.answer, model.factors[f].answer, `answer shown for ${f}`);
      for (const m of METHODS) {
        const want = model.factors[f].methods[m];
        const got = row.cells[m];
        assert.deepEqual(
          { fit: got.fit, label: got.label, reason: got.reason, symbol: got.symbol },
          { fit: want.fit, label: want.label, reason: want.reason, symbol: symbols[want.fit] },
          `cell ${f} / ${m}`,
        );
        assert.equal(got.marked, m === model.recommendedId, `marking of ${f} / ${m}`);
      }
    }
    for (const m of METHODS) assert.ok(table.scores[m].startsWith(`${model.scores[m]} of`), `score of ${m}`);
  }

  async notice(id) {
    const el = this.page.locator(byTestId(`notice-${id}`));
    return (await el.count()) ? (await el.innerText()).trim() : null;
  }

  async storage() {
    return this.page.evaluate(() => ({ ...localStorage }));
  }

  // --- The plan's suites ----------------------------------------------------

  async showDistrict() {
    await this.page.locator('[data-testid="tab-0"]').click();
  }

  /** Open a suite's own view by its name on the tabs. */
  async showSuite(name) {
    await this.page.locator('.suite-tabs .tab', { hasText: name }).first().click();
  }

  async addSuite(name) {
    await this.showDistrict();
    await this.page.locator('#new-suite').fill(name);
    await this.page.locator('[data-testid="add-suite"]').click();
  }

  async renameSuite(name) {
    await this.page.locator('#suite-name').fill(name);
  }

  /** The plan at a glance: a row per suite, in order. */
  async planRows() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.plan-overview [data-testid^="plan-row-"]')].map((row) => {
        const cells = row.querySelectorAll('th, td');
        return {
          id: Number(row.dataset.testid.replace('plan-row-', '')),
          name: cells[0].textContent.trim(),
          accounts: cells[1].textContent.trim(),
          method: cells[2].textContent.trim(),
        };
      }),
    );
  }

  async rowAction(id, action) {
    await this.showDistrict();
    await this.page.locator(`[data-testid="${action}-${id}"]`).click();
  }

  // --- Page actions --------------------------------------------------------

  async reset() {
    await this.page.locator(byTestId('reset')).click();
  }

  async undoReset() {
    await this.page.locator(byTestId('undo-reset')).click();
  }

  async typeDistrict(name) {
    await this.page.locator('#district').fill(name);
  }

  async copyLink() {
    await this.page.locator(byTestId('copy-link')).click();
  }

  async tick(stepId) {
    await this.page.locator(byTestId(`step-${stepId}`)).click();
  }

  isTicked(stepId) {
    return this.page.locator(byTestId(`step-${stepId}`)).isChecked();
  }
}

/** The share-link query for a set of answers, as the page writes it. */
export function queryOf(a) {
  return [
    `students=${a.students}`,
    `staff=${a.staff}`,
    `mobility=${a.mobility}`,
    `frequency=${a.frequency}`,
    `source=${a.source}`,
    `sso=${a.sso ? 1 : 0}`,
    `nwea=${a.nwea ? 1 : 0}`,
  ].join('&');
}
