// Mysterie performance report (not a test: it measures and prints; nothing fails).
// docs/performance.md shows the figures and how to read them.
//
//   cd tests/e2e && DIST_DIR=/path/to/dist node ../bench/bench.mjs [--runs 20] [--throttle-runs 5]
//       [--only sizes|load|interaction] [--json out.json]
//
// 1. First-load size: every file the browser must fetch before the library is
//    usable. index.html carries the library as static HTML (src/first_page.rs),
//    so that is index.html, its CSS and boot.js. Reported apart: the app load
//    (wasm, its JS glue, mysteries/index.json), fetched after the first paint.
//    Raw, gzip -9 and brotli (quality 11) per file, totals against the budget.
// 2. Navigation -> library usable (first card's "Speel" link visible), headless
//    Chromium, fresh context each run (empty cache, as a first visit), local
//    server without compression: median and p95 over --runs loads; side by side
//    with a plain static HTML page that shows the same library (the floor).
//    Also: navigation -> app ready (<html data-app="ready">, web/boot.js) and
//    navigation -> first mystery playable (its start form, opened directly).
//    The same again over a throttled line (--throttle-runs, default 5):
//    1.6 Mbit/s down, 150 ms round trip (Lighthouse's "slow 4G"), from a
//    server that gzips like deploy/nginx.conf (the harness server does not).
// 3. A generated mystery of 300 clues (the bundled one, clues copied): time to
//    reveal a clue (click -> card in the DOM, and -> the next frame) for all 300,
//    and to move a card to a group on the board (change -> card in its new
//    column, and -> the next frame) for 100 cards: median and p95.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launchBrowser, newPage, readLibrary, readScenario, DIST_DIR } from '../e2e/harness.mjs';
import { startGzipServer } from './gzip-server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 20));
const THROTTLE_RUNS = Number(opt('throttle-runs', 5));
// Lighthouse's mobile "slow 4G": 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const JSON_OUT = opt('json', '');
// --only sizes|load|interaction: run one part (e.g. to compare two builds' interaction times).
const ONLY = opt('only', '');
const runs = (part) => !ONLY || ONLY === part;
const BUDGET = 200 * 1024; // bytes, gzip
const CLUES = 300;
const MOVES = 100;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: q(0.5), p95: q(0.95), min: s[0], max: s.at(-1) };
}
const line = (label, st) =>
  `${label.padEnd(44)} median ${ms(st.median).padStart(10)}   p95 ${ms(st.p95).padStart(10)}   (n=${st.n}, min ${ms(st.min)}, max ${ms(st.max)})`;

