// User story: a team finishes a mystery, ticks the actions it commits to,
// prints or downloads its result and hands it to the trainer as a file or a
// link. The trainer loads many results into the learning-network view, sees
// the teams side by side (chart, tables, actions), filters and anonymises,
// and gets a clear message for a broken or foreign file while the rest shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  startServer,
  launchBrowser,
  newPage,
  bundledMystery,
  goodPlan,
  playWellFromIntro,
  phaseHeading,
  labelOf,
  assertA11y,
  exactly,
  openResultFolds,
} from './harness.mjs';

let server;
let browser;
const { entry, scenario } = bundledMystery();
const plan = goodPlan(scenario);
/** What the team's browser produced; filled by the first test. */
const made = { json: null, csv: null, link: null, jsonName: null };

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

/** Play the bundled mystery well up to the result screen (start form filled in). */
async function playToResult(page) {
  await page.goto(new URL(`#/mysterie/${entry.id}`, server.url).href);
  await page.getByLabel('Naam van jullie team').fill('Team Oost');
  await page.getByLabel('Gemeente').fill('Utrecht');
  await page.getByLabel('Soort organisatie(s)').fill('Wijkteam');
  await page.getByRole('button', { name: 'Start het mysterie' }).click();
  await phaseHeading(page, 'De zaak').waitFor();
  await playWellFromIntro(page, scenario, plan);
}

/** Click a download button and return {name, text} of the downloaded file. */
async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const text = fs.readFileSync(await file.path(), 'utf8');
  return { name: file.suggestedFilename(), text };
}

/** Another team's result, made from the exported one. */
function variant(json, { name, id, municipality, organisation, values, chooseFirst = 0 }) {
  const r = JSON.parse(json);
  r.id = id;
  r.team.name = name;
  r.team.members = [`Lid van ${name}`];
  if (municipality) r.team.municipality = municipality;
  else delete r.team.municipality;
  if (organisation) r.team.organisation_type = organisation;
  else delete r.team.organisation_type;
  r.reflection.profile = BOUWSTENEN.map((bouwsteen, i) => ({ bouwsteen, value: values[i] }));
  r.actions.forEach((role) => role.actions.forEach((a) => (a.chosen = false)));
  for (let i = 0; i < chooseFirst; i++) r.actions[i].actions[0].chosen = true;
  return JSON.stringify(r, null, 2);
}

const asFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

async function openNetwork(options = {}) {
  const app = await newPage(browser, options);
  await app.page.goto(new URL('#/netwerk', server.url).href);
  await app.page.getByRole('heading', { level: 1, name: 'Lerend netwerk: resultaten vergelijken' }).waitFor();
  return app;
}

/** The three teams' files: the exported result and two variants. */
function threeFiles() {
  return [
    asFile(made.jsonName, made.json),
    asFile(
      'west.json',
      variant(made.json, {
        name: 'Team West',
        id: '00000000000000a1',
        municipality: 'Zwolle',
        organisation: 'Gemeente',
        values: [0, 50, null, 100, 50, null, 25],
        chooseFirst: 2,
      }),
    ),
    asFile(
      'noord.json',
      variant(made.json, {
        name: 'Team Noord',
        id: '00000000000000b2',
        municipality: 'utrecht',
        organisation: 'Gemeente',
        values: [100, 50, null, 50, 50, null, 75],
        chooseFirst: 1,
      }),
    ),
  ];
}

