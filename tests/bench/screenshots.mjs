// Screenshots of the screens people look at (a record, not a test): the
// library, the board (sorting), a member's phone, the projector and the
// result, for the before/after of visual changes (docs/style-guide.md).
//
//   cd tests/e2e && DIST_DIR=/path/to/dist node ../bench/screenshots.mjs <out-dir> [prefix]
//
// Uses the end-to-end harness (its server, the system Chromium) and plays
// the first bundled mystery well with its helpers.
import fs from 'node:fs';
import path from 'node:path';

import {
  startServer,
  launchBrowser,
  newPage,
  bundledMystery,
  goodPlan,
  phaseHeading,
  adoptAuthorGroups,
} from '../e2e/harness.mjs';

const [out = 'screenshots', prefix = ''] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const shot = (page, name) => page.screenshot({ path: path.join(out, `${prefix}${name}.png`) });

const server = await startServer();
const browser = await launchBrowser();
const { entry, scenario } = bundledMystery();
try {
  // The library, as a laptop in a training room sees it.
  const laptop = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  await laptop.page.goto(server.url);
  await laptop.page.getByRole('heading', { level: 1, name: 'Kies een mysterie' }).waitFor();
  await shot(laptop.page, 'library');

  // The board: every card turned, the author's groups adopted, sorting.
  const { page } = laptop;
  await page.goto(new URL(`#/mysterie/${entry.id}`, server.url).href);
  await page.getByLabel('Naam van jullie team').fill('Team Beeld');
  await page.getByRole('button', { name: 'Start het mysterie' }).click();
  await phaseHeading(page, 'De zaak').waitFor();
  await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
  await phaseHeading(page, 'Onderzoeken').waitFor();
  for (let round = 1; ; round++) {
    const backs = page.locator('.card-back');
    while ((await backs.count()) > 0) await backs.first().click();
    const next = page.getByRole('button', { name: `Start ronde ${round + 1}` });
    if (!(await next.count())) break;
    await next.click();
  }
  await shot(page, 'board-cards');
  await page.getByRole('button', { name: 'Naar ordenen' }).click();
  await phaseHeading(page, 'Ordenen').waitFor();
  await adoptAuthorGroups(page, scenario);
  const plan = goodPlan(scenario);
  for (const [id, placement] of Object.entries(plan.placements)) {
    await page.locator(`#groep-${id}`).selectOption(placement === 'aside' ? 'aside' : `groep:${placement}`);
  }
  await shot(page, 'board-sorting');

  // A member's phone (390 × 844), first screen.
  const phone = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.page.goto(new URL(`#/speler/${entry.id}/1/1/4`, server.url).href);
  await phone.page.locator('article.clue-card').first().waitFor();
  await shot(phone.page, 'member-phone');
  await phone.close();

  // The projector window of the team's game.
  const projector = await laptop.context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(new URL(`#/projector/${entry.id}`, server.url).href);
  await projector.getByRole('heading', { level: 1 }).first().waitFor();
  await projector.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await shot(projector, 'projector');
  await projector.close();

  // On to the result.
  for (const id of plan.key) await page.locator(`#kaart-${id} .key-toggle`).click();
  for (const { from, to } of plan.chains) {
    await page.locator('#verband-van').selectOption(from);
    await page.locator('#verband-naar').selectOption(to);
    await page.getByRole('button', { name: 'Verbind', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Naar oplossen' }).click();
  await phaseHeading(page, 'Oplossen').waitFor();
  for (const id of plan.cited) await page.locator(`#gebruik-${id}`).check();
  await page.getByLabel('Onze uitleg, in eigen woorden').fill(plan.explanation);
  await page.getByRole('button', { name: 'Antwoord inleveren' }).click();
  await page.getByRole('button', { name: 'Ja, inleveren' }).click();
  await phaseHeading(page, 'Reflecteren').waitFor();
  for (const [id, value] of Object.entries(plan.statements)) await page.locator(`#stelling-${id}-${value}`).check();
  for (const [id, text] of Object.entries(plan.open)) await page.locator(`#vraag-${id}`).fill(text);
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await phaseHeading(page, 'Resultaat').waitFor();
  await shot(page, 'result');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`result page: ${height} px high at 1280 px wide`);
  await laptop.close();
} finally {
  await browser.close();
  await server.close();
}
