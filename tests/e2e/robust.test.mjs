// User story (issue #17): nothing is lost when things go wrong around a save.
// The browser storage is full at a save point (starting a game, turning
// cards, adding a result in the network view): the failure stays visible in
// its own alert until saving works again, says what takes the room, offers
// the game as a download, and once room is made everything is saved. Two
// tabs of one browser (one context: shared localStorage) never overwrite
// each other's newer save.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  startServer,
  launchBrowser,
  newPage,
  bundledMystery,
  availableClues,
  phaseHeading,
  openMysteryFromLibrary,
  startByClicking,
  clueCard,
  savedGame,
  assertA11y,
} from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const V1_LINK = fs.readFileSync(path.join(HERE, '..', 'fixtures', 'result-link-v1.txt'), 'utf8').trim();

let server;
let browser;
const { entry, scenario } = bundledMystery();
const titleOf = (id) => scenario.clues.find((c) => c.id === id).title;
const numberOf = (id) => scenario.clues.findIndex((c) => c.id === id) + 1;
const FILLER = 'mysterie.apart.vulling.';
const FULL = 'Opslaan is mislukt: de opslag van deze browser is vol.';
const HELP_GROUP = 'Bewaar als bestand en haal weg: Apart gezette kopieën en afgesloten spellen';

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Fill this origin's localStorage to the last byte, under FILLER keys. */
async function fillStorage(page) {
  return page.evaluate((prefix) => {
    let n = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`${prefix}${n}`, chunk);
          n += 1;
        } catch {
          break;
        }
      }
    }
    return n;
  }, FILLER);
}

/** Remove the filler: room is made outside the app. */
async function freeStorage(page) {
  await page.evaluate((prefix) => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
  }, FILLER);
}

function saveAlert(page) {
  return page.locator('.save-problem[role="alert"]');
}

async function revealByClicking(page, revealed, count) {
  for (let i = 0; i < count; i++) {
    const [id] = availableClues(scenario, 1, revealed);
    assert.ok(id, 'round 1 has enough clues');
    await page.getByRole('button', { name: `Draai kaart ${numberOf(id)} om`, exact: true }).click();
    revealed.push(id);
    await clueCard(page, titleOf(id)).waitFor();
    await page.getByRole('status').filter({ hasText: `Kaart ${numberOf(id)} omgedraaid` }).waitFor();
  }
  return revealed;
}

async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
}

test('storage full when the game starts: the alert stays, the game can be downloaded, and nothing is lost once room is made', async () => {
  const app = await newPage(browser);
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(server.url);
    await openMysteryFromLibrary(page, entry);
    await page.getByLabel('Naam van jullie team').waitFor();
    await fillStorage(page);
    await startByClicking(page, 'Team Vol');
    await saveAlert(page).getByText(FULL, { exact: false }).waitFor();
    // The next step's confirmation does not wipe it.
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    const revealed = await revealByClicking(page, [], 2);
    assert.ok(await saveAlert(page).getByText(FULL, { exact: false }).isVisible(), 'the alert stays');
    // What takes the room, largest first, with a size.
    await saveAlert(page).getByText(/Apart gezette kopieën en afgesloten spellen: [\d,]+ MB/).waitFor();
    await assertA11y(page, 'game with the storage-full alert');

    // The game as a download meanwhile: the saved-game envelope with both cards.
    const file = await downloadOf(page, () => page.getByRole('button', { name: 'Download het spel als bestand' }).click());
    assert.match(file.name, new RegExp(`^spel-${entry.id}-\\d{4}-\\d\\d-\\d\\d\\.json$`));
    const game = JSON.parse(file.text);
    assert.deepEqual(game.session.revealed, revealed);

    // Make room through the help: the filler is downloaded first, then removed, then the game is saved.
    const backup = await downloadOf(page, () => page.getByRole('button', { name: HELP_GROUP }).click());
    assert.ok(Object.keys(JSON.parse(backup.text)).every((k) => k.startsWith(FILLER)), 'the backup holds what was removed');
    await page.getByText('Opslaan lukt weer: alles is bewaard.').waitFor();
    assert.equal(await saveAlert(page).getByText(FULL, { exact: false }).count(), 0, 'the alert is gone');

    await page.reload();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    for (const id of revealed) await clueCard(page, titleOf(id)).waitFor();
    assert.equal((await savedGame(page, entry.id)).session.team.name, 'Team Vol');
    app.assertNoErrors();

    // The downloaded game continues on another device (a fresh browser context).
    const other = await newPage(browser);
    try {
      await other.page.goto(server.url);
      await openMysteryFromLibrary(other.page, entry);
      await other.page.getByLabel('Kies het bestand van het spel (spel-….json)').setInputFiles([
        { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) },
      ]);
      await phaseHeading(other.page, 'Onderzoeken').waitFor();
      for (const id of revealed) await clueCard(other.page, titleOf(id)).waitFor();
      assert.deepEqual((await savedGame(other.page, entry.id)).session.revealed, revealed, 'and is saved there');
      other.assertNoErrors();
    } finally {
      await other.close();
    }
  } finally {
    await app.close();
  }
});

