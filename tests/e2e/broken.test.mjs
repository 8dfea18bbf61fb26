// User story: a trainer adds or edits a mystery and makes a mistake. The app
// says in Dutch what is wrong and where (file, line, JSON path), and the rest
// of the library keeps working. A damaged saved game is set aside, not lost.
//
// The broken files are made from the bundled mystery (read from disk) and
// served with page.route; the good mystery is served as usual.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  newPage,
  assertA11y,
  readLibrary,
  readMysteryText,
  bundledMystery,
  exactly,
  escapeRegExp,
  phaseHeading,
  openMysteryFromLibrary,
  startByClicking,
  gameKey,
} from './harness.mjs';

let server;
let browser;
const library = readLibrary();
const { entry: good, scenario: goodScenario } = bundledMystery();
const goodText = readMysteryText(good.file);

/** The index.json the app gets: the real one plus one extra (broken) entry. */
function indexWith(extra) {
  return { ...library, mysteries: [...library.mysteries, extra] };
}

/** An extra library entry, a copy of the good one under another id / file / title. */
const BROKEN = {
  ...good,
  id: 'kapot-mysterie',
  file: 'kapot-mysterie.json',
  title: 'Een kapot mysterie',
};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function errorPanel(page) {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Dit lukt niet' }) });
}

/** The good mystery is still listed, and can be started. */
async function goodStillWorks(page) {
  const list = page.getByRole('list', { name: 'Mysteries' });
  await list.getByRole('article', { name: exactly(good.title) }).waitFor();
  await openMysteryFromLibrary(page, good);
  await page.getByRole('heading', { level: 1, name: exactly(goodScenario.title) }).waitFor();
  await startByClicking(page, 'Team Na De Fout');
  await phaseHeading(page, 'De zaak').waitFor();
}

/**
 * Library with the extra entry -> open it -> error panel (checked by `check`)
 * -> axe -> "Terug naar de bibliotheek" -> the good mystery still plays.
 * `fulfill`: {status, body} for the extra entry's file, or null for no route
 * (the server's real 404).
 */
async function brokenScenarioCase({ entry = BROKEN, fulfill, check, ignoreConsole = [] }) {
  const app = await newPage(browser, { ignoreConsole });
  const { page } = app;
  page.setDefaultTimeout(10_000);
  try {
    await page.route('**/mysteries/index.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(indexWith(entry)) }),
    );
    if (fulfill) {
      await page.route(`**/mysteries/${entry.file}`, (route) =>
        route.fulfill({ contentType: 'application/json', ...fulfill }),
      );
    }
    await page.goto(server.url);
    const list = page.getByRole('list', { name: 'Mysteries' });
    await list.getByRole('article', { name: exactly(good.title) }).waitFor();
    await list.getByRole('article', { name: exactly(entry.title) }).waitFor();

    await openMysteryFromLibrary(page, entry);
    const panel = errorPanel(page);
    await panel.waitFor();
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    if (process.env.E2E_VERBOSE) console.log(`error screen for ${entry.file}: ${text}`);
    await check(panel, text);
    await assertA11y(page, `error screen (${entry.file})`);

    await panel.getByRole('link', { name: 'Terug naar de bibliotheek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kies een mysterie' }).waitFor();
    await goodStillWorks(page);
    app.assertNoErrors();
  } finally {
    await app.close();
  }
}

test('(a) invalid JSON in a scenario file: the message names the file and the line', async () => {
  // A stray word on line 5 of an otherwise good file.
  const lines = goodText.split('\n');
  const badLine = 5;
  lines.splice(badLine - 1, 0, '  kapot!');
  await brokenScenarioCase({
    fulfill: { status: 200, body: lines.join('\n') },
    check: async (panel, text) => {
      assert.match(text, new RegExp(escapeRegExp(`mysteries/${BROKEN.file}`)), text);
      assert.match(text, /geen geldige JSON/, text);
      assert.match(text, new RegExp(`regel ${badLine}\\b`), text);
    },
  });
});

test('(b) a clue whose speaker is an unknown person: the message shows clues[N].speaker', async () => {
  const scenario = JSON.parse(goodText);
  scenario.id = BROKEN.id;
  // A clue whose speaker also speaks elsewhere, so only this one problem appears.
  const n = scenario.clues.findIndex(
    (c, i) => c.speaker && scenario.clues.some((d, j) => j !== i && d.speaker === c.speaker),
  );
  assert.ok(n >= 0);
  scenario.clues[n].speaker = 'onbekende-persoon';
  await brokenScenarioCase({
    fulfill: { status: 200, body: JSON.stringify(scenario, null, 2) },
    check: async (panel, text) => {
      assert.match(text, new RegExp(escapeRegExp(`mysteries/${BROKEN.file}`)), text);
      await panel.locator('code').filter({ hasText: exactly(`clues[${n}].speaker`) }).waitFor();
      const item = panel.getByRole('listitem').filter({ hasText: `clues[${n}].speaker` });
      assert.match(await item.innerText(), /onbekende-persoon/);
      assert.match(await item.innerText(), /bestaat niet/);
    },
  });
});

test('(c) a scenario without "solution": the message says solution is missing', async () => {
  const scenario = JSON.parse(goodText);
  scenario.id = BROKEN.id;
  delete scenario.solution;
  await brokenScenarioCase({
    fulfill: { status: 200, body: JSON.stringify(scenario, null, 2) },
    check: async (panel, text) => {
      assert.match(text, new RegExp(escapeRegExp(`mysteries/${BROKEN.file}`)), text);
      await panel.locator('code').filter({ hasText: exactly('solution') }).waitFor();
      assert.match(text, /solution.{0,3} ontbreekt/, text);
    },
  });
});

