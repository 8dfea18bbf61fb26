// Live regions and timing (WCAG 4.1.3 status messages, 2.2.1 timing
// adjustable): the facilitator's timer is spoken at a few minute marks only,
// can be paused and extended, and nothing happens by itself when the time is
// up; a hint's cost and the result's scores are announced; the result's radar
// table fits a 320 px window (400% zoom) by scrolling in its own region.
// Playwright's fake clock (page.clock) moves time forward without waiting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  newPage,
  bundledMystery,
  goodPlan,
  playWellFromIntro,
  startByClicking,
  phaseHeading,
  assertA11y,
} from './harness.mjs';

let server;
let browser;
const { entry, scenario } = bundledMystery();

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the facilitator timer: spoken at minute marks only, paused, extended, and nothing happens when time is up', async () => {
  const app = await newPage(browser);
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await page.clock.install();
    await page.goto(new URL(`#/mysterie/${entry.id}`, server.url).href);
    await startByClicking(page, 'Team Tijd');
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    await page.getByRole('button', { name: 'Begeleidersmodus' }).click();
    const panel = page.getByRole('region', { name: 'Begeleider' });
    const suggested = Number((await panel.getByText(/^Voorgesteld: \d+ minuten\.$/).textContent()).match(/\d+/)[0]);

    const timer = panel.getByRole('timer');
    const spoken = panel.locator('.timer-spoken');
    // The ticking clock is not a live region; the spoken marks are a polite one.
    assert.ok(['off', null].includes(await timer.getAttribute('aria-live')), 'the visible timer is not live');
    assert.equal(await spoken.getAttribute('role'), 'status');

    await panel.getByRole('button', { name: 'Start de tijd' }).click();
    await timer.filter({ hasText: /^Nog \d+:\d\d$/ }).waitFor();
    const atStart = await spoken.textContent();
    // Half a minute passes, second by second for the app's clock: nothing new is said.
    for (let i = 0; i < 30; i++) await page.clock.runFor(1000);
    assert.equal(await spoken.textContent(), atStart, 'no announcement every second');

    // At the five-minute mark (or the last minute of a short phase) it is said once.
    const mark = suggested > 5 ? 5 : 1;
    await page.clock.fastForward((suggested - mark) * 60_000 - 30_000);
    const unit = mark === 1 ? 'minuut' : 'minuten';
    await spoken.filter({ hasText: `Nog ${mark} ${unit} voor Onderzoeken.` }).waitFor();

    // Paused: the time stands still however long the talk takes.
    await panel.getByRole('button', { name: 'Pauzeer de tijd' }).click();
    await timer.filter({ hasText: /\(gepauzeerd\)$/ }).waitFor();
    const paused = await timer.textContent();
    await page.clock.fastForward(10 * 60_000);
    await page.clock.runFor(1000);
    assert.equal(await timer.textContent(), paused, 'a paused timer does not run');

    // Extended: five minutes more.
    await panel.getByRole('button', { name: '5 minuten erbij' }).click();
    const minutes = (t) => Number(t.match(/Nog (\d+):/)[1]);
    await timer.filter({ hasText: new RegExp(`^Nog ${minutes(paused) + 5}:`) }).waitFor();

    // Time up: said once, and nothing else happens: same phase, the team decides.
    await panel.getByRole('button', { name: 'Laat de tijd verder lopen' }).click();
    await page.clock.fastForward((minutes(paused) + 6) * 60_000);
    await page.clock.runFor(1000);
    await timer.filter({ hasText: /over de tijd$/ }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'De voorgestelde tijd voor Onderzoeken is om.' })
      .waitFor();
    await page.clock.fastForward(5 * 60_000);
    await page.clock.runFor(1000);
    await phaseHeading(page, 'Onderzoeken').waitFor();
    assert.equal(await page.locator('.card-back').count() > 0, true, 'the cards are still there to turn');
    await page.getByRole('button', { name: 'Pauzeer de tijd' }).waitFor();
    await assertA11y(page, 'facilitator panel, time up');

    // A hint says what it costs.
    const hint = scenario.hints.find((h) => h.phase === 'onderzoeken');
    if (hint) {
      await page.getByRole('button', { name: `Vraag een hint (kost ${hint.cost} punten)` }).click();
      await page.getByRole('status').filter({ hasText: `Hint geopend. Dat kost ${hint.cost} punten van de score.` }).waitFor();
    }
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('the result: its scores are announced, and its radar table scrolls in a named region at 320 px', async () => {
  const app = await newPage(browser);
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(new URL(`#/mysterie/${entry.id}`, server.url).href);
    await startByClicking(page, 'Team Smal');
    await playWellFromIntro(page, scenario, goodPlan(scenario));
    const scores = await page.locator('.score-card .score-value').allTextContents();
    const status = page.getByRole('status').filter({ hasText: 'Het resultaat staat klaar.' });
    await status.waitFor();
    const said = await status.textContent();
    assert.match(said, new RegExp(`Onderzoek: ${scores[0]} van 100\\. Oplossing: ${scores[1]} van 100\\.`), said);

    await page.setViewportSize({ width: 320, height: 800 });
    const details = page.locator('details.radar-table').first();
    await details.locator('summary').click();
    const region = details.getByRole('region');
    await region.waitFor();
    const caption = await details.locator('caption').textContent();
    assert.equal(await region.getAttribute('aria-labelledby'), await details.locator('caption').getAttribute('id'));
    assert.ok(caption.trim().length > 0, 'the region is named by the table caption');
    assert.equal(await region.getAttribute('tabindex'), '0', 'the region takes keyboard focus');
    // The statements table too, opened: it must fit (long words break).
    await page.getByText('Lees jullie antwoord en reflectie').click();
    await page.locator('details.statement-answers summary').click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `the page does not scroll sideways at 320 px (${overflow} px too wide)`);
    await assertA11y(page, 'result at 320 px with the table open');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
