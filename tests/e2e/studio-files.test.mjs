// User story (Trainersstudio, issue #4): a trainer keeps their own mysteries in
// the browser. They make a new one or a copy of a bundled one, export it as a
// file and read files in again; bad files are refused one by one with a clear
// message and nothing stored is touched; own mysteries show in the library,
// marked, and can be deleted and put back; every mystery can be printed as a
// card set on A4.
//
// Expectations come from the mystery files and from the canonical export form
// (serde's pretty JSON = JSON.stringify(value, null, 2) plus a newline).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer,
  launchBrowser,
  newPage,
  assertA11y,
  readLibrary,
  readScenario,
  readMysteryText,
  exactly,
  escapeRegExp,
} from './harness.mjs';

let server;
let browser;
const library = readLibrary();
const first = library.mysteries[0];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The canonical file text of a scenario (what transfer::export writes). */
function canonical(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A page that records dialogs and counts which files the app read (Blob.text). */
async function studioPage() {
  const app = await newPage(browser, { acceptDownloads: true });
  app.dialogs = [];
  app.page.on('dialog', async (d) => {
    app.dialogs.push(d.message());
    await d.dismiss();
  });
  await app.page.addInitScript(() => {
    window.__readFiles = [];
    const text = Blob.prototype.text;
    Blob.prototype.text = function () {
      if (this instanceof File) window.__readFiles.push(this.name);
      return text.call(this);
    };
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await go(app.page, 'studio');
  await app.page.getByRole('heading', { level: 1, name: 'Trainersstudio' }).waitFor();
  return app;
}

async function go(page, route) {
  await page.goto(new URL(`#/${route}`, server.url).href);
}

/** Every own mystery as stored: {key: text}. */
async function storedOwn(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('mysterie.eigen.')) out[k] = localStorage.getItem(k);
    }
    return out;
  });
}

/** The own mysteries' scenarios, parsed from storage. */
async function ownScenarios(page) {
  return Object.values(await storedOwn(page)).map((t) => JSON.parse(t).scenario);
}

/** The list item of an own mystery in the studio, by its title. */
function ownItem(page, title) {
  return page.getByRole('list', { name: 'Mijn eigen mysteries' }).getByRole('article', { name: exactly(title) });
}

/** Click a button and return {name, text} of the downloaded file. */
async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

/** Choose files in "Bestand importeren": [{name, text}] or paths; returns the report list. */
async function importFiles(page, files) {
  const input = page.getByLabel('Bestand importeren (.json)');
  await input.setInputFiles(
    files.map((f) =>
      typeof f === 'string' ? f : { name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) },
    ),
  );
  await page.getByRole('status').filter({ hasText: /^Klaar:/ }).waitFor();
  return page.getByRole('list', { name: 'Wat er met elk bestand gebeurde' });
}

/** The report of one file: the item that starts with "<name>: ". */
function report(list, name) {
  const label = list.page().locator('strong', { hasText: new RegExp(`^${escapeRegExp(name)}:\\s*$`) });
  return list.locator(':scope > li').filter({ has: label });
}

/** The copy of `scenario` the studio makes: "<id>-kopie", "(kopie)", not core. */
function copyOf(scenario) {
  const copy = { ...scenario, id: `${scenario.id}-kopie`, title: `${scenario.title} (kopie)` };
  delete copy.core;
  return copy;
}

test('the bundled files are in the canonical export form (premise of the byte comparisons)', () => {
  for (const entry of library.mysteries) {
    const text = readMysteryText(entry.file);
    assert.equal(canonical(JSON.parse(text)), text, `${entry.file} is in canonical form`);
  }
});

