// User story (issue 16): a trainer of a regional learning network imports
// three teams' results (with team names, members' first names and
// municipalities, some written into their own answers), switches "Namen
// weghalen" on, and then not one of those names is anywhere: page text, SVG
// text, attributes, the CSV, the print view, the presentation. The open
// reflection answers are listed per question, side by side. The charts stay
// readable (one team highlighted, one small chart per team) and the team
// table fits at 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newPage, bundledMystery, assertA11y } from './harness.mjs';

let server;
let browser;
const { scenario } = bundledMystery();

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const BOUWSTENEN = [
  'aanbod',
  'informatie',
  'bereik',
  'toegang',
  'bejegening',
  'samenwerkingsnetwerk',
  'lerende_uitvoeringspraktijk',
];

const TEAMS = [
  { name: 'Team Noord', members: ['Sanne', 'Pieter'], municipality: 'Veendam', organisation: 'Wijkteam Veendam', day: '2025-05-14' },
  { name: 'Team Zuid', members: ['Fatima'], municipality: 'Dronten', organisation: 'Gemeente', day: '2025-05-14' },
  { name: 'Team West', members: ['Joost', 'Ilse'], municipality: 'veendam', organisation: 'Schuldhulp', day: '2025-06-02' },
];
/** Every name and place that must disappear. */
const SECRETS = ['Noord', 'Zuid', 'West', 'Sanne', 'Pieter', 'Fatima', 'Joost', 'Ilse', 'Veendam', 'Dronten'];

