// User story: a team plays the bundled mystery from the library to the result
// screen with the mouse, and does a good job: every clue uncovered, every card
// in its right group, red herrings aside, key clues marked, the solution's
// chains linked, the key clues cited with an explanation that names every
// concept, every reflection answered. Expected content comes from the JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  openApp,
  A11yLog,
  bundledMystery,
  goodPlan,
  labelOf,
  exactly,
  escapeRegExp,
  availableClues,
  roundsOf,
  columnName,
  boardColumns,
  adoptAuthorGroups,
  SCALE_LABELS,
  phaseHeading,
  openMysteryFromLibrary,
  startByClicking,
  boardColumn,
  clueCard,
  placeBySelect,
  addLinkByClicking,
  openResultFolds,
} from './harness.mjs';

let server;
let browser;
const { entry, scenario } = bundledMystery();
const plan = goodPlan(scenario);
const titleOf = (id) => scenario.clues.find((c) => c.id === id).title;
const numberOf = (id) => scenario.clues.findIndex((c) => c.id === id) + 1;
// axe runs at every phase during the playthrough; the last test reports.
const a11y = new A11yLog();
/** Oplossen: clue id -> {label, separate} of its checkbox, for key-marked clues. */
const keyCheckboxNames = new Map();
const A11Y_PLACES = [
  'start form',
  'intro',
  'onderzoeken (some cards uncovered)',
  'onderzoeken (all cards uncovered)',
  'ordenen (unsorted)',
  'ordenen (sorted, marked, linked)',
  'oplossen',
  'oplossen (confirm)',
  'reflecteren',
  'resultaat',
];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('mouse: play the bundled mystery well, from the library to the result', async () => {
  const app = await openApp(browser, server);
  const { page } = app;
  page.setDefaultTimeout(10_000);
  try {
    // --- Library -> start form -------------------------------------------------
    await openMysteryFromLibrary(page, entry);
    await page.getByRole('heading', { level: 1, name: exactly(scenario.title) }).waitFor();
    await a11y.check(page, 'start form');
    await startByClicking(page, 'Team Muis');

    // --- Intro ---------------------------------------------------------------
    await phaseHeading(page, 'De zaak').waitFor();
    await page.getByRole('heading', { level: 2, name: exactly(scenario.case.title) }).waitFor();
    for (const paragraph of scenario.case.paragraphs) await page.getByText(paragraph, { exact: true }).waitFor();
    await page.getByText(scenario.central_question, { exact: true }).waitFor();
    for (const person of scenario.characters) {
      await page.getByRole('listitem').filter({ hasText: person.name }).first().waitFor();
    }
    await a11y.check(page, 'intro');
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();

    // --- Onderzoeken: uncover everything, round by round --------------------
    await phaseHeading(page, 'Onderzoeken').waitFor();
    const rounds = roundsOf(scenario);
    const revealed = [];
    const faceDown = page.getByRole('list', { name: 'Kaarten die klaarliggen' });
    for (let round = 1; round <= rounds; round++) {
      await page.getByText(`Ronde ${round} van ${rounds}.`, { exact: false }).waitFor();
      for (;;) {
        const expected = availableClues(scenario, round, revealed);
        if (expected.length === 0) break;
        // The face-down cards are exactly those the data makes available now.
        const buttons = faceDown.getByRole('button');
        await page.waitForFunction(
          (n) => document.querySelectorAll('ul.face-down button').length === n,
          expected.length,
        );
        assert.deepEqual(
          await buttons.allTextContents(),
          expected.map((id) => `?Draai kaart ${numberOf(id)} om`),
          `available cards in round ${round} after ${revealed.length} uncovered`,
        );
        const id = expected[0];
        await faceDown.getByRole('button', { name: `Draai kaart ${numberOf(id)} om`, exact: true }).click();
        revealed.push(id);
        const card = clueCard(page.getByRole('list').filter({ has: page.locator('.clue-card') }), titleOf(id));
        await card.waitFor();
        await card.getByText(scenario.clues.find((c) => c.id === id).text, { exact: true }).waitFor();
        await page.getByRole('status').filter({ hasText: `Kaart ${numberOf(id)} omgedraaid` }).waitFor();
        if (revealed.length === 3) await a11y.check(page, 'onderzoeken (some cards uncovered)');
      }
      if (round < rounds) await page.getByRole('button', { name: `Start ronde ${round + 1}` }).click();
    }
    assert.equal(revealed.length, scenario.clues.length, 'every clue can be uncovered');
    await page
      .getByText(`${scenario.clues.length} van de ${scenario.clues.length} kaarten zijn omgedraaid.`)
      .waitFor();
    await page.getByText('Er liggen nu geen kaarten klaar.').waitFor();
    await a11y.check(page, 'onderzoeken (all cards uncovered)');
    await page.getByRole('button', { name: 'Naar ordenen' }).click();

    // --- Ordenen: sort, mark key clues, link the chains ---------------------
    await phaseHeading(page, 'Ordenen').waitFor();
    await adoptAuthorGroups(page, scenario);
    for (const col of boardColumns(scenario)) await boardColumn(page, col.name).waitFor();
    await page.getByRole('heading', { level: 2, name: `Nog te sorteren (${scenario.clues.length})` }).waitFor();
    await a11y.check(page, 'ordenen (unsorted)');

    // The advance button says why it cannot go on yet.
    await page.getByRole('button', { name: 'Naar oplossen' }).click();
    await phaseHeading(page, 'Ordenen').waitFor();
    await page.getByRole('alert').filter({ hasText: 'Sorteer eerst alle aanwijzingen' }).waitFor();

    // One real drag and drop: the first card onto its column.
    const [dragId, ...rest] = scenario.clues.map((c) => c.id);
    const dragTarget = columnName(scenario, plan.placements[dragId]);
    // Grab the card by its title: the middle of the card may be a control.
    await clueCard(boardColumn(page, 'Nog te sorteren'), titleOf(dragId)).locator('.clue-title').dragTo(boardColumn(page, dragTarget));
    await clueCard(boardColumn(page, dragTarget), titleOf(dragId)).waitFor();
    await page.getByRole('status').filter({ hasText: `${titleOf(dragId)} ligt nu bij ${dragTarget}.` }).waitFor();

    // A second drag with the low-level mouse API: press, move in steps, release.
    const [mouseId, ...others] = rest;
    const mouseTarget = columnName(scenario, plan.placements[mouseId]);
    {
      const from = await clueCard(boardColumn(page, 'Nog te sorteren'), titleOf(mouseId)).locator('.clue-title').boundingBox();
      const to = await boardColumn(page, mouseTarget).getByRole('heading', { level: 2 }).boundingBox();
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
      await page.mouse.up();
      await clueCard(boardColumn(page, mouseTarget), titleOf(mouseId)).waitFor();
    }

    // The rest with the "Groep" list.
    for (const id of others) await placeBySelect(page, titleOf(id), columnName(scenario, plan.placements[id]));

    // Every column holds exactly the cards the data puts there.
    for (const col of boardColumns(scenario)) {
      const want = scenario.clues
        .filter((c) => col.value === (plan.placements[c.id] === 'aside' ? 'aside' : `groep:${plan.placements[c.id]}`))
        .map((c) => c.title)
        .sort();
      const region = boardColumn(page, col.name);
      await page.getByRole('heading', { level: 2, name: `${col.name} (${want.length})` }).waitFor();
      const got = (await region.locator('.clue-title').allTextContents()).sort();
      assert.deepEqual(got, want, `cards in column ${col.name}`);
    }

    // Red herrings are aside: their "Kern" toggle is disabled.
    for (const clue of scenario.clues.filter((c) => plan.placements[c.id] === 'aside')) {
      const toggle = page.getByRole('button', { name: `Kern: ${clue.title}` });
      assert.equal(await toggle.isDisabled(), true, `Kern toggle of aside card ${clue.id} is disabled`);
    }

    for (const id of plan.key) {
      const toggle = page.getByRole('button', { name: `Kern: ${titleOf(id)}` });
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
      await toggle.click();
      await page.waitForFunction(
        (label) => document.querySelector(`button[aria-label="${label}"]`)?.getAttribute('aria-pressed') === 'true',
        `Kern: ${titleOf(id)}`,
      );
    }

    for (const chain of plan.chains) await addLinkByClicking(page, titleOf(chain.from), titleOf(chain.to));
    assert.equal(
      await page.getByRole('list', { name: 'Gemaakte verbanden' }).getByRole('listitem').count(),
      plan.chains.length,
    );
    await a11y.check(page, 'ordenen (sorted, marked, linked)');
    await page.getByRole('button', { name: 'Naar oplossen' }).click();

    // --- Oplossen: cite the key clues, explain ------------------------------
    await phaseHeading(page, 'Oplossen').waitFor();
    const cite = page.getByRole('group', { name: 'Kaarten in ons antwoord' });
    const notAside = scenario.clues.filter((c) => plan.placements[c.id] !== 'aside');
    assert.equal(await cite.getByRole('checkbox').count(), notAside.length, 'every card not set aside can be cited');
    for (const id of plan.cited) {
      // Key-marked cards carry a "kern" badge in their label.
      const box = cite.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(titleOf(id))}\\s*(kern)?$`) });
      await box.check();
      assert.equal(await box.isChecked(), true);
    }
    // Key-marked cards carry a "kern" badge; remember the names for the last test.
    for (const id of plan.key) {
      const box = cite.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(titleOf(id))}\\s*kern$`) });
      await box.waitFor();
      // Whether the accessible name reads "<title> kern" (two words), as a screen reader says it.
      const separate = await cite.getByRole('checkbox', { name: `${titleOf(id)} kern`, exact: true }).count();
      const label = await box.evaluate((el) => el.labels[0].innerText.replace(/\s+/g, ' ').trim());
      keyCheckboxNames.set(id, { label, separate: separate === 1 });
    }
    await page.getByLabel('Onze uitleg, in eigen woorden').fill(plan.explanation);
    const words = plan.explanation.split(/\s+/).filter(Boolean).length;
    await page.getByText(`${words} woorden. Schrijf er minstens`, { exact: false }).waitFor();
    await page.getByText(`${plan.cited.length} kaarten gekozen`, { exact: true }).waitFor();
    await page.getByText(`${plan.chains.length} verbanden tussen gekozen kaarten`, { exact: true }).waitFor();
    await a11y.check(page, 'oplossen');

    await page.getByRole('button', { name: 'Antwoord inleveren' }).click();
    const confirm = page.getByRole('group', { name: /Weet je het zeker\?/ });
    await confirm.waitFor();
    await a11y.check(page, 'oplossen (confirm)');
    await confirm.getByRole('button', { name: 'Ja, inleveren' }).click();

    // --- Reflecteren ---------------------------------------------------------
    await phaseHeading(page, 'Reflecteren').waitFor();
    for (const statement of scenario.reflection.statements) {
      const group = page.getByRole('group', { name: exactly(statement.text) });
      const radio = group.getByRole('radio', { name: SCALE_LABELS[plan.statements[statement.id] - 1], exact: true });
      await radio.check();
      assert.equal(await radio.isChecked(), true, `statement ${statement.id} answered`);
    }
    for (const question of scenario.reflection.questions) {
      await page.getByLabel(question.text, { exact: true }).fill(plan.open[question.id]);
    }
    await a11y.check(page, 'reflecteren');
    await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();

    // --- Resultaat -----------------------------------------------------------
    await phaseHeading(page, 'Resultaat').waitFor();
    await page.getByText('Goed gedaan, team Team Muis.', { exact: false }).waitFor();
    const onderzoek = page.getByRole('region', { name: 'Onderzoek' });
    const oplossing = page.getByRole('region', { name: 'Oplossing' });
    // A perfect game (see goodPlan): full marks on both scores.
    for (const card of [onderzoek, oplossing]) {
      await card.getByText('van 100').waitFor();
      assert.equal((await card.locator('.score').innerText()).replace(/\s+/g, ' ').trim(), '100 van 100');
    }
    const sortable = scenario.clues.filter(
      (c) => c.relevance === 'red_herring' || (c.relevance !== 'ambiguous' && c.category),
    ).length;
    const herrings = scenario.clues.filter((c) => c.relevance === 'red_herring').length;
    const n = scenario.clues.length;
    for (const line of [
      scenario.sorting === 'open'
        ? 'Eigen groepen gemaakt (de indeling telt niet mee)'
        : `${sortable} van ${sortable} kaarten goed gesorteerd`,
      `${herrings} van ${herrings} dwaalsporen aan de kant gelegd`,
      `${plan.key.length} van ${plan.key.length} kernaanwijzingen gevonden`,
      `${plan.chains.length} van ${plan.chains.length} verbanden gelegd`,
      `${n} van ${n} kaarten omgedraaid`,
    ]) {
      await onderzoek.getByText(line, { exact: true }).waitFor();
    }
    await oplossing.getByText(/^Niveau 4 van 4/).waitFor();
    const concepts = scenario.solution.concepts;
    await oplossing
      .getByText(`${concepts.length} van ${concepts.length} kernbegrippen in jullie uitleg`, { exact: false })
      .waitFor();
    await page.getByRole('region', { name: 'Reflectie' })
      .getByText(
        `${scenario.reflection.statements.length} van ${scenario.reflection.statements.length} stellingen en ` +
          `${scenario.reflection.questions.length} van ${scenario.reflection.questions.length} open vragen beantwoord.`,
      )
      .waitFor();

    // The long texts are folded under their headings; the headings are there without opening.
    for (const name of ['De oplossing', 'Wat er echt gebeurde', 'Jullie antwoord en reflectie']) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    assert.equal(await page.getByText(scenario.solution.summary, { exact: true }).isVisible(), false, 'folded');
    await openResultFolds(page);
    await page.getByText(scenario.solution.summary, { exact: true }).waitFor();
    for (const id of plan.key) await page.getByText(`${titleOf(id)} – gevonden`, { exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wat er echt gebeurde' }).waitFor();
    for (const paragraph of scenario.debrief.paragraphs) await page.getByText(paragraph, { exact: true }).waitFor();
    for (const q of scenario.debrief.discussion_questions) await page.getByText(q, { exact: true }).waitFor();
    // One section per role of role_actions (four in this mystery), each with its actions.
    for (const { role, actions } of scenario.role_actions) {
      await page.getByRole('heading', { level: 3, name: labelOf(role), exact: true }).waitFor();
      const section = page.getByRole('region', { name: labelOf(role), exact: true });
      assert.equal(await section.getByRole('listitem').count(), actions.length, `actions for ${role}`);
    }
    assert.equal(
      await page.locator('.role-actions').getByRole('region').count(),
      new Set(scenario.role_actions.map((r) => r.role)).size,
      'one section per role',
    );
    await page.getByText(plan.explanation, { exact: true }).waitFor();
    for (const q of scenario.reflection.questions) await page.getByText(plan.open[q.id], { exact: true }).waitFor();
    await a11y.check(page, 'resultaat');

    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

// Includes the "Kern" toggles: their name starts with the visible text
// (axe rule label-content-name-mismatch).
test('mouse playthrough: axe finds zero violations at every phase', () => {
  a11y.assertClean(A11Y_PLACES);
});

// Screen readers must hear "… 3 juni kern", not "… 3 junikern".
test('mouse playthrough: the "kern" badge is a separate word in the checkbox label', () => {
  assert.equal(keyCheckboxNames.size, plan.key.length, 'the playthrough reached Oplossen');
  const glued = [...keyCheckboxNames].filter(([, v]) => !v.separate).map(([id, v]) => `${id}: "${v.label}"`);
  assert.deepEqual(glued, [], 'checkbox names where "kern" is glued to the title');
});
