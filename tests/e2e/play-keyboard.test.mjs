// User story: a player who uses only the keyboard plays the bundled mystery
// from the library to the result screen: Tab / Shift+Tab to move, Enter and
// Space to press, arrow keys in lists and radio groups, typing in text fields.
// No clicks, no fill(), no selectOption(). After every phase change focus must
// land on the new phase heading (#fase-titel). Expectations come from the JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  openApp,
  bundledMystery,
  goodPlan,
  labelOf,
  escapeRegExp,
  availableClues,
  roundsOf,
  columnName,
  SCALE_LABELS,
  phaseHeading,
  boardColumn,
  clueCard,
  tabTo,
  activeInfo,
  waitForFocus,
  chooseOptionByKeyboard,
  adoptAuthorGroupsByKeyboard,
  openResultFolds,
} from './harness.mjs';

let server;
let browser;
const { entry, scenario } = bundledMystery();
const plan = goodPlan(scenario);
const titleOf = (id) => scenario.clues.find((c) => c.id === id).title;
const numberOf = (id) => scenario.clues.findIndex((c) => c.id === id) + 1;

/** Where focus was after each change of screen: [{where, ok, info}]. Checked by the last tests. */
const focusLog = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Wait for the phase heading, then note whether focus is on it (#fase-titel with this text). */
async function noteFocusOnHeading(page, where, text) {
  await phaseHeading(page, text).waitFor();
  try {
    const info = await waitForFocus(page, { id: 'fase-titel', name: text }, { timeout: 3_000 });
    focusLog.push({ where, ok: true, info });
  } catch {
    focusLog.push({ where, ok: false, info: await activeInfo(page) });
  }
}

const press = (page, key) => page.keyboard.press(key);

test('keyboard only: play the bundled mystery from the library to the result', async () => {
  const app = await openApp(browser, server);
  const { page } = app;
  page.setDefaultTimeout(10_000);
  try {
    // --- Library -> start form -----------------------------------------------
    await page.getByRole('list', { name: 'Mysteries' }).waitFor();
    await tabTo(page, {
      tag: 'a',
      name: new RegExp(`^Speel dit mysterie\\s*:\\s*${escapeRegExp(entry.title)}$`),
    });
    await press(page, 'Enter');
    await page.getByRole('heading', { level: 1, name: scenario.title, exact: true }).waitFor();

    await tabTo(page, { id: 'teamnaam' });
    await page.keyboard.type('Team Toetsenbord');
    await tabTo(page, { tag: 'button', name: 'Start het mysterie' });
    await press(page, 'Enter');
    await noteFocusOnHeading(page, 'start form → intro', 'De zaak');

    // --- Intro ------------------------------------------------------------------
    await tabTo(page, { tag: 'button', name: 'Begin met onderzoeken' });
    await press(page, 'Enter');
    await noteFocusOnHeading(page, 'intro → onderzoeken', 'Onderzoeken');

    // --- Onderzoeken: uncover everything ------------------------------------------
    const rounds = roundsOf(scenario);
    const revealed = [];
    for (let round = 1; round <= rounds; round++) {
      for (let next = availableClues(scenario, round, revealed); next.length; next = availableClues(scenario, round, revealed)) {
        const id = next[0];
        // The face-down cards come before the uncovered ones: go back with Shift+Tab.
        await tabTo(page, { tag: 'button', name: `Draai kaart ${numberOf(id)} om` }, { reverse: true });
        await press(page, 'Enter');
        revealed.push(id);
        // Focus follows the card that was turned over.
        await waitForFocus(page, { id: `kaart-${id}` });
        await clueCard(page, titleOf(id)).waitFor();
      }
      if (round < rounds) {
        await tabTo(page, { tag: 'button', name: `Start ronde ${round + 1}` });
        await press(page, 'Enter');
        await page.getByText(`Ronde ${round + 1} van ${rounds}.`).waitFor();
        // The app moves focus a frame after the round's text appears: wait for it to
        // leave <body> (state, not time); when it never does, the record says so.
        await page
          .waitForFunction(() => document.activeElement && document.activeElement !== document.body, null, { timeout: 5_000 })
          .catch(() => {});
        const info = await activeInfo(page);
        focusLog.push({
          where: `after "Start ronde ${round + 1}"`,
          ok: info.tag !== 'body',
          info,
        });
      }
    }
    await page.getByText(`${scenario.clues.length} van de ${scenario.clues.length} kaarten zijn omgedraaid.`).waitFor();
    await tabTo(page, { tag: 'button', name: 'Naar ordenen' });
    await press(page, 'Enter');
    await noteFocusOnHeading(page, 'onderzoeken → ordenen', 'Ordenen');

    // --- Ordenen: take over the author's grouping, then the "Groep" list of every card, with the arrow keys ---
    await adoptAuthorGroupsByKeyboard(page, scenario);
    for (const clue of scenario.clues) {
      const target = columnName(scenario, plan.placements[clue.id]);
      await tabTo(page, { id: `groep-${clue.id}` });
      await chooseOptionByKeyboard(page, `groep-${clue.id}`, target);
      await clueCard(boardColumn(page, target), clue.title).waitFor();
    }
    await page.getByRole('heading', { level: 2, name: 'Nog te sorteren (0)' }).waitFor();

    // Key clues: the "Kern" toggle, with Space.
    for (const id of plan.key) {
      const name = `Kern: ${titleOf(id)}`;
      await tabTo(page, { tag: 'button', name });
      await press(page, 'Space');
      await page.waitForFunction(
        (label) => document.querySelector(`button[aria-label="${label}"]`)?.getAttribute('aria-pressed') === 'true',
        name,
      );
    }

    // Links: the two lists of "Verbanden" and "Verbind", for every chain.
    for (const chain of plan.chains) {
      await tabTo(page, { id: 'verband-van' });
      await chooseOptionByKeyboard(page, 'verband-van', titleOf(chain.from));
      await tabTo(page, { id: 'verband-naar' });
      await chooseOptionByKeyboard(page, 'verband-naar', titleOf(chain.to));
      await tabTo(page, { tag: 'button', name: 'Verbind' });
      await press(page, 'Enter');
      await page
        .getByRole('list', { name: 'Gemaakte verbanden' })
        .getByText(`${titleOf(chain.from)} → ${titleOf(chain.to)}`, { exact: true })
        .waitFor();
    }
    assert.equal(
      await page.getByRole('list', { name: 'Gemaakte verbanden' }).getByRole('listitem').count(),
      plan.chains.length,
    );
    await tabTo(page, { tag: 'button', name: 'Naar oplossen' });
    await press(page, 'Enter');
    await noteFocusOnHeading(page, 'ordenen → oplossen', 'Oplossen');

    // --- Oplossen: Space on the checkboxes, type the explanation -------------------
    for (const id of plan.cited) {
      await tabTo(page, { id: `gebruik-${id}` });
      await press(page, 'Space');
      await page.waitForFunction((cid) => document.getElementById(cid)?.checked === true, `gebruik-${id}`);
    }
    await tabTo(page, { id: 'uitleg' });
    await page.keyboard.type(plan.explanation);
    assert.equal(await page.locator('#uitleg').inputValue(), plan.explanation);
    await page.getByText(`${plan.cited.length} kaarten gekozen`, { exact: true }).waitFor();
    await tabTo(page, { tag: 'button', name: 'Antwoord inleveren' });
    await press(page, 'Enter');
    // Focus moves to the confirmation.
    await waitForFocus(page, { id: 'inleveren-ja', name: 'Ja, inleveren' });
    await press(page, 'Enter');
    await noteFocusOnHeading(page, 'oplossen → reflecteren', 'Reflecteren');

    // --- Reflecteren: arrow keys in each radio group, type the open answers -------
    for (const statement of scenario.reflection.statements) {
      const value = plan.statements[statement.id];
      // Tab into the group: with nothing chosen, focus lands on its first option.
      await tabTo(page, { type: 'radio', group: statement.text });
      const first = await activeInfo(page);
      assert.equal(first.name, SCALE_LABELS[0], `Tab enters the group of ${statement.id} at its first option`);
      if (value === 1) await press(page, 'Space');
      for (let v = 1; v < value; v++) await press(page, 'ArrowRight');
      await waitForFocus(page, { type: 'radio', group: statement.text, name: SCALE_LABELS[value - 1], checked: true });
    }
    for (const question of scenario.reflection.questions) {
      await tabTo(page, { id: `vraag-${question.id}` });
      await page.keyboard.type(plan.open[question.id]);
    }
    await tabTo(page, { tag: 'button', name: 'Bekijk het resultaat' });
    await press(page, 'Enter');
    await noteFocusOnHeading(page, 'reflecteren → resultaat', 'Resultaat');

    // --- Resultaat ------------------------------------------------------------------
    await page.getByText('Goed gedaan, team Team Toetsenbord.', { exact: false }).waitFor();
    for (const name of ['Onderzoek', 'Oplossing']) {
      const card = page.getByRole('region', { name });
      assert.equal((await card.locator('.score').innerText()).replace(/\s+/g, ' ').trim(), '100 van 100', name);
    }
    await page.getByRole('region', { name: 'Oplossing' }).getByText(/^Niveau 4 van 4/).waitFor();
    // The long texts are folded: a keyboard user opens them with Enter.
    await openResultFolds(page, { keyboard: true });
    for (const paragraph of scenario.debrief.paragraphs) await page.getByText(paragraph, { exact: true }).waitFor();
    for (const { role } of scenario.role_actions) {
      await page.getByRole('heading', { level: 3, name: labelOf(role), exact: true }).waitFor();
    }
    // The typed answers are what was saved.
    await page.getByText(plan.explanation, { exact: true }).waitFor();
    for (const q of scenario.reflection.questions) await page.getByText(plan.open[q.id], { exact: true }).waitFor();

    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('keyboard: focus lands on the new phase heading after every phase change', () => {
  const phases = focusLog.filter((f) => f.where.includes('→') && !f.where.startsWith('start form'));
  assert.equal(phases.length, 5, `five phase changes seen (the playthrough finished): ${focusLog.map((f) => f.where)}`);
  const wrong = phases.filter((f) => !f.ok);
  assert.deepEqual(
    wrong.map((f) => `${f.where}: focus on ${f.info.tag}${f.info.id ? '#' + f.info.id : ''} "${f.info.name}"`),
    [],
  );
});

// The start form disappears when the game starts: focus must move to the
// intro heading instead of falling back to <body>.
test('keyboard: after starting, focus lands on the intro heading', () => {
  const start = focusLog.find((f) => f.where === 'start form → intro');
  assert.ok(start, 'the playthrough got past the start form');
  assert.ok(start.ok, `focus after start is on ${start.info.tag}${start.info.id ? '#' + start.info.id : ''} "${start.info.name}"`);
});

// "Start ronde N" disappears after the last round: focus must move on to the
// first new card rather than fall back to <body>.
test('keyboard: focus is not lost after "Start ronde N"', () => {
  const rounds = focusLog.filter((f) => f.where.startsWith('after "Start ronde'));
  assert.equal(rounds.length, roundsOf(scenario) - 1, 'every round was started');
  const lost = rounds.filter((f) => !f.ok);
  assert.deepEqual(lost.map((f) => `${f.where}: focus on ${f.info.tag}`), []);
});