test('(d) an index entry whose file does not exist: HTTP 404 with the file name', async () => {
  const missing = { ...BROKEN, id: 'bestaat-niet', file: 'bestaat-niet.json', title: 'Een mysterie zonder bestand' };
  await brokenScenarioCase({
    entry: missing,
    fulfill: null, // the test server answers 404 for a missing .json
    ignoreConsole: [/Failed to load resource: the server responded with a status of 404/],
    check: async (panel, text) => {
      assert.match(text, /404/, text);
      assert.match(text, new RegExp(escapeRegExp(`mysteries/${missing.file}`)), text);
      assert.match(text, /niet gevonden/, text);
    },
  });
  assert.ok(
    server.requests.some((r) => r.path.endsWith(`/mysteries/bestaat-niet.json`) && r.status === 404),
    'the server really answered 404',
  );
});

test('(d2) a link to a mystery that is not in the library: clear message, way back', async () => {
  const app = await newPage(browser);
  const { page } = app;
  page.setDefaultTimeout(10_000);
  try {
    await page.goto(new URL('#/mysterie/bestaat-niet', server.url).href);
    const panel = errorPanel(page);
    await panel.waitFor();
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /‘bestaat-niet’ staat niet in de bibliotheek/, text);
    await assertA11y(page, 'error screen (unknown mystery id)');
    await panel.getByRole('link', { name: 'Terug naar de bibliotheek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kies een mysterie' }).waitFor();
    await goodStillWorks(page);
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('(e) index.json itself broken: the library shows an error, then works again', async () => {
  const app = await newPage(browser);
  const { page } = app;
  page.setDefaultTimeout(10_000);
  try {
    const cutAfter = 4; // the file stops after line 4: the error is at its end
    const body = JSON.stringify(library, null, 2).split('\n').slice(0, cutAfter).join('\n');
    await page.route('**/mysteries/index.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto(server.url);
    const panel = errorPanel(page);
    await panel.waitFor();
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    if (process.env.E2E_VERBOSE) console.log(`error screen for index.json: ${text}`);
    assert.match(text, /mysteries\/index\.json/, text);
    assert.match(text, /geen geldige JSON/, text);
    assert.match(text, new RegExp(`regel ${cutAfter}\\b`), text);
    assert.equal(await page.getByRole('list', { name: 'Mysteries' }).count(), 0, 'no list when index.json is broken');
    await assertA11y(page, 'library error (index.json)');

    // Fixed (route removed): the library works again after a reload.
    await page.unroute('**/mysteries/index.json');
    await page.reload();
    await goodStillWorks(page);
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('(f) a damaged saved game is set aside (not deleted) and a new game can start', async () => {
  const app = await newPage(browser);
  const { page } = app;
  page.setDefaultTimeout(10_000);
  const garbage = '{"saved_version": 1, "session": kapot';
  try {
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Mysteries' }).waitFor();
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [gameKey(good.id), garbage]);
    await page.reload();
    // A game "in progress" is offered to continue.
    const link = page
      .getByRole('article', { name: exactly(good.title) })
      .getByRole('link', { name: new RegExp(`^Verder spelen\\s*:\\s*${escapeRegExp(good.title)}$`) });
    await link.click();

    await page.getByRole('heading', { level: 1, name: exactly(goodScenario.title) }).waitFor();
    const warning = page.getByRole('alert').filter({ hasText: 'beschadigd' });
    await warning.waitFor();
    const text = await warning.innerText();
    assert.match(text, /beschadigd/);
    assert.match(text, /niets weggegooid/);
    await page.getByRole('button', { name: 'Start het mysterie' }).waitFor();

    const stored = await page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    );
    const aside = Object.keys(stored).filter((k) => k.startsWith('mysterie.apart.'));
    assert.equal(aside.length, 1, `one key set aside: ${Object.keys(stored)}`);
    assert.ok(aside[0].startsWith(`mysterie.apart.spel.${good.id}.`), aside[0]);
    assert.equal(stored[aside[0]], garbage, 'the damaged text is kept exactly');
    assert.equal(stored[gameKey(good.id)], undefined, 'the damaged game is no longer the active game');

    await assertA11y(page, 'start form with damaged-save warning');

    // And a new game starts.
    await startByClicking(page, 'Team Opnieuw');
    assert.equal(
      (await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).session.team.name, gameKey(good.id))),
      'Team Opnieuw',
    );
    assert.equal(
      await page.evaluate((k) => localStorage.getItem(k), aside[0]),
      garbage,
      'the set-aside copy survives the new game',
    );
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('a damaged new-game link: the game page says so, starts nothing and leads back to the start form', async () => {
  const app = await newPage(browser);
  const { page } = app;
  try {
    await page.goto(new URL(`spel.html#/spel/${good.id}/nieuw/kapot!!`, server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Het spel kon niet beginnen' }).waitFor();
    await page.getByRole('alert').getByText('Vul het startformulier nog een keer in').waitFor();
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), gameKey(good.id)), null, 'no game was started');
    await assertA11y(page, 'damaged new-game link');
    await page.getByRole('link', { name: 'Naar het startformulier' }).click();
    await page.getByRole('button', { name: 'Start het mysterie' }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
