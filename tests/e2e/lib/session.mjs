// Browser sessions for the specs: Debian's Chromium driven by playwright-core,
// with watchers that fail a test on any console error, uncaught exception,
// Content-Security-Policy violation or request to another origin.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL;
if (!BASE_URL) throw new Error('E2E_BASE_URL is not set: run the suite with tests/e2e/run.mjs');

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
}

/**
 * A fresh context and page. Options: width, height, colorScheme,
 * permissions, and initScript (run before the page's own scripts).
 */
export async function open(browser, options = {}) {
  const { width = 1280, height = 900, colorScheme = 'light', permissions = [], initScript } = options;
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(BASE_URL).origin });
  const problems = [];
  const origin = new URL(BASE_URL).origin;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__cspViolations ||= []).push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  if (initScript) await context.addInitScript(initScript);
  const watch = (page) => {
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  };
  context.on('page', watch);
  const page = await context.newPage();

  return {
    context,
    page,
    problems,
    /** Fail if anything went wrong in any page of this context; then close it. */
    async close() {
      for (const p of context.pages()) {
        const csp = await p.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        problems.push(...csp.map((v) => `CSP violation: ${v}`));
      }
      await context.close();
      assert.deepEqual(problems, [], 'the page reported problems');
    },
  };
}