test('copy a bundled mystery, export it, re-import it as a replacement: byte-identical', async () => {
  const app = await studioPage();
  const { page } = app;
  try {
    await page.getByText('Je hebt nog geen eigen mysteries.', { exact: false }).waitFor();
    await assertA11y(page, 'studio, empty');

    // "Kopie maken van" the first bundled mystery: opens the editor of the copy.
    await page.getByLabel('Kopie maken van').selectOption(first.id);
    await page.getByRole('button', { name: 'Kopie maken', exact: true }).click();
    await page.waitForURL(/#\/studio\/[0-9a-z]+$/);
    const key = page.url().split('/').pop();
    const scenario = readScenario(first.file);
    const expected = canonical(copyOf(scenario));

    await go(page, 'studio');
    const item = ownItem(page, `${scenario.title} (kopie)`);
    await item.waitFor();
    await item.getByText(`${scenario.id}-kopie`, { exact: true }).waitFor();
    await item.getByText('Speelbaar', { exact: true }).waitFor();
    await item.getByText(/^\d\d-\d\d-\d{4} om \d\d:\d\d$/).waitFor();
    assert.equal(
      await item.getByRole('link', { name: /^Bewerken/ }).getAttribute('href'),
      `trainer.html#/studio/${key}`,
      'Bewerken opens the editor',
    );
    assert.equal(await item.getByRole('link', { name: /^Speeltest/ }).getAttribute('href'), `trainer.html#/studio/${key}/speeltest`);
    assert.equal(await item.getByRole('link', { name: /^Afdrukken/ }).getAttribute('href'), `trainer.html#/afdrukken/${scenario.id}-kopie`);

    const exported = await download(page, item.getByRole('button', { name: /^Exporteren/ }));
    assert.equal(exported.name, `${scenario.id}-kopie.json`);
    assert.equal(exported.text, expected, 'export = the bundled file with the new id and title');
    await page.getByRole('status').filter({ hasText: `${scenario.id}-kopie.json staat in je downloads` }).waitFor();
    await assertA11y(page, 'studio with an own mystery');

    // Re-import: the id is already an own mystery's. Nothing happens until a choice.
    const before = await storedOwn(page);
    let list = await importFiles(page, [{ name: exported.name, text: exported.text }]);
    let r = report(list, exported.name);
    await r.getByText(`Je hebt al een eigen mysterie met id ${scenario.id}-kopie`, { exact: false }).waitFor();
    assert.deepEqual(await storedOwn(page), before, 'nothing stored before a choice');
    await assertA11y(page, 'studio, import waiting for a choice');
    await r.getByRole('button', { name: 'Vervangen' }).click();
    await r.getByText(/^Vervangen: /).waitFor();
    await page.getByRole('button', { name: 'Terugzetten', exact: true }).waitFor();
    const afterReplace = await storedOwn(page);
    assert.equal(Object.keys(afterReplace).length, 1, 'still one own mystery');
    assert.notDeepEqual(Object.keys(afterReplace), Object.keys(before), 'the import is stored under a new key');
    const again = await download(page, ownItem(page, `${scenario.title} (kopie)`).getByRole('button', { name: /^Exporteren/ }));
    assert.equal(again.text, exported.text, 'export after the round trip is byte-identical');

    // The replaced version is kept among the deleted ones.
    const deleted = page.getByRole('region', { name: 'Verwijderde mysteries' });
    await deleted.getByRole('button', { name: `Terugzetten: ${scenario.title} (kopie)` }).waitFor();

    // Replace once more and undo it at once with "Terugzetten": the version before is back.
    list = await importFiles(page, [{ name: exported.name, text: exported.text }]);
    await report(list, exported.name).getByRole('button', { name: 'Vervangen' }).click();
    await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'De oude versie staat weer in de lijst' }).waitFor();
    assert.deepEqual(await storedOwn(page), afterReplace, 'the version before the last replacement is back, unchanged');

    // "Als kopie toevoegen": a new id, the original untouched.
    list = await importFiles(page, [{ name: exported.name, text: exported.text }]);
    r = report(list, exported.name);
    await r.getByRole('button', { name: 'Als kopie toevoegen' }).click();
    await r.getByText(/^Als kopie toegevoegd: /).waitFor();
    const ids = (await ownScenarios(page)).map((s) => s.id).sort();
    assert.deepEqual(ids, [`${scenario.id}-kopie`, `${scenario.id}-kopie-kopie`]);
    const [k] = Object.keys(afterReplace);
    assert.equal((await storedOwn(page))[k], afterReplace[k], 'the first is unchanged');

    // The bundled file itself: its id is taken by a bundled mystery: only a copy is offered.
    list = await importFiles(page, [{ name: first.file, text: readMysteryText(first.file) }]);
    r = report(list, first.file);
    await r.getByText(`Er is al een meegeleverd mysterie met id ${first.id}`, { exact: false }).waitFor();
    await r.getByRole('button', { name: 'Als kopie toevoegen' }).waitFor();
    assert.equal(await r.getByRole('button', { name: 'Vervangen' }).count(), 0, 'a bundled mystery cannot be replaced');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('bad files are each refused with their own message; nothing stored changes', async () => {
  const app = await studioPage();
  const { page } = app;
  const scenario = readScenario(first.file);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mysterie-bestanden-'));
  const big = path.join(dir, 'groot.json');
  try {
    // Something stored already, that no import may harm.
    await page.getByRole('button', { name: 'Nieuw mysterie', exact: true }).click();
    await page.waitForURL(/#\/studio\/[0-9a-z]+$/);
    await go(page, 'studio');
    await page.getByRole('list', { name: 'Mijn eigen mysteries' }).waitFor();
    const before = await storedOwn(page);
    assert.equal(Object.keys(before).length, 1);

    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 50 * 1024 * 1024);

    const newer = { ...scenario, format_version: 99, id: 'nieuwer' };
    const speaker = structuredClone(scenario);
    const voice = speaker.clues.findIndex((c) => c.speaker);
    speaker.clues[voice].speaker = 'niemand-bekend';
    const shape = { ...scenario, title: 5 };
    const files = {
      'kapot.json': '{\n  "format_version": 1,\n  "id": "kapot",,\n}',
      'nieuwer.json': canonical(newer),
      'vorm.json': canonical(shape),
      'spreker.json': canonical(speaker),
    };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const list = await importFiles(page, [...Object.keys(files).map((n) => path.join(dir, n)), big]);
    await report(list, 'kapot.json').getByText(/geen geldige JSON\. De fout zit op regel 3, kolom \d+/).waitFor();
    await report(list, 'nieuwer.json').getByText(/formaatversie 99.*maak de app bij/).waitFor();
    const shapeReport = report(list, 'vorm.json');
    await shapeReport.getByText('Niet ingelezen.', { exact: false }).waitFor();
    assert.equal(await shapeReport.locator('code').textContent(), 'title', 'the shape error names the field');
    await report(list, path.basename(big)).getByText(/te groot: 50 MB/).waitFor();
    assert.deepEqual(
      await page.evaluate(() => window.__readFiles),
      ['kapot.json', 'nieuwer.json', 'vorm.json', 'spreker.json'],
      'the 50 MB file was refused without being read',
    );
    const faulty = report(list, 'spreker.json');
    await faulty.getByText('is nog niet speelbaar', { exact: false }).waitFor();
    await faulty.getByRole('listitem').filter({ hasText: `clues[${voice}].speaker` }).first().waitFor();
    assert.deepEqual(await storedOwn(page), before, 'nothing stored or changed by the bad files');
    await assertA11y(page, 'studio with refused files');

    // The library is unchanged: the bundled list, and the one own mystery.
    await go(page, '');
    await page.getByRole('list', { name: 'Mysteries' }).waitFor();
    assert.equal(await page.getByRole('list', { name: 'Mysteries' }).locator(':scope > li').count(), library.mysteries.length);
    assert.equal(await page.getByRole('list', { name: 'Zelf gemaakt' }).locator(':scope > li').count(), 1);

    // "Toch openen om te herstellen" stores it as a draft with a free id, and opens the editor.
    await go(page, 'studio');
    const list2 = await importFiles(page, [{ name: 'spreker.json', text: canonical(speaker) }]);
    await report(list2, 'spreker.json').getByRole('button', { name: 'Toch openen om te herstellen' }).click();
    await page.waitForURL(/#\/studio\/[0-9a-z]+$/);
    const own = await ownScenarios(page);
    assert.equal(own.length, 2);
    const draft = own.find((s) => s.id !== JSON.parse(Object.values(before)[0]).scenario.id);
    assert.equal(draft.id, `${scenario.id}-1`, 'a bundled id is never taken over');
    assert.equal(draft.clues[voice].speaker, 'niemand-bekend', 'the draft is stored as it was, to repair');
    assert.deepEqual(
      Object.fromEntries(Object.entries(await storedOwn(page)).filter(([k]) => k in before)),
      before,
      'the mystery stored earlier is untouched',
    );
    await go(page, 'studio');
    await ownItem(page, scenario.title).getByText(/^Nog niet speelbaar: \d+ fout(en)?$/).waitFor();
    app.assertNoErrors();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await app.close();
  }
});

test('a file full of markup is shown as text everywhere and runs nothing', async () => {
  const app = await studioPage();
  const { page } = app;
  const PAYLOAD =
    '<script>window.__pwned = "script"</script><img src="x" onerror="window.__pwned = \'img\'; alert(1)"><mysterie-xss>tag</mysterie-xss> ';
  const hostile = structuredClone(readScenario(first.file));
  hostile.id = 'opmaak-test';
  delete hostile.core;
  hostile.title = `${PAYLOAD}Titel`;
  hostile.summary = `${PAYLOAD}Samenvatting`;
  hostile.central_question = `${PAYLOAD}${hostile.central_question}`;
  for (const c of hostile.clues) {
    c.title = `${PAYLOAD}${c.title}`;
    c.text = `${PAYLOAD}${c.text}`;
  }
  hostile.solution.summary = `${PAYLOAD}${hostile.solution.summary}`;
  const inert = async (where) => {
    const found = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      elements: [...document.querySelectorAll('mysterie-xss, [onerror], img[src="x"], body script')].length,
      text: document.body.innerText,
    }));
    assert.equal(found.pwned, null, `${where}: a script ran`);
    assert.equal(found.elements, 0, `${where}: markup became elements`);
    assert.ok(found.text.includes('<mysterie-xss>tag</mysterie-xss>'), `${where}: the markup is shown as text`);
    assert.deepEqual(app.dialogs, [], `${where}: a dialog opened`);
  };
  try {
    const list = await importFiles(page, [{ name: 'opmaak.json', text: canonical(hostile) }]);
    await report(list, 'opmaak.json').getByText(/^Toegevoegd: /).waitFor();
    await inert('import report and studio list');
    await go(page, '');
    await page.getByRole('list', { name: 'Zelf gemaakt' }).waitFor();
    await inert('library');
    await go(page, 'afdrukken/opmaak-test');
    await page.getByRole('heading', { level: 2, name: 'Sleutel voor de begeleider' }).waitFor();
    await inert('print view');
    await go(page, 'mysterie/opmaak-test');
    await page.getByRole('heading', { level: 1, name: `${PAYLOAD}Titel`.trim() }).waitFor();
    await inert('start page');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('own mysteries are in the library, marked; playable ones play, drafts lead to the editor; delete and put back', async () => {
  const app = await studioPage();
  const { page } = app;
  const scenario = readScenario(first.file);
  try {
    const own = { ...scenario, id: 'eigen-test', title: 'Ons eigen mysterie' };
    delete own.core;
    const draft = { ...structuredClone(own), id: 'eigen-concept', title: 'Ons concept' };
    draft.solution.key_clues = ['bestaat-niet', ...draft.solution.key_clues];
    let list = await importFiles(page, [{ name: 'eigen.json', text: canonical(own) }]);
    await report(list, 'eigen.json').getByText(/^Toegevoegd: /).waitFor();
    list = await importFiles(page, [{ name: 'concept.json', text: canonical(draft) }]);
    await report(list, 'concept.json').getByRole('button', { name: 'Toch openen om te herstellen' }).click();
    await page.waitForURL(/#\/studio\/[0-9a-z]+$/);
    const draftKey = page.url().split('/').pop();

    await go(page, '');
    const ownList = page.getByRole('list', { name: 'Zelf gemaakt' });
    await ownList.waitFor();
    await page.getByRole('heading', { level: 2, name: 'Eigen mysteries' }).waitFor();
    assert.equal(await page.getByRole('list', { name: 'Mysteries' }).locator(':scope > li').count(), library.mysteries.length);
    const card = ownList.getByRole('article', { name: 'Ons eigen mysterie' });
    await card.getByText('Eigen mysterie', { exact: true }).waitFor();
    const conceptCard = ownList.getByRole('article', { name: 'Ons concept' });
    await conceptCard.getByText('Eigen mysterie', { exact: true }).waitFor();
    await conceptCard.getByText(/^Nog niet speelbaar/).waitFor();
    assert.equal(
      await conceptCard.getByRole('link', { name: 'Verder bewerken: Ons concept' }).getAttribute('href'),
      `trainer.html#/studio/${draftKey}`,
    );
    assert.equal(await conceptCard.getByRole('link', { name: /^Speel dit mysterie/ }).count(), 0);
    await card.getByRole('link', { name: /Trainersstudio/ }).waitFor();
    await assertA11y(page, 'library with own mysteries');

    // The playable one plays at #/mysterie/<id>; the draft is refused there with its errors.
    await card.getByRole('link', { name: 'Speel dit mysterie: Ons eigen mysterie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ons eigen mysterie' }).waitFor();
    await page.getByRole('button', { name: 'Start het mysterie' }).waitFor();
    await go(page, 'mysterie/eigen-concept');
    await page.getByRole('alert').getByText('is nog niet speelbaar', { exact: false }).waitFor();
    await page.getByRole('alert').getByText('solution.key_clues', { exact: false }).first().waitFor();

    // Delete in the studio, with a confirmation step, then put it back.
    await go(page, 'studio');
    const item = ownItem(page, 'Ons eigen mysterie');
    await item.getByRole('button', { name: 'Verwijderen: Ons eigen mysterie' }).click();
    await item.getByText('Weet je zeker', { exact: false }).waitFor();
    await item.getByRole('button', { name: 'Nee, laten staan' }).click();
    assert.equal(await item.getByText('Weet je zeker', { exact: false }).count(), 0);
    await item.getByRole('button', { name: 'Verwijderen: Ons eigen mysterie' }).click();
    await assertA11y(page, 'studio, confirm delete');
    await item.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('status').filter({ hasText: '‘Ons eigen mysterie’ is verwijderd' }).waitFor();
    assert.equal(await ownItem(page, 'Ons eigen mysterie').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Terugzetten', 'focus on Terugzetten');
    await go(page, '');
    await ownList.waitFor();
    assert.equal(await ownList.getByRole('article', { name: 'Ons eigen mysterie' }).count(), 0, 'gone from the library');

    await go(page, 'studio');
    await page
      .getByRole('region', { name: 'Verwijderde mysteries' })
      .getByRole('button', { name: 'Terugzetten: Ons eigen mysterie' })
      .click();
    await ownItem(page, 'Ons eigen mysterie').waitFor();
    await go(page, '');
    await ownList.getByRole('article', { name: 'Ons eigen mysterie' }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('"Nieuw mysterie" makes a blank draft with a free id and opens the editor', async () => {
  const app = await studioPage();
  const { page } = app;
  try {
    for (const n of [0, 1]) {
      await go(page, 'studio');
      await page.getByRole('button', { name: 'Nieuw mysterie', exact: true }).click();
      await page.waitForURL(/#\/studio\/[0-9a-z]+$/);
      assert.equal((await ownScenarios(page)).length, n + 1);
    }
    const ids = (await ownScenarios(page)).map((s) => s.id).sort();
    assert.deepEqual(ids, ['mijn-mysterie', 'mijn-mysterie-1']);
    await go(page, 'studio');
    const items = page.getByRole('list', { name: 'Mijn eigen mysteries' }).getByRole('article', { name: 'Mysterie zonder titel' });
    assert.equal(await items.count(), 2);
    await items.first().getByText(/^Nog niet speelbaar: \d+ fouten$/).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('the print view of a bundled mystery: every clue as a card, the key apart, nothing but paper in print', async () => {
  const app = await studioPage();
  const { page } = app;
  const scenario = readScenario(first.file);
  try {
    await go(page, `afdrukken/${first.id}`);
    await page.getByRole('heading', { level: 1, name: `Afdrukken: ${scenario.title}` }).waitFor();
    const cards = page.getByRole('list', { name: 'Kaarten om uit te knippen' }).getByRole('article');
    assert.equal(await cards.count(), scenario.clues.length, 'one card per clue');
    for (const [i, clue] of scenario.clues.entries()) {
      const c = cards.nth(i);
      assert.equal((await c.getByRole('heading', { level: 3 }).textContent()).trim(), clue.title);
      await c.getByText(`Kaart ${i + 1} van ${scenario.clues.length}`, { exact: true }).waitFor();
      await c.getByText(`Ronde ${clue.unlock?.round ?? 1}`, { exact: true }).waitFor();
      if (clue.speaker) {
        const who = scenario.characters.find((p) => p.id === clue.speaker);
        await c.getByText(who.name, { exact: false }).first().waitFor();
      }
    }
    const cardText = (await cards.allInnerTexts()).join('\n');
    for (const secret of ['Kernaanwijzing', 'Dwaalspoor', 'Twijfelkaart', 'Achtergrond']) {
      assert.ok(!cardText.includes(secret), `player cards do not say "${secret}"`);
    }
    // Cover, key, debrief.
    await page.getByRole('heading', { level: 2, name: scenario.title, exact: true }).waitFor();
    // On the cover and on the team's answer sheet.
    assert.equal(await page.getByText(scenario.central_question, { exact: true }).count(), 2);
    await page.getByRole('region', { name: `Antwoordblad: ${scenario.title}` }).waitFor();
    const key = page.getByRole('region', { name: 'Sleutel voor de begeleider' });
    await key.getByText(scenario.solution.summary, { exact: true }).waitFor();
    assert.equal(await key.locator('tbody tr').count(), scenario.clues.length, 'the key lists every clue');
    for (const ch of scenario.solution.chains) await key.getByText(ch.why, { exact: true }).waitFor();
    const debrief = page.getByRole('region', { name: 'Nabespreking' });
    for (const q of scenario.debrief.discussion_questions) await debrief.getByText(q, { exact: true }).waitFor();
    for (const s of scenario.reflection.statements) await debrief.getByText(s.text, { exact: false }).first().waitFor();
    // The facilitator sheet: its own pages after the key, never on a card.
    if (scenario.facilitator) {
      const sheet = page.getByRole('region', { name: 'Draaiboek voor de begeleider' });
      for (const goal of scenario.facilitator.learning_goals) await sheet.getByText(goal, { exact: true }).waitFor();
      for (const p of scenario.facilitator.probes) await sheet.getByText(p.question, { exact: true }).waitFor();
      for (const a of scenario.facilitator.example_answers) {
        await sheet.getByText(a.text, { exact: true }).waitFor();
        assert.ok(!cardText.includes(a.text), 'an example answer is never on a player card');
      }
      for (const plan of scenario.session_plans ?? []) {
        await sheet.getByRole('columnheader', { name: `${plan.minutes} minuten` }).waitFor();
      }
    }
    await assertA11y(page, 'print preview');

    await page.getByRole('button', { name: 'Afdrukken', exact: true }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1, 'the button opens the print dialog');

    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => {
      const shown = (el) => !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
      return {
        header: shown(document.querySelector('.site-header')),
        footer: shown(document.querySelector('.site-footer')),
        buttons: [...document.querySelectorAll('main button, main a.button')].filter(shown).length,
        key: getComputedStyle(document.querySelector('.print-key')).breakBefore,
        cardsShown: [...document.querySelectorAll('.print-card')].filter(shown).length,
        cardBreak: getComputedStyle(document.querySelector('.print-card')).breakInside,
      };
    });
    assert.deepEqual(hidden, {
      header: false,
      footer: false,
      buttons: 0,
      key: 'page',
      cardsShown: scenario.clues.length,
      cardBreak: 'avoid',
    });
    await page.emulateMedia({ media: 'screen' });
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('the play start page and the studio link to the print view of a bundled mystery', async () => {
  const app = await studioPage();
  const { page } = app;
  try {
    const second = library.mysteries[1] ?? first;
    await page.getByLabel('Kopie maken van').selectOption(second.id);
    const link = page.getByRole('link', { name: `Afdrukken: ${second.title}` });
    assert.equal(await link.getAttribute('href'), `trainer.html#/afdrukken/${second.id}`);
    await go(page, `mysterie/${first.id}`);
    const start = page.getByRole('link', { name: /Druk de kaartenset af/ });
    assert.equal(await start.getAttribute('href'), `trainer.html#/afdrukken/${first.id}`);
    await start.click();
    await page.getByRole('link', { name: 'Terug naar het mysterie' }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('a file dropped on the import zone is read like a chosen one', async () => {
  const app = await studioPage();
  const { page } = app;
  try {
    const own = { ...readScenario(first.file), id: 'gesleept', title: 'Gesleept mysterie' };
    delete own.core;
    const zone = page.locator('.studio-import .drop-zone');
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'gesleept.json', { type: 'application/json' }));
      return dt;
    }, canonical(own));
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByRole('status').filter({ hasText: /^Klaar: 1 toegevoegd/ }).waitFor();
    const list = page.getByRole('list', { name: 'Wat er met elk bestand gebeurde' });
    await report(list, 'gesleept.json').getByText(/^Toegevoegd: ‘Gesleept mysterie’/).waitFor();
    await ownItem(page, 'Gesleept mysterie').waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
