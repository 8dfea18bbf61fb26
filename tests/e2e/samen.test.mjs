// User stories for "Samen spelen": a team of four deals the cards, each member
// opens their own cards on their own device through a link (no server, no
// names in the link) and can listen to them; the trainer opens a projector
// window that follows the team screen, and runs the session in facilitator
// mode without ever seeing the answer before Resultaat.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  newPage,
  bundledMystery,
  availableClues,
  roundsOf,
  phaseHeading,
  assertA11y,
  exactly,
  escapeRegExp,
  waitForFocus,
} from './harness.mjs';

let server;
let browser;
const { entry, scenario } = bundledMystery();
const MEMBERS = ['Anna', 'Bram', 'Cees', 'Dewi'];
const numberOf = (id) => scenario.clues.findIndex((c) => c.id === id) + 1;
const clueOfNumber = (n) => scenario.clues[n - 1];
const roundOf = (n) => clueOfNumber(n).unlock?.round ?? 1;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Start the bundled mystery with these members; waits for the Intro. */
async function startTeam(page, members, { roles = {} } = {}) {
  await page.goto(new URL(`#/mysterie/${entry.id}`, server.url).href);
  await page.getByLabel('Naam van jullie team').fill('Team Samen');
  await page.getByLabel(/^Teamleden/).fill(members.join('\n'));
  for (const [name, role] of Object.entries(roles)) {
    await page.getByLabel(`Rol van ${name}`, { exact: true }).selectOption({ label: role });
  }
  await page.getByRole('button', { name: 'Start het mysterie' }).click();
  await phaseHeading(page, 'De zaak').waitFor();
}

/** The member links shown on the team screen, by name. */
async function memberLinks(page, members) {
  const links = {};
  for (const name of members) {
    links[name] = await page.getByRole('link', { name: new RegExp(`^Open de kaarten van ${escapeRegExp(name)}$`) }).getAttribute('href');
  }
  return links;
}

/** A member's page: {who, rounds: {round: [card numbers]}}. Later rounds are
 *  face down until tapped (as the paper cards): this opens them all first. */
async function readHand(page) {
  await page.getByRole('heading', { level: 1, name: /^(Jouw kaarten|Kaarten van )/ }).waitFor();
  await page.locator('.member-round').first().waitFor();
  const closed = page.locator('.round-closed');
  while ((await closed.count()) > 0) await closed.first().click();
  return page.evaluate(() => ({
    who: document.querySelector('.page.member .lead')?.textContent.trim(),
    rounds: Object.fromEntries(
      [...document.querySelectorAll('.member-round')].map((section) => [
        Number(section.querySelector('h2').textContent.replace('Ronde ', '')),
        [...section.querySelectorAll('.clue-kind')].map((p) => Number(p.textContent.match(/Kaart (\d+)/)[1])),
      ]),
    ),
  }));
}

/** The card numbers face down under "Kaarten van <name>" on the team screen. */
async function teamPile(page, name) {
  const pile = page.getByRole('region', { name: `Kaarten van ${name}`, exact: true });
  await pile.waitFor();
  const labels = await pile.locator('.card-back').allTextContents();
  return labels.map((t) => Number(t.match(/Draai kaart (\d+) om/)[1])).sort((a, b) => a - b);
}

const spread = (values) => Math.max(...values) - Math.min(...values);

