// Trunk post-build hook, run on the staged site before it becomes dist/:
//
// 1. In release builds, minifies the JavaScript with terser. wasm-bindgen's
//    glue is readable, commented code; minified it downloads about a quarter
//    smaller. (Trunk's own minifier cannot parse it.)
// 2. Recomputes the subresource-integrity hashes in index.html for files
//    that step changed.
// 3. Drops preloads of snippets the page itself never imports.
// 4. Completes the Content-Security-Policy: Trunk writes its loader into
//    index.html as an inline script whose text changes with every build, so
//    the policy lists it by hash in place of 'sha256-INLINE-SCRIPTS'.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run me as a Trunk hook');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';
const digest = (algorithm, body) => createHash(algorithm).update(body).digest('base64');

const scripts = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js')) scripts.push(path);
  }
};
walk(staging);

const indexFile = join(staging, 'index.html');
let html = readFileSync(indexFile, 'utf8');

if (release) {
  let before = 0;
  let after = 0;
  for (const path of scripts) {
    const source = readFileSync(path, 'utf8');
    const { code } = await minify(source, { module: true, compress: true, mangle: true });
    writeFileSync(path, code);
    before += source.length;
    after += code.length;
    // Keep the integrity check true to the file the browser will fetch.
    const href = `./${relative(staging, path)}`;
    // Trunk's HTML minifier may have dropped the attribute quotes.
    const escaped = href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    html = html.replace(
      new RegExp(`(href="?${escaped}"?[^>]*integrity="?)sha(256|384|512)-[^"\\s>]+`),
      (_, head, bits) => `${head}sha${bits}-${digest(`sha${bits}`, code)}`,
    );
  }
  console.log(`post-build: minified ${scripts.length} script(s), ${before} -> ${after} bytes`);
}

// Trunk preloads every wasm-bindgen snippet, but the import worker's snippet
// is the worker's alone: the page need not fetch it at load.
const loaderImport = /import\s+init[^'"]*['"]\.\/([^'"]+)['"]/.exec(html)?.[1];
const pageScripts = loaderImport ? readFileSync(join(staging, loaderImport), 'utf8') : '';
html = html.replace(/<link\b[^>]*\brel="?modulepreload"?[^>]*>/g, (tag) => {
  const href = /href="?\.\/([^"\s>]+)/.exec(tag)?.[1] ?? '';
  const snippet = href.startsWith('snippets/');
  return snippet && !pageScripts.includes(href) ? '' : tag;
});

const placeholder = "'sha256-INLINE-SCRIPTS'";
if (!html.includes(placeholder)) {
  console.error(`post-build: index.html has no ${placeholder} in its Content-Security-Policy`);
  process.exit(1);
}
const hashes = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  .filter(([, attributes]) => !/\bsrc=/.test(attributes))
  .map(([, , body]) => `'sha256-${digest('sha256', body)}'`);
if (hashes.length === 0) {
  console.error("post-build: no inline script found; expected Trunk's loader");
  process.exit(1);
}
writeFileSync(indexFile, html.replace(placeholder, hashes.join(' ')));
console.log(`post-build: allowed ${hashes.length} inline script(s) by hash`);
