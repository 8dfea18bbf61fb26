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
  turnEveryCard,
  sortWell,
  finishWell,
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
  const plan = goodPlan(scenario);
  await turnEveryCard(page, scenario);
  await shot(page, 'board-cards');
  await sortWell(page, scenario, plan);
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
  await finishWell(page, plan);
  await shot(page, 'result');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`result page: ${height} px high at 1280 px wide`);
  await laptop.close();
} finally {
  await browser.close();
  await server.close();
}