test('a team of four: each member link shows exactly that member’s cards, on another device, again after a reload', async () => {
  const team = await newPage(browser);
  const { page } = team;
  page.setDefaultTimeout(15_000);
  const members = [];
  try {
    await startTeam(page, MEMBERS);
    // One QR code and one link per member; names never leave the team screen.
    for (const name of MEMBERS) {
      await page.getByRole('img', { name: `QR-code voor de kaarten van ${name}` }).waitFor();
    }
    const links = await memberLinks(page, MEMBERS);
    for (const [i, name] of MEMBERS.entries()) {
      const url = new URL(links[name]);
      assert.ok(url.hash.startsWith(`#/speler/${entry.id}/`), links[name]);
      assert.match(url.hash, new RegExp(`/${i + 1}/4/~[A-Za-z0-9_-]+$`), `member ${i + 1} of 4: ${links[name]}`);
      // The link carries only this member's first name and the team name (compressed), nothing of the others.
      for (const other of MEMBERS) assert.ok(!links[name].includes(other), `no plain names in ${links[name]}`);
    }
    await assertA11y(page, 'intro with member links');

    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    const available = new Set(availableClues(scenario, 1, []).map(numberOf));

    // Each member opens their link in a browser of their own (a new context: no shared storage).
    const hands = {};
    for (const [i, name] of MEMBERS.entries()) {
      const device = await newPage(browser, { viewport: { width: 390, height: 844 } });
      members.push(device);
      await device.page.goto(links[name]);
      const hand = await readHand(device.page);
      assert.equal(hand.who, `${name} · Team Samen · speler ${i + 1} van 4`);
      hands[name] = hand.rounds;
      // Round 1 on the phone = this member's pile on the team screen (cards not yet locked).
      const round1 = (hand.rounds[1] ?? []).filter((n) => available.has(n)).sort((a, b) => a - b);
      assert.deepEqual(await teamPile(page, name), round1, `${name}'s pile on the team screen`);
      // Every card is in the round it belongs to.
      for (const [round, cards] of Object.entries(hand.rounds)) {
        for (const n of cards) assert.equal(roundOf(n), Number(round), `card ${n} under Ronde ${round}`);
      }
    }

    // Together the hands hold every card exactly once, and the deal is fair.
    const all = Object.values(hands).flatMap((rounds) => Object.values(rounds).flat());
    assert.equal(all.length, scenario.clues.length);
    assert.equal(new Set(all).size, scenario.clues.length, 'no card twice');
    const total = (rounds) => Object.values(rounds).flat().length;
    assert.ok(spread(MEMBERS.map((n) => total(hands[n]))) <= 1, 'card counts differ by at most one');
    for (let round = 1; round <= roundsOf(scenario); round++) {
      const counts = MEMBERS.map((n) => (hands[n][round] ?? []).length);
      assert.ok(spread(counts) <= 1, `round ${round} counts ${counts}`);
    }

    // Bram closes the page and opens the link again: the same cards. Only the opened rounds were stored.
    const bram = members[1];
    await bram.page.reload();
    assert.deepEqual((await readHand(bram.page)).rounds, hands.Bram);
    const keys = await bram.page.evaluate(() => Object.keys(localStorage));
    assert.ok(keys.every((k) => k.startsWith('mysterie.speler.')), `the member page stores only opened rounds: ${keys}`);
    await assertA11y(bram.page, 'member page');

    // Back on the team screen a member reveals one of their cards; it leaves their pile.
    let teller;
    for (const name of MEMBERS) if (!teller && (await teamPile(page, name)).length > 0) teller = name;
    assert.ok(teller, 'someone has a card to turn in round 1');
    const [first] = await teamPile(page, teller);
    await page.getByRole('button', { name: `Draai kaart ${first} om`, exact: true }).click();
    await page.getByRole('article', { name: exactly(clueOfNumber(first).title) }).waitFor();
    assert.ok(!(await teamPile(page, teller)).includes(first));

    // The team screen survives a reload with the same piles.
    const before = await Promise.all(MEMBERS.map((n) => teamPile(page, n)));
    await page.reload();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    assert.deepEqual(await Promise.all(MEMBERS.map((n) => teamPile(page, n))), before);
    assert.deepEqual(await memberLinksInDetails(page), links, 'the same links after a reload');

    team.assertNoErrors();
    for (const m of members) m.assertNoErrors();
  } finally {
    for (const m of members) await m.close();
    await team.close();
  }
});

/** The member links in Onderzoeken (inside "QR-codes en links van de teamleden"). */
async function memberLinksInDetails(page) {
  await page.getByText('QR-codes en links van de teamleden').click();
  return memberLinks(page, MEMBERS);
}

