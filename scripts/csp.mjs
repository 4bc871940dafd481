// Trunk post-build hook: completes the page's Content-Security-Policy.
//
// Trunk writes its loader into index.html as an inline module script whose
// text changes with every build's file hashes, so the policy cannot list it
// in advance. This computes the sha256 of every inline script in the staged
// index.html and puts them where the policy says 'sha256-INLINE-SCRIPTS'.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('csp.mjs: TRUNK_STAGING_DIR is not set; run me as a Trunk hook');
  process.exit(1);
}
const file = join(staging, 'index.html');
const html = readFileSync(file, 'utf8');
const placeholder = "'sha256-INLINE-SCRIPTS'";
if (!html.includes(placeholder)) {
  console.error(`csp.mjs: ${file} has no ${placeholder} in its Content-Security-Policy`);
  process.exit(1);
}
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter(([tag]) => !/\bsrc=/.test(tag.slice(0, tag.indexOf('>'))))
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (hashes.length === 0) {
  console.error('csp.mjs: no inline script found; expected Trunk\'s loader');
  process.exit(1);
}
writeFileSync(file, html.replace(placeholder, hashes.join(' ')));
console.log(`csp.mjs: allowed ${hashes.length} inline script(s) by hash`);
