// Deployment: the headers of the real web server (nginx with
// deploy/nginx.conf, started by scripts/nginx-e2e.sh). Runs only when
// E2E_BASE_URL points at such a server; the node test server has no such
// headers. See docs/deployment.md for what each header is for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXTERNAL_BASE_URL, DIST_DIR } from './harness.mjs';

const skip = EXTERNAL_BASE_URL ? false : 'set E2E_BASE_URL (scripts/nginx-e2e.sh) to test a real web server';
const base = EXTERNAL_BASE_URL.endsWith('/') ? EXTERNAL_BASE_URL : `${EXTERNAL_BASE_URL}/`;
const YEAR_IMMUTABLE = /^public, max-age=31536000, immutable$/;

/** The hashed file names from the built index.html (script data-js / data-wasm, CSS links). */
function builtAssets() {
  const html = fs.readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
  const attr = (name) => html.match(new RegExp(`${name}="/?([^"]+)"`))?.[1];
  const css = [...html.matchAll(/<link rel="stylesheet" href="\/?([^"]+\.css)"/g)].map((m) => m[1]);
  return { js: attr('data-js'), wasm: attr('data-wasm'), css, html };
}

async function head(file, headers = {}) {
  const res = await fetch(new URL(file, base), { headers });
  await res.arrayBuffer();
  return res;
}

test('nginx: the wasm is application/wasm, gzip-compressed, cached for a year', { skip }, async () => {
  const { wasm } = builtAssets();
  assert.ok(wasm, 'index.html names the wasm file');
  const res = await head(wasm, { 'Accept-Encoding': 'gzip' });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/wasm');
  assert.equal(res.headers.get('content-encoding'), 'gzip');
  assert.match(res.headers.get('cache-control'), YEAR_IMMUTABLE);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('nginx: hashed JS and CSS are cached for a year; index.html, boot.js, sw.js and mysteries are revalidated', { skip }, async () => {
  const { js, css } = builtAssets();
  for (const file of [js, ...css]) {
    const res = await head(file);
    assert.equal(res.status, 200, file);
    assert.match(res.headers.get('cache-control'), YEAR_IMMUTABLE, file);
  }
  const expectType = {
    '': /^text\/html; charset=utf-8$/,
    'index.html': /^text\/html; charset=utf-8$/,
    'boot.js': /^(application|text)\/javascript; charset=utf-8$/,
    'sw.js': /^(application|text)\/javascript; charset=utf-8$/,
    'mysteries/index.json': /^application\/json; charset=utf-8$/,
  };
  for (const [file, type] of Object.entries(expectType)) {
    const res = await head(file);
    assert.equal(res.status, 200, file);
    assert.equal(res.headers.get('cache-control'), 'no-cache', file);
    assert.match(res.headers.get('content-type'), type, file);
    assert.ok(res.headers.get('etag') || res.headers.get('last-modified'), `${file} can be revalidated`);
  }
});

test('nginx: CSP and the other security headers are on every response, 404s too', { skip }, async () => {
  const { html } = builtAssets();
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(meta, 'index.html carries the policy in a <meta> too');
  for (const file of ['', 'mysteries/index.json', 'mysteries/bestaat-niet.json']) {
    const res = await head(file);
    const csp = res.headers.get('content-security-policy');
    assert.ok(csp, `${file || '/'}: Content-Security-Policy header`);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/, 'no inline code, no eval, no wildcards');
    assert.match(csp, /frame-ancestors 'none'/);
    // The header and the <meta> copy say the same (frame-ancestors only works in the header).
    assert.equal(csp.replace(/; frame-ancestors 'none'$/, ''), meta, 'header = meta + frame-ancestors');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    // The trainer console scans result QR codes: the camera is allowed for this site only.
    assert.equal(res.headers.get('permissions-policy'), 'camera=(self), microphone=(), geolocation=()');
  }
  assert.equal((await head('mysteries/bestaat-niet.json')).status, 404);
  assert.equal((await head('.git/config')).status, 404, 'dot files are not served');
});