// --------------------------------------------------------------------- 1. sizes
/** [first load files, app load files]: what index.html needs to show the library, and what the app fetches after. */
function loadFiles() {
  const html = fs.readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
  const first = new Set(['index.html']);
  const app = new Set(['mysteries/index.json']);
  for (const m of html.matchAll(/(src|href|data-js|data-wasm)="\/?([^"]+)"/g)) {
    const [, attr, file] = m;
    if (/^(data:|https?:|#)/.test(file) || !fs.existsSync(path.join(DIST_DIR, file))) continue;
    (attr.startsWith('data-') ? app : first).add(file);
  }
  return [[...first], [...app]];
}

function sizeTable(title, files) {
  const rows = files.map((file) => {
    const body = fs.readFileSync(path.join(DIST_DIR, file));
    return {
      file,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    };
  });
  rows.sort((a, b) => b.raw - a.raw);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
  console.log(`\n== ${title} ==`);
  console.log(`${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(10)} ${'brotli 11'.padStart(10)}`);
  for (const r of rows) console.log(`${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} ${kb(r.brotli).padStart(10)}`);
  console.log(`${'TOTAL'.padEnd(44)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} ${kb(total.brotli).padStart(10)}`);
  return { rows, total };
}

function sizes() {
  const [first, app] = loadFiles();
  const firstLoad = sizeTable('First load: what the browser fetches before the library is usable', first);
  const verdict = firstLoad.total.gzip <= BUDGET ? 'within' : `OVER by ${kb(firstLoad.total.gzip - BUDGET)}`;
  console.log(`budget ${kb(BUDGET)} gzip: ${verdict}  (brotli total ${firstLoad.total.brotli <= BUDGET ? 'within' : 'over'})`);
  const appLoad = sizeTable('App load: fetched after the first paint, while the library is already usable', app);
  return { ...firstLoad, budget: BUDGET, app: appLoad };
}

// ---------------------------------------------------------- 2. load, app vs floor
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const label = (id) => {
  const s = id.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** A plain HTML page with the same library markup and the app's CSS: no JS, no wasm. */
function staticLibrary(dir) {
  const html = fs.readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="\/?([^"]+)"/g)].map((m) => m[1]);
  for (const f of css) fs.copyFileSync(path.join(DIST_DIR, f), path.join(dir, f));
  const cards = readLibrary()
    .mysteries.map(
      (e) => `<li class="mystery-card"><article aria-labelledby="m-${esc(e.id)}">
<h2 id="m-${esc(e.id)}">${esc(e.title)}</h2><p>${esc(e.summary)}</p>
<ul class="tags" aria-label="Bouwstenen">${[e.main_bouwsteen, ...e.bouwstenen.filter((b) => b !== e.main_bouwsteen)]
        .map((b) => `<li class="tag">${esc(label(b))}</li>`)
        .join('')}</ul>
<dl class="facts"><div><dt>Duur</dt><dd>ongeveer ${e.duration_minutes} minuten</dd></div>
<div><dt>Groep</dt><dd>${e.group_size.min} tot ${e.group_size.max} spelers</dd></div></dl>
<a class="button primary" href="#/mysterie/${esc(e.id)}">Speel dit mysterie</a></article></li>`,
    )
    .join('\n');
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mysterie Rechtsbescherming</title><link rel="icon" href="data:,">
${css.map((f) => `<link rel="stylesheet" href="/${f}">`).join('\n')}</head><body>
<header class="site-header"><a class="brand" href="#/">Mysterie Rechtsbescherming</a></header>
<main id="inhoud"><div class="page library"><h1>Kies een mysterie</h1>
<ul class="mystery-list" aria-label="Mysteries">${cards}</ul></div></main></body></html>`,
  );
}

/** Emulate a slow line in this page (Chromium DevTools protocol). */
async function throttled(page, throttle) {
  if (!throttle) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', throttle);
}

/** In the page: the first frame in which the start form's name field is visible. */
function playableScript() {
  const named = () => {
    const input = document.getElementById('teamnaam');
    if (input && input.getBoundingClientRect().width > 0) window.__playableMs = performance.now();
    else requestAnimationFrame(named);
  };
  requestAnimationFrame(named);
}

/**
 * Per run, ms from navigation start to: the first frame in which the first
 * card's link is visible (usable), <html data-app="ready"> (ready; absent on
 * the floor), and, with `play`, a second load straight to the first mystery
 * until its start form's name field is visible (playable).
 */
async function loadTimes(browser, url, runs, { throttle = null, play = false } = {}) {
  const usable = [];
  const ready = [];
  const playable = [];
  const first = readLibrary().mysteries[0];
  for (let i = 0; i < runs; i++) {
    const app = await newPage(browser);
    try {
      const { page } = app;
      await throttled(page, throttle);
      await page.addInitScript(() => {
        const check = () => {
          const a = document.querySelector('ul.mystery-list > li a.button');
          const box = a?.getBoundingClientRect();
          if (a && box.width > 0 && box.height > 0) window.__usableMs = performance.now();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
        addEventListener('mysterie-ready', () => (window.__readyMs = performance.now()));
      });
      await page.goto(url, { waitForApp: false });
      usable.push(await (await page.waitForFunction(() => window.__usableMs, null, { timeout: 120_000 })).jsonValue());
      if (play) {
        ready.push(await (await page.waitForFunction(() => window.__readyMs, null, { timeout: 120_000 })).jsonValue());
        // A fresh context straight on the mystery's own route (a shared link, a first visit).
        const direct = await newPage(browser);
        try {
          await throttled(direct.page, throttle);
          await direct.page.addInitScript(playableScript);
          await direct.page.goto(new URL(`#/mysterie/${first.id}`, url).href, { waitForApp: false });
          const ms = await direct.page.waitForFunction(() => window.__playableMs, null, { timeout: 120_000 });
          playable.push(await ms.jsonValue());
        } finally {
          await direct.close();
        }
      }
    } finally {
      await app.close();
    }
  }
  return { usable: stats(usable), ...(play ? { ready: stats(ready), playable: stats(playable) } : {}) };
}

// ------------------------------------------------------- 3. 300-clue scenario
function bigScenario() {
  const { mysteries } = readLibrary();
  const entry = mysteries[0];
  const base = readScenario(entry.file);
  const clues = [];
  for (let i = 0; clues.length < CLUES; i++) {
    for (const c of base.clues) {
      if (clues.length >= CLUES) break;
      if (i === 0) clues.push({ ...c, unlock: { round: 1 } });
      else {
        const { audio, deal_to, ...rest } = c;
        // Copies are never key clues: solution.key_clues names only the originals.
        const relevance = c.relevance === 'key' ? 'supporting' : c.relevance;
        clues.push({ ...rest, id: `${c.id}-${i}`, title: `${c.title} (${i + 1})`, relevance, unlock: { round: 1 } });
      }
    }
  }
  const scenario = { ...base, id: 'bench-300', title: 'Benchmark: 300 aanwijzingen', clues };
  const libEntry = { ...entry, id: scenario.id, file: 'bench-300.json', title: scenario.title };
  return { scenario, index: { ...readLibrary(), mysteries: [...mysteries, libEntry] } };
}

