// Issue #18, the look of the game: portraits for the people (on their cards
// and in the cast list, hidden from screen readers where the name is in the
// text), documents that look like documents (the same words, laid out as the
// paper they are), a calm phase transition that reduced motion turns off, and
// a member's phone at 390 and 320 px. Expectations come from the mystery file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  newPage,
  openApp,
  assertA11y,
  bundledMystery,
  availableClues,
  openMysteryFromLibrary,
  startByClicking,
  phaseHeading,
  clueCard,
  roundsOf,
  escapeRegExp,
  goodPlan,
  playWellFromIntro,
  openResultFolds,
} from './harness.mjs';

let server;
let browser;
const { entry, scenario } = bundledMystery();
const person = (id) => scenario.characters.find((c) => c.id === id);
const shapeOf = (id) => (person(id).kind === 'inwoner' ? 'round' : 'badge');

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Portraits inside `scope`: [{character, shape, hidden, role, label, initials}]. */
function portraitsIn(scope) {
  return scope.locator('svg.portrait').evaluateAll((svgs) =>
    svgs.map((svg) => ({
      character: svg.dataset.portrait,
      shape: svg.classList.contains('portrait-round') ? 'round' : svg.classList.contains('portrait-badge') ? 'badge' : '?',
      hidden: svg.getAttribute('aria-hidden'),
      role: svg.getAttribute('role'),
      label: svg.getAttribute('aria-label'),
      initials: svg.querySelector('text')?.textContent,
    })),
  );
}

