// Shared helpers for Mysterie's end-to-end tests (node:test + playwright-core
// driving the system Chromium). Run the suite with `bash scripts/test.sh`, or,
// after a `trunk build --release --offline`, with `npm test` in tests/e2e.
//
// A test file is any `*.test.mjs` in this folder (node --test finds them).
// Typical shape:
//
//   import { test, before, after } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { startServer, launchBrowser, openApp, checkA11y, formatViolations } from './harness.mjs';
//
//   let server, browser;
//   before(async () => { server = await startServer(); browser = await launchBrowser(); });
//   after(async () => { await browser?.close(); await server?.close(); });
//
//   test('home page', async () => {
//     const app = await openApp(browser, server);          // waits for a visible <h1>
//     await app.page.getByRole('button', { name: 'Start' }).click();
//     const violations = await checkA11y(app.page);
//     assert.equal(violations.length, 0, formatViolations(violations));
//     app.assertNoErrors();
//     await app.close();
//   });
//
// Overriding a URL's response (e.g. a broken or missing mystery) — use
// Playwright's page.route before navigating, or the mockRoute() shorthand:
//
//   await app.page.route('**/mysteries/index.json', (route) =>
//     route.fulfill({ status: 200, contentType: 'application/json', body: '{"oops":' }));
//   await mockRoute(page, '**/mysteries/foo.json', { status: 404 });
//   await mockRoute(page, '**/mysteries/foo.json', { json: { title: 'x' } });
//   // then page.goto(...); remove with page.unroute(pattern).
//
// A deliberate 404 makes Chromium log "Failed to load resource" as a console
// error: pass `ignoreConsole: [/Failed to load resource/]` to newPage/openApp.

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The built app: $DIST_DIR, else <repo>/dist. */
export const DIST_DIR = path.resolve(process.env.DIST_DIR || path.join(HERE, '..', '..', 'dist'));
/** Where screenshot() writes (git-ignored). */
export const ARTIFACTS_DIR = path.join(HERE, 'artifacts');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

async function fileIfExists(p) {
  try {
    const st = await fsp.stat(p);
    if (st.isFile()) return p;
    if (st.isDirectory()) {
      const index = path.join(p, 'index.html');
      if ((await fsp.stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    /* missing */
  }
  return null;
}

/**
 * Static file server for the built app on 127.0.0.1 with a free port.
 *
 * - serves files from distDir with proper MIME types (.wasm -> application/wasm);
 * - SPA fallback: a GET for a path whose last segment has no file extension
 *   (e.g. /play/some-mystery) that matches no file gets dist/index.html;
 *   a missing file WITH an extension (e.g. /mysteries/nope.json) is a real 404;
 * - sends `Cache-Control: no-store`;
 * - records every request in `requests` ({method, path, status}).
 *
 * @returns {Promise<{url: string, port: number, distDir: string,
 *   requests: {method: string, path: string, status: number}[], close: () => Promise<void>}>}
 *   url ends with "/" (e.g. http://127.0.0.1:40123/).
 */
export async function startServer(distDir = DIST_DIR) {
  const root = path.resolve(distDir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`startServer: no index.html in ${root} — run \`trunk build --release --offline\` first`);
  }
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const record = (status) => requests.push({ method: req.method, path: req.url, status });
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return record(405);
      }
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      } catch {
        res.writeHead(400).end();
        return record(400);
      }
      const target = path.resolve(root, '.' + path.posix.normalize(pathname));
      if (target !== root && !target.startsWith(root + path.sep)) {
        res.writeHead(403).end();
        return record(403);
      }
      let file = await fileIfExists(target);
      if (!file && path.posix.extname(pathname) === '') file = path.join(root, 'index.html');
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
        return record(404);
      }
      const body = await fsp.readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      record(200);
    } catch (err) {
      res.writeHead(500).end(String(err));
      record(500);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    distDir: root,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** The Chromium binary: $CHROMIUM_PATH, else /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Headless system Chromium via playwright-core (never a downloaded browser).
 * @param {import('playwright-core').LaunchOptions} [options] merged over the defaults
 */
export async function launchBrowser(options = {}) {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(`launchBrowser: no Chromium at ${executablePath} (run scripts/setup.sh or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    ...options,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args || []),
    ],
  });
}

/**
 * Console errors that are browser noise, not app errors: Chromium fetches
 * /favicon.ico by itself when index.html declares no icon.
 */
export const DEFAULT_IGNORE_CONSOLE = [/\/favicon\.ico\b/];

/**
 * A fresh browser context + page that records problems:
 *   consoleErrors  console.error(...) and Chromium's own error messages (strings)
 *   pageErrors     uncaught exceptions / unhandled rejections, incl. wasm panics (strings)
 *   failedRequests requests that failed at the network level (strings)
 *
 * @param {import('playwright-core').Browser} browser
 * @param {{ignoreConsole?: RegExp[]} & import('playwright-core').BrowserContextOptions} [options]
 *   ignoreConsole: console errors matching any of these (or DEFAULT_IGNORE_CONSOLE)
 *   are not recorded;
 *   everything else is passed to browser.newContext (viewport, locale, ...).
 */
export async function newPage(browser, options = {}) {
  const { ignoreConsole: extraIgnores = [], ...contextOptions } = options;
  const ignoreConsole = [...DEFAULT_IGNORE_CONSOLE, ...extraIgnores];
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const failedRequests = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    const text = `${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`;
    if (!ignoreConsole.some((re) => re.test(text))) consoleErrors.push(text);
  });
  page.on('pageerror', (err) => pageErrors.push(err?.stack || String(err)));
  page.on('requestfailed', (req) => {
    failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText}`);
  });
  return {
    page,
    context,
    consoleErrors,
    pageErrors,
    failedRequests,
    /** Throws (test fails) if any page error or console error was recorded. */
    assertNoErrors() {
      assert.deepEqual(pageErrors, [], `page errors:\n${pageErrors.join('\n')}`);
      assert.deepEqual(consoleErrors, [], `console errors:\n${consoleErrors.join('\n')}`);
    },
    close: () => context.close(),
  };
}