test('a team without names plays on one shared screen, as before', async () => {
  const app = await newPage(browser);
  const { page } = app;
  try {
    await startTeam(page, []);
    assert.equal(await page.getByRole('img', { name: /^QR-code/ }).count(), 0);
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await page.getByRole('list', { name: 'Kaarten die klaarliggen' }).waitFor();
    assert.equal(await page.getByRole('region', { name: /^Kaarten van / }).count(), 0);
    const saved = JSON.parse(await page.evaluate((id) => localStorage.getItem(`mysterie.spel.${id}`), entry.id));
    assert.equal(saved.session.deal, undefined, 'no deal saved');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('the projector window follows the team screen and never shows the answer; facilitator mode runs the session', async () => {
  const app = await newPage(browser);
  const { page, context } = app;
  page.setDefaultTimeout(15_000);
  try {
    await startTeam(page, MEMBERS);
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await phaseHeading(page, 'Onderzoeken').waitFor();

    // The trainer opens the projector: a second window of the same browser.
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open projectorscherm' }).click(),
    ]);
    projector.setDefaultTimeout(15_000);
    await projector.waitForLoadState();
    assert.ok(projector.url().endsWith(`#/projector/${entry.id}`), projector.url());
    await projector.getByRole('heading', { level: 1, name: scenario.central_question }).waitFor();
    await projector.getByText(`Fase: Onderzoeken · ronde 1 van ${roundsOf(scenario)}`).waitFor();
    await projector.getByRole('heading', { name: 'Omgedraaide kaarten (0)' }).waitFor();

    // A card turned on the team screen appears on the projector.
    const [id] = availableClues(scenario, 1, []);
    const title = scenario.clues.find((c) => c.id === id).title;
    await page.getByRole('button', { name: `Draai kaart ${numberOf(id)} om`, exact: true }).click();
    await projector.getByRole('heading', { name: 'Omgedraaide kaarten (1)' }).waitFor();
    await projector.getByRole('article', { name: exactly(title) }).waitFor();

    // Facilitator mode: the timer with the suggested time, pause, 5 minutes more.
    await page.getByRole('button', { name: 'Begeleidersmodus' }).click();
    const panel = page.getByRole('region', { name: 'Begeleider' });
    await panel.getByText(/^Voorgesteld: \d+ minuten\.$/).waitFor();
    await panel.getByRole('button', { name: 'Start de tijd' }).click();
    await panel.getByRole('timer').filter({ hasText: /^Nog \d+:\d\d$/ }).waitFor();
    await projector.getByRole('timer').filter({ hasText: /^Nog \d+:\d\d$/ }).waitFor();
    await panel.getByRole('button', { name: 'Pauzeer de tijd' }).click();
    await projector.getByRole('timer').filter({ hasText: /\(gepauzeerd\)$/ }).waitFor();
    const paused = await panel.getByRole('timer').textContent();
    await panel.getByRole('button', { name: '5 minuten erbij' }).click();
    const minutes = (t) => Number(t.match(/Nog (\d+):/)[1]);
    await page.waitForFunction(
      ([want]) => document.querySelector('.facilitator .timer')?.textContent.startsWith(`Nog ${want}:`),
      [minutes(paused) + 5],
    );
    await assertA11y(page, 'facilitator panel');

    // The facilitator releases a hint: the team sees it.
    const hint = scenario.hints.find((h) => h.phase === 'onderzoeken');
    if (hint) {
      await panel.getByRole('button', { name: /^Geef hint 1 vrij/ }).click();
      await page.getByRole('complementary', { name: 'Hints' }).getByText(hint.text, { exact: true }).waitFor();
      await panel.getByText('Het team heeft deze hint.').waitFor();
    }

    // The team screen survives a reload: facilitator mode, the timer, the projector keeps following.
    await page.reload();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    await page.getByRole('region', { name: 'Begeleider' }).getByRole('timer').filter({ hasText: /gepauzeerd/ }).waitFor();

    // The facilitator moves the team on, through the game's own rules, after a check.
    await page.getByRole('button', { name: 'Zet het team door naar Ordenen' }).click();
    await page.getByRole('button', { name: 'Ja, ga door' }).click();
    await phaseHeading(page, 'Ordenen').waitFor();
    await projector.getByText('Fase: Ordenen').waitFor();
    await projector.getByRole('timer').filter({ hasText: /gepauzeerd/ }).waitFor();

    // Never the answer: no solution, debrief, scores or key marks, on the projector or the panel.
    const shown = [await projector.locator('main').innerText(), await page.getByRole('region', { name: 'Begeleider' }).innerText()];
    for (const text of shown) {
      assert.ok(!text.includes(scenario.solution.summary), 'no solution');
      assert.ok(!text.includes(scenario.debrief.paragraphs[0]), 'no debrief story');
      assert.ok(!/van 100|Kernaanwijzing|dwaalspoor/i.test(text), `no scores or key marks in:\n${text}`);
    }
    await assertA11y(projector, 'projector window');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

/**
 * A stand-in for the browser's speech synthesis (headless Chromium has no
 * voices): records what is spoken and fires the events a real one fires.
 */
function fakeSpeech() {
  const voice = (name, lang) =>
    Object.create(SpeechSynthesisVoice.prototype, { name: { value: name }, lang: { value: lang } });
  const voices = [voice('English', 'en-US'), voice('Xander', 'nl-NL')];
  // The real utterance refuses a fake voice, so it is replaced too.
  class FakeUtterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text, lang: '', rate: 1, voice: null, onend: null, onerror: null });
      this.addEventListener('end', (e) => this.onend?.(e));
      this.addEventListener('error', (e) => this.onerror?.(e));
    }
  }
  window.SpeechSynthesisUtterance = FakeUtterance;
  const synth = Object.create(SpeechSynthesis.prototype);
  const log = [];
  let current = null;
  Object.assign(synth, {
    getVoices: () => voices,
    speak(u) {
      current = u;
      log.push({ call: 'speak', text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name });
    },
    cancel() {
      log.push({ call: 'cancel' });
      if (current) current.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
      current = null;
    },
    pause: () => log.push({ call: 'pause' }),
    resume: () => log.push({ call: 'resume' }),
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.__speech = { log, end: () => current?.dispatchEvent(new Event('end')) };
}

async function openMemberPage(options = {}) {
  const device = await newPage(browser, options);
  device.page.setDefaultTimeout(15_000);
  // Member 1 of 3 with seed "abc": a link as a team screen makes it.
  await device.page.goto(new URL(`#/speler/${entry.id}/abc/1/3`, server.url).href);
  await readHand(device.page);
  return device;
}

test('speech: every card can be listened to, with labelled play, pause, stop and speed, in Dutch', async () => {
  const device = await newPage(browser);
  await device.context.addInitScript(fakeSpeech);
  const { page } = device;
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(new URL(`#/speler/${entry.id}/abc/1/3`, server.url).href);
    const hand = await readHand(page);
    const cards = Object.values(hand.rounds).flat();
    const first = clueOfNumber(cards[0]);
    // One "Luister" per card, named after the card; the text stays visible.
    assert.equal(await page.getByRole('button', { name: /^Luister naar / }).count(), cards.length);
    await page.getByText(first.text, { exact: true }).waitFor();
    const speed = page.getByLabel('Snelheid van voorlezen');
    assert.deepEqual(await speed.locator('option').allTextContents(), ['Langzaam', 'Normaal', 'Iets sneller', 'Snel']);

    await page.getByRole('button', { name: `Luister naar ${first.title}`, exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Voorlezen: ${first.title}.` }).waitFor();
    let spoken = (await page.evaluate(() => window.__speech.log)).filter((e) => e.call === 'speak');
    assert.equal(spoken.length, 1);
    assert.equal(spoken[0].lang, 'nl-NL');
    assert.equal(spoken[0].voice, 'Xander', 'the Dutch voice');
    assert.ok(spoken[0].text.startsWith(first.title) && spoken[0].text.endsWith(first.text), spoken[0].text);

    // Keyboard: the play/pause button stays where it is, with focus on it.
    await page.getByRole('button', { name: `Pauzeer ${first.title}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForFocus(page, { name: `Ga verder met ${first.title}` });
    await page.getByRole('button', { name: `Ga verder met ${first.title}`, exact: true }).click();
    await page.getByRole('button', { name: `Pauzeer ${first.title}`, exact: true }).waitFor();
    // A new speed starts the text again at that speed.
    await speed.selectOption({ label: 'Langzaam' });
    await page.waitForFunction(() => window.__speech.log.filter((e) => e.call === 'speak').length === 2);
    spoken = (await page.evaluate(() => window.__speech.log)).filter((e) => e.call === 'speak');
    assert.ok(Math.abs(spoken[1].rate - 0.8) < 1e-6, `rate ${spoken[1].rate}`);
    const calls = (await page.evaluate(() => window.__speech.log)).map((e) => e.call);
    assert.ok(calls.includes('pause') && calls.includes('resume'), calls.join());

    await page.getByRole('button', { name: `Stop ${first.title}`, exact: true }).click();
    await page.getByRole('button', { name: `Luister naar ${first.title}`, exact: true }).waitFor();
    // When the text is read to the end the card is ready to play again.
    await page.getByRole('button', { name: `Luister naar ${first.title}`, exact: true }).click();
    await page.evaluate(() => window.__speech.end());
    await page.getByRole('status').filter({ hasText: 'Klaar met voorlezen.' }).waitFor();
    await assertA11y(page, 'member page while reading');
    device.assertNoErrors();
  } finally {
    await device.close();
  }
});

test('speech: when the browser cannot speak, the page says so and keeps working', async () => {
  // Headless Chromium has speech synthesis but no voice: speaking fails.
  const device = await openMemberPage();
  const { page } = device;
  try {
    const listen = page.getByRole('button', { name: /^Luister naar / }).first();
    await listen.click();
    await page.getByRole('status').filter({ hasText: /^Voorlezen (lukt|kan) niet/ }).waitFor();
    await page.getByRole('button', { name: /^Luister naar / }).first().waitFor();
    device.assertNoErrors();
  } finally {
    await device.close();
  }

  // A browser without speech synthesis at all.
  const bare = await newPage(browser);
  await bare.context.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  try {
    await bare.page.goto(new URL(`#/speler/${entry.id}/abc/1/3`, server.url).href);
    await readHand(bare.page);
    await bare.page.getByRole('status').filter({ hasText: 'Voorlezen kan niet in deze browser.' }).waitFor();
    await bare.page.getByRole('button', { name: /^Luister naar / }).first().click();
    await bare.page.getByRole('status').filter({ hasText: 'Voorlezen kan niet in deze browser.' }).waitFor();
    bare.assertNoErrors();
  } finally {
    await bare.close();
  }
});

test('roles: a card the mystery pins to a role goes to the member with that role', async () => {
  // The bundled mystery with two other player roles and two cards pinned to "inwoner".
  const pinned = scenario.clues.filter((c) => c.kind === 'voice').slice(0, 2).map((c) => c.id);
  const withRoles = {
    ...scenario,
    player_roles: [
      { id: 'inwoner', name: 'Inwoner' },
      { id: 'uitvoerder', name: 'Uitvoerder' },
    ],
    // Only these two pinned: the mystery's own roles and deal_to are replaced.
    clues: scenario.clues.map(({ deal_to: _own, ...c }) => (pinned.includes(c.id) ? { ...c, deal_to: 'inwoner' } : c)),
  };
  const serveWithRoles = (context) =>
    context.route(`**/mysteries/${entry.file}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(withRoles) }),
    );
  const app = await newPage(browser);
  await serveWithRoles(app.context);
  const device = await newPage(browser);
  await serveWithRoles(device.context);
  try {
    await startTeam(app.page, ['Anna', 'Bram', 'Cees'], { roles: { Cees: 'Inwoner', Anna: 'Uitvoerder' } });
    const links = await memberLinks(app.page, ['Anna (Uitvoerder)', 'Bram', 'Cees (Inwoner)']);
    const cees = links['Cees (Inwoner)'];
    assert.match(cees, /\/3\/3\/uitvoerder,,inwoner\/~[A-Za-z0-9_-]+$/);
    await device.page.goto(cees);
    const hand = await readHand(device.page);
    assert.equal(hand.who, 'Cees · Team Samen · speler 3 van 3 · rol: Inwoner');
    const cards = Object.values(hand.rounds).flat();
    for (const id of pinned) assert.ok(cards.includes(numberOf(id)), `card ${id} is with the inwoner`);
    app.assertNoErrors();
    device.assertNoErrors();
  } finally {
    await device.close();
    await app.close();
  }
});

test('a broken member link says what is wrong in Dutch', async () => {
  const device = await newPage(browser);
  try {
    await device.page.goto(new URL(`#/speler/${entry.id}/abc/5/3`, server.url).href);
    await device.page.getByRole('alert').filter({ hasText: 'Deze link naar je kaarten werkt niet.' }).waitFor();
    await device.page.getByText('Scan de QR-code op het teamscherm opnieuw.', { exact: false }).waitFor();
    device.assertNoErrors();
  } finally {
    await device.close();
  }
});