test('team screen: every person has a portrait in the cast list and on their cards; documents keep their words', async () => {
  const app = await openApp(browser, server);
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await openMysteryFromLibrary(page, entry);
    await startByClicking(page, 'Team Beeld');

    // The cast list: one decorative portrait per person, in the order of the file, shape by kind.
    const cast = await portraitsIn(page.locator('ul.people'));
    assert.deepEqual(
      cast.map((p) => p.character),
      scenario.characters.map((c) => c.id),
    );
    for (const p of cast) {
      assert.equal(p.hidden, 'true', `${p.character}: decorative, the name is in the text`);
      assert.equal(p.role, null);
      assert.equal(p.shape, shapeOf(p.character), p.character);
      assert.match(p.initials, /^\p{Lu}{1,2}$/u);
    }
    // Colours differ within the mystery.
    const fills = await page
      .locator('ul.people svg.portrait')
      .evaluateAll((svgs) => svgs.map((s) => s.querySelector('circle, rect').getAttribute('fill')));
    assert.equal(new Set(fills).size, fills.length, `one colour per person: ${fills}`);
    await assertA11y(page, 'intro with portraits');

    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    const round1 = availableClues(scenario, 1, []);
    for (const id of round1) {
      const number = scenario.clues.findIndex((c) => c.id === id) + 1;
      await page.getByRole('button', { name: `Draai kaart ${number} om`, exact: true }).first().click();
      await page.locator(`article[data-clue="${id}"]`).waitFor();
    }
    for (const id of round1) {
      const clue = scenario.clues.find((c) => c.id === id);
      const card = clueCard(page, clue.title);
      const faces = await portraitsIn(card);
      if (clue.speaker) {
        assert.equal(faces.length, 1, `${id}: the speaker's portrait`);
        assert.equal(faces[0].character, clue.speaker);
        assert.equal(faces[0].hidden, 'true');
        assert.equal(faces[0].shape, shapeOf(clue.speaker));
      } else {
        assert.equal(faces.length, 0, `${id}: no speaker, no portrait`);
      }
      if (clue.kind === 'document') {
        assert.match((await card.getAttribute('class')) ?? '', /\bdoc-(letter|mail|flyer|statement|note)\b/, id);
        // The same words, only laid out: the parts joined are the text of the file.
        const words = await card.locator('.doc-paper').evaluate((paper) => paper.textContent);
        assert.equal(words, clue.text.trim(), `${id}: the text is unchanged`);
        await card.getByText(clue.text, { exact: true }).waitFor();
      }
    }
    await assertA11y(page, 'investigate with portraits and documents');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** Does this text carry a date ("3 juni", "oktober 2022")? Independent of the app's parser. */
function hasDate(text) {
  const m = `(${MONTHS.join('|')})`;
  return new RegExp(`(^|\\D)([1-9]|[12]\\d|3[01]) ${m}\\b|\\b${m} (19|20)\\d\\d\\b`, 'i').test(text);
}

test('the board shows a timeline of the dated cards, keyboard reachable, with the same cards as a list', async () => {
  const app = await openApp(browser, server);
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await openMysteryFromLibrary(page, entry);
    await startByClicking(page, 'Team Tijd');
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    const rounds = roundsOf(scenario);
    for (let round = 1; round <= rounds; round++) {
      const backs = page.locator('.card-back');
      while ((await backs.count()) > 0) await backs.first().click();
      if (round < rounds) await page.getByRole('button', { name: `Start ronde ${round + 1}` }).click();
    }
    await page.getByRole('button', { name: 'Naar ordenen' }).click();
    await phaseHeading(page, 'Ordenen').waitFor();

    const region = page.getByRole('region', { name: 'Tijdlijn van de zaak' });
    await region.waitFor();
    const onAxis = await region.locator('svg g.timeline-card').evaluateAll((gs) => gs.map((g) => g.dataset.clue));
    const inList = await region.locator('ol.timeline-list li').evaluateAll((lis) => lis.map((li) => li.dataset.clue));
    assert.deepEqual(inList, onAxis, 'the list holds the same cards, in the same order');
    const dated = scenario.clues.filter((c) => hasDate(c.title) || hasDate(c.text)).map((c) => c.id);
    assert.deepEqual([...onAxis].sort(), [...dated].sort(), 'every card with a date, and only those');

    // Keyboard: Tab reaches a card on the axis; Enter moves the focus to that card on the board.
    const first = region.getByRole('button').first();
    const id = await first.getAttribute('data-clue');
    const clue = scenario.clues.find((c) => c.id === id);
    assert.match((await first.getAttribute('aria-label')) ?? '', new RegExp(`^Kaart \\d+: ${escapeRegExp(clue.title)}, `));
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((cid) => document.activeElement?.id === `kaart-${cid}`, id);

    await region.getByText('De tijdlijn als lijst').click();
    await assertA11y(page, 'board with timeline');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('reduced motion turns the phase transition off', async () => {
  for (const [reducedMotion, expected] of [
    ['no-preference', 'phase-in'],
    ['reduce', 'none'],
  ]) {
    const app = await openApp(browser, server, { reducedMotion });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    try {
      await openMysteryFromLibrary(page, entry);
      await startByClicking(page, `Team ${reducedMotion}`);
      const animation = await page.locator('section.phase').evaluate((el) => getComputedStyle(el).animationName);
      assert.equal(animation, expected, reducedMotion);
      // Nothing else moves either when motion is reduced.
      if (reducedMotion === 'reduce') {
        const moving = await page.evaluate(() =>
          [...document.querySelectorAll('*')]
            .filter((el) => getComputedStyle(el).animationName !== 'none')
            .map((el) => el.tagName + '.' + el.className),
        );
        assert.deepEqual(moving, []);
      }
      app.assertNoErrors();
    } finally {
      await app.close();
    }
  }
});

test('the result opens with a small celebration: decorative, the same for every team, still with reduced motion', async () => {
  const app = await openApp(browser, server);
  const { page } = app;
  page.setDefaultTimeout(20_000);
  try {
    await openMysteryFromLibrary(page, entry);
    await startByClicking(page, 'Team Feest');
    await playWellFromIntro(page, scenario, goodPlan(scenario));
    const burst = page.locator('.celebration svg.celebration-burst');
    await burst.waitFor();
    assert.equal(await burst.getAttribute('aria-hidden'), 'true');
    // The words follow the level of the answer (scoring.rs); the burst is the same for every team.
    await page.locator('.celebration').getByText(/team Team Feest\b.* Dit is jullie resultaat\.$/).waitFor();
    const names = () => burst.locator(':scope > *').evaluateAll((els) => els.map((el) => getComputedStyle(el).animationName));
    assert.ok((await names()).every((n) => n === 'pop-in'), 'the shapes pop in');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.ok((await names()).every((n) => n === 'none'), 'reduced motion: they stand still');
    // Nothing on the page ranks teams or rewards speed.
    assert.equal(await page.getByText(/ranglijst|leaderboard|snelste|sneller dan/i).count(), 0);
    await assertA11y(page, 'result with celebration');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

for (const width of [390, 320]) {
  test(`a member's phone at ${width} px: no app links, first card on the first screen, nothing wider than the screen, axe-clean`, async () => {
    const device = await newPage(browser, { viewport: { width, height: 844 } });
    const { page } = device;
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(new URL(`#/speler/${entry.id}/k3x/1/2`, server.url).href);
      await page.getByRole('heading', { level: 1, name: 'Jouw kaarten' }).waitFor();
      await page.locator('.member-round .clue-card').first().waitFor();
      // The header shows only the app's name: no way into the studio, the network or results.
      for (const name of ['Trainersstudio', 'Lerend netwerk', 'Eerdere resultaten']) {
        assert.equal(await page.getByRole('link', { name }).count(), 0, `no "${name}" link on a member page`);
      }
      // Each open card shows its speaker's portrait, decorative (the name is in the text next to it).
      const cards = await page.locator('.member-round .clue-card').evaluateAll((arts) =>
        arts.map((a) => ({
          number: Number(a.dataset.card),
          faces: [...a.querySelectorAll('svg.portrait')].map((svg) => ({
            character: svg.dataset.portrait,
            hidden: svg.getAttribute('aria-hidden'),
          })),
        })),
      );
      assert.ok(cards.length > 0, 'cards on the phone');
      for (const { number, faces } of cards) {
        const clue = scenario.clues[number - 1];
        if (clue.speaker) {
          assert.deepEqual(faces, [{ character: clue.speaker, hidden: 'true' }], `card ${number}`);
        } else {
          assert.deepEqual(faces, [], `card ${number}: no speaker, no portrait`);
        }
      }
      assert.ok(cards.some((c) => c.faces.length > 0), 'at least one portrait on the phone');
      if (width === 390) {
        // The first card's title is on the first screen (390 × 844), without scrolling.
        const box = await page.locator('.member-round .clue-card .clue-title').first().boundingBox();
        assert.ok(box && box.y + box.height <= 844, `first card title at ${box?.y} px`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px too wide)`);
      await assertA11y(page, `member page at ${width} px`);
      device.assertNoErrors();
    } finally {
      await device.close();
    }
  });
}

/** Every portrait in the page is decorative (aria-hidden) or an image with a text alternative. */
async function assertPortraitsAlt(page, where) {
  const bad = await page.locator('svg.portrait').evaluateAll((svgs) =>
    svgs
      .filter((svg) => {
        const hidden = svg.getAttribute('aria-hidden') === 'true' || svg.closest('[aria-hidden="true"]');
        const named = svg.getAttribute('role') === 'img' && (svg.getAttribute('aria-label') || '').trim() !== '';
        // Inside an image with its own name (a card of the link map) the portrait is part of that image.
        const inNamedImage = svg.parentElement?.closest('[role="img"][aria-label]');
        return !(hidden || named || inNamedImage);
      })
      .map((svg) => svg.dataset.portrait),
  );
  assert.deepEqual(bad, [], `${where}: portraits without alt handling`);
}

test('the result at 320 px: scores and link map first, long texts folded (open on paper), portraits on the map, no sideways scrolling', async () => {
  const app = await openApp(browser, server, { viewport: { width: 320, height: 800 } });
  const { page } = app;
  page.setDefaultTimeout(20_000);
  try {
    await openMysteryFromLibrary(page, entry);
    await startByClicking(page, 'Team Smal');
    const plan = goodPlan(scenario);
    await playWellFromIntro(page, scenario, plan);

    // The order: the three scores, then the team's links with the map, then the folded texts.
    const order = await page.evaluate(() => {
      const at = (sel) => document.querySelector(sel);
      const before = (a, b) => !!(at(a).compareDocumentPosition(at(b)) & Node.DOCUMENT_POSITION_FOLLOWING);
      return {
        scoresBeforeLinks: before('.scores', '.team-links'),
        linksBeforeFolds: before('.team-links', '.result-fold'),
      };
    });
    assert.deepEqual(order, { scoresBeforeLinks: true, linksBeforeFolds: true });
    for (const name of ['Onderzoek', 'Oplossing', 'Reflectie']) await page.getByRole('region', { name, exact: true }).waitFor();

    // The link map: a portrait on every linked card with a person, hidden inside the card's
    // name, which says who it is.
    const titleOf = (id) => scenario.clues.find((c) => c.id === id).title;
    const linked = [...new Set(plan.chains.flatMap(({ from, to }) => [from, to]))];
    const map = page.locator('#resultaat-kaart-titel').locator('xpath=..');
    await map.locator('svg.link-map').waitFor();
    for (const id of linked) {
      const clue = scenario.clues.find((c) => c.id === id);
      const label = await map.locator('.map-node').evaluateAll(
        (nodes, title) => nodes.map((n) => n.getAttribute('aria-label')).find((l) => l.startsWith(`Kaart ${title}.`)),
        titleOf(id),
      );
      assert.ok(label, `${id} is on the map`);
      if (clue.speaker) {
        const name = person(clue.speaker).name;
        assert.ok(label.endsWith(` Persoon: ${name}.`), label);
      } else {
        assert.ok(!label.includes('Persoon:'), label);
      }
    }
    const faces = await map.locator('svg.portrait').evaluateAll((svgs) => svgs.map((s) => s.dataset.portrait));
    const speakers = linked.map((id) => scenario.clues.find((c) => c.id === id).speaker).filter(Boolean);
    assert.deepEqual([...faces].sort(), [...speakers].sort(), 'one portrait per linked card with a person');
    await assertPortraitsAlt(page, 'result');

    // Folded: the headings are on the page, the texts open with one click.
    for (const name of ['De oplossing', 'Wat er echt gebeurde', 'Jullie antwoord en reflectie']) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    const story = page.getByText(scenario.debrief.paragraphs[0], { exact: true });
    assert.equal(await story.isVisible(), false, 'what really happened starts folded');
    let overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at 320 px (${overflow} px too wide)`);

    // On paper everything is there, without the "Lees …" lines.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await story.isVisible(), 'what really happened is printed');
    assert.ok(await page.getByText(scenario.solution.summary, { exact: true }).isVisible(), 'the solution is printed');
    assert.ok(await page.getByText(plan.explanation, { exact: true }).isVisible(), "the team's answer is printed");
    assert.equal(await page.getByText('Lees de oplossing').isVisible(), false, 'no fold lines on paper');
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await story.isVisible(), false, 'back on screen: folded again');

    await openResultFolds(page);
    await story.waitFor();

    // Who was there, and when: every dated card (also the ones left face down), the axis an
    // image of the list below it, each card with its person.
    const when = page.getByRole('region', { name: 'Wie was er wanneer bij?' });
    await when.waitFor();
    const onAxis = await when.locator('svg g.timeline-moment').evaluateAll((gs) => gs.map((g) => g.dataset.clue));
    const inList = await when.locator('ol.story-list li').evaluateAll((lis) => lis.map((li) => li.dataset.clue));
    assert.deepEqual(inList, onAxis, 'the list holds the same cards as the axis, in the same order');
    const dated = scenario.clues.filter((c) => hasDate(c.title) || hasDate(c.text)).map((c) => c.id);
    assert.deepEqual([...onAxis].sort(), [...dated].sort(), 'every card with a date');
    assert.ok((await when.locator('svg.timeline-axis').getAttribute('aria-label')).includes('lijst'), 'the axis names its text');
    for (const id of inList) {
      const clue = scenario.clues.find((c) => c.id === id);
      const item = when.locator(`ol.story-list li[data-clue="${id}"]`);
      if (clue.speaker) await item.getByText(person(clue.speaker).name, { exact: false }).waitFor();
      assert.equal(await item.locator('svg.portrait').count(), clue.speaker ? 1 : 0, id);
    }
    await assertPortraitsAlt(page, 'result, folds open');
    overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `opened, still no sideways scrolling at 320 px (${overflow} px too wide)`);
    await assertA11y(page, 'result at 320 px, folds open');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
