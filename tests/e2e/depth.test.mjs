// User story (issue 12, "Diepgang boven trefwoorden"): a team sorts into
// groups it makes and names itself, links cards with a reason, sees its links
// as a map it can walk with the keyboard, and plays to the result, where its
// links stand next to the model chain. The trainer then confirms or changes
// the SOLO level with a reason, and the learning-network view shows the
// trainer's level. axe runs on every new screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  openApp,
  bundledMystery,
  goodPlan,
  roundsOf,
  phaseHeading,
  boardColumn,
  clueCard,
  tabTo,
  checkA11y,
  formatViolations,
  exactly,
} from './harness.mjs';

let server;
let browser;
const { entry, scenario } = bundledMystery();
const plan = goodPlan(scenario);
const titleOf = (id) => scenario.clues.find((c) => c.id === id).title;
/** Filled by the first test: the link the team hands to its trainer. */
const made = { link: null, appLevel: null };

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function assertClean(page, where) {
  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, `axe violations (${where}):\n${formatViolations(violations)}`);
}

test('a team makes two own groups, links with a why, walks the link map and plays to the result', async () => {
  assert.equal(scenario.sorting, 'open', 'the bundled mysteries sort openly');
  const app = await openApp(browser, server, { path: `#/mysterie/${entry.id}` });
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await page.getByLabel('Naam van jullie team').fill('Team Eigen');
    await page.getByRole('button', { name: 'Start het mysterie' }).click();
    await phaseHeading(page, 'De zaak').waitFor();
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();
    await phaseHeading(page, 'Onderzoeken').waitFor();
    for (let round = 1; round <= roundsOf(scenario); round++) {
      const backs = page.locator('.card-back');
      while ((await backs.count()) > 0) await backs.first().click();
      if (round < roundsOf(scenario)) await page.getByRole('button', { name: `Start ronde ${round + 1}` }).click();
    }
    await page.getByRole('button', { name: 'Naar ordenen' }).click();
    await phaseHeading(page, 'Ordenen').waitFor();

    // No groups yet: only the unsorted pile and the aside pile.
    await page.getByRole('heading', { level: 2, name: 'Jullie groepen' }).waitFor();
    assert.equal(await page.locator('.board-column').count(), 2);

    // Two own groups, typed and made with Enter; one renamed.
    const newGroup = page.getByLabel('Naam van een nieuwe groep');
    await newGroup.fill('Wat misging');
    await newGroup.press('Enter');
    await boardColumn(page, 'Wat misging').waitFor();
    await newGroup.fill('Wie kon helpen');
    await page.getByRole('button', { name: 'Maak groep' }).click();
    await boardColumn(page, 'Wie kon helpen').waitFor();
    // The same name twice is refused with a clear message.
    await newGroup.fill('wat misging');
    await newGroup.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'al een groep met die naam' }).waitFor();
    await newGroup.fill('');
    await page.getByRole('button', { name: 'Hernoem groep Wie kon helpen' }).click();
    const rename = page.getByLabel('Nieuwe naam');
    await rename.fill('Wie had kunnen helpen');
    await rename.press('Enter');
    await boardColumn(page, 'Wie had kunnen helpen').waitFor();

    // The author's grouping is a hint to ask for, free of cost.
    await page.getByRole('button', { name: 'Zo deelde een ander het in' }).click();
    await page.getByRole('heading', { level: 3, name: 'Zo deelde een ander het in' }).waitFor();
    await page.getByText(scenario.categories[0].name, { exact: false }).first().waitFor();
    await assertClean(page, 'ordenen with own groups and the hint');

    // Red herrings aside, the other cards in the two own groups (alternating).
    let n = 0;
    for (const clue of scenario.clues) {
      const target = clue.relevance === 'red_herring' ? 'Aan de kant' : n++ % 2 ? 'Wie had kunnen helpen' : 'Wat misging';
      await clueCard(page.locator('.board'), clue.title).getByLabel('Groep', { exact: true }).selectOption({ label: target });
    }
    await page.getByRole('heading', { level: 2, name: 'Nog te sorteren (0)' }).waitFor();
    for (const id of plan.key) await page.locator(`#kaart-${id} .key-toggle`).click();

    // Links with a why, made in the form next to the board; the lists keep their choice.
    const form = page.getByRole('region', { name: 'Verbanden' });
    for (const [i, { from, to }] of plan.chains.entries()) {
      await form.getByLabel('Deze kaart', { exact: true }).selectOption(from);
      await form.getByLabel('leidt tot', { exact: true }).selectOption(to);
      if (i === 0) await form.getByLabel('Waarom? (kort, mag leeg)').fill('Hierdoor liep het mis.');
      await form.getByRole('button', { name: 'Verbind', exact: true }).click();
      await form.getByRole('list', { name: 'Gemaakte verbanden' }).getByRole('listitem').nth(i).waitFor();
      assert.equal(await page.locator('#verband-van').inputValue(), from, 'the first list keeps its card');
      assert.equal(await page.locator('#verband-naar').inputValue(), to, 'the second list keeps its card');
      assert.equal(await form.getByLabel('Waarom? (kort, mag leeg)').inputValue(), '', 'the why is cleared');
    }
    await form.getByText(`${titleOf(plan.chains[0].from)} → ${titleOf(plan.chains[0].to)}: Hierdoor liep het mis.`).waitFor();

    // The link map shows every linked card once, and each card is a keyboard stop.
    const map = page.locator('#bord-kaart-titel').locator('xpath=..');
    const linked = [...new Set(plan.chains.flatMap(({ from, to }) => [from, to]))];
    await map.locator('svg.link-map').waitFor();
    assert.equal(await map.locator('.map-node').count(), linked.length);
    assert.equal(await map.locator('.map-edge').count(), plan.chains.length);
    const first = plan.chains[0];
    const { info } = await tabTo(page, { name: new RegExp(`^Kaart ${escape(titleOf(first.from))}\\. Leidt tot: `) });
    assert.ok(info.name.includes(`${titleOf(first.to)} (waarom: Hierdoor liep het mis.)`), info.name);
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement.getAttribute('aria-label') || '');
    assert.ok(next.startsWith('Kaart '), `Tab goes on to the next card of the map: ${next}`);
    await assertClean(page, 'ordenen with links and the link map');

    await page.getByRole('button', { name: 'Naar oplossen' }).click();
    await phaseHeading(page, 'Oplossen').waitFor();
    for (const id of plan.cited) await page.locator(`#gebruik-${id}`).check();
    // Too short: the rule speaks, kindly.
    await page.getByLabel('Onze uitleg, in eigen woorden').fill('Ruud kon niet lezen.');
    await page.getByRole('button', { name: 'Antwoord inleveren' }).click();
    await page.getByRole('alert').filter({ hasText: 'Jullie uitleg telt nu 4 woorden. Schrijf er minstens 12' }).waitFor();
    await page.getByLabel('Onze uitleg, in eigen woorden').fill(plan.explanation);
    await page.getByRole('button', { name: 'Antwoord inleveren' }).click();
    await page.getByRole('button', { name: 'Ja, inleveren' }).click();
    await phaseHeading(page, 'Reflecteren').waitFor();
    for (const [id, value] of Object.entries(plan.statements)) await page.locator(`#stelling-${id}-${value}`).check();
    await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
    await phaseHeading(page, 'Resultaat').waitFor();

    // The team's links next to the model chain, as a list and a map.
    const own = page.getByRole('region', { name: 'Jullie verbanden' });
    await own.getByText(`${titleOf(first.from)} → ${titleOf(first.to)}: Hierdoor liep het mis.`).waitFor();
    assert.equal(await own.locator('.map-node').count(), linked.length);
    await page.getByText('Lees de oplossing').click();
    await page.getByRole('region', { name: 'Hoe het samenhangt' }).waitFor();
    const level = (await page.getByText(/^Niveau \d van 4: /).first().innerText()).trim();
    made.appLevel = Number(level.match(/^Niveau (\d)/)[1]);
    assert.ok(made.appLevel >= 3, `a good answer in sentences reaches a connected level: ${level}`);
    await assertClean(page, 'result with the team links');

    // The trainer has the last word: level 2, with a reason.
    await page.getByText('Voor de trainer: het niveau beoordelen').click();
    await page.getByRole('table', { name: 'Rubric: de vijf niveaus' }).waitFor();
    await assertClean(page, 'result with the trainer rubric open');
    await page.getByLabel(/^2\. Losse aanwijzingen/).check();
    await page.getByRole('button', { name: 'Bewaar het niveau' }).click();
    await page.getByRole('alert').filter({ hasText: 'waarom u een ander niveau kiest' }).waitFor();
    await page.getByLabel('Waarom? (één regel; nodig bij een ander niveau)').fill('De uitleg noemt de kaarten, maar verbindt ze nauwelijks.');
    await page.getByRole('button', { name: 'Bewaar het niveau' }).click();
    await page.getByText('Niveau 2 van 4: Losse aanwijzingen').waitFor();
    assert.ok(
      await page.getByRole('region', { name: 'Hoe het samenhangt' }).isVisible(),
      'the section the team opened stays open after the judgement',
    );
    await page.getByText(`Niveau volgens de trainer. De app gaf niveau ${made.appLevel}`, { exact: false }).waitFor();
    assert.equal(await page.getByText(/Goed gedaan/i).count(), 0, 'no praise at level 2');

    await page.getByRole('button', { name: 'Maak een link voor de trainer' }).click();
    made.link = await page.getByLabel('Link voor de trainer').inputValue();
  } finally {
    await app.close();
  }
});

