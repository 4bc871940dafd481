// Privacy and hardening: the page asks for nothing but its own files, and
// its Content-Security-Policy allows nothing else: no eval, no inline script
// but Trunk's loader, identified by its hash.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { AdvisorPage } from './lib/advisor-page.mjs';
import { BASE_URL, launch, open } from './lib/session.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test('a whole session requests only the page own files, and nothing after load', async () => {
  const session = await open(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const urls = [];
  session.page.on('request', (r) => urls.push(r.url()));
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  const atLoad = urls.length;
  assert.ok(urls.every((u) => u.startsWith(BASE_URL)), `only own files: ${urls.join(', ')}`);
  assert.ok(urls.some((u) => u.endsWith('.wasm')) && urls.some((u) => u.endsWith('.js')));

  await advisor.answerWithMouse({ students: 3700, staff: 300, mobility: 'high', frequency: 'daily', source: 'clever', sso: true, nwea: true });
  await advisor.typeDistrict('Springfield');
  await advisor.copyLink();
  await advisor.tick('auto-request');
  await session.page.emulateMedia({ media: 'print' });
  await session.page.pdf({ format: 'Letter' });
  assert.deepEqual(urls.slice(atLoad), [], 'no requests while the page is used');
  await session.close();
});

test('the Content-Security-Policy allows only the page itself', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  const { policy, inline } = await session.page.evaluate(() => ({
    policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
    inline: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent),
  }));
  const directives = Object.fromEntries(
    policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]),
  );
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['style-src'], ["'self'"]);
  const scripts = directives['script-src'];
  assert.ok(scripts.includes("'self'") && scripts.includes("'wasm-unsafe-eval'"));
  for (const forbidden of ["'unsafe-eval'", "'unsafe-inline'", '*', 'http:', 'https:', 'data:']) {
    assert.ok(!scripts.includes(forbidden), `script-src must not allow ${forbidden}`);
  }
  // Every inline script is allowed by its own hash, and nothing else by hash.
  const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  assert.ok(hashes.length >= 1, 'Trunk loader present');
  assert.deepEqual(scripts.filter((s) => s.startsWith("'sha256-")).sort(), [...hashes].sort());
  await session.close();
});

test('the policy is enforced: injected scripts and handlers do not run', async () => {
  const session = await open(browser);
  const advisor = new AdvisorPage(session.page);
  await advisor.open();
  await session.page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handler = true');
    img.src = 'data:,not-an-image';
    document.body.append(img);
  });
  // Both are refused and reported before anything is checked.
  await session.page.waitForFunction(() => window.__cspViolations.filter((v) => v.startsWith('script-src')).length >= 2);
  const outcome = await session.page.evaluate(() => ({
    injected: window.__injected === true,
    handler: window.__handler === true,
  }));
  assert.equal(outcome.injected, false, 'an inline script without the hash does not run');
  assert.equal(outcome.handler, false, 'an inline event handler does not run');
  // Both refusals were reported; they came from this test, so they are set aside.
  const reported = await session.page.evaluate(() => window.__cspViolations.splice(0));
  assert.ok(reported.some((v) => v.startsWith('script-src')), reported.join('; '));
  session.problems.length = 0;
  await session.close();
});