/**
 * newPage + goto(server.url + route) + wait until an <h1> is visible
 * (i.e. the wasm app has mounted). Returns what newPage returns.
 * @param {string} [options.path] route relative to the app root, e.g. 'play/foo'
 */
export async function openApp(browser, server, options = {}) {
  const { path: route = '', timeout = 30_000, ...pageOptions } = options;
  const app = await newPage(browser, pageOptions);
  await app.page.goto(new URL(route.replace(/^\//, ''), server.url).href);
  await app.page.locator('h1').first().waitFor({ state: 'visible', timeout });
  return app;
}

/** Short form of page.route(pattern, fulfill): {status, json, body, contentType, headers}. */
export async function mockRoute(page, pattern, { status = 200, json, body, contentType, headers } = {}) {
  await page.route(pattern, (route) =>
    route.fulfill({
      status,
      headers,
      contentType: contentType ?? (json !== undefined ? 'application/json' : 'text/plain'),
      body: json !== undefined ? JSON.stringify(json) : (body ?? ''),
    }),
  );
}

export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
let axeSource;

/**
 * Runs axe-core in the page (WCAG 2.0/2.1/2.2 A + AA rules) and returns its
 * violations (empty array = none).
 * @param {import('playwright-core').Page} page
 * @param {{context?: any, tags?: string[], rules?: object}} [options]
 *   context: axe context (selector or {include, exclude}), default the document;
 *   rules: axe per-rule options, e.g. {'color-contrast': {enabled: false}}.
 */
export async function checkA11y(page, { context = null, tags = A11Y_TAGS, rules } = {}) {
  axeSource ??= await fsp.readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ content: axeSource });
  }
  const result = await page.evaluate(
    async ({ context, tags, rules }) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(context ?? document, {
        runOnly: { type: 'tag', values: tags },
        ...(rules ? { rules } : {}),
        resultTypes: ['violations'],
      });
      return r.violations;
    },
    { context, tags, rules },
  );
  return result;
}

/** Human-readable summary of checkA11y()'s violations, for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n'),
    )
    .join('\n');
}

/** Full-page PNG into tests/e2e/artifacts/<name>.png (for looking at the app). */
export async function screenshot(page, name) {
  await fsp.mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
