// User stories for a session for the whole room (issue #11): a trainer starts
// a session for three teams on the console; three team screens join through
// their own links and show the same room clock as the console; the beamer
// follows the console (pause included) without app navigation; a member phone
// of team 2 shows its name and team and only the rounds its team opened; an
// own studio mystery works on a phone that never saw it; the three results
// come back into the console by paste (and go to the network view), while a
// damaged code or a code of another session is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer,
  launchBrowser,
  newPage,
  bundledMystery,
  phaseHeading,
  assertA11y,
  goodPlan,
  playWellFromIntro,
  roundsOf,
} from './harness.mjs';

let server;
let browser;
const { entry, scenario } = bundledMystery();
const roundOf = (n) => scenario.clues[n - 1].unlock?.round ?? 1;

let trainer; // the trainer's laptop: console and beamer
let consoleUrl;
let teamLinks = [];
const teams = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  for (const t of teams) await t.close();
  await trainer?.close();
  await browser?.close();
  await server?.close();
});

/** Start a session on the console page of `page`; returns the team links. */
async function startSession(page, { teams: count = 3, mystery = entry.title, plan = '60 minuten', title = scenario.title } = {}) {
  await page.goto(new URL('#/sessie', server.url).href);
  await page.getByRole('heading', { level: 1, name: 'Een sessie voor de hele zaal' }).waitFor();
  await page.locator('#sessie-mysterie option', { hasText: mystery }).first().waitFor({ state: 'attached' });
  await page.getByLabel('Mysterie', { exact: true }).selectOption({ label: mystery });
  await page.getByLabel('Aantal teams').fill(String(count));
  await page.getByRole('radio', { name: plan }).check();
  if (count === 3) await assertA11y(page, 'new session form');
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.locator('.team-join').nth(count - 1).waitFor();
  return page.locator('.team-join .short-link a').evaluateAll((as) => as.map((a) => a.href));
}

/** "Intro · nog 4:59" -> {phase, seconds}. */
function parseClock(text) {
  const m = text.match(/^(\S+) · nog (\d+):(\d\d)/);
  assert.ok(m, `a running room clock: ${text}`);
  return { phase: m[1], seconds: Number(m[2]) * 60 + Number(m[3]) };
}

