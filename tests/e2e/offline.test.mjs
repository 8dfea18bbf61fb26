// User story: a training room with weak wifi. After one visit the app works
// without a network (the service worker, web/sw.js, keeps the app and the
// bundled mysteries), and when a new version is put online the team is told
// on their next visit. These tests allow service workers; the rest of the
// suite blocks them (see newPage in harness.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer,
  launchBrowser,
  newPage,
  assertA11y,
  bundledMystery,
  exactly,
  phaseHeading,
  openMysteryFromLibrary,
  startByClicking,
  DIST_DIR,
} from './harness.mjs';

let server;
let browser;
const { entry, scenario } = bundledMystery();
const UPDATE_TEXT = 'Er is een nieuwe versie. Laad de pagina opnieuw.';

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until this page's service worker is activated (its install, the precache, is then done). */
async function serviceWorkerActivated(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const worker = reg.active;
    if (worker.state !== 'activated') {
      await new Promise((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
    return worker.scriptURL;
  });
}

test('offline: after one visit the app loads and a mystery plays with the network gone', async () => {
  const app = await newPage(browser, { serviceWorkers: 'allow' });
  const { page } = app;
  page.setDefaultTimeout(10_000);
  try {
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Mysteries' }).waitFor();
    assert.match(await serviceWorkerActivated(page), /\/sw\.js$/);

    await app.context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kies een mysterie' }).waitFor();
    assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true, 'the service worker serves the page');
    assert.equal(await page.evaluate(() => navigator.onLine), false, 'the browser is offline');

    // The mystery file was never opened online: it comes from the precache.
    await openMysteryFromLibrary(page, entry);
    await page.getByRole('heading', { level: 1, name: exactly(scenario.title) }).waitFor();
    await startByClicking(page, 'Team Zonder Wifi');
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    await page.locator('.card-back').first().click();
    await page.getByText(`1 van de ${scenario.clues.length} kaarten zijn omgedraaid.`).waitFor();
    await assertA11y(page, 'onderzoeken, offline');

    // The other audiences' pages were precached too: a member's phone and the
    // studio open offline, each from its own bundle.
    await page.goto(new URL(`speler.html#/speler/${entry.id}/1/1/4`, server.url).href);
    await page.locator('article.clue-card').first().waitFor();
    await page.goto(new URL('trainer.html#/studio', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Trainersstudio' }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('update: the next visit after a new version tells the team to reload', async () => {
  // A copy of the build whose sw.js we can change, on its own server.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mysterie-sw-'));
  fs.cpSync(DIST_DIR, dir, { recursive: true });
  const local = await startServer(dir);
  const app = await newPage(browser, { serviceWorkers: 'allow' });
  const { page } = app;
  page.setDefaultTimeout(10_000);
  try {
    await page.goto(local.url);
    await page.getByRole('list', { name: 'Mysteries' }).waitFor();
    await serviceWorkerActivated(page);
    // Second visit, same version: controlled by the worker, nothing to announce.
    await page.reload();
    await page.getByRole('list', { name: 'Mysteries' }).waitFor();
    assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);
    assert.equal(await page.getByText(UPDATE_TEXT).count(), 0, 'no update message without an update');

    // A new version goes online (a new build stamps a new id into sw.js).
    const swFile = path.join(dir, 'sw.js');
    const sw = fs.readFileSync(swFile, 'utf8');
    const changed = sw.replace(/const BUILD = '([0-9a-f]+)';/, "const BUILD = 'nieuw$1';");
    assert.notEqual(changed, sw, 'sw.js carries a build id');
    fs.writeFileSync(swFile, changed);

    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: UPDATE_TEXT });
    await notice.waitFor();
    await assertA11y(page, 'library with the update message');

    await page.getByRole('button', { name: 'Pagina opnieuw laden' }).click();
    await page.getByRole('list', { name: 'Mysteries' }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.getByText(UPDATE_TEXT).count(), 0, 'after reloading the message is gone');
    app.assertNoErrors();
  } finally {
    await app.close();
    await local.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