async function interaction(browser, server) {
  const { scenario, index } = bigScenario();
  const app = await newPage(browser);
  const { page } = app;
  page.setDefaultTimeout(60_000);
  try {
    await page.route('**/mysteries/index.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(index) }));
    await page.route('**/mysteries/bench-300.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(scenario) }),
    );
    await page.goto(new URL('#/mysterie/bench-300', server.url).href);
    await page.getByLabel('Naam van jullie team').fill('Team Meten');
    await page.getByRole('button', { name: 'Start het mysterie' }).click();
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await page.locator('.card-back').first().waitFor();

    // Reveal every clue; per reveal: click -> DOM updated, and -> next frame.
    const reveal = await page.evaluate(async () => {
      const main = document.querySelector('main');
      const dom = [];
      const frame = [];
      for (;;) {
        const backs = document.querySelectorAll('.card-back');
        if (!backs.length) break;
        const before = backs.length;
        const changed = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            if (document.querySelectorAll('.card-back').length < before) {
              mo.disconnect();
              resolve(performance.now());
            }
          });
          mo.observe(main, { subtree: true, childList: true });
        });
        const t0 = performance.now();
        backs[0].click();
        const t1 = await changed;
        await new Promise((r) => requestAnimationFrame(() => r()));
        dom.push(t1 - t0);
        frame.push(performance.now() - t0);
      }
      return { dom, frame };
    });
    await page.getByRole('button', { name: 'Naar ordenen' }).click();
    await page.locator('.board').waitFor();

    // Move cards from "Nog te sorteren" to a group with their "Groep" list.
    const move = await page.evaluate(async (moves) => {
      const main = document.querySelector('main');
      const dom = [];
      const frame = [];
      for (let i = 0; i < moves; i++) {
        const select = document.querySelector('.board-column select[id^="groep-"]');
        const column = select?.closest('.board-column');
        if (!select) break;
        const target = [...select.options].find((o) => o.value.startsWith('groep:'))?.value;
        if (!target) break;
        const id = select.id;
        const moved = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            const now = document.getElementById(id);
            if (now && now.closest('.board-column') !== column) {
              mo.disconnect();
              resolve(performance.now());
            }
          });
          mo.observe(main, { subtree: true, childList: true });
        });
        const t0 = performance.now();
        select.value = target;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const t1 = await moved;
        await new Promise((r) => requestAnimationFrame(() => r()));
        dom.push(t1 - t0);
        frame.push(performance.now() - t0);
      }
      return { dom, frame };
    }, MOVES);
    app.assertNoErrors();
    return { clues: scenario.clues.length, reveal, move };
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------------- main
const report = { date: new Date().toISOString(), dist: DIST_DIR, runs: RUNS, chromium: '' };
if (runs('sizes')) report.sizes = sizes();

const server = await startServer();
const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mysterie-floor-'));
staticLibrary(floorDir);
const floor = await startServer(floorDir);
const gzipServer = await startGzipServer(DIST_DIR);
const gzipFloor = await startGzipServer(floorDir);
const browser = await launchBrowser();
report.chromium = browser.version();
try {
  for (const [label, throttle, n, site, floorSite] of [
    ['local server, no throttling, no compression', null, RUNS, server, floor],
    ['throttled: 1.6 Mbit/s, 150 ms RTT, gzip -9', SLOW, THROTTLE_RUNS, gzipServer, gzipFloor],
  ]) {
    if (!n || !runs('load')) continue;
    console.log(`\n== Navigation -> usable / ready / playable (headless Chromium ${report.chromium}, ${label}, ${n} fresh loads each) ==`);
    const key = throttle ? 'throttled' : 'local';
    await loadTimes(browser, site.url, 1, { throttle, play: true }); // warm-up (OS disk cache, Chromium start-up)
    const app = await loadTimes(browser, site.url, n, { throttle, play: true });
    await loadTimes(browser, floorSite.url, 1, { throttle });
    const floorTimes = await loadTimes(browser, floorSite.url, n, { throttle });
    report[key] = { app, floor: floorTimes };
    console.log(line('Mysterie: library usable (static page)', app.usable));
    console.log(line('plain static HTML, same library (floor)', floorTimes.usable));
    console.log(line('Mysterie: app ready (wasm swapped in)', app.ready));
    console.log(line('Mysterie: first mystery playable (direct)', app.playable));
  }

  if (runs('interaction')) {
    console.log(`\n== Generated mystery with ${CLUES} clues ==`);
    const inter = await interaction(browser, server);
    report.interaction = {
      clues: inter.clues,
      revealDom: stats(inter.reveal.dom),
      revealFrame: stats(inter.reveal.frame),
      moveDom: stats(inter.move.dom),
      moveFrame: stats(inter.move.frame),
    };
    console.log(line('reveal a clue: click -> DOM', report.interaction.revealDom));
    console.log(line('reveal a clue: click -> next frame', report.interaction.revealFrame));
    console.log(line('move a card: change -> DOM', report.interaction.moveDom));
    console.log(line('move a card: change -> next frame', report.interaction.moveFrame));
  }
} finally {
  await browser.close();
  await server.close();
  await floor.close();
  await gzipServer.close();
  await gzipFloor.close();
  fs.rmSync(floorDir, { recursive: true, force: true });
}
if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
