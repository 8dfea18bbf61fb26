// User story (Trainersstudio, issue #4): a trainer starts a new mystery in the
// studio and builds it through the form until the editor says "Speelbaar".
// They break a reference and see the Dutch error at the field and in the
// summary, and fix it; undo and redo work (buttons and keys) and a reload
// keeps the draft; they playtest the draft in the real game to the result
// screen and return to the editor. A draft with errors is not played.
//
// The tests run in order and share one page (one trainer's session).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  newPage,
  assertA11y,
  goodPlan,
  playWellFromIntro,
  startByClicking,
  phaseHeading,
  exactly,
} from './harness.mjs';

let server;
let browser;
let app;
let page;
/** The storage key of the new mystery (from the URL #/studio/<key>). */
let key;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  app = await newPage(browser);
  page = app.page;
});

after(async () => {
  await app?.close();
  await browser?.close();
  await server?.close();
});

/** The element id of the field at a problem path (src/pages/studio/editor/fields.rs). */
function fieldId(path) {
  return `veld-${path.split(/[^A-Za-z0-9_]+/).filter(Boolean).join('-')}`;
}

/** The input, select or text area of the field at `path`. */
function field(path) {
  return page.locator(`#${fieldId(path)}`);
}

/** The stored draft (mysterie.eigen.<key>), parsed. */
async function storedScenario() {
  const text = await page.evaluate((k) => localStorage.getItem(`mysterie.eigen.${k}`), key);
  return JSON.parse(text).scenario;
}

function playable() {
  return page.locator('.editor-status strong');
}

/** Open the collapsed clue item `n` (1-based) by its heading button. */
async function openClue(n) {
  const button = page.getByRole('heading', { level: 3, name: new RegExp(`^Aanwijzing ${n}\\b`) }).getByRole('button');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await field(`clues[${n - 1}].title`).waitFor();
}

