// User story (issue #17): the service worker keeps the right app offline.
// Opening a JSON file of the site once never replaces the app page in the
// offline cache, and an out-of-order deploy (new sw.js and hashed files on
// the server, index.html still old) never activates a cache whose page and
// files belong to different builds: offline the team keeps a working app.
// These tests allow service workers (the rest of the suite blocks them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, newPage, DIST_DIR } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.join(HERE, '..', '..');

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Waits until the page's service worker registration has settled: any new worker installed or failed. */
async function settledWorker(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    try {
      await reg.update();
    } catch {
      // A failed update leaves the active worker in place.
    }
    const pending = reg.installing || reg.waiting;
    if (pending) {
      await new Promise((resolve) => {
        const check = () => ['activated', 'redundant'].includes(pending.state) && resolve();
        pending.addEventListener('statechange', check);
        check();
      });
    }
    const active = reg.active;
    if (active.state !== 'activated') {
      await new Promise((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve()));
    }
    return { caches: (await caches.keys()).sort() };
  });
}

const buildOf = (dir) => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const BUILD = '([0-9a-f]+)';/)[1];

async function libraryShown(page) {
  await page.getByRole('list', { name: 'Mysteries' }).waitFor();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
}

test('opening a JSON file of the site once does not replace the app offline', async () => {
  const server = await startServer();
  const app = await newPage(browser, { serviceWorkers: 'allow' });
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(server.url);
    await libraryShown(page);
    await settledWorker(page);
    // Someone opens raw files of the site in the same browser.
    for (const file of ['mysteries/index.json', 'sw.js']) {
      const response = await page.goto(new URL(file, server.url).href);
      assert.equal(response.status(), 200, file);
      assert.equal(await page.locator('script[data-wasm]').count(), 0, `${file} is not the app`);
    }
    await app.context.setOffline(true);
    await page.goto(server.url);
    await libraryShown(page);
    await page.getByRole('heading', { level: 1, name: 'Kies een mysterie' }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
    await server.close();
  }
});

/**
 * An "old" build made from the current one: its hashed JS and wasm renamed,
 * index.html pointing at them, and its own sw.js stamped by scripts/stamp-sw.mjs.
 */
function makeOldBuild(dir) {
  fs.cpSync(DIST_DIR, dir, { recursive: true });
  let index = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  // index.html's own bundle (the other pages have theirs).
  const wasm = fs.readdirSync(dir).find((f) => /_bg\.wasm$/.test(f) && index.includes(f));
  const js = wasm.replace(/_bg\.wasm$/, '.js');
  const rename = (name) => name.replace(/-[0-9a-f]{12,16}(_bg)?\./, '-0000000000000001$1.');
  for (const name of [wasm, js]) {
    fs.renameSync(path.join(dir, name), path.join(dir, rename(name)));
    assert.ok(index.includes(name), `index.html names ${name}`);
    index = index.replaceAll(name, rename(name));
  }
  fs.writeFileSync(path.join(dir, 'index.html'), index);
  fs.copyFileSync(path.join(REPO, 'web', 'sw.js'), path.join(dir, 'sw.js'));
  execFileSync('node', [path.join(REPO, 'scripts', 'stamp-sw.mjs'), dir]);
}

test('an out-of-order deploy keeps the previous version working offline until index.html arrives', async () => {
  const oldDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mysterie-old-'));
  const live = fs.mkdtempSync(path.join(os.tmpdir(), 'mysterie-live-'));
  makeOldBuild(oldDir);
  const [oldBuild, newBuild] = [buildOf(oldDir), buildOf(DIST_DIR)];
  assert.notEqual(oldBuild, newBuild);
  fs.cpSync(oldDir, live, { recursive: true });
  const server = await startServer(live);
  const app = await newPage(browser, { serviceWorkers: 'allow' });
  const { page } = app;
  page.setDefaultTimeout(20_000);
  try {
    // The old version, visited once: its worker and cache.
    await page.goto(server.url);
    await libraryShown(page);
    assert.deepEqual((await settledWorker(page)).caches, [`mysterie-${oldBuild}`]);

    // Upload in the wrong order: everything of the new build except index.html.
    for (const file of fs.readdirSync(DIST_DIR)) {
      if (file !== 'index.html') fs.cpSync(path.join(DIST_DIR, file), path.join(live, file), { recursive: true });
    }
    await page.reload();
    await libraryShown(page);
    const mixed = await settledWorker(page);
    assert.deepEqual(mixed.caches, [`mysterie-${oldBuild}`], 'the new worker did not take over with the old page');

    await app.context.setOffline(true);
    await page.reload();
    await libraryShown(page);
    await page.getByRole('heading', { level: 1, name: 'Kies een mysterie' }).waitFor();

    // The upload is completed: the next visit online takes the new version, complete.
    await app.context.setOffline(false);
    fs.copyFileSync(path.join(DIST_DIR, 'index.html'), path.join(live, 'index.html'));
    await page.reload();
    await libraryShown(page);
    assert.deepEqual((await settledWorker(page)).caches, [`mysterie-${newBuild}`]);
    await app.context.setOffline(true);
    await page.reload();
    await libraryShown(page);
    assert.ok(
      (await page.locator('script[data-wasm]').getAttribute('data-wasm')).includes(
        fs.readdirSync(DIST_DIR).find((f) => /_bg\.wasm$/.test(f)),
      ),
      'offline, the new page with the new files',
    );
  } finally {
    await app.close();
    await server.close();
    fs.rmSync(oldDir, { recursive: true, force: true });
    fs.rmSync(live, { recursive: true, force: true });
  }
});
