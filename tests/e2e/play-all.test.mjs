// User story: a trainer can use ANY bundled mystery: each one in index.json
// plays from its start form to the result screen, and a team that does a good
// job (derived from that mystery's own data) reaches the top SOLO level with
// full marks for the investigation. axe checks each result screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  newPage,
  readLibrary,
  readScenario,
  goodPlan,
  roundsOf,
  phaseHeading,
  assertA11y,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const entry of readLibrary().mysteries) {
  test(`every mystery plays to its result: ${entry.id}`, async () => {
    const scenario = readScenario(entry.file);
    const plan = goodPlan(scenario);
    const app = await newPage(browser);
    const { page } = app;
    try {
      await page.goto(new URL(`#/mysterie/${entry.id}`, server.url).href);
      await page.getByLabel('Naam van jullie team').fill(`Team ${entry.id}`);
      await page.getByRole('button', { name: 'Start het mysterie' }).click();
      await phaseHeading(page, 'De zaak').waitFor();
      await page.getByText(scenario.central_question, { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();

      // Onderzoeken: every card, round by round.
      await phaseHeading(page, 'Onderzoeken').waitFor();
      const rounds = roundsOf(scenario);
      for (let round = 1; round <= rounds; round++) {
        const backs = page.locator('.card-back');
        while ((await backs.count()) > 0) await backs.first().click();
        if (round < rounds) await page.getByRole('button', { name: `Start ronde ${round + 1}` }).click();
      }
      await page.getByText(`${scenario.clues.length} van de ${scenario.clues.length} kaarten zijn omgedraaid.`).waitFor();
      await page.getByRole('button', { name: 'Naar ordenen' }).click();

      // Ordenen: each card in its group, red herrings aside, key clues marked, chains linked.
      await phaseHeading(page, 'Ordenen').waitFor();
      for (const [id, placement] of Object.entries(plan.placements)) {
        await page.locator(`#groep-${id}`).selectOption(placement === 'aside' ? 'aside' : `groep:${placement}`);
      }
      for (const id of plan.key) await page.locator(`#kaart-${id} .key-toggle`).click();
      for (const { from, to } of plan.chains) {
        await page.locator('#verband-van').selectOption(from);
        await page.locator('#verband-naar').selectOption(to);
        await page.getByRole('button', { name: 'Verbind', exact: true }).click();
      }
      await page.getByRole('button', { name: 'Naar oplossen' }).click();

      // Oplossen: cite the key clues and explain in own words.
      await phaseHeading(page, 'Oplossen').waitFor();
      for (const id of plan.cited) await page.locator(`#gebruik-${id}`).check();
      await page.getByLabel('Onze uitleg, in eigen woorden').fill(plan.explanation);
      await page.getByRole('button', { name: 'Antwoord inleveren' }).click();
      await page.getByRole('button', { name: 'Ja, inleveren' }).click();

      // Reflecteren: every statement and question.
      await phaseHeading(page, 'Reflecteren').waitFor();
      for (const [id, value] of Object.entries(plan.statements)) await page.locator(`#stelling-${id}-${value}`).check();
      for (const [id, text] of Object.entries(plan.open)) await page.locator(`#vraag-${id}`).fill(text);
      await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();

      // Resultaat: full marks for a good investigation, the top level for the answer.
      await phaseHeading(page, 'Resultaat').waitFor();
      const investigation = page.getByRole('region', { name: 'Onderzoek' });
      await investigation.getByText('100', { exact: true }).waitFor();
      await page.getByText(/^Niveau 4 van 4: /).waitFor();
      await page.getByText(scenario.solution.summary, { exact: true }).waitFor();
      await page.getByText(scenario.debrief.paragraphs[0], { exact: true }).waitFor();
      await assertA11y(page, `result of ${entry.id}`);
      app.assertNoErrors();
    } finally {
      await app.close();
    }
  });
}

test('the library lists at least one mystery to play', () => {
  assert.ok(readLibrary().mysteries.length >= 1);
});
