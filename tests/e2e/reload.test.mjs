// User story: the browser is reloaded (or closed and opened again) in the
// middle of a game. The team comes back to the same phase with everything it
// did, and is welcomed back. Which clues, groups, keys and links to use is
// taken from the mystery JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  openApp,
  bundledMystery,
  goodPlan,
  availableClues,
  columnName,
  boardColumns,
  adoptAuthorGroups,
  phaseHeading,
  openMysteryFromLibrary,
  startByClicking,
  boardColumn,
  clueCard,
  placeBySelect,
  addLinkByClicking,
  savedGame,
  escapeRegExp,
} from './harness.mjs';

let server;
let browser;
const { entry, scenario } = bundledMystery();
const plan = goodPlan(scenario);
const titleOf = (id) => scenario.clues.find((c) => c.id === id).title;
const numberOf = (id) => scenario.clues.findIndex((c) => c.id === id) + 1;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Start a game and uncover `count` clues of round 1 by clicking; returns their ids. */
async function startAndReveal(page, team, count) {
  await openMysteryFromLibrary(page, entry);
  await startByClicking(page, team);
  await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
  await phaseHeading(page, 'Onderzoeken').waitFor();
  const revealed = [];
  for (let i = 0; i < count; i++) {
    const [id] = availableClues(scenario, 1, revealed);
    assert.ok(id, 'round 1 has enough clues');
    await page.getByRole('button', { name: `Draai kaart ${numberOf(id)} om`, exact: true }).click();
    revealed.push(id);
    await clueCard(page, titleOf(id)).waitFor();
  }
  return revealed;
}

/** Titles per board column, as shown. */
async function boardSnapshot(page) {
  const snap = {};
  for (const col of boardColumns(scenario)) {
    snap[col.name] = (await boardColumn(page, col.name).locator('.clue-title').allTextContents()).sort();
  }
  return snap;
}

test('reload in Ordenen: same phase, same cards in the same columns, key mark and link kept', async () => {
  const app = await openApp(browser, server);
  const { page } = app;
  page.setDefaultTimeout(10_000);
  try {
    // Uncover every round-1 clue: enough for a key mark and a link in any mystery.
    const round1 = availableClues(scenario, 1, []);
    const revealed = await startAndReveal(page, 'Team Herladen', round1.length);
    const linkable = revealed.filter((id) => plan.placements[id] !== 'aside');
    assert.ok(linkable.length >= 2, 'two round-1 clues can be linked');
    const chain = { from: linkable[0], to: linkable[1] };
    await page.getByRole('button', { name: 'Naar ordenen' }).click();
    await phaseHeading(page, 'Ordenen').waitFor();
    await adoptAuthorGroups(page, scenario);

    // Place all but the last uncovered card, leave that one unsorted.
    const toPlace = revealed.slice(0, -1);
    for (const id of toPlace) await placeBySelect(page, titleOf(id), columnName(scenario, plan.placements[id]));
    const key = revealed.find((id) => plan.key.includes(id) && plan.placements[id] !== 'aside');
    assert.ok(key, 'a key clue was uncovered');
    await page.getByRole('button', { name: `Kern: ${titleOf(key)}` }).click();
    await addLinkByClicking(page, titleOf(chain.from), titleOf(chain.to));

    const before = await boardSnapshot(page);
    const savedBefore = await savedGame(page, entry.id);
    assert.equal(savedBefore.session.phase, 'ordenen');

    await page.reload();

    await phaseHeading(page, 'Ordenen').waitFor();
    await page.getByRole('status').filter({ hasText: 'Welkom terug, Team Herladen.' }).waitFor();
    // The phase list says where we are.
    await page
      .getByRole('navigation', { name: 'Fasen van het mysterie' })
      .locator('[aria-current="step"]')
      .filter({ hasText: 'Ordenen' })
      .waitFor();
    await clueCard(page, titleOf(revealed[0])).waitFor();
    assert.deepEqual(await boardSnapshot(page), before, 'every card is back in its column');
    assert.deepEqual(
      before['Nog te sorteren'],
      [titleOf(revealed.at(-1))],
      'only the card left unsorted is in "Nog te sorteren"',
    );
    for (const id of toPlace) {
      await clueCard(boardColumn(page, columnName(scenario, plan.placements[id])), titleOf(id)).waitFor();
    }
    // The key mark.
    for (const id of revealed) {
      const pressed = await page.getByRole('button', { name: `Kern: ${titleOf(id)}` }).getAttribute('aria-pressed');
      assert.equal(pressed, id === key ? 'true' : 'false', `key mark of ${id}`);
    }
    // The link.
    const links = page.getByRole('list', { name: 'Gemaakte verbanden' }).getByRole('listitem');
    assert.equal(await links.count(), 1);
    await links.filter({ hasText: `${titleOf(chain.from)} → ${titleOf(chain.to)}` }).waitFor();
    // And the uncovered clues, in the same order, in the saved game.
    assert.deepEqual((await savedGame(page, entry.id)).session, savedBefore.session);

    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('reload in Oplossen: the typed explanation and the cited card come back', async () => {
  const app = await openApp(browser, server);
  const { page } = app;
  page.setDefaultTimeout(10_000);
  try {
    const revealed = await startAndReveal(page, 'Team Uitleg', 2);
    await page.getByRole('button', { name: 'Naar ordenen' }).click();
    await phaseHeading(page, 'Ordenen').waitFor();
    await adoptAuthorGroups(page, scenario);
    for (const id of revealed) await placeBySelect(page, titleOf(id), columnName(scenario, plan.placements[id]));
    await page.getByRole('button', { name: 'Naar oplossen' }).click();
    await phaseHeading(page, 'Oplossen').waitFor();

    const cited = revealed.find((id) => plan.placements[id] !== 'aside');
    await page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(titleOf(cited))}`) }).check();
    const text = 'De brief was niet begrijpelijk, dus Anja legde hem weg.';
    // Real typing: one input event per character.
    await page.getByLabel('Onze uitleg, in eigen woorden').pressSequentially(text);
    await page.getByText(`${text.split(/\s+/).length} woorden. Schrijf er minstens`, { exact: false }).waitFor();

    await page.reload();

    await phaseHeading(page, 'Oplossen').waitFor();
    await page.getByRole('status').filter({ hasText: 'Welkom terug, Team Uitleg.' }).waitFor();
    const area = page.getByLabel('Onze uitleg, in eigen woorden');
    await area.waitFor();
    assert.equal(await area.inputValue(), text);
    assert.equal(
      await page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(titleOf(cited))}`) }).isChecked(),
      true,
      'the cited card is still checked',
    );
    await page.getByText('1 kaarten gekozen', { exact: true }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
