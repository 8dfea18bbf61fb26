// Lighthouse scores for Mysterie (a benchmark, not a test: it measures and prints).
// docs/performance.md shows the figures and how to read them.
//
//   cd tests/bench && npm ci        # once: lighthouse + chrome-launcher
//   DIST_DIR=/path/to/dist node lighthouse.mjs [--runs 3] [--plain | --url http://host/] [--json out.json]
//
// Serves DIST_DIR from 127.0.0.1 with gzip -9 like deploy/nginx.conf
// (gzip-server.mjs; Cache-Control: no-store), or with --plain the end-to-end
// harness' server (no compression), or audits --url (e.g. nginx). Chromium is the system one
// (/usr/bin/chromium or $CHROMIUM_PATH), started by chrome-launcher with the
// harness' flags. Per page and form factor (Lighthouse's mobile default with
// simulated slow 4G and 4x CPU slowdown, and its desktop preset) it runs
// --runs times and reports the median score of performance, accessibility and
// best practices, plus the audits that lost points in the median run.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import fs from 'node:fs';
import { startServer, chromiumPath, readLibrary, DIST_DIR } from '../e2e/harness.mjs';
import { startGzipServer } from './gzip-server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 3));
const JSON_OUT = opt('json', '');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

const server = opt('url', '')
  ? { url: opt('url', ''), close: async () => {} }
  : args.includes('--plain')
    ? await startServer()
    : await startGzipServer(DIST_DIR);
const first = readLibrary().mysteries[0];
const pages = [
  ['library', server.url],
  ['mystery start form', new URL(`#/mysterie/${first.id}`, server.url).href],
  // A member's phone (speler.html, its own bundle): the first card.
  ['member link', new URL(`speler.html#/speler/${first.id}/1/1/4`, server.url).href],
];
const configs = [
  ['mobile', undefined],
  ['desktop', desktopConfig],
];

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const report = { date: new Date().toISOString(), url: server.url, gzip: !opt('url', '') && !args.includes('--plain'), runs: RUNS, results: [] };
try {
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${RUNS} runs each, median`);
  console.log(`${'page'.padEnd(22)} ${'form'.padEnd(8)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'b.p.'.padStart(5)}   FCP / LCP / TBT / CLS (median run)`);
  for (const [pageName, url] of pages) {
    for (const [form, config] of configs) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          config,
        );
        runs.push(result.lhr);
      }
      // The median run by performance score (the other categories hardly vary).
      runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const lhr = runs[Math.floor(runs.length / 2)];
      const score = (c) => Math.round(lhr.categories[c].score * 100);
      const metric = (id) => lhr.audits[id]?.displayValue ?? '?';
      const lost = CATEGORIES.flatMap((c) =>
        lhr.categories[c].auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 0.9)
          .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id].score})`),
      );
      const row = {
        page: pageName,
        form,
        url,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
        all: Object.fromEntries(CATEGORIES.map((c) => [c, runs.map((r) => Math.round(r.categories[c].score * 100))])),
        metrics: Object.fromEntries(
          ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'interactive'].map(
            (id) => [id, metric(id)],
          ),
        ),
        lost,
      };
      report.results.push(row);
      console.log(
        `${pageName.padEnd(22)} ${form.padEnd(8)} ${String(score('performance')).padStart(5)} ${String(score('accessibility')).padStart(5)} ${String(score('best-practices')).padStart(5)}   ` +
          `${metric('first-contentful-paint')} / ${metric('largest-contentful-paint')} / ${metric('total-blocking-time')} / ${metric('cumulative-layout-shift')}`,
      );
      for (const l of lost) console.log(`${''.padEnd(31)}lost points: ${l}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