test('a new mystery from the studio is built through the form until it is playable', async () => {
  await page.goto(new URL('#/studio', server.url).href);
  await page.getByRole('button', { name: 'Nieuw mysterie', exact: true }).click();
  await page.waitForURL(/#\/studio\/[^/]+$/);
  key = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/studio\//, ''));
  await page.getByRole('heading', { level: 1, name: /Bewerken: Nieuw mysterie/ }).waitFor();
  assert.match(await playable().textContent(), /^Nog niet speelbaar: \d+ fouten$/);

  // Algemeen and Casus, by their labels.
  await page.getByLabel('Titel', { exact: true }).fill('De brief van de gemeente');
  await page.getByLabel('Samenvatting', { exact: true }).fill('Een inwoner begrijpt een brief niet en mist een termijn.');
  await page.getByLabel('Titel van de casus', { exact: true }).fill('Een brief vol moeilijke woorden');
  await page.getByLabel('Alinea 1', { exact: true }).first().fill('Mevrouw Jansen krijgt een brief van de gemeente.');
  await page.getByLabel('Centrale vraag', { exact: true }).fill('Waarom stopte de bijstand van mevrouw Jansen?');
  await page.getByRole('heading', { level: 1, name: /Bewerken: De brief van de gemeente/ }).waitFor();

  // Personen and categorieën.
  await field('characters[0].name').fill('Mevrouw Jansen');
  await field('characters[0].role').fill('moeder van twee kinderen');
  // Her portrait: the trainer picks its colour; the preview follows each choice.
  const preview = page.locator(`#${fieldId('characters[0]')} .portrait-pick svg.portrait`);
  const fillSelector = `#${fieldId('characters[0]')} .portrait-pick svg.portrait circle`;
  const colourChanges = async (label) => {
    const before = await preview.locator('circle').first().getAttribute('fill');
    await field('characters[0].portrait_hue').selectOption({ label });
    await page.waitForFunction(([sel, was]) => document.querySelector(sel)?.getAttribute('fill') !== was, [fillSelector, before]);
  };
  await field('characters[0].portrait_hue').selectOption({ label: 'Rood' });
  await colourChanges('Blauw');
  await colourChanges('Paars');
  assert.equal(await preview.getAttribute('aria-hidden'), 'true', 'the preview is decoration: the select says the colour');
  await field('categories[0].name').fill('Brieven en regels');
  await field('categories[1].name').fill('Contact met de gemeente');

  // Three clues: open each, fill title and text, pick a perspective.
  const clues = [
    ['De brief', 'In de brief staat dat ze binnen zes weken moet reageren.'],
    ['Het telefoontje', 'Aan de telefoon krijgt ze geen uitleg over de brief.'],
    ['De termijn', 'Na zes weken stopt de bijstand tijdelijk.'],
  ];
  for (const [i, [title, text]] of clues.entries()) {
    await openClue(i + 1);
    await field(`clues[${i}].title`).fill(title);
    await field(`clues[${i}].text`).fill(text);
    await page.locator(`#${fieldId(`clues[${i}].perspectives`)}`).getByLabel('Juridisch').check();
  }
  // The third clue is told by Mevrouw Jansen: a voice with a speaker chosen by name.
  await field('clues[2].kind').selectOption({ label: 'Ervaring' });
  await field('clues[2].speaker').selectOption({ label: 'Persoon 1: Mevrouw Jansen' });

  await field('solution.summary').fill('De brief was onduidelijk en aan de telefoon kreeg ze geen uitleg.');
  await field('reflection.statements[0].text').fill('In onze gemeente zijn brieven goed te begrijpen.');
  await field('debrief.paragraphs[0]').fill('De gemeente schreef in moeilijke taal.');
  await field('debrief.discussion_questions[0]').fill('Hoe schrijven wij onze brieven?');
  for (let b = 0; b < 4; b++) {
    await field(`role_actions[${b}].actions[0].text`).fill('Lees een brief samen met een inwoner.');
  }

  const status = await playable().textContent();
  const summary = await page.locator('.editor-problem-list').textContent().catch(() => '');
  assert.equal(status, 'Speelbaar', `still not playable:\n${summary}`);
  // Saved as it was typed.
  await page.locator('.editor-saved').getByText('Opgeslagen').waitFor();
  const stored = await storedScenario();
  assert.equal(stored.title, 'De brief van de gemeente');
  assert.deepEqual(stored.solution.key_clues, [stored.clues[0].id, stored.clues[1].id]);
  assert.equal(stored.clues[2].speaker, stored.characters[0].id);
  assert.equal(stored.characters[0].portrait_hue, 270, 'the chosen colour is stored with the person');
  app.assertNoErrors();
});

test('a broken reference shows a Dutch error at the field and in the summary, and fixing it clears it', async () => {
  // Speaker "Niemand" on a voice clue: the clue needs a speaker.
  await openClue(3);
  const speaker = field('clues[2].speaker');
  await speaker.selectOption({ label: 'Niemand' });
  await assert.doesNotReject(() => playable().getByText('Nog niet speelbaar: 1 fout', { exact: true }).waitFor());
  assert.equal(await speaker.getAttribute('aria-invalid'), 'true');
  const describedBy = (await speaker.getAttribute('aria-describedby')).split(' ');
  const message = page.locator(`#${fieldId('clues[2].speaker')}-fout`);
  assert.ok(describedBy.includes(`${fieldId('clues[2].speaker')}-fout`), 'the message describes the select');
  // In plain Dutch: the card by its title, what the trainer sees, no field names.
  assert.match(await message.textContent(), /Fout: Bij de kaart ‘De termijn’ staat niet wie het zegt\..*Kies bij ‘Wie vertelt dit\?’ een persoon\./);
  assert.doesNotMatch(await message.textContent(), /speaker|voice|characters/);
  // The clue's heading counts the problem.
  await page.getByRole('button', { name: /^Aanwijzing 3: De termijn \(1 fout/ }).waitFor();
  // Axe with the errors showing (every clue open).
  await page.getByRole('button', { name: 'Alles openen' }).click();
  await assertA11y(page, 'editor with an error');

  // The summary lists it; choosing it opens the closed clue and moves focus to the select.
  await page.getByRole('button', { name: 'Alles sluiten' }).click();
  await field('clues[2].speaker').waitFor({ state: 'detached' });
  const entry = page.locator('.editor-problem-list').getByRole('button', { name: /Aanwijzing 3: De termijn: .*staat niet wie het zegt/ });
  await entry.click();
  await page.waitForFunction((id) => document.activeElement?.id === id, fieldId('clues[2].speaker'));

  // Fix it by choosing a person again.
  await field('clues[2].speaker').selectOption({ label: 'Persoon 1: Mevrouw Jansen' });
  await playable().getByText('Speelbaar', { exact: true }).waitFor();
  assert.equal(await field('clues[2].speaker').getAttribute('aria-invalid'), null);
  assert.equal(await page.locator(`#${fieldId('clues[2].speaker')}-fout`).textContent(), '');

  // An id that is taken is refused at the field; the draft keeps the old id.
  const categoryId = field('categories[0].id');
  await categoryId.fill('groep-2');
  await categoryId.press('Tab');
  await page.getByText('Er is al een categorie met id ‘groep-2’. Kies een ander id.').waitFor();
  assert.equal(await categoryId.getAttribute('aria-invalid'), 'true');
  assert.equal((await storedScenario()).categories[0].id, 'groep-1');
  // A good id renames the category and every clue that points to it.
  await categoryId.fill('brieven');
  await categoryId.press('Tab');
  await page.getByText(/Id veranderd in ‘brieven’\. 3 verwijzingen aangepast\./).waitFor();
  const stored = await storedScenario();
  assert.deepEqual(
    stored.clues.map((c) => c.category),
    ['brieven', 'brieven', 'brieven'],
  );
  assert.equal(await categoryId.getAttribute('aria-invalid'), null);
  app.assertNoErrors();
});

test('the trainer adds a session plan and a probe question in the Draaiboek section; the draft stays playable', async () => {
  await page.getByRole('navigation', { name: 'Onderdelen van het mysterie' }).getByRole('button', { name: 'Draaiboek' }).click();
  await page.getByRole('button', { name: 'Sessieplan toevoegen' }).click();
  await field('session_plans[0].minutes').waitFor();
  assert.equal(await field('session_plans[0].minutes').inputValue(), '60');
  // Change one phase: the plan no longer adds up, and the editor says so at the plan.
  await field('session_plans[0].phases.intro').fill('9');
  await page.locator(`#${fieldId('session_plans[0].phases')}-fout`).getByText(/samen 63 minuten/).waitFor();
  await field('session_plans[0].phases.intro').fill('6');
  await page.getByRole('button', { name: 'Doorvraag toevoegen' }).click();
  await field('facilitator.probes[0].question').fill('Wat vinden jullie van deze kaart?');
  await page.getByRole('button', { name: 'Voorbeeldantwoord toevoegen' }).click();
  await field('facilitator.example_answers[0].text').fill('De brief was moeilijk.');
  await page.locator('.editor-saved').getByText('Opgeslagen').waitFor();
  const stored = await storedScenario();
  assert.equal(stored.session_plans[0].minutes, 60);
  assert.equal(Object.values(stored.session_plans[0].phases).reduce((a, b) => a + b, 0), 60);
  assert.equal(stored.facilitator.probes[0].question, 'Wat vinden jullie van deze kaart?');
  assert.ok(stored.clues.some((c) => c.id === stored.facilitator.probes[0].clue), 'the probe points at a real clue');
  assert.deepEqual(stored.facilitator.example_answers, [{ level: 1, text: 'De brief was moeilijk.' }]);
  assert.equal(await playable().textContent(), 'Speelbaar');
  await assertA11y(page, 'editor with the Draaiboek section filled in');
  app.assertNoErrors();
});

test('undo and redo restore and redo an edit; typing in one field is one step; a reload keeps the draft', async () => {
  const caseTitle = field('case.title');
  await caseTitle.click();
  await caseTitle.press('End');
  await page.keyboard.type(' en een termijn');
  await caseTitle.press('Tab');
  assert.equal(await caseTitle.inputValue(), 'Een brief vol moeilijke woorden en een termijn');

  // One click undoes all the typing in that field.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  assert.equal(await caseTitle.inputValue(), 'Een brief vol moeilijke woorden');
  await page.getByText('Stap ongedaan gemaakt.').waitFor();
  await page.getByRole('button', { name: 'Opnieuw doen' }).click();
  assert.equal(await caseTitle.inputValue(), 'Een brief vol moeilijke woorden en een termijn');

  // Keys: Ctrl+Z and Ctrl+Y with focus on a button of the editor.
  await page.getByRole('button', { name: 'Opnieuw doen' }).focus();
  await page.keyboard.press('Control+z');
  assert.equal(await caseTitle.inputValue(), 'Een brief vol moeilijke woorden');
  await page.keyboard.press('Control+y');
  assert.equal(await caseTitle.inputValue(), 'Een brief vol moeilijke woorden en een termijn');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+Z');
  assert.equal(await caseTitle.inputValue(), 'Een brief vol moeilijke woorden en een termijn');

  // Undo also brings back a removed clue with its references.
  // A key clue is used elsewhere, so the editor asks first (issue 16).
  await page.getByRole('button', { name: 'Aanwijzing 1: De brief verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijder de kaart' }).click();
  await page.getByText(/De kaart ‘De brief’ is ook uit de kernaanwijzingen gehaald\./).waitFor();
  await playable().getByText(/^Nog niet speelbaar/).waitFor();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await playable().getByText('Speelbaar', { exact: true }).waitFor();
  assert.deepEqual((await storedScenario()).solution.key_clues, ['spoor-1', 'spoor-2']);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Bewerken: De brief van de gemeente/ }).waitFor();
  assert.equal(await field('case.title').inputValue(), 'Een brief vol moeilijke woorden en een termijn');
  assert.equal(await field('categories[0].id').inputValue(), 'brieven');
  await playable().getByText('Speelbaar', { exact: true }).waitFor();
  app.assertNoErrors();
});

