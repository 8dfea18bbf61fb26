// Size budgets per audience (issue "Ieder laadt alleen wat hij gebruikt",
// docs/performance.md "Bundles"). For each screen: open it in a fresh browser
// context (the harness server sends no-store, so everything is fetched), wait
// until the screen works, and add up gzip -9 of every response fetched until
// then. Sizes are deterministic for a build: the test fails when a screen
// exceeds its budget by more than 10 %. No timing is measured here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { startServer, launchBrowser, newPage, bundledMystery } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const KB = 1024;

// Budgets in bytes (gzip -9); the table in docs/performance.md says why.
// The member's phone (target 250 KB), the team's start form (target 450 KB)
// and the library meet the targets; the start form's budget is what
// it weighs, so it cannot grow unnoticed. The team's game (spel.html), the
// room and the trainer: what they weigh now. The game's bundle is fetched by
// the service worker while the team fills in the start form.
const BUDGETS = {
  member: 250 * KB,
  player: 320 * KB,
  game: 600 * KB,
  room: 500 * KB,
  trainer: 850 * KB,
  library: 200 * KB,
};
const SLACK = 1.1;

let server;
let browser;
const measured = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (measured.length) {
    const lines = measured.map(
      ({ name, bytes, budget, files }) =>
        `${name.padEnd(8)} ${String(bytes).padStart(9)} B gzip  (budget ${budget} B, ${files} files)`,
    );
    const dir = path.join(HERE, 'artifacts');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'bundles.txt'), `gzip -9 of everything a screen fetches until it works:\n${lines.join('\n')}\n`);
  }
});

/**
 * Open `route` (relative to the app's folder), wait for `ready(page)`, and
 * return the gzip -9 bytes of every response body fetched until then.
 */
async function weigh(route, ready, pageOptions = {}) {
  const app = await newPage(browser, pageOptions);
  const bodies = [];
  app.page.on('response', (response) => {
    bodies.push(
      response
        .body()
        .then((body) => ({ url: response.url(), bytes: zlib.gzipSync(body, { level: 9 }).length }))
        .catch(() => ({ url: response.url(), bytes: 0 })),
    );
  });
  await app.page.goto(new URL(route, server.url).href);
  await ready(app.page);
  const weighed = await Promise.all(bodies);
  app.assertNoErrors();
  await app.close();
  return { bytes: weighed.reduce((sum, r) => sum + r.bytes, 0), files: weighed };
}

function check(name, { bytes, files }) {
  const budget = BUDGETS[name];
  measured.push({ name, bytes, budget, files: files.length });
  const list = files.map((f) => `  ${f.bytes} ${new URL(f.url).pathname}`).join('\n');
  assert.ok(bytes <= budget * SLACK, `${name}: ${bytes} B gzip, budget ${budget} B (+10 %):\n${list}`);
  return files.map((f) => new URL(f.url).pathname);
}

test("a member's phone: the first card, within its budget and without the other bundles", async () => {
  const { entry: mystery } = bundledMystery();
  const result = await weigh(`speler.html#/speler/${mystery.id}/1/1/4`, async (page) => {
    await page.locator('article.clue-card').first().waitFor({ state: 'visible' });
  });
  const paths = check('member', result);
  assert.ok(paths.some((p) => /\/speler-[0-9a-f]+_bg\.wasm$/.test(p)), 'the member bundle was loaded');
  assert.ok(!paths.some((p) => /\/(mysterie|zaal|trainer)-[0-9a-f]+_bg\.wasm$/.test(p)), `no other bundle:\n${paths.join('\n')}`);
});

test("an old member link (index page) goes to the member's page before any wasm loads", async () => {
  const { entry: mystery } = bundledMystery();
  const result = await weigh(`#/speler/${mystery.id}/1/1/4`, async (page) => {
    await page.locator('article.clue-card').first().waitFor({ state: 'visible' });
  });
  const paths = result.files.map((f) => new URL(f.url).pathname);
  assert.ok(paths.some((p) => p.endsWith('/speler.html')), `went to speler.html:\n${paths.join('\n')}`);
  assert.ok(!paths.some((p) => /\/mysterie-[0-9a-f]+_bg\.wasm$/.test(p)), `the player bundle was not loaded:\n${paths.join('\n')}`);
});