test('the network view shows the trainer\'s level', async () => {
  assert.ok(made.link, 'the first test made a link');
  const app = await openApp(browser, server, { path: '#/netwerk' });
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(made.link);
    const row = page.locator('#netwerk-teams tbody tr', { hasText: 'Team Eigen' });
    await row.waitFor();
    await row.getByText(`2: Losse aanwijzingen (trainer, app: ${made.appLevel})`).waitFor();
    await page.getByText('Bij 1 team heeft een trainer het niveau beoordeeld.', { exact: false }).waitFor();
    await assertClean(page, 'network view with a judged team');
  } finally {
    await app.close();
  }
});

test('a paper team: the answer sheet prints with the card set, and typed in it shows up as a team', async () => {
  const app = await openApp(browser, server, { path: `#/afdrukken/${entry.id}` });
  const { page } = app;
  page.setDefaultTimeout(15_000);
  try {
    await page.getByRole('heading', { level: 2, name: `Antwoordblad: ${scenario.title}` }).waitFor();
    await assertClean(page, 'card set with the answer sheet');
    await page.getByRole('link', { name: 'Antwoordblad van een team invoeren' }).click();
    await page.getByRole('heading', { level: 1, name: `Antwoordblad invoeren: ${scenario.title}` }).waitFor();
    await assertClean(page, 'paper entry form');

    const number = (id) => scenario.clues.findIndex((c) => c.id === id) + 1;
    const herrings = scenario.clues.filter((c) => c.relevance === 'red_herring').map((c) => number(c.id));
    const others = scenario.clues.filter((c) => c.relevance !== 'red_herring').map((c) => number(c.id));
    const half = Math.ceil(others.length / 2);
    await page.getByLabel('Teamnaam').fill('Team Papier');
    await page.getByLabel('Gemeente (mag leeg)').fill('Deventer');
    await page.getByLabel('Groepen', { exact: true }).fill(
      `Regels: ${others.slice(0, half).join(', ')}\nMensen: ${others.slice(half).join(', ')}`,
    );
    await page.getByLabel('Aan de kant (kaartnummers)').fill(herrings.join(', '));
    await page.getByLabel('Kernkaarten (kaartnummers)').fill(plan.key.map(number).join(', '));
    await page
      .getByLabel('Verbanden', { exact: true })
      .fill(plan.chains.map(({ from, to }, i) => `${number(from)} -> ${number(to)}${i === 0 ? ': zo begon het' : ''}`).join('\n'));
    await page.getByLabel('Kaarten in het antwoord (kaartnummers)').fill(plan.cited.map(number).join(', '));
    // First too short: the engine's rule, named by the part of the sheet.
    await page.getByLabel('De uitleg van het team').fill('Te laat.');
    for (let i = 0; i < scenario.reflection.statements.length; i++) {
      await page.locator(`#papier-stelling-${i}-${(i % 5) + 1}`).check();
    }
    await page.getByRole('button', { name: 'Antwoordblad invoeren' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bij antwoord: Jullie uitleg telt nu 2 woorden.' }).waitFor();
    await page.getByLabel('De uitleg van het team').fill(plan.explanation);
    await page.getByRole('button', { name: 'Antwoordblad invoeren' }).click();
    await page.getByText('Het antwoordblad van Team Papier is ingevoerd.', { exact: false }).waitFor();
    await assertClean(page, 'paper entry done');

    await page.getByRole('link', { name: 'Naar het overzicht voor het lerend netwerk' }).click();
    const row = page.locator('#netwerk-teams tbody tr', { hasText: 'Team Papier' });
    await row.waitFor();
    await row.getByText(/^\d: /).waitFor();
  } finally {
    await app.close();
  }
});

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