test('a trainer starts a session for three teams; each team joins and shows the same clock', async () => {
  trainer = await newPage(browser);
  const { page } = trainer;
  page.setDefaultTimeout(30_000);
  teamLinks = await startSession(page);
  consoleUrl = page.url();
  assert.match(consoleUrl, /#\/sessie\/console\/[0-9a-z]+$/);
  assert.equal(teamLinks.length, 3);
  for (const link of teamLinks) assert.match(new URL(link).hash, /^#\/sessie\/S[0-9A-Z]+$/);
  assert.equal(new Set(teamLinks).size, 3, 'one link per team');
  assert.equal(await page.locator('.team-join svg.qr').count(), 3, 'a QR code per team');
  await page.getByText(scenario.central_question, { exact: true }).waitFor();
  await assertA11y(page, 'trainer console');

  for (const [i, link] of teamLinks.entries()) {
    const team = await newPage(browser);
    team.page.setDefaultTimeout(30_000);
    teams.push(team);
    await team.page.goto(link);
    const name = team.page.getByLabel('Naam van jullie team');
    await name.waitFor();
    assert.equal(await name.inputValue(), `Team ${i + 1}`, 'the team screen knows its name');
    if (i === 1) await team.page.getByLabel(/^Teamleden/).fill('Ans\nBram\nCor\nDewi');
    await team.page.getByRole('button', { name: 'Start het mysterie' }).click();
    await phaseHeading(team.page, 'De zaak').waitFor();
    await team.page.locator('.session-clock').waitFor();
    assert.equal(await team.page.getByRole('button', { name: 'Begeleidersmodus' }).count(), 0, 'no begeleidersmodus on a team screen');
    await team.page.getByText(`Team ${i + 1}`, { exact: true }).first().waitFor();
  }

  // The same phase and (within a few seconds) the same time everywhere.
  const before = parseClock(await page.locator('.room-timer').textContent());
  const onTeams = [];
  for (const team of teams) onTeams.push(parseClock(await team.page.locator('.session-clock').textContent()));
  const afterwards = parseClock(await page.locator('.room-timer').textContent());
  for (const clock of onTeams) {
    assert.equal(clock.phase, before.phase);
    assert.ok(clock.seconds <= before.seconds + 2 && clock.seconds >= afterwards.seconds - 2, `${clock.seconds} between ${before.seconds} and ${afterwards.seconds}`);
  }
  await assertA11y(teams[1].page, 'team screen in a session');
  // A reload of a team screen loses nothing: same game, same seat.
  await teams[0].page.reload();
  await phaseHeading(teams[0].page, 'De zaak').waitFor();
  await teams[0].page.locator('.session-team', { hasText: 'Team 1' }).waitFor();
  trainer.assertNoErrors();
  for (const t of teams) t.assertNoErrors();
});

test('the beamer follows the console, full screen without app navigation', async () => {
  const beamer = await trainer.context.newPage();
  const id = consoleUrl.split('/').pop();
  await beamer.goto(new URL(`#/sessie/beamer/${id}`, server.url).href);
  await beamer.locator('[data-beamer="ready"]').waitFor();
  assert.equal(await beamer.getByRole('navigation').count(), 0, 'no app navigation on the beamer');
  await beamer.getByText(scenario.central_question, { exact: true }).waitFor();
  await beamer.getByRole('heading', { level: 1, name: 'Intro' }).waitFor();
  await assertA11y(beamer, 'beamer');

  // Pause on the console: the beamer says so; going on starts the clock again.
  const { page } = trainer;
  const oldLink = await page.locator('.team-join .short-link a').first().getAttribute('href');
  await page.getByRole('button', { name: 'Pauzeer' }).click();
  await page.locator('.room-timer', { hasText: '(gepauzeerd)' }).waitFor();
  await beamer.getByText('De klok staat even stil.').waitFor();
  const newLink = await page.locator('.team-join .short-link a').first().getAttribute('href');
  assert.notEqual(newLink, oldLink, 'the team QR code carries the pause');
  await page.getByRole('button', { name: 'Ga verder' }).click();
  await beamer.getByText('De klok staat even stil.').waitFor({ state: 'detached' });
  // For the debrief the trainer puts the solution chain on the beamer, as a diagram with a text alternative.
  await page.getByRole('button', { name: 'Oplossing op de beamer' }).click();
  await beamer.getByRole('heading', { name: 'De oplossing' }).waitFor();
  const chain = beamer.getByRole('list', { name: 'De keten van de oplossing' });
  assert.equal(await chain.getByRole('listitem').count(), scenario.solution.chains.length);
  await assertA11y(beamer, 'beamer with the solution chain');
  await page.getByRole('button', { name: 'Oplossing op de beamer' }).click();
  await beamer.getByRole('heading', { name: 'De oplossing' }).waitFor({ state: 'detached' });
  // Never red: the room timer's colour is the ordinary ink.
  const colour = await beamer.locator('.beamer-timer').evaluate((el) => getComputedStyle(el).color);
  assert.equal(colour, 'rgb(27, 31, 36)');
  await beamer.close();
});

test('a second tab of the same console never saves over a newer state', async () => {
  const { page } = trainer;
  const second = await trainer.context.newPage();
  try {
    await second.goto(consoleUrl);
    await second.getByRole('button', { name: 'Pauzeer' }).click();
    await second.locator('.room-timer', { hasText: '(gepauzeerd)' }).waitFor();
    // The first tab has not seen the pause: its own step is refused, and it says so.
    await page.getByRole('button', { name: 'Pauzeer' }).click();
    await page.getByRole('alert').filter({ hasText: 'in een ander tabblad of venster veranderd' }).waitFor();
    // After a reload the first tab shows the newest state and can go on.
    await page.reload();
    await page.locator('.room-timer', { hasText: '(gepauzeerd)' }).waitFor();
    await page.getByRole('button', { name: 'Ga verder' }).click();
    await page.locator('.room-timer', { hasText: '(gepauzeerd)' }).waitFor({ state: 'detached' });
    assert.equal(await page.getByRole('alert').filter({ hasText: 'ander tabblad' }).count(), 0);
  } finally {
    await second.close();
  }
});

test('a member phone of team 2 shows its name, team and only the opened rounds', async () => {
  const team2 = teams[1].page;
  const href = await team2.getByRole('link', { name: 'Open de kaarten van Ans' }).getAttribute('href');
  const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
  try {
    await phone.page.goto(href);
    await phone.page.getByRole('heading', { level: 1, name: 'Kaarten van Ans' }).waitFor();
    assert.equal((await phone.page.locator('.page.member .lead').textContent()).trim(), 'Ans · Team 2 · speler 1 van 4');
    await phone.page.getByText(scenario.title).first().waitFor();
    const shown = await phone.page.locator('.clue-kind').allTextContents();
    assert.ok(shown.length > 0, 'round 1 cards are shown');
    for (const text of shown) assert.equal(roundOf(Number(text.match(/Kaart (\d+)/)[1])), 1, `${text} is a round 1 card`);
    for (let round = 2; round <= roundsOf(scenario); round++) {
      const hidden = phone.page.getByRole('button', { name: new RegExp(`^Ronde ${round} — pas omdraaien als jullie team ronde ${round} begint`) });
      if ((await hidden.count()) === 0) continue;
      await assertA11y(phone.page, 'member phone with a hidden round');
      await hidden.click();
      // The member's rounds are only those with cards for this member (the deal follows the session), so find the
      // round by its heading, not by its position.
      const section = phone.page.locator('.member-round', {
        has: phone.page.getByRole('heading', { level: 2, name: `Ronde ${round}`, exact: true }),
      });
      await section.locator('.clue-kind').first().waitFor();
    }
    // After a reload the opened rounds stay open.
    const opened = await phone.page.locator('.clue-kind').count();
    await phone.page.reload();
    await phone.page.getByRole('heading', { level: 1, name: 'Kaarten van Ans' }).waitFor();
    await phone.page.locator('.clue-kind').nth(opened - 1).waitFor();
    phone.assertNoErrors();
  } finally {
    await phone.close();
  }
});

test('an own studio mystery works on a phone that has never seen it', async () => {
  const own = { ...scenario, id: 'eigen-sessiemysterie', title: 'Ons eigen sessiemysterie' };
  delete own.core;
  const laptop = await newPage(browser);
  const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
  try {
    await laptop.page.goto(server.url);
    await laptop.page.evaluate((scenario) => {
      const stored = { own_version: 1, key: 'e2e', saved_at: Date.now(), scenario };
      localStorage.setItem('mysterie.eigen.e2e', JSON.stringify(stored));
    }, own);
    await laptop.page.goto(new URL(`#/mysterie/${own.id}`, server.url).href);
    await laptop.page.getByLabel('Naam van jullie team').fill('Team Eigen');
    await laptop.page.getByLabel(/^Teamleden/).fill('Ans\nBram\nCor');
    await laptop.page.getByRole('button', { name: 'Start het mysterie' }).click();
    await phaseHeading(laptop.page, 'De zaak').waitFor();
    const href = await laptop.page.getByRole('link', { name: 'Open de kaarten van Bram' }).getAttribute('href');

    await phone.page.goto(href);
    await phone.page.getByRole('heading', { level: 1, name: 'Kaarten van Bram' }).waitFor();
    await phone.page.getByText('Ons eigen sessiemysterie').waitFor();
    assert.equal((await phone.page.locator('.page.member .lead').textContent()).trim(), 'Bram · Team Eigen · speler 2 van 3');
    assert.ok((await phone.page.locator('.clue-kind').count()) > 0);
    assert.equal(await phone.page.getByText(/staat niet in de bibliotheek/).count(), 0);
    await assertA11y(phone.page, 'member phone of an own mystery');
    laptop.assertNoErrors();
    phone.assertNoErrors();
  } finally {
    await laptop.close();
    await phone.close();
  }
});

/** Play team `i` to the result screen and return its result code. */
async function playToResult(i) {
  const { page } = teams[i];
  await page.getByRole('button', { name: 'Begin met onderzoeken' }).waitFor();
  await playWellFromIntro(page, scenario, goodPlan(scenario));
  const code = (await page.locator('#resultaatcode-tekst').textContent()).trim();
  assert.match(code, /^R[0-9A-Z]+$/);
  assert.ok(code.length < 400, `${code.length} characters`);
  await page.getByRole('img', { name: 'QR-code met de resultaatcode van jullie team' }).waitFor();
  return code;
}

async function paste(code) {
  const { page } = trainer;
  await page.getByLabel('Resultaatcode').fill(code);
  await page.getByRole('button', { name: 'Resultaat toevoegen' }).click();
}

const codes = [];
for (const i of [0, 1, 2]) {
  test(`team ${i + 1} plays to the end and its result code is pasted into the console`, async () => {
    const code = await playToResult(i);
    codes.push(code);
    if (i === 0) await assertA11y(teams[0].page, 'team result screen with result code');
    await paste(code);
    await trainer.page.getByRole('status').filter({ hasText: `Het resultaat van team ${i + 1} (Team ${i + 1}) is toegevoegd.` }).waitFor();
    await trainer.page.locator('.results-table tbody tr').nth(i).waitFor();
  });
}

test('bad codes and codes of another session are refused; everything is in the network view', async () => {
  const { page } = trainer;
  const damaged = codes[0].slice(0, 20) + (codes[0][20] === 'A' ? 'B' : 'A') + codes[0].slice(21);
  await paste(damaged);
  await page.getByRole('alert').filter({ hasText: 'De code klopt niet' }).waitFor();
  await paste('S123');
  await page.getByRole('alert').filter({ hasText: 'Dit is geen resultaatcode' }).waitFor();
  assert.equal(await page.locator('.results-table tbody tr').count(), 3);

  // A second session in another tab: it refuses the first session's code and leaves the first alone.
  const other = await trainer.context.newPage();
  await startSession(other, { teams: 1 });
  await other.getByLabel('Resultaatcode').fill(codes[0]);
  await other.getByRole('button', { name: 'Resultaat toevoegen' }).click();
  await other.getByRole('alert').filter({ hasText: 'hoort bij een andere sessie' }).waitFor();
  await other.close();

  await page.reload();
  await page.locator('.results-table tbody tr').nth(2).waitFor();
  assert.equal(await page.locator('.results-table tbody tr').count(), 3, 'reload and a second session lose nothing');
  const inNetwork = await page.evaluate(() => JSON.parse(localStorage.getItem('mysterie.netwerk')).results.map((r) => r.session));
  assert.equal(inNetwork.length, 3);
  assert.deepEqual(inNetwork.map((s) => s.team).sort(), [1, 2, 3]);
  await assertA11y(page, 'console with results');
  trainer.assertNoErrors();
});

test('without a camera the console says so and the paste route stays', async () => {
  const { page } = trainer;
  await page.getByRole('button', { name: 'Scan met de camera' }).click();
  await page.getByRole('alert').filter({ hasText: /camera.*Plak de code hierboven\./ }).waitFor();
  await page.getByLabel('Resultaatcode').waitFor();
});

/** A .y4m video (for Chromium's fake camera) of grey frames, from 640×480 luma values. */
function writeY4m(file, luma) {
  const [w, h] = [640, 480];
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(luma), Buffer.alloc((w / 2) * (h / 2) * 2, 128)]);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F5:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}

