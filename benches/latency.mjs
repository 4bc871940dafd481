// Input latency on the built page, in headless Chromium: for each kind of
// control, 300 input events, timed from dispatch until the page has finished
// updating (Leptos applies changes in microtasks, so the next task sees the
// finished DOM). Also the time from navigation start to the first complete
// comparison table, and one change applied with thirty suites in the plan.
// A benchmark, not a test: it prints figures.
//
//   node benches/latency.mjs      (after `trunk build --release --offline`)
import { serve } from '../tests/e2e/lib/server.mjs';

process.env.E2E_BASE_URL ??= 'http://127.0.0.1/';
const { launch } = await import('../tests/e2e/lib/session.mjs');

const EVENTS = 300;
const LOADS = 20;

const server = await serve('dist');
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript(() => {
  // When the last cell of the table first carries its fit.
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="cell-nwea-automated"][data-fit]')) {
      window.__firstTable = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
});
const page = await context.newPage();

const loads = [];
for (let i = 0; i < LOADS; i++) {
  await page.goto(server.url);
  await page.waitForFunction(() => window.__firstTable);
  loads.push(await page.evaluate(() => window.__firstTable));
}

// How each control is worked: which element, and the values it cycles through.
const CONTROLS = [
  { name: 'head-count slider', selector: '[data-testid="students-slider"]', kind: 'value', values: ['120', '480', '700', '900'] },
  { name: 'number box', selector: '#staff', kind: 'value', values: ['10', '250', '3000', '45'] },
  { name: 'stepped slider', selector: '#frequency', kind: 'value', values: ['0', '1', '2', '3'] },
  { name: 'segmented radio', selector: 'input[name="source"]', kind: 'radio' },
  { name: 'switch', selector: '#sso', kind: 'click' },
  { name: 'district name', selector: '#district', kind: 'value', values: ['Springfield', 'Shelbyville', 'Ogdenville'] },
  // A tick changes a property and the saved record, not the DOM's markup.
  { name: 'checklist tick', selector: '[data-testid="step-check-ids"]', kind: 'click', saves: true },
];

/** Works each control `EVENTS` times; the time of every event, per control. */
const measure = async (controls) => {
  const results = [];
  for (const control of controls) {
    const times = await page.evaluate(
      async ({ control, events }) => {
        const nextTask = () =>
          new Promise((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = resolve;
            channel.port2.postMessage(0);
          });
        const elements = [...document.querySelectorAll(control.selector)];
        const times = [];
        let changed = 0;
        const observer = new MutationObserver(() => changed++);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        for (let i = 0; i < events; i++) {
          await nextTask();
          const before = changed;
          const start = performance.now();
          if (control.kind === 'value') {
            const el = elements[0];
            el.value = control.values[i % control.values.length];
            el.dispatchEvent(new Event('input', { bubbles: true }));
          } else if (control.kind === 'radio') {
            elements[(i + 1) % elements.length].click();
          } else {
            elements[0].click();
          }
          const saved = control.saves && localStorage.getItem('rostering-advisor:answers');
          await nextTask();
          times.push(performance.now() - start);
          const updated = control.saves
            ? localStorage.getItem('rostering-advisor:answers') !== saved
            : changed !== before;
          if (!updated) throw new Error(`${control.name}: event ${i} changed nothing`);
        }
        observer.disconnect();
        return times;
      },
      { control, events: EVENTS },
    );
    results.push({ name: control.name, times });
  }
  return results;
};

const results = await measure(CONTROLS);

// A plan of thirty suites, each with its own head count, saved before the
// page loads. One suite's answer changes only that suite; a district-wide
// answer changes every suite and every row of the plan at a glance.
const SUITES = 30;
const plan = {
  version: 2,
  district: { students: 500, staff: 40, mobility: 'low', frequency: 'yearly', source: 'none', sso: false, nwea: false },
  districtName: '',
  suites: Array.from({ length: SUITES }, (_, i) => ({ id: i + 1, name: `Suite ${i + 1}`, students: 100 + 97 * i, ticked: [] })),
  selected: 15,
};
await page.evaluate((record) => localStorage.setItem('rostering-advisor:answers', JSON.stringify(record)), plan);
await page.reload();
await page.waitForSelector('[data-testid="recommendation"]');
const inPlan = await measure([
  { name: 'one suite', selector: '[data-testid="students-slider"]', kind: 'value', values: ['120', '480', '700', '900'] },
  { name: 'whole district', selector: 'input[name="source"]', kind: 'radio' },
]);

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
};
const ms = (x) => x.toFixed(2).padStart(7);

console.log(`\nInput latency: ${EVENTS} events per control, dispatch to finished DOM update (ms)`);
console.log(`${'control'.padEnd(18)} median     p95     max`);
for (const { name, times } of results) {
  const s = stats(times);
  console.log(`${name.padEnd(18)}${ms(s.median)} ${ms(s.p95)} ${ms(s.max)}`);
}
console.log(`\nWith ${SUITES} suites in the plan, a suite's tab on show (ms)`);
console.log(`${'change'.padEnd(18)} median     p95     max`);
for (const { name, times } of inPlan) {
  const s = stats(times);
  console.log(`${name.padEnd(18)}${ms(s.median)} ${ms(s.p95)} ${ms(s.max)}`);
}
const l = stats(loads);
console.log(`\nNavigation start to first complete table, ${LOADS} loads (ms): median ${l.median.toFixed(1)}, p95 ${l.p95.toFixed(1)}, max ${l.max.toFixed(1)}`);

await browser.close();
await server.close();
