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
  playWellFromIntro,
  phaseHeading,
  assertA11y,
  openResultFolds,
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
      await playWellFromIntro(page, scenario, plan);

      // Resultaat: full marks for a good investigation, the top level for the answer.
      await phaseHeading(page, 'Resultaat').waitFor();
      const investigation = page.getByRole('region', { name: 'Onderzoek' });
      await investigation.getByText('100', { exact: true }).waitFor();
      await page.getByText(/^Niveau 4 van 4: /).waitFor();
      await openResultFolds(page);
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
