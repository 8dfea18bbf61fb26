// Shared helpers for Mysterie's end-to-end tests (node:test + playwright-core
// driving the system Chromium). Run the suite with `bash scripts/test.sh`, or,
// after `bash scripts/build.sh` (every bundle), with `npm test` in tests/e2e.
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
//     const app = await openApp(browser, server);          // waits for the app and a visible <h1>
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
//
// index.html shows a static copy of the library until the wasm app takes over
// (web/boot.js marks <html data-app="ready">). page.goto() and page.reload()
// of a newPage() wait for that mark (waitForApp); pass {waitForApp: false} to
// test the static page itself (first-load.test.mjs). Pages opened by the app
// (the projector window) are not wrapped: wait for their content as usual.

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

/**
 * An external server to test instead of the node server (e.g. nginx, see
 * scripts/nginx-e2e.sh): its base URL, or '' when unset.
 */
export const EXTERNAL_BASE_URL = process.env.E2E_BASE_URL || '';

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
 * With $E2E_BASE_URL set (scripts/nginx-e2e.sh), a call with the default
 * distDir returns that external server instead (see externalServer below),
 * so every test runs unchanged against it.
 *
 * @returns {Promise<{url: string, port: number, distDir: string,
 *   requests: {method: string, path: string, status: number}[], close: () => Promise<void>}>}
 *   url ends with "/" (e.g. http://127.0.0.1:40123/).
 */
export async function startServer(distDir = DIST_DIR) {
  if (EXTERNAL_BASE_URL && path.resolve(distDir) === DIST_DIR) return externalServer();
  const root = path.resolve(distDir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`startServer: no index.html in ${root} — run \`bash scripts/build.sh\` first`);
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

/**
 * The server at $E2E_BASE_URL, in startServer()'s shape, so the suite runs
 * unchanged against it. `requests` is read from $E2E_ACCESS_LOG when set: one
 * "METHOD PATH STATUS" line per request (the log_format of
 * scripts/nginx-e2e.sh); else it stays empty. close() leaves the server running.
 */
function externalServer() {
  const url = new URL(EXTERNAL_BASE_URL);
  const logFile = process.env.E2E_ACCESS_LOG;
  return {
    url: url.href.endsWith('/') ? url.href : `${url.href}/`,
    port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
    distDir: DIST_DIR,
    external: true,
    get requests() {
      if (!logFile || !fs.existsSync(logFile)) return [];
      return fs
        .readFileSync(logFile, 'utf8')
        .split('\n')
        .map((line) => line.trim().split(' '))
        .filter((parts) => parts.length === 3)
        .map(([method, p, status]) => ({ method, path: p, status: Number(status) }));
    },
    close: async () => {},
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
  // The app registers a service worker (web/sw.js). Requests it makes are not
  // seen by page.route, which many tests use to serve broken files, so it is
  // blocked unless a test asks for it (serviceWorkers: 'allow', offline.test.mjs).
  const context = await browser.newContext({ serviceWorkers: 'block', ...contextOptions });
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
  // index.html shows a static copy of the library until the wasm app takes
  // over (web/boot.js). goto() and reload() wait for that, so a test that
  // interacts with the app never meets the static copy; pass
  // {waitForApp: false} to look at the static page itself.
  for (const method of ['goto', 'reload']) {
    const original = page[method].bind(page);
    page[method] = async (...args) => {
      const optionsAt = method === 'goto' ? 1 : 0;
      const { waitForApp: wait = true, ...rest } = args[optionsAt] ?? {};
      args[optionsAt] = rest;
      const response = await original(...args);
      if (wait) await waitForApp(page, { timeout: rest.timeout });
      return response;
    };
  }
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
 * Waits until web/boot.js has put the wasm app in place of index.html's static
 * library: <html data-app="ready"> (or "failed": the wasm could not load).
 * Pages without boot.js (about:blank, another site) pass at once.
 * @param {import('playwright-core').Page} page
 */
export async function waitForApp(page, { timeout = 30_000 } = {}) {
  await page.waitForFunction(
    () =>
      !document.querySelector('script[data-wasm]') || ['ready', 'failed'].includes(document.documentElement.dataset.app),
    null,
    { timeout: timeout ?? 30_000 },
  );
}

/**
 * newPage + goto(server.url + route) + wait until the wasm app is in place
 * (waitForApp) and an <h1> is visible. Returns what newPage returns.
 * @param {string} [options.path] route relative to the app root, e.g. 'play/foo'
 */
export async function openApp(browser, server, options = {}) {
  const { path: route = '', timeout = 30_000, ...pageOptions } = options;
  const app = await newPage(browser, pageOptions);
  await app.page.goto(new URL(route.replace(/^\//, ''), server.url).href, { timeout });
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
    // Evaluated through the DevTools protocol, not as a <script> tag: the
    // app's Content-Security-Policy forbids inline scripts.
    await page.evaluate(axeSource);
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

// ---------------------------------------------------------------------------
// Helpers for the user-story tests (library, play-*, reload, broken).
// Expectations come from the mystery JSON files, never from hard-coded content.

/**
 * Where the mystery JSON files are read from: the copy the app serves
 * (<DIST_DIR>/mysteries), else the repository's mysteries/ folder.
 */
export const MYSTERIES_DIR = fs.existsSync(path.join(DIST_DIR, 'mysteries', 'index.json'))
  ? path.join(DIST_DIR, 'mysteries')
  : path.join(HERE, '..', '..', 'mysteries');

/** mysteries/index.json, parsed. */
export function readLibrary() {
  return JSON.parse(fs.readFileSync(path.join(MYSTERIES_DIR, 'index.json'), 'utf8'));
}

/** A scenario file from mysteries/, parsed (file name as in index.json). */
export function readScenario(file) {
  return JSON.parse(fs.readFileSync(path.join(MYSTERIES_DIR, file), 'utf8'));
}

/** The raw text of a file in mysteries/. */
export function readMysteryText(file) {
  return fs.readFileSync(path.join(MYSTERIES_DIR, file), 'utf8');
}

/** The first (bundled) mystery: {entry, scenario}. */
export function bundledMystery() {
  const entry = readLibrary().mysteries[0];
  return { entry, scenario: readScenario(entry.file) };
}

/** The UI label of a snake_case id: first letter upper case, "_" as space. */
export function labelOf(id) {
  const s = id.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** RegExp matching a text exactly (whole string). */
export function exactly(s) {
  return new RegExp(`^${escapeRegExp(s)}$`);
}

/** RegExp matching text that starts with s. */
export function startsWith(s) {
  return new RegExp(`^${escapeRegExp(s)}`);
}

/** Runs axe and fails with a readable message naming `where` if anything is found. */
export async function assertA11y(page, where, options) {
  const violations = await checkA11y(page, options);
  assert.equal(violations.length, 0, `axe violations (${where}):\n${formatViolations(violations)}`);
}

/**
 * What a "good job" on a scenario looks like, all derived from the data:
 *   placements  clue id -> category id or "aside" (red herrings aside, others in their category)
 *   key         solution.key_clues
 *   chains      solution.chains ({from, to})
 *   cited       the clues to cite in Oplossen (the key clues)
 *   explanation sentences with at least one word of every solution concept
 *   statements  statement id -> 1..5 (varied, deterministic)
 *   open        question id -> an answer
 */
export function goodPlan(scenario) {
  const placements = {};
  for (const clue of scenario.clues) {
    placements[clue.id] = clue.relevance === 'red_herring' || !clue.category ? 'aside' : clue.category;
  }
  const conceptWords = scenario.solution.concepts.map((c) => c.words[0]);
  // Whole sentences (src/domain/explanation.rs): concept words count only inside sentences.
  const explanation =
    'Wij denken dat het mis ging door een samenloop van dingen, en niet door één ding. ' +
    conceptWords.map((w) => `Een belangrijk punt is ${w}, omdat dat in de kaarten steeds terugkomt.`).join(' ') +
    ' Samen verklaren deze punten waarom de hulp zo laat kwam en wat eerder had geholpen.';
  const statements = {};
  scenario.reflection.statements.forEach((s, i) => {
    statements[s.id] = (i % 5) + 1;
  });
  const open = {};
  scenario.reflection.questions.forEach((q, i) => {
    open[q.id] = `Ons antwoord op vraag ${i + 1}: daar hebben we samen goed over gepraat.`;
  });
  return {
    placements,
    key: [...scenario.solution.key_clues],
    chains: scenario.solution.chains.map(({ from, to }) => ({ from, to })),
    cited: [...scenario.solution.key_clues],
    conceptWords,
    explanation,
    statements,
    open,
  };
}

/** The labels of the 1..5 scale in Reflecteren (UI text, see src/pages/play/reflect.rs). */
export const SCALE_LABELS = ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'];

/** The board columns of Ordenen: [{value, name}] in UI order, from the data. */
export function boardColumns(scenario) {
  return [
    { value: '', name: 'Nog te sorteren' },
    ...scenario.categories.map((c) => ({ value: `groep:${c.id}`, name: c.name })),
    { value: 'aside', name: 'Aan de kant' },
  ];
}

/**
 * Open sorting (scenario.sorting === "open"): the board starts without groups.
 * Ask for the author's grouping ("Zo deelde een ander het in") and take it
 * over, so the plan's category ids are group ids on the board. Waits for the
 * columns. Does nothing for guided sorting.
 */
export async function adoptAuthorGroups(page, scenario) {
  if (scenario.sorting !== 'open') return;
  await page.getByRole('button', { name: 'Zo deelde een ander het in' }).click();
  await page.getByRole('button', { name: 'Neem deze groepen over' }).click();
  // Every group is a choice in the cards' "Groep" lists (names may be cut short, ids are not).
  for (const c of scenario.categories) {
    await page.locator(`select[id^="groep-"] option[value="groep:${c.id}"]`).first().waitFor({ state: 'attached' });
  }
}

/** adoptAuthorGroups with the keyboard only: Tab to each button, press Enter. */
export async function adoptAuthorGroupsByKeyboard(page, scenario) {
  if (scenario.sorting !== 'open') return;
  await tabTo(page, { tag: 'button', name: 'Zo deelde een ander het in' });
  await page.keyboard.press('Enter');
  await tabTo(page, { tag: 'button', name: 'Neem deze groepen over' });
  await page.keyboard.press('Enter');
  for (const c of scenario.categories) {
    await page.locator(`select[id^="groep-"] option[value="groep:${c.id}"]`).first().waitFor({ state: 'attached' });
  }
}

/** Column name for a plan placement ("aside" or a category id). */
export function columnName(scenario, placement) {
  if (placement === 'aside') return 'Aan de kant';
  return scenario.categories.find((c) => c.id === placement).name;
}

/**
 * Clue ids available to uncover (engine rule: not uncovered, unlock.round <=
 * round, every unlock.after uncovered), in scenario order.
 */
export function availableClues(scenario, round, revealed) {
  const seen = new Set(revealed);
  return scenario.clues
    .filter((c) => !seen.has(c.id))
    .filter((c) => (c.unlock?.round ?? 1) <= round && (c.unlock?.after ?? []).every((a) => seen.has(a)))
    .map((c) => c.id);
}

/** The number of rounds of a scenario (highest unlock.round, at least 1). */
export function roundsOf(scenario) {
  return Math.max(1, ...scenario.clues.map((c) => c.unlock?.round ?? 1));
}

/**
 * Facts about the focused element: {tag, id, type, role, name, text, value, checked}.
 * `name` is a simple accessible name: aria-label, aria-labelledby, <label for>,
 * legend/closest label, else the text content (whitespace collapsed).
 */
export async function activeInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', id: '', name: '', text: '' };
    const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
    // Text content without aria-hidden parts (like the "?" and "☆" marks).
    const textOf = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.nodeType !== Node.ELEMENT_NODE || node.getAttribute('aria-hidden') === 'true') return '';
      return [...node.childNodes].map(textOf).join('');
    };
    let name = el.getAttribute('aria-label') || '';
    if (!name && el.getAttribute('aria-labelledby')) {
      name = el
        .getAttribute('aria-labelledby')
        .split(/\s+/)
        .map((id) => {
          const ref = document.getElementById(id);
          return ref ? textOf(ref) : '';
        })
        .join(' ');
    }
    if (!name && el.labels && el.labels.length) name = [...el.labels].map(textOf).join(' ');
    if (!name) name = textOf(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute('type') || '',
      role: el.getAttribute('role') || '',
      name: clean(name),
      text: clean(el.textContent).slice(0, 200),
      value: 'value' in el ? String(el.value) : '',
      checked: 'checked' in el ? !!el.checked : undefined,
      group: el.closest('fieldset')?.querySelector('legend')?.textContent?.trim() || '',
    };
  });
}

function describePredicate(predicate) {
  if (typeof predicate === 'function') return predicate.toString();
  return JSON.stringify(predicate, (k, v) => (v instanceof RegExp ? v.toString() : v));
}

function matches(info, predicate) {
  if (typeof predicate === 'function') return !!predicate(info);
  return Object.entries(predicate).every(([k, want]) => {
    const got = info[k];
    if (want instanceof RegExp) return typeof got === 'string' && want.test(got);
    return got === want;
  });
}

/**
 * Press Tab (or Shift+Tab with {reverse: true}) until the focused element
 * matches `predicate`: a function of activeInfo() or an object whose fields
 * (strings or RegExps) must all match, e.g. {id: 'teamnaam'} or
 * {tag: 'button', name: /^Verbind$/}. Gives up after `max` presses with a
 * message saying what was looked for and what had focus along the way.
 * Checks the current focus first (0 presses if it already matches).
 * @returns {Promise<{presses: number, info: object}>}
 */
export async function tabTo(page, predicate, { max = 400, reverse = false } = {}) {
  const key = reverse ? 'Shift+Tab' : 'Tab';
  const trail = [];
  for (let presses = 0; presses <= max; presses++) {
    const info = await activeInfo(page);
    if (matches(info, predicate)) return { presses, info };
    trail.push(`${info.tag}${info.id ? '#' + info.id : ''} "${info.name.slice(0, 60)}"`);
    if (presses < max) await page.keyboard.press(key);
  }
  const uniq = [...new Set(trail)];
  throw new Error(
    `tabTo: no focusable element matched ${describePredicate(predicate)} after ${max} ${key} presses.\n` +
      `Focus visited ${uniq.length} distinct elements, e.g.:\n  ${uniq.slice(0, 60).join('\n  ')}`,
  );
}

/** Waits until the focused element matches predicate (see tabTo). */
export async function waitForFocus(page, predicate, { timeout = 5_000 } = {}) {
  const end = Date.now() + timeout;
  let info;
  while (Date.now() < end) {
    info = await activeInfo(page);
    if (matches(info, predicate)) return info;
    await page.waitForTimeout(25);
  }
  throw new Error(
    `waitForFocus: focus did not reach ${describePredicate(predicate)} within ${timeout} ms; ` +
      `it is on ${info?.tag}${info?.id ? '#' + info.id : ''} "${info?.name}"`,
  );
}

/** The localStorage key of a mystery's saved game (src/storage.rs). */
export function gameKey(id) {
  return `mysterie.spel.${id}`;
}

/** The saved game of a mystery, parsed (null if none). */
export async function savedGame(page, id) {
  const text = await page.evaluate((key) => localStorage.getItem(key), gameKey(id));
  return text == null ? null : JSON.parse(text);
}

// --- Mouse-driven UI steps shared by the play and reload tests. ------------

/** The <h1 id="fase-titel"> of the current phase, by its text. */
export function phaseHeading(page, text) {
  return page.getByRole('heading', { level: 1, name: exactly(text) });
}

/** From the library, open a mystery by clicking its card link; waits for the start form or the game. */
export async function openMysteryFromLibrary(page, entry) {
  const card = page.getByRole('list', { name: 'Mysteries' }).getByRole('article', { name: exactly(entry.title) });
  await card.getByRole('link', { name: new RegExp(`^(Speel dit mysterie|Verder spelen)\\s*:\\s*${escapeRegExp(entry.title)}$`) }).click();
}

/** On the start form: type a team name and click "Start het mysterie"; waits for the Intro. */
export async function startByClicking(page, teamName) {
  await page.getByLabel('Naam van jullie team').fill(teamName);
  await page.getByRole('button', { name: 'Start het mysterie' }).click();
  await phaseHeading(page, 'De zaak').waitFor();
}

/** The board column (a region named by its heading "Name (count)") of Ordenen. */
export function boardColumn(page, name) {
  return page.getByRole('region', { name: new RegExp(`^${escapeRegExp(name)} \\(\\d+\\)$`) });
}

/** A clue card (an <article> named by the clue title) anywhere, or inside `within`. */
export function clueCard(scope, title) {
  return scope.getByRole('article', { name: exactly(title) });
}

/** Move a card on the board with its "Groep" list (mouse: selectOption). */
export async function placeBySelect(page, title, columnName) {
  const card = clueCard(page.locator('.board'), title);
  await card.getByLabel('Groep', { exact: true }).selectOption({ label: columnName });
  await clueCard(boardColumn(page, columnName), title).waitFor();
}

/** Link two clues with the "Verbanden" form and check the link is listed. */
export async function addLinkByClicking(page, fromTitle, toTitle) {
  const form = page.getByRole('region', { name: 'Verbanden' });
  await form.getByLabel('Deze kaart', { exact: true }).selectOption({ label: fromTitle });
  await form.getByLabel('leidt tot', { exact: true }).selectOption({ label: toTitle });
  await form.getByRole('button', { name: 'Verbind' }).click();
  await form
    .getByRole('list', { name: 'Gemaakte verbanden' })
    .getByRole('listitem')
    .filter({ hasText: `${fromTitle} → ${toTitle}` })
    .waitFor();
}

/**
 * Collects axe results per place (phase) so a playthrough can run to the end
 * and a separate test can then report every violation at once.
 */
export class A11yLog {
  constructor() {
    /** @type {Map<string, any[]>} */
    this.results = new Map();
  }

  /** Run axe now and remember the violations under `where`. */
  async check(page, where, options) {
    this.results.set(where, await checkA11y(page, options));
  }

  /** Fails unless every place in `expected` was checked and had zero violations. */
  assertClean(expected = [...this.results.keys()]) {
    const missing = expected.filter((w) => !this.results.has(w));
    const dirty = [...this.results.entries()].filter(([, v]) => v.length > 0);
    // At most 5 elements per rule, so the message stays readable.
    const short = (v) =>
      v.map((x) => ({
        ...x,
        nodes:
          x.nodes.length > 5
            ? [...x.nodes.slice(0, 5), { target: [`… and ${x.nodes.length - 5} more elements`], failureSummary: '' }]
            : x.nodes,
      }));
    const report = dirty.map(([where, v]) => `== ${where} ==\n${formatViolations(short(v))}`).join('\n');
    assert.deepEqual(missing, [], `axe never ran at: ${missing.join(', ')} (the playthrough stopped early)`);
    assert.equal(dirty.length, 0, `axe violations at ${dirty.map(([w]) => w).join(', ')}:\n${report}`);
  }
}

/**
 * Keyboard only: with the <select id=selectId> focused, press ArrowDown /
 * ArrowUp one step at a time until the option with this label is chosen
 * (Chromium on Linux changes a closed select's value with the arrow keys and
 * fires "change"). After each step waits until a select with that id has
 * focus again and shows the new option: the app may re-render the select
 * (a board card moves to another column) and moves focus to the new one.
 */
export async function chooseOptionByKeyboard(page, selectId, optionLabel) {
  await waitForFocus(page, { id: selectId });
  const { current, target, labels } = await page.evaluate(
    ([id, label]) => {
      const s = document.getElementById(id);
      const labels = [...s.options].map((o) => o.textContent.trim());
      return { current: s.selectedIndex, target: labels.indexOf(label), labels };
    },
    [selectId, optionLabel],
  );
  assert.ok(target >= 0, `select #${selectId} has no option "${optionLabel}" (options: ${labels.join(' | ')})`);
  let index = current;
  while (index !== target) {
    const down = target > index;
    await page.keyboard.press(down ? 'ArrowDown' : 'ArrowUp');
    index += down ? 1 : -1;
    await page
      .waitForFunction(
        ([id, i]) => {
          const s = document.getElementById(id);
          return !!s && document.activeElement === s && s.selectedIndex === i;
        },
        [selectId, index],
        { timeout: 5_000 },
      )
      .catch(async () => {
        const info = await activeInfo(page);
        throw new Error(
          `chooseOptionByKeyboard: after ${down ? 'ArrowDown' : 'ArrowUp'} select #${selectId} should be focused ` +
            `on option ${index} (${labels[index]}); focus is on ${info.tag}#${info.id} "${info.name}"`,
        );
      });
  }
}

/**
 * From the Intro to the result screen, doing a good job by `plan` (see
 * goodPlan): every card uncovered round by round, each card in its group,
 * key clues marked, chains linked, key clues cited with the explanation,
 * every reflection answered. Fast controls (selectOption by id); the
 * person-like playthroughs are play-mouse and play-keyboard. In three steps,
 * for callers that stop in between (tests/bench/screenshots.mjs).
 */
export async function playWellFromIntro(page, scenario, plan) {
  await turnEveryCard(page, scenario);
  await sortWell(page, scenario, plan);
  await finishWell(page, plan);
}

/** Intro → Onderzoeken: every card uncovered, round by round. */
export async function turnEveryCard(page, scenario) {
  await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
  await phaseHeading(page, 'Onderzoeken').waitFor();
  const rounds = roundsOf(scenario);
  for (let round = 1; round <= rounds; round++) {
    const backs = page.locator('.card-back');
    while ((await backs.count()) > 0) await backs.first().click();
    if (round < rounds) await page.getByRole('button', { name: `Start ronde ${round + 1}` }).click();
  }
  await page.getByText(`${scenario.clues.length} van de ${scenario.clues.length} kaarten zijn omgedraaid.`).waitFor();
}

/** Onderzoeken → Ordenen: the author's groups, each card placed, key clues marked, chains linked. */
export async function sortWell(page, scenario, plan) {
  await page.getByRole('button', { name: 'Naar ordenen' }).click();
  await phaseHeading(page, 'Ordenen').waitFor();
  await adoptAuthorGroups(page, scenario);
  for (const [id, placement] of Object.entries(plan.placements)) {
    await page.locator(`#groep-${id}`).selectOption(placement === 'aside' ? 'aside' : `groep:${placement}`);
  }
  for (const id of plan.key) await page.locator(`#kaart-${id} .key-toggle`).click();
  for (const { from, to } of plan.chains) {
    await page.locator('#verband-van').selectOption(from);
    await page.locator('#verband-naar').selectOption(to);
    await page.getByRole('button', { name: 'Verbind', exact: true }).click();
  }
}

/** Ordenen → Resultaat: the answer with its cited cards, every reflection answered. */
export async function finishWell(page, plan) {
  await page.getByRole('button', { name: 'Naar oplossen' }).click();
  await phaseHeading(page, 'Oplossen').waitFor();
  for (const id of plan.cited) await page.locator(`#gebruik-${id}`).check();
  await page.getByLabel('Onze uitleg, in eigen woorden').fill(plan.explanation);
  await page.getByRole('button', { name: 'Antwoord inleveren' }).click();
  await page.getByRole('button', { name: 'Ja, inleveren' }).click();
  await phaseHeading(page, 'Reflecteren').waitFor();
  for (const [id, value] of Object.entries(plan.statements)) await page.locator(`#stelling-${id}-${value}`).check();
  for (const [id, text] of Object.entries(plan.open)) await page.locator(`#vraag-${id}`).fill(text);
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await phaseHeading(page, 'Resultaat').waitFor();
}

/**
 * The result page folds its long texts under their headings (the solution,
 * what really happened, the team's answer and reflection): open every fold
 * that is still closed, by mouse or (with `keyboard`) with Enter on its summary.
 * Waits until each one is open.
 */
export async function openResultFolds(page, { keyboard = false } = {}) {
  const folds = page.locator('section.result-fold > details');
  const count = await folds.count();
  for (let i = 0; i < count; i++) {
    const fold = folds.nth(i);
    if (await fold.evaluate((details) => details.open)) continue;
    const summary = fold.locator(':scope > summary');
    if (keyboard) {
      await summary.focus();
      await page.keyboard.press('Enter');
    } else {
      await summary.click();
    }
    await fold.locator(':scope > .fold-body').waitFor();
  }
}
