// User story: a trainer opens the app and sees every mystery of
// mysteries/index.json, with what it is about, its bouwstenen, how long it
// takes and for how many players. Everything expected is read from index.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  newPage,
  openApp,
  assertA11y,
  readLibrary,
  labelOf,
  exactly,
  escapeRegExp,
} from './harness.mjs';

let server;
let browser;
const library = readLibrary();

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The card of a mystery: the <article> named by its <h2> title. */
function card(page, entry) {
  return page.getByRole('list', { name: 'Mysteries' }).getByRole('article', { name: exactly(entry.title) });
}

test('the library lists every mystery of index.json with its facts', async () => {
  assert.ok(library.mysteries.length > 0, 'index.json lists at least one mystery');
  const app = await openApp(browser, server);
  const { page } = app;
  try {
    await page.getByRole('heading', { level: 1, name: 'Kies een mysterie' }).waitFor();
    const list = page.getByRole('list', { name: 'Mysteries' });
    await list.waitFor();
    assert.equal(await list.locator(':scope > li').count(), library.mysteries.length, 'one card per mystery in index.json');

    for (const entry of library.mysteries) {
      const c = card(page, entry);
      await c.waitFor();
      await c.getByRole('heading', { level: 2, name: exactly(entry.title) }).waitFor();
      await c.getByText(entry.summary, { exact: true }).waitFor();

      // Bouwstenen: the main one first (marked "hoofdthema"), then the rest in file order.
      const expected = [entry.main_bouwsteen, ...entry.bouwstenen.filter((b) => b !== entry.main_bouwsteen)];
      const tags = c.getByRole('list', { name: 'Bouwstenen' }).getByRole('listitem');
      const texts = (await tags.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
      assert.deepEqual(
        texts,
        expected.map((b) => (b === entry.main_bouwsteen ? `${labelOf(b)} (hoofdthema)` : labelOf(b))),
        `bouwstenen of ${entry.id}`,
      );

      await c.getByText(`ongeveer ${entry.duration_minutes} minuten`, { exact: true }).waitFor();
      await c.getByText(`${entry.group_size.min} tot ${entry.group_size.max} spelers`, { exact: true }).waitFor();

      // The way in: a link that names the mystery, to its own route.
      const link = c.getByRole('link', { name: `Speel dit mysterie: ${entry.title}`, exact: true });
      await link.waitFor();
      assert.equal(await link.getAttribute('href'), `./#/mysterie/${entry.id}`);
    }

    await assertA11y(page, 'library');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('METRIC: time from navigation start to the first mystery card being visible', async () => {
  const runs = 5;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const app = await newPage(browser); // fresh context: nothing cached, empty storage
    const { page } = app;
    try {
      // Record, in the page, the first animation frame at which a card title is visible.
      await page.addInitScript(() => {
        const check = () => {
          const h = document.querySelector('ul.mystery-list > li h2');
          const box = h?.getBoundingClientRect();
          if (h && box.width > 0 && box.height > 0 && h.checkVisibility?.() !== false) {
            window.__firstCardMs = performance.now();
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      });
      await page.goto(server.url);
      await page.getByRole('list', { name: 'Mysteries' }).getByRole('heading', { level: 2 }).first().waitFor();
      const ms = await page.waitForFunction(() => window.__firstCardMs, null, { timeout: 30_000 });
      times.push(await ms.jsonValue());
      app.assertNoErrors();
    } finally {
      await app.close();
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `METRIC library_visible_ms median=${median.toFixed(1)} runs=${runs} all=[${times.map((t) => t.toFixed(1)).join(', ')}]`,
  );
  assert.equal(times.length, runs);
});