test('storage full while turning cards: every card is kept once room is made', async () => {
  const app = await newPage(browser);
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(server.url);
    await openMysteryFromLibrary(page, entry);
    await startByClicking(page, 'Team Kaarten');
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    const revealed = await revealByClicking(page, [], 2);
    await fillStorage(page);
    await revealByClicking(page, revealed, 3);
    // Only the confirmation of the last card in the status, and the failure still in its alert.
    await saveAlert(page).getByText(FULL, { exact: false }).waitFor();
    await saveAlert(page).getByRole('button', { name: 'Download het spel als bestand' }).waitFor();

    await freeStorage(page);
    await page.getByRole('button', { name: 'Probeer opnieuw op te slaan' }).click();
    await page.getByText('Opslaan lukt weer: alles is bewaard.').waitFor();
    await page.reload();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    for (const id of revealed) await clueCard(page, titleOf(id)).waitFor();
    assert.equal((await savedGame(page, entry.id)).session.revealed.length, 5);
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

/** A results file: the result of the version-1 link fixture, read by the app itself. */
async function resultFile(changes = {}) {
  const app = await newPage(browser);
  try {
    await app.page.goto(new URL(`#/netwerk/toevoegen/${V1_LINK}`, server.url).href);
    await app.page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    // A version-1 link (no check on errors) still reads, with a warning.
    await app.page.getByText('Deze link komt uit een oudere versie van de app', { exact: false }).waitFor();
    const result = await app.page.evaluate(() => JSON.parse(localStorage.getItem('mysterie.netwerk')).results[0]);
    Object.assign(result, changes.top ?? {});
    if (changes.team) result.team.name = changes.team;
    return { name: `${result.team.name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(result)) };
  } finally {
    await app.close();
  }
}

test('storage full in the network view: no "toegevoegd" next to the failure, and the result is kept once room is made', async () => {
  const file = await resultFile();
  const app = await newPage(browser);
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(new URL('#/netwerk', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Lerend netwerk: resultaten vergelijken' }).waitFor();
    await fillStorage(page);
    await page.getByLabel('Kies resultaat-bestanden (.json)').setInputFiles([file]);
    await saveAlert(page).getByText(FULL, { exact: false }).waitFor();
    await page.getByText('Niet bewaard: Opslaan is mislukt', { exact: false }).waitFor();
    assert.equal(await page.getByText(/resultaat\/resultaten toegevoegd/).count(), 0, 'never "toegevoegd" when saving failed');
    await assertA11y(page, 'network view with the storage-full alert');

    await downloadOf(page, () => page.getByRole('button', { name: HELP_GROUP }).click());
    await page.getByText('Opslaan lukt weer: het overzicht is bewaard.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();

    // A result link with the storage full: the same alert, on the network view.
    await fillStorage(page);
    await page.evaluate(() => localStorage.removeItem('mysterie.netwerk'));
    await fillStorage(page);
    await page.goto(new URL(`#/netwerk/toevoegen/${V1_LINK}`, server.url).href);
    await saveAlert(page).getByText(FULL, { exact: false }).waitFor();
    await page.getByText('Niet bewaard: Opslaan is mislukt', { exact: false }).waitFor();
    await freeStorage(page);
    await page.getByRole('button', { name: 'Probeer opnieuw op te slaan' }).click();
    await page.getByText('Opslaan lukt weer: het overzicht is bewaard.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('two tabs of one game: the older tab follows the newer save and nothing is overwritten', async () => {
  const a = await newPage(browser);
  const pageA = a.page;
  pageA.setDefaultTimeout(15_000);
  try {
    await pageA.goto(server.url);
    await openMysteryFromLibrary(pageA, entry);
    await startByClicking(pageA, 'Team Tabs');
    await pageA.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await phaseHeading(pageA, 'Onderzoeken').waitFor();
    // Tab B, same browser (same context, so the same storage), opened before A turns cards.
    const pageB = await a.context.newPage();
    pageB.setDefaultTimeout(15_000);
    await pageB.goto(new URL(`#/mysterie/${entry.id}`, server.url).href);
    await phaseHeading(pageB, 'Onderzoeken').waitFor();

    const revealed = await revealByClicking(pageA, [], 4);
    // B follows A's saves without a reload.
    await pageB.getByText('Dit spel is net in een ander tabblad of venster veranderd', { exact: false }).waitFor();
    for (const id of revealed) await clueCard(pageB, titleOf(id)).waitFor();
    await revealByClicking(pageB, revealed, 1);

    await pageA.reload();
    await phaseHeading(pageA, 'Onderzoeken').waitFor();
    for (const id of revealed) await clueCard(pageA, titleOf(id)).waitFor();
    const saved = await savedGame(pageA, entry.id);
    assert.deepEqual(saved.session.revealed, revealed, 'all five cards, from both tabs');
    assert.ok(saved.revision >= 6, `the saved game has a revision (${saved.revision})`);
    a.assertNoErrors();
  } finally {
    await a.close();
  }
});

test('two tabs of the network view: a stale tab\'s "Haal weg" keeps what the other tab added', async () => {
  const west = await resultFile({ team: 'Team West', top: { id: '0123456789abcdef' } });
  const a = await newPage(browser);
  const pageA = a.page;
  pageA.setDefaultTimeout(15_000);
  try {
    await pageA.goto(new URL(`#/netwerk/toevoegen/${V1_LINK}`, server.url).href);
    await pageA.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    const pageB = await a.context.newPage();
    pageB.setDefaultTimeout(15_000);
    await pageB.goto(new URL('#/netwerk', server.url).href);
    await pageB.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();

    await pageA.getByLabel('Kies resultaat-bestanden (.json)').setInputFiles([west]);
    await pageA.getByRole('heading', { level: 2, name: 'Overzicht: 2 teams' }).waitFor();
    await pageB.getByRole('heading', { level: 2, name: 'Overzicht: 2 teams' }).waitFor();
    await pageB.getByRole('button', { name: /^Haal weg: Team Oost/ }).click();
    await pageB.getByText('Het resultaat is uit het overzicht gehaald.').waitFor();

    await pageA.reload();
    await pageA.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    const teams = await pageA.evaluate(() => JSON.parse(localStorage.getItem('mysterie.netwerk')).results.map((r) => r.team.name));
    assert.deepEqual(teams, ['Team West']);
    a.assertNoErrors();
  } finally {
    await a.close();
  }
});

test('"Dit lukt niet" on a page of its own is the page\'s h1', async () => {
  const app = await newPage(browser, { ignoreConsole: [/404/, /bestaat-niet/] });
  const { page } = app;
  try {
    await page.goto(new URL('#/mysterie/bestaat-niet', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Dit lukt niet' }).waitFor();
    assert.equal(await page.locator('h1').count(), 1, 'exactly one h1');
    await assertA11y(page, 'a mystery that does not exist');
  } finally {
    await app.close();
  }
});

test('two tabs of one own mystery: the older editor does not save over the newer version', async () => {
  const a = await newPage(browser);
  const pageA = a.page;
  pageA.setDefaultTimeout(15_000);
  try {
    await pageA.goto(new URL('#/studio', server.url).href);
    await pageA.getByRole('button', { name: 'Nieuw mysterie', exact: true }).click();
    await pageA.waitForURL(/#\/studio\/[^/]+$/);
    const key = decodeURIComponent(new URL(pageA.url()).hash.replace(/^#\/studio\//, ''));
    await pageA.getByRole('heading', { level: 1, name: /Bewerken: Nieuw mysterie/ }).waitFor();
    const pageB = await a.context.newPage();
    pageB.setDefaultTimeout(15_000);
    await pageB.goto(new URL(`#/studio/${key}`, server.url).href);
    await pageB.getByRole('heading', { level: 1, name: /Bewerken: Nieuw mysterie/ }).waitFor();

    await pageA.getByLabel('Titel', { exact: true }).fill('Versie uit tabblad A');
    await pageA.getByRole('heading', { level: 1, name: /Bewerken: Versie uit tabblad A/ }).waitFor();
    await pageA.locator('.editor-saved').getByText('Opgeslagen').waitFor();

    await pageB.getByLabel('Titel', { exact: true }).fill('Versie uit tabblad B');
    await pageB
      .locator('.editor-saved')
      .getByText('Dit mysterie is intussen in een ander tabblad of venster opgeslagen', { exact: false })
      .waitFor();
    const stored = await pageA.evaluate((k) => JSON.parse(localStorage.getItem(`mysterie.eigen.${k}`)), key);
    assert.equal(stored.scenario.title, 'Versie uit tabblad A', 'the newer version is kept');
    a.assertNoErrors();
  } finally {
    await a.close();
  }
});