test('the console reads a result QR code through the camera', async () => {
  // Team 3's result QR code as the team screen draws it, photographed as a 640×480 frame.
  const luma = await teams[2].page.evaluate(async () => {
    const svg = document.querySelector('.result-code svg.qr').cloneNode(true);
    svg.setAttribute('width', '440');
    svg.setAttribute('height', '440');
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 480 });
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 640, 480);
    ctx.drawImage(img, 100, 20, 440, 440);
    const data = ctx.getImageData(0, 0, 640, 480).data;
    const y = [];
    for (let i = 0; i < 640 * 480; i++) y.push(Math.round(0.299 * data[4 * i] + 0.587 * data[4 * i + 1] + 0.114 * data[4 * i + 2]));
    return y;
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mysterie-camera-'));
  const video = path.join(dir, 'qr.y4m');
  writeY4m(video, luma);

  // The trainer's console in a browser whose camera shows that frame; the session as the trainer has it, without team 3's result.
  const id = consoleUrl.split('/').pop();
  const state = JSON.parse(await trainer.page.evaluate((k) => localStorage.getItem(k), `mysterie.sessie.${id}`));
  state.results = state.results.filter((r) => r.session.team !== 3);
  const cameraBrowser = await launchBrowser({
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const laptop = await newPage(cameraBrowser);
    laptop.page.setDefaultTimeout(60_000);
    await laptop.context.grantPermissions(['camera']);
    await laptop.page.goto(server.url);
    await laptop.page.evaluate(([k, v]) => localStorage.setItem(k, v), [`mysterie.sessie.${id}`, JSON.stringify(state)]);
    await laptop.page.goto(consoleUrl);
    await laptop.page.getByRole('heading', { level: 1, name: scenario.title }).waitFor();
    assert.equal(await laptop.page.locator('.results-table tbody tr').count(), 2);
    await laptop.page.getByRole('button', { name: 'Scan met de camera' }).click();
    await laptop.page.getByRole('status').filter({ hasText: 'Het resultaat van team 3 (Team 3) is toegevoegd.' }).waitFor();
    await laptop.page.locator('.results-table tbody tr').nth(2).waitFor();
    // The camera is off again once the code was read.
    await laptop.page.getByRole('button', { name: 'Scan met de camera' }).waitFor();
    laptop.assertNoErrors();
    await laptop.close();
  } finally {
    await cameraBrowser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