/** A results file (format 1) for one team, as an older app wrote it: with member names. */
function resultFile(team, i) {
  const answers = scenario.reflection.questions.map((q, k) => ({
    id: q.id,
    topic: q.topic,
    question: q.text,
    answer:
      k === 1
        ? `${team.members[0]} zag in ${team.municipality} dat ${team.name} de signalen te laat kreeg (antwoord ${i + 1}).`
        : k === 2 && i === 1
          ? ''
          : `Antwoord ${i + 1} op vraag ${k + 1}.`,
  }));
  const result = {
    format: 'mysterie-resultaat',
    format_version: 1,
    id: `00000000000000c${i}`,
    created: `${team.day}T10:0${i}:00+02:00`,
    mystery: {
      id: scenario.id,
      title: scenario.title,
      main_bouwsteen: scenario.main_bouwsteen,
      bouwstenen: scenario.bouwstenen,
    },
    team: { name: team.name, members: team.members, municipality: team.municipality, organisation_type: team.organisation },
    investigation: {
      score: 60 + i * 10, sorted_right: 3, sortable: 5, herrings_aside: 1, herrings: 2, key_found: 2, key_total: 3,
      key_wrong: 0, chains_found: 1, chains_total: 2, hint_cost: 0, clues_revealed: 8, clues_total: 10,
    },
    solution: {
      score: 50 + i * 5,
      level: 'relationeel',
      key_cited: 2,
      herrings_cited: 0,
      concepts_named: [],
      concepts_total: 3,
      perspectives: ['juridisch', 'financieel', 'sociaal'].map((perspective) => ({ perspective, covered: true, clues: [] })),
      bouwstenen: [],
      answer: `${team.members[0]} en ${team.name} uit ${team.municipality} denken dat het anders moet.`,
      cited_clues: [],
    },
    reflection: {
      profile: BOUWSTENEN.map((bouwsteen, b) => ({ bouwsteen, value: (b * 15 + i * 20) % 101 })),
      statements_answered: 0,
      statements_total: 0,
      questions_answered: answers.filter((a) => a.answer).length,
      questions_total: answers.length,
      statements: [],
      open_answers: answers,
    },
    // Teams Noord and Zuid played in one session of the trainer console.
    ...(i < 2 ? { session: { id: 'k3x9a1', team: i + 1 } } : {}),
    actions: scenario.role_actions.map((ra, r) => ({
      role: ra.role,
      actions: ra.actions.map((a, k) => ({ text: a.text, bouwsteen: a.bouwsteen, chosen: k === 0 && r <= i })),
    })),
  };
  return {
    name: `resultaat-${scenario.id}-${team.name.toLowerCase().replace(' ', '-')}-${team.day}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(result, null, 2), 'utf8'),
  };
}

async function openWithThree(page) {
  await page.goto(new URL('#/netwerk', server.url).href);
  await page.getByRole('heading', { level: 1, name: 'Lerend netwerk: resultaten vergelijken' }).waitFor();
  await page.getByLabel('Kies resultaat-bestanden (.json)').setInputFiles(TEAMS.map(resultFile));
  await page.getByRole('heading', { level: 2, name: 'Overzicht: 3 teams' }).waitFor();
}

/** Everything a person or a copy could see: text, SVG text, attribute values, option texts. */
async function everythingOnPage(page) {
  return page.evaluate(() => {
    const parts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) parts.push(el.getAttribute(attr));
      if (el.namespaceURI === 'http://www.w3.org/2000/svg') parts.push(el.textContent);
      if (el.tagName === 'OPTION' || el.tagName === 'DESC' || el.tagName === 'DETAILS') parts.push(el.textContent);
      if (el.tagName === 'INPUT') parts.push(el.value);
    }
    return parts.join('\n');
  });
}

function assertNoSecrets(text, where) {
  for (const secret of SECRETS) {
    assert.ok(!new RegExp(`\\b${secret}\\b`, 'i').test(text), `"${secret}" appears in ${where}`);
  }
}

async function download(page, buttonName) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return fs.readFileSync(await file.path(), 'utf8');
}

test('with "Namen weghalen" on, no team, member or municipality name is anywhere', async () => {
  const app = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  const { page } = app;
  try {
    await openWithThree(page);
    // Before: the names are there (so the test can fail).
    const before = await everythingOnPage(page);
    for (const secret of ['Team Noord', 'Veendam', 'Sanne']) assert.ok(before.includes(secret), `${secret} shown before`);

    await page.getByLabel('Namen weghalen (anoniem)').check();
    await page.locator('#netwerk-teams tbody th', { hasText: 'Team 2 (Gemeente B)' }).waitFor();
    // The same municipality in another spelling is the same letter.
    await page.locator('#netwerk-teams tbody th', { hasText: 'Team 3 (Gemeente A)' }).waitFor();
    assertNoSecrets(await everythingOnPage(page), 'the page');
    assertNoSecrets(await page.locator('svg').evaluateAll((svgs) => svgs.map((s) => s.outerHTML).join('\n')), 'the SVG');
    // The list at the bottom and the import reports too.
    await page.getByRole('region', { name: 'Resultaten in dit overzicht' }).getByText('Team 1 (Gemeente A)', { exact: false }).waitFor();
    // The answers: known names replaced, as whole words.
    await page.getByText('[naam] zag in Gemeente A dat Team 1 de signalen te laat kreeg (antwoord 1).').waitFor();

    const csv = await download(page, 'Download tabel (CSV)');
    assertNoSecrets(csv, 'the CSV');
    assert.equal(csv.trim().split('\r\n').length, 4, 'a header and three rows');
    assert.ok(csv.includes(';Team 1;'), 'anonymous team names in the CSV');

    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    assertNoSecrets(printed, 'the print view');
    assert.ok(await page.locator('#netwerk-teams').isVisible(), 'the team table is printed');
    assert.ok(await page.locator('#netwerk-radar-grafiek-uitleg').count(), 'the chart is there');
    assert.equal(await page.getByRole('button', { name: 'Download tabel (CSV)' }).isVisible(), false, 'no buttons on paper');
    assert.equal(await page.locator('.site-header').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });

    await assertA11y(page, 'network view, anonymous, with open answers and small charts');

    // The presentation: one chart at a time, no app navigation, still anonymous.
    await page.getByRole('button', { name: 'Presenteren' }).click();
    await page.getByText('Scherm 1 van', { exact: false }).waitFor();
    assert.equal(await page.locator('.site-header').isVisible(), false, 'no app navigation');
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Lerend netwerk: resultaten vergelijken' }).isVisible(), false);
    await page.getByRole('heading', { level: 2, name: 'Bouwstenen-profiel van alle teams' }).waitFor();
    assert.equal(await page.locator('.presentation svg[role="img"]').count(), 1, 'one chart at a time');
    await assertA11y(page, 'presentation');
    const seen = [];
    for (let i = 0; i < 20; i++) {
      seen.push(await page.locator('#dia-titel').innerText());
      assertNoSecrets(await everythingOnPage(page), `presentation screen ${i + 1}`);
      if (await page.getByRole('button', { name: 'Volgende' }).isDisabled()) break;
      await page.keyboard.press('ArrowRight');
      await page.locator('#dia-titel').filter({ hasNotText: seen[seen.length - 1] }).waitFor();
    }
    assert.ok(seen.includes('Team 2 (Gemeente B) tegen het gemiddelde'), seen.join(' | '));
    assert.ok(seen.includes(scenario.reflection.questions[1].text), 'an open question has its own screen');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Lerend netwerk: resultaten vergelijken' }).waitFor();
    assert.ok(await page.locator('.site-header').isVisible(), 'the app navigation is back');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('open answers of three teams per question, charts for many teams, the table fits 1280 px', async () => {
  const app = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  const { page } = app;
  try {
    await openWithThree(page);
    await page.getByRole('heading', { level: 3, name: 'Open antwoorden per vraag' }).waitFor();
    for (const q of scenario.reflection.questions) {
      const region = page.getByRole('region', { name: q.text, exact: true });
      assert.equal(await region.getByRole('listitem').count(), 3, `three teams under "${q.text}"`);
    }
    const second = page.getByRole('region', { name: scenario.reflection.questions[1].text, exact: true });
    await second.getByText('Sanne zag in Veendam dat Team Noord de signalen te laat kreeg (antwoord 1).').waitFor();
    const third = page.getByRole('region', { name: scenario.reflection.questions[2].text, exact: true });
    await third.getByText('(geen antwoord)').waitFor();
    await third.getByText('2 van 3 teams gaven antwoord', { exact: false }).waitFor();

    // One team highlighted over the others; one small chart per team.
    await page.getByLabel('Eén team uitlichten in de grafiek').selectOption({ label: 'Team Zuid (Dronten)' });
    await page.locator('#netwerk-radar ~ * .radar-series.muted, .radar-chart .radar-series.muted').first().waitFor();
    assert.equal(await page.locator('.radar-chart .radar-series.muted').count(), 2, 'the two other teams are grey');
    assert.equal(await page.locator('.small-multiples .radar-mini').count(), 3);
    await page.getByRole('img', { name: 'Team West (veendam) tegen het gemiddelde' }).waitFor();

    // The team table fits at 1280 px; narrower, it scrolls in a labelled, focusable region.
    const fits = await page.locator('#netwerk-teams').evaluate((t) => t.parentElement.scrollWidth <= t.parentElement.clientWidth);
    assert.ok(fits, 'the team table fits at 1280 px');
    await page.setViewportSize({ width: 800, height: 900 });
    const region = page.getByRole('region', { name: 'Per team' });
    assert.equal(await region.getAttribute('tabindex'), '0');
    assert.ok(await region.evaluate((r) => r.scrollWidth > r.clientWidth), 'narrower, the table scrolls');

    // Filter by date.
    await page.getByLabel('Datum', { exact: true }).selectOption({ label: '02-06-2025' });
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    await page.getByLabel('Datum', { exact: true }).selectOption({ label: 'Alle datums' });
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 3 teams' }).waitFor();
    // Group by date: the mean per bouwsteen per day.
    await page.getByLabel('Groeperen', { exact: true }).selectOption({ label: 'Per datum' });
    const groups = page.locator('#netwerk-groepen tbody tr');
    await groups.first().waitFor();
    assert.deepEqual(
      (await groups.locator('th').allInnerTexts()).map((t) => t.trim()),
      ['14-05-2025', '02-06-2025'],
    );
    assert.deepEqual((await groups.locator('td:nth-of-type(1)').allInnerTexts()).map((t) => t.trim()), ['2', '1']);
    // Filter and group by session.
    await page.getByLabel('Sessie', { exact: true }).selectOption({ label: 'Sessie k3x9a1 (14-05-2025)' });
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 2 teams' }).waitFor();
    await page.getByLabel('Sessie', { exact: true }).selectOption({ label: 'Alle sessies' });
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 3 teams' }).waitFor();
    await page.getByLabel('Groeperen', { exact: true }).selectOption({ label: 'Per sessie' });
    await groups.locator('th').getByText('Niet in een sessie gespeeld').waitFor();
    assert.deepEqual(
      (await groups.locator('th').allInnerTexts()).map((t) => t.trim()),
      ['Sessie k3x9a1 (14-05-2025)', 'Niet in een sessie gespeeld'],
    );
    assert.deepEqual((await groups.locator('td:nth-of-type(1)').allInnerTexts()).map((t) => t.trim()), ['2', '1']);
    await assertA11y(page, 'network view with names, highlight and open answers');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('a shared result carries no member names unless the team chooses, and says what it contains first', async () => {
  const app = await newPage(browser);
  const { page } = app;
  try {
    const file = JSON.parse(resultFile(TEAMS[0], 0).buffer.toString('utf8'));
    await page.goto(server.url);
    await page.evaluate((r) => {
      localStorage.setItem('mysterie.resultaten', JSON.stringify({ saved_version: 1, results: [r] }));
    }, file);
    await page.goto(new URL(`#/resultaten/${file.id}`, server.url).href);
    const share = page.getByRole('region', { name: 'Bewaren en delen' });
    await share.waitFor();
    const contents = share.getByRole('list', { name: 'Inhoud van een gedeeld resultaat' });
    await contents.getByText('geen namen van teamleden', { exact: true }).waitFor();
    await contents.getByText('de teamnaam ‘Team Noord’, de gemeente ‘Veendam’', { exact: false }).waitFor();
    await share.getByText('Namen van teamleden zitten er alleen in als jullie dat kiezen.', { exact: false }).waitFor();
    const names = share.getByLabel('Namen van teamleden meesturen');
    assert.equal(await names.isChecked(), false, 'off by default');

    const plain = JSON.parse(await download(page, 'Download als bestand (JSON)'));
    assert.equal(plain.team.members, undefined, 'no members in the file');
    assert.equal(plain.team.name, 'Team Noord');
    assert.equal(plain.format_version, 2, 'read and written in the current format');
    const csv = await download(page, 'Download als tabel (CSV)');
    assert.ok(!csv.includes('Sanne'), 'no members in the CSV');
    await share.getByRole('button', { name: 'Maak een link voor de trainer' }).click();
    const link = await page.getByLabel('Link voor de trainer').inputValue();

    await names.check();
    await contents.getByText('de namen van de teamleden: Sanne, Pieter').waitFor();
    const withNames = JSON.parse(await download(page, 'Download als bestand (JSON)'));
    assert.deepEqual(withNames.team.members, ['Sanne', 'Pieter']);
    await assertA11y(page, 'share panel with the names choice');

    // The link made without names adds a result without names.
    await page.goto(link);
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('mysterie.netwerk')));
    assert.equal(stored.results.length, 1);
    assert.equal(stored.results[0].team.members, undefined, 'the link carried no member names');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