test('a team plays, ticks actions, and exports its result as JSON, CSV and a link', async () => {
  const app = await newPage(browser);
  const { page } = app;
  try {
    await playToResult(page);
    // The facts the result screen has always shown are still there.
    const onderzoek = page.getByRole('region', { name: 'Onderzoek' });
    assert.equal((await onderzoek.locator('.score').innerText()).replace(/\s+/g, ' ').trim(), '100 van 100');
    await page.getByRole('region', { name: 'Oplossing' }).getByText(/^Niveau 4 van 4: /).waitFor();
    await openResultFolds(page);
    await page.getByText(scenario.solution.summary, { exact: true }).waitFor();
    await page.getByText(scenario.debrief.paragraphs[0], { exact: true }).waitFor();
    for (const { role } of scenario.role_actions) {
      await page.getByRole('heading', { level: 3, name: labelOf(role), exact: true }).waitFor();
    }
    // New: who played, the radar with its table, the perspectiefcirkel.
    await page.getByText('Utrecht', { exact: true }).first().waitFor();
    await page.getByRole('img', { name: /^Bouwstenen-profiel van Team Oost/ }).waitFor();
    await page.getByText('Bekijk de waarden als tabel').click();
    const table = page.getByRole('table', { name: 'Bouwstenen-profiel van Team Oost' });
    assert.equal(await table.locator('tbody tr').count(), 7, 'seven bouwstenen in the table');
    const circle = page.getByRole('region', { name: 'De perspectiefcirkel' });
    for (const side of ['Juridisch', 'Financieel-economisch', 'Sociaal-maatschappelijk']) {
      await circle.getByText(`${side}: houdt stand`).waitFor();
    }

    // Tick two actions; the choice survives a reload.
    const bestuurder = page.getByRole('region', { name: 'Bestuurder', exact: true });
    const uitvoering = page.getByRole('region', { name: 'Uitvoeringsprofessional', exact: true });
    await bestuurder.getByRole('checkbox').first().check();
    await page.getByText('Actie gekozen.').waitFor();
    await uitvoering.getByRole('checkbox').first().check();
    await page.reload();
    await phaseHeading(page, 'Resultaat').waitFor();
    assert.ok(await page.getByRole('region', { name: 'Bestuurder', exact: true }).getByRole('checkbox').first().isChecked());
    assert.ok(await page.getByRole('region', { name: 'Uitvoeringsprofessional', exact: true }).getByRole('checkbox').first().isChecked());
    await assertA11y(page, 'result screen with exports');

    // Nothing leaves the browser unless the team shares it: the UI says so.
    await page.getByText('Alles blijft in deze browser. Er gaat niets naar een server, tenzij jullie zelf een bestand of link delen.').waitFor();

    const json = await download(page, 'Download als bestand (JSON)');
    assert.match(json.name, new RegExp(`^resultaat-${entry.id}-team-oost-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const result = JSON.parse(json.text);
    assert.equal(result.format, 'mysterie-resultaat');
    assert.equal(result.format_version, 2);
    assert.equal(result.team.name, 'Team Oost');
    assert.equal(result.team.municipality, 'Utrecht');
    assert.equal(result.team.organisation_type, 'Wijkteam');
    assert.equal(result.investigation.score, 100);
    assert.equal(result.reflection.profile.length, 7);
    assert.equal(result.actions.flatMap((r) => r.actions).filter((a) => a.chosen).length, 2, 'the two ticked actions');
    assert.deepEqual(result.debrief.paragraphs, scenario.debrief.paragraphs);
    made.json = json.text;
    made.jsonName = json.name;

    const csv = await download(page, 'Download als tabel (CSV)');
    assert.match(csv.name, /\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines.length, 2, 'a header and one row');
    assert.ok(lines[0].startsWith('Datum;Mysterie;'), lines[0]);
    assert.ok(lines[1].includes(';Team Oost;'), lines[1]);

    await page.getByRole('button', { name: 'Maak een link voor de trainer' }).click();
    const link = await page.getByLabel('Link voor de trainer').inputValue();
    assert.ok(link.startsWith(`${server.url}trainer.html#/netwerk/toevoegen/2.`), link.slice(0, 80));
    assert.ok(link.length < 8000, `the link is ${link.length} characters`);
    made.link = link;
    await assertA11y(page, 'result screen with the link shown');

    // On paper (A4 print stylesheet): the result, without buttons or the share panel.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.getByRole('region', { name: 'Onderzoek' }).isVisible(), 'scores are printed');
    assert.ok(await page.locator('.radar-chart').isVisible(), 'the radar is printed');
    assert.ok(await page.getByRole('region', { name: 'De perspectiefcirkel' }).isVisible());
    assert.ok(await page.getByText(scenario.debrief.paragraphs[0], { exact: true }).isVisible(), 'the debrief is printed');
    assert.equal(await page.getByRole('region', { name: 'Bewaren en delen' }).isVisible(), false, 'no share panel on paper');
    assert.equal(await page.getByRole('button', { name: 'Opnieuw spelen' }).isVisible(), false, 'no buttons on paper');
    assert.equal(await page.locator('.site-header').isVisible(), false, 'no site header on paper');
    await page.emulateMedia({ media: 'screen' });

    // The result is in this device's history.
    await page.getByRole('link', { name: 'Eerdere resultaten' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Eerdere resultaten' }).waitFor();
    await page.getByRole('heading', { level: 2, name: scenario.title }).waitFor();
    await assertA11y(page, 'earlier results');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('the learning network: three results files side by side, filtered and anonymised', async () => {
  assert.ok(made.json, 'the first test exported a result');
  const app = await openNetwork();
  const { page } = app;
  try {
    await page.getByText(/Er gaat niets naar een server/).first().waitFor();
    await page.getByText('Er staan nog geen resultaten in dit overzicht.', { exact: false }).waitFor();
    await assertA11y(page, 'empty network view');

    await page.getByLabel('Kies resultaat-bestanden (.json)').setInputFiles(threeFiles());
    await page.getByRole('status').filter({ hasText: '3 resultaat/resultaten toegevoegd.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 3 teams' }).waitFor();

    // Three teams in the chart (plus the mean) and in the table.
    const chart = page.getByRole('img', { name: /^Bouwstenen-profiel per team \(3 teams\)/ });
    await chart.waitFor();
    assert.equal(await page.locator('.radar-chart .radar-series').count(), 4, 'three teams and the mean');
    const legend = page.getByRole('list', { name: 'Lijnen in de grafiek' });
    assert.deepEqual(
      (await legend.getByRole('listitem').allInnerTexts()).map((t) => t.trim()),
      ['Team Oost (Utrecht)', 'Team West (Zwolle)', 'Team Noord (utrecht)', 'Gemiddelde'],
    );
    const teams = page.locator('#netwerk-teams tbody tr');
    assert.equal(await teams.count(), 3);
    const west = page.locator('#netwerk-teams tbody tr', { hasText: 'Team West' });
    assert.equal((await west.locator('td').nth(2).innerText()).trim(), '100', 'investigation score');

    // Per bouwsteen: mean and spread over the teams that answered.
    const oost = JSON.parse(made.json).reflection.profile;
    const aanbod = [oost[0].value, 0, 100].filter((v) => v !== null);
    const mean = aanbod.reduce((a, b) => a + b, 0) / aanbod.length;
    const sd = Math.sqrt(aanbod.reduce((a, v) => a + (v - mean) ** 2, 0) / aanbod.length);
    const row = page.locator('.stats-table tbody tr').first();
    const cells = await row.locator('td').allInnerTexts();
    assert.equal(cells[0], mean.toFixed(1).replace('.', ','), 'mean of aanbod');
    assert.equal(cells[1], sd.toFixed(1).replace('.', ','), 'population spread of aanbod');
    assert.equal(cells[3], String(aanbod.length));
    await page.getByText(/^Sterkst: .+\. Zwakst: .+\.$/).waitFor();

    // Actions grouped by bouwsteen, with the teams that chose them.
    await page.getByRole('heading', { level: 3, name: 'Actiepunten per bouwsteen' }).waitFor();
    assert.ok((await page.locator('.action-group').count()) >= 1);
    await page.locator('.action-group li', { hasText: 'Team West' }).first().waitFor();
    await assertA11y(page, 'network view with three teams');

    // Filters: by municipality (case does not matter), by organisation type, by mystery.
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Utrecht' });
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 2 teams' }).waitFor();
    await page.getByLabel('Soort organisatie', { exact: true }).selectOption({ label: 'Gemeente' });
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    assert.equal((await page.locator('#netwerk-teams tbody th').innerText()).trim(), 'Team Noord (utrecht)');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Alle gemeenten' });
    await page.getByLabel('Soort organisatie', { exact: true }).selectOption({ label: 'Alle soorten' });
    await page.getByLabel('Mysterie', { exact: true }).selectOption({ label: scenario.title });
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 3 teams' }).waitFor();

    // Anonymise: no team or member names on screen or in the download.
    await page.getByLabel('Namen weghalen (anoniem)').check();
    await page.locator('#netwerk-teams tbody th', { hasText: 'Team 2 (Gemeente B)' }).waitFor();
    const body = await page.locator('.overview').innerText();
    for (const name of ['Team Oost', 'Team West', 'Team Noord']) assert.ok(!body.includes(name), `${name} is hidden`);
    const csv = await download(page, 'Download tabel (CSV)');
    for (const name of ['Team Oost', 'Team West', 'Lid van']) assert.ok(!csv.text.includes(name), `${name} not in the CSV`);
    assert.equal(csv.text.trim().split('\r\n').length, 4, 'a header and three rows');
    await assertA11y(page, 'network view, anonymous');

    // The set survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 3 teams' }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('a broken, foreign or huge file gets its own message and the rest still shows', async () => {
  assert.ok(made.json, 'the first test exported a result');
  const app = await openNetwork();
  const { page } = app;
  try {
    const broken = asFile('kapot.json', made.json.slice(0, made.json.length / 2));
    const mystery = asFile('mysterie.json', JSON.stringify(scenario));
    const huge = asFile('groot.json', `{"x": "${'a'.repeat(1_100_000)}"}`);
    await page.getByLabel('Kies resultaat-bestanden (.json)').setInputFiles([...threeFiles(), broken, mystery, huge]);
    await page.getByRole('status').filter({ hasText: '3 toegevoegd, 3 niet gelukt.' }).waitFor();
    const reports = page.getByRole('list', { name: 'Wat er met elk bestand gebeurde' });
    await reports.getByRole('listitem').filter({ hasText: 'kapot.json' }).filter({ hasText: 'geen geldige JSON' }).waitFor();
    await reports.getByRole('listitem').filter({ hasText: 'mysterie.json' }).filter({ hasText: 'Dit is een mysterie, geen resultaat' }).waitFor();
    await reports.getByRole('listitem').filter({ hasText: 'groot.json' }).filter({ hasText: 'te groot' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 3 teams' }).waitFor();
    assert.equal(await page.locator('#netwerk-teams tbody tr').count(), 3);
    await assertA11y(page, 'network view with file problems');

    // Just a broken file: its message, and the teams already there stay.
    await page.getByLabel('Kies resultaat-bestanden (.json)').setInputFiles([broken]);
    await page.getByRole('status').filter({ hasText: 'Niet gelukt: 1 bestand(en) of link.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 3 teams' }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('files can be dropped on the drop zone', async () => {
  assert.ok(made.json, 'the first test exported a result');
  const app = await openNetwork();
  const { page } = app;
  try {
    await page.locator('.drop-zone').evaluate((zone, files) => {
      const data = new DataTransfer();
      for (const { name, text } of files) data.items.add(new File([text], name, { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, threeFiles().map((f) => ({ name: f.name, text: f.buffer.toString('utf8') })));
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 3 teams' }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('opening a result link adds the result to the trainer\'s network view, once', async () => {
  assert.ok(made.link, 'the first test made a link');
  const app = await newPage(browser);
  const { page } = app;
  try {
    await page.goto(made.link);
    await page.getByRole('heading', { level: 1, name: 'Lerend netwerk: resultaten vergelijken' }).waitFor();
    await page.getByText('Toegevoegd: Team Oost', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    // The link is gone from the address bar, so a reload does not add it again.
    assert.ok(page.url().endsWith('#/netwerk'), page.url());
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    // Results from a link carry no debrief, but everything the network needs.
    await page.locator('#netwerk-teams tbody th', { hasText: exactly('Team Oost (Utrecht)') }).waitFor();

    // The same result as a file replaces the link's copy instead of doubling it.
    await page.getByLabel('Kies resultaat-bestanden (.json)').setInputFiles([asFile(made.jsonName, made.json)]);
    await page.getByText('Stond er al: Team Oost', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();

    // A different result with the same id (a score changed by hand) is never taken silently.
    const changed = JSON.parse(made.json);
    changed.investigation.score = (changed.investigation.score + 7) % 100;
    await page.getByLabel('Kies resultaat-bestanden (.json)').setInputFiles([asFile('veranderd.json', JSON.stringify(changed))]);
    await page.getByText('Er staat al een ander resultaat van dit spel', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Houd wat er stond' }).click();
    await page.getByText('Het resultaat dat er al stond, is gebleven.').waitFor();
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('mysterie.netwerk')).results[0].investigation.score);
    assert.equal(kept, JSON.parse(made.json).investigation.score, 'the stored score is unchanged');

    // A damaged link says so: cut short, or one character changed in the middle.
    await page.goto(made.link.slice(0, made.link.length - 40));
    await page.getByText('Deze link is beschadigd of niet compleet', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    const middle = Math.floor(made.link.length * 0.6);
    const flipped = made.link.slice(0, middle) + (made.link[middle] === 'A' ? 'B' : 'A') + made.link.slice(middle + 1);
    await page.goto(flipped);
    await page.getByText('Niet gelukt. Deze link is beschadigd of niet compleet', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Overzicht: 1 team' }).waitFor();
    // A link that lost its result on the way gets a message, not the library.
    await page.goto(`${server.url}#/netwerk/toevoegen/`);
    await page.getByText('Deze link is leeg', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Lerend netwerk: resultaten vergelijken' }).waitFor();
    await assertA11y(page, 'network view after a link');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('earlier results can be viewed and deleted', async () => {
  const app = await newPage(browser);
  const { page } = app;
  try {
    // Put the exported result in this fresh browser's history, as the result screen does.
    await page.goto(server.url);
    await page.evaluate((json) => {
      localStorage.setItem('mysterie.resultaten', JSON.stringify({ saved_version: 1, results: [JSON.parse(json)] }));
    }, made.json);
    await page.goto(new URL('#/resultaten', server.url).href);
    const item = page.getByRole('article', { name: scenario.title });
    await item.getByRole('link', { name: /^Bekijk/ }).click();
    await page.getByRole('heading', { level: 1, name: `Resultaat: ${scenario.title}` }).waitFor();
    await openResultFolds(page);
    await page.getByText(scenario.debrief.paragraphs[0], { exact: true }).waitFor();
    await page.getByText('Gekozen: ', { exact: false }).first().waitFor();
    await assertA11y(page, 'one earlier result');

    await page.getByRole('link', { name: 'Terug naar eerdere resultaten' }).click();
    await page.getByRole('button', { name: /^Verwijder/ }).click();
    await page.getByRole('button', { name: 'Ja, verwijder' }).click();
    await page.getByText('Er zijn nog geen resultaten op dit apparaat.', { exact: false }).waitFor();
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('mysterie.resultaten')).results.length), 0);
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