test("a team's start form works within its budget, without the game, studio, network or room code", async () => {
  const { entry: mystery } = bundledMystery();
  const result = await weigh(`#/mysterie/${mystery.id}`, async (page) => {
    await page.getByRole('button', { name: 'Start het mysterie' }).waitFor({ state: 'visible' });
  });
  const paths = check('player', result);
  assert.ok(!paths.some((p) => /\/(spel|speler|zaal|trainer)-[0-9a-f]+_bg\.wasm$/.test(p)), `no other bundle:\n${paths.join('\n')}`);
});

test("a team's game page (spel.html) works within its budget, without studio, network or room code", async () => {
  const { entry: mystery } = bundledMystery();
  const result = await weigh(`spel.html#/spel/${mystery.id}`, async (page) => {
    // No game on this device yet: the game page offers its own start form.
    await page.getByRole('button', { name: 'Start het mysterie' }).waitFor({ state: 'visible' });
  });
  const paths = check('game', result);
  assert.ok(!paths.some((p) => /\/(mysterie|speler|zaal|trainer)-[0-9a-f]+_bg\.wasm$/.test(p)), `no other bundle:\n${paths.join('\n')}`);
});

test('Start on the start form opens the game on the game page, and Back goes to the library', async () => {
  const { entry: mystery } = bundledMystery();
  const app = await newPage(browser);
  await app.page.goto(server.url);
  await app.page.locator(`a[href$="#/mysterie/${mystery.id}"]`).first().click();
  await app.page.getByLabel('Naam van jullie team').fill('Team Noord');
  await app.page.getByRole('button', { name: 'Start het mysterie' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'De zaak' }).waitFor({ state: 'visible' });
  await app.page.getByText('Team Noord').first().waitFor({ state: 'visible' });
  const url = new URL(app.page.url());
  assert.match(url.pathname, /\/spel\.html$/);
  // The game left the address once saved: a reload restores it, not a second start.
  assert.equal(url.hash, `#/spel/${mystery.id}`);
  await app.page.goBack();
  await app.page.getByRole('heading', { level: 1, name: 'Kies een mysterie' }).waitFor({ state: 'visible' });
  app.assertNoErrors();
  await app.close();
});

test('the library: usable before any wasm, within its budget', async () => {
  const result = await weigh('', async (page) => {
    await page.getByRole('heading', { level: 1, name: 'Kies een mysterie' }).waitFor({ state: 'visible' });
  }, {});
  // Only what comes before the app: the HTML, its CSS and boot.js.
  const before = result.files.filter((f) => /\.(html|css)$|\/boot\.js$|\/$/.test(new URL(f.url).pathname));
  check('library', { bytes: before.reduce((s, f) => s + f.bytes, 0), files: before });
});

test('the room: the session start form, within its budget', async () => {
  const result = await weigh('zaal.html#/sessie', async (page) => {
    await page.getByRole('heading', { level: 1, name: 'Een sessie voor de hele zaal' }).waitFor({ state: 'visible' });
  });
  check('room', result);
});

test('the trainer: the studio, within its budget', async () => {
  const result = await weigh('trainer.html#/studio', async (page) => {
    await page.getByRole('heading', { level: 1, name: 'Trainersstudio' }).waitFor({ state: 'visible' });
  });
  check('trainer', result);
});

test('a link to another audience from the app loads that page (studio from the library)', async () => {
  const app = await newPage(browser);
  await app.page.goto(server.url);
  await app.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Trainersstudio' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Trainersstudio' }).waitFor({ state: 'visible' });
  assert.match(new URL(app.page.url()).pathname, /\/trainer\.html$/);
  await app.page.getByRole('link', { name: 'Mysterie Rechtsbescherming' }).first().click();
  await app.page.getByRole('heading', { level: 1, name: 'Kies een mysterie' }).waitFor({ state: 'visible' });
  assert.doesNotMatch(new URL(app.page.url()).pathname, /trainer\.html$/);
  app.assertNoErrors();
  await app.close();
});
