// User story (issue 16, the studio in plain language): a trainer edits a copy
// of a bundled mystery, names a key card in the answer text, and deletes that
// card. The studio asks first and lists what uses the card; after deleting it
// says which texts still name it, and the mystery is not called "Speelbaar"
// until the text is fixed (or the delete undone), also after a reload.
// Notes and messages in the summary name cards by their title, with the id
// in small type.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, assertA11y, bundledMystery } from './harness.mjs';

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

function fieldId(path) {
  return `veld-${path.split(/[^A-Za-z0-9_]+/).filter(Boolean).join('-')}`;
}

test('deleting a card that is used asks first, then shows what still names it', async () => {
  const app = await newPage(browser);
  const { page } = app;
  try {
    await page.goto(new URL('#/studio', server.url).href);
    await page.getByLabel('Kopie maken van').selectOption(entry.id);
    await page.getByRole('button', { name: 'Kopie maken', exact: true }).click();
    await page.waitForURL(/#\/studio\/[0-9a-z]+$/);
    const status = page.locator('.editor-status strong');
    await status.getByText('Speelbaar', { exact: true }).waitFor();

    const key = scenario.solution.key_clues[0];
    const index = scenario.clues.findIndex((c) => c.id === key);
    const title = scenario.clues[index].title;
    const summary = page.locator(`#${fieldId('solution.summary')}`);
    await summary.fill(`${scenario.solution.summary} Kijk vooral naar ‘${title}’.`);
    await page.locator('.editor-saved').getByText('Opgeslagen').waitFor();

    // A card nobody refers to would go at once; this one asks first.
    await page.getByRole('button', { name: `Aanwijzing ${index + 1}: ${title} verwijderen` }).click();
    const ask = page.getByRole('group', { name: `Aanwijzing ${index + 1}: ${title} verwijderen? Deze kaart wordt gebruikt in:` });
    await ask.waitFor();
    await ask.getByText('de kernaanwijzingen van de oplossing', { exact: true }).waitFor();
    await ask.getByText('het antwoord op de centrale vraag noemt deze kaart', { exact: true }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ja, verwijder de kaart');
    await assertA11y(page, 'delete confirmation');

    // "Nee" keeps it.
    await ask.getByRole('button', { name: 'Nee, laat staan' }).click();
    await ask.waitFor({ state: 'detached' });
    assert.ok(await page.getByRole('button', { name: `Aanwijzing ${index + 1}: ${title} verwijderen` }).isVisible());

    // "Ja" deletes it; the studio says what still names it.
    await page.getByRole('button', { name: `Aanwijzing ${index + 1}: ${title} verwijderen` }).click();
    await page.getByRole('button', { name: 'Ja, verwijder de kaart' }).click();
    const notes = page.locator('.editor-notes');
    await notes.getByText(`Deze teksten noemen de kaart ‘${title}’ nog`, { exact: false }).waitFor();
    // The notes name the card by its title; its id only follows in small type.
    await notes.getByText(`De kaart ‘${title}’ is ook uit de kernaanwijzingen gehaald.`, { exact: false }).waitFor();
    const noteWords = await notes.evaluate((el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll('small').forEach((s) => s.remove());
      return copy.textContent;
    });
    assert.ok(!noteWords.includes(key), noteWords);
    assert.ok((await notes.locator('small.editor-ids').first().textContent()).includes(key));
    // Not "Speelbaar" (removing a key card may also leave real errors, then those are counted).
    await status.getByText(/^Nog niet (klaar: een tekst noemt een kaart die je hebt verwijderd|speelbaar: \d+ fouten?)$/).waitFor();
    const warning = page.locator('.editor-problem-list').getByRole('button', { name: new RegExp(`noemt nog de kaart ‘${title}’`) });
    await warning.waitFor();
    await assertA11y(page, 'editor with a text naming a deleted card');

    // The deleted card is remembered with the draft: after a reload the text still warns.
    await page.locator('.editor-saved').getByText('Opgeslagen').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Bewerken:/ }).waitFor();
    await status.getByText(/^Nog niet (klaar: een tekst noemt een kaart die je hebt verwijderd|speelbaar: \d+ fouten?)$/).waitFor();
    await warning.waitFor();

    // Fixing the text clears it.
    await summary.fill(scenario.solution.summary);
    await status.getByText(/^(Speelbaar|Nog niet speelbaar.*)$/).waitFor();
    assert.equal(await warning.count(), 0);
    // The summary names cards by title; ids only in small type.
    // (No list at all when nothing is left: do not wait for one.)
    const problemList = page.locator('.editor-problem-list');
    const list = (await problemList.count()) ? await problemList.textContent() : '';
    assert.ok(!/\bkey_clues\b|\bcentral_question\b|\bunlock\.after\b/.test(list), list);
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