test('the draft is playtested in the real game to the result screen, and the trainer returns to the editor', async () => {
  await page.getByRole('link', { name: 'Speeltest' }).click();
  await page.waitForURL(new RegExp(`#/studio/${key}/speeltest$`));
  const bar = page.getByRole('region', { name: 'Speeltest' });
  await bar.getByText('Speeltest van je concept').waitFor();
  await assertA11y(page, 'playtest start form');
  await startByClicking(page, 'Testteam');
  const scenario = await storedScenario();
  await playWellFromIntro(page, scenario, goodPlan(scenario));
  await assertA11y(page, 'playtest result');
  await bar.getByRole('link', { name: 'Terug naar de studio' }).click();
  await page.waitForURL(new RegExp(`#/studio/${key}$`));
  await page.getByRole('heading', { level: 1, name: /Bewerken: De brief van de gemeente/ }).waitFor();

  // After an edit, a new playtest starts cleanly: "Opnieuw beginnen" gives the start form.
  await page.getByRole('button', { name: 'Aanwijzing toevoegen' }).click();
  await field('clues[3].title').fill('Een folder');
  await field('clues[3].text').fill('In de folder staat waar je hulp krijgt.');
  await page.locator(`#${fieldId('clues[3].perspectives')}`).getByLabel('Sociaal-maatschappelijk').check();
  await playable().getByText('Speelbaar', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Speeltest' }).click();
  await bar.waitFor();
  await bar.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await page.getByRole('button', { name: 'Start het mysterie' }).waitFor();
  await startByClicking(page, 'Tweede team');
  await phaseHeading(page, 'De zaak').waitFor();
  app.assertNoErrors();
});

test('a draft with errors is not played: the playtest lists the errors and links back', async () => {
  await page.goto(new URL(`#/studio/${key}`, server.url).href);
  await page.getByLabel('Titel', { exact: true }).fill('');
  await playable().getByText('Nog niet speelbaar: 1 fout', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Speeltest' }).click();
  await page.getByRole('alert').getByText(/kan nog niet gespeeld worden: er is nog 1 fout\./).waitFor();
  await page.getByText(/^Algemeen: De titel \(title\) is leeg/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Start het mysterie' }).count(), 0);
  await assertA11y(page, 'playtest refused');
  await page.getByRole('link', { name: 'Terug naar de studio' }).click();
  await page.getByRole('heading', { level: 1, name: exactly('Bewerken: Nieuw mysterie') }).waitFor();
  app.assertNoErrors();
});

test('with 25 clues, all open, typing stays quick and nothing breaks', async () => {
  await page.goto(new URL(`#/studio/${key}`, server.url).href);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const add = page.getByRole('button', { name: 'Aanwijzing toevoegen' });
  while ((await page.locator('.editor-clue').count()) < 25) await add.click();
  await page.getByRole('button', { name: 'Alles openen' }).click();
  await field('clues[24].title').waitFor();
  // Time from an input event to the next frame after it, as a person typing would feel it.
  const timings = await page.evaluate(async (id) => {
    const el = document.getElementById(id);
    el.focus();
    const times = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      el.value += 'x';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  }, fieldId('clues[12].title'));
  const median = timings[10];
  // Generous: the machine running the tests may be busy (measured ~20 ms on 2 cores).
  assert.ok(median < 150, `typing takes ${median.toFixed(1)} ms per key (median) with 25 clues`);
  // The 20 keystrokes in one field are one undo step.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  assert.equal(await field('clues[12].title').inputValue(), '');
  app.assertNoErrors();
});
