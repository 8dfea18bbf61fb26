// Security: text from a mystery file (or typed by a team) is always shown as
// text, never run or parsed as HTML; and the Content-Security-Policy is in
// force in the browser.
//
// The "hostile" mystery is the bundled one with markup (<script>, <img
// onerror>, javascript: links, a made-up tag) put in front of EVERY text field
// (title, summary, case, characters, clues, categories, solution, hints,
// reflection, debrief, actions, sources), served with page.route. A team plays
// it to the result. On every screen the markup must be visible as literal
// text, no element from it may exist in the page, and no script from it may
// have run. (The CSP alone would stop the scripts; the literal-text and
// no-element checks catch HTML insertion even when the CSP blocks the script.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  newPage,
  readLibrary,
  bundledMystery,
  goodPlan,
  roundsOf,
  phaseHeading,
  assertA11y,
  adoptAuthorGroups,
  openResultFolds,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Markup that would run or show up as elements if the app inserted text as HTML. */
const PAYLOAD =
  '<script>window.__pwned = "script"</script>' +
  '<img src="x" onerror="window.__pwned = \'img\'; alert(1)">' +
  '<a href="javascript:window.__pwned=\'link\'">klik</a>' +
  '<mysterie-xss>tag</mysterie-xss><b>vet</b> ';

/** Text fields per JSON path pattern ("*" = every array item). Ids, enums and file names stay as they are. */
const TEXT_FIELDS = [
  'title',
  'summary',
  'central_question',
  'case.title',
  'case.paragraphs.*',
  'characters.*.name',
  'characters.*.role',
  'characters.*.organisation',
  'clues.*.title',
  'clues.*.text',
  'categories.*.name',
  'categories.*.description',
  'solution.summary',
  'solution.chains.*.why',
  'solution.concepts.*.label',
  'hints.*.text',
  'reflection.statements.*.text',
  'reflection.questions.*.text',
  'debrief.paragraphs.*',
  'debrief.discussion_questions.*',
  'role_actions.*.actions.*.text',
  'sources.*.title',
  'player_roles.*.name',
];

/** A deep copy of `value` with PAYLOAD in front of every string at `paths`; counts the fields changed. */
function poison(value, paths) {
  const copy = structuredClone(value);
  let count = 0;
  const walk = (node, parts) => {
    if (node == null) return;
    const [head, ...rest] = parts;
    const keys = head === '*' ? Object.keys(node) : [head];
    for (const k of keys) {
      if (!(k in node)) continue;
      if (rest.length === 0) {
        if (typeof node[k] === 'string') {
          node[k] = PAYLOAD + node[k];
          count++;
        }
      } else {
        walk(node[k], rest);
      }
    }
  };
  for (const p of paths) walk(copy, p.split('.'));
  return { copy, count };
}

/** Fails if markup from PAYLOAD became elements or ran; checks that it is shown as text. */
async function assertInert(app, where) {
  const { page } = app;
  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    elements: [...document.querySelectorAll('mysterie-xss, [onerror], a[href^="javascript:"], img[src="x"], body script')].map(
      (e) => e.outerHTML.slice(0, 80),
    ),
    text: document.body.innerText,
  }));
  assert.equal(found.pwned, null, `${where}: a script from the mystery ran (${found.pwned})`);
  assert.deepEqual(found.elements, [], `${where}: markup from the mystery became elements`);
  assert.ok(found.text.includes('<script>window.__pwned = "script"</script>'), `${where}: the markup is not shown as text`);
  assert.ok(found.text.includes('<mysterie-xss>tag</mysterie-xss>'), `${where}: the made-up tag is not shown as text`);
  assert.deepEqual(app.dialogs, [], `${where}: a dialog opened`);
}

test('a mystery full of markup and scripts is shown as text and runs nothing, to the result', async () => {
  const { entry, scenario } = bundledMystery();
  const { copy: hostile, count } = poison(scenario, TEXT_FIELDS);
  assert.ok(count >= 50, `markup put into ${count} text fields`);
  const library = readLibrary();
  const hostileEntry = { ...entry, title: hostile.title, summary: hostile.summary };
  const index = { ...library, mysteries: library.mysteries.map((m) => (m.id === entry.id ? hostileEntry : m)) };

  const app = await newPage(browser);
  const { page } = app;
  app.dialogs = [];
  page.on('dialog', async (d) => {
    app.dialogs.push(d.message());
    await d.dismiss();
  });
  page.setDefaultTimeout(10_000);
  try {
    await page.route('**/mysteries/index.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(index) }),
    );
    await page.route(`**/mysteries/${entry.file}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }),
    );
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Mysteries' }).getByRole('heading', { name: hostile.title, exact: true }).waitFor();
    await assertInert(app, 'library');

    await page.goto(new URL(`#/mysterie/${entry.id}`, server.url).href);
    await page.getByRole('heading', { level: 1, name: hostile.title, exact: true }).waitFor();
    await assertInert(app, 'start form');
    // A team name with markup, too: it comes back on the result screen.
    await page.getByLabel('Naam van jullie team').fill(`${PAYLOAD}Team`);
    await page.getByRole('button', { name: 'Start het mysterie' }).click();

    await phaseHeading(page, 'De zaak').waitFor();
    await page.getByText(hostile.central_question, { exact: true }).waitFor();
    await assertInert(app, 'intro');
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();

    await phaseHeading(page, 'Onderzoeken').waitFor();
    await page.getByRole('button', { name: /^Vraag een hint/ }).click();
    await page.locator('.hint-list li').first().waitFor();
    const rounds = roundsOf(hostile);
    for (let round = 1; round <= rounds; round++) {
      const backs = page.locator('.card-back');
      while ((await backs.count()) > 0) await backs.first().click();
      if (round < rounds) await page.getByRole('button', { name: `Start ronde ${round + 1}` }).click();
    }
    await assertInert(app, 'onderzoeken, every card turned over, a hint shown');
    await page.getByRole('button', { name: 'Naar ordenen' }).click();

    const plan = goodPlan(hostile);
    await phaseHeading(page, 'Ordenen').waitFor();
    await adoptAuthorGroups(page, hostile);
    for (const [id, placement] of Object.entries(plan.placements)) {
      await page.locator(`#groep-${id}`).selectOption(placement === 'aside' ? 'aside' : `groep:${placement}`);
    }
    for (const { from, to } of plan.chains) {
      await page.locator('#verband-van').selectOption(from);
      await page.locator('#verband-naar').selectOption(to);
      await page.getByRole('button', { name: 'Verbind', exact: true }).click();
    }
    await assertInert(app, 'ordenen');
    await assertA11y(page, 'ordenen with markup in every text');
    await page.getByRole('button', { name: 'Naar oplossen' }).click();

    await phaseHeading(page, 'Oplossen').waitFor();
    for (const id of plan.cited) await page.locator(`#gebruik-${id}`).check();
    await page.getByLabel('Onze uitleg, in eigen woorden').fill(`${PAYLOAD}${plan.explanation}`);
    await assertInert(app, 'oplossen');
    await page.getByRole('button', { name: 'Antwoord inleveren' }).click();
    await page.getByRole('button', { name: 'Ja, inleveren' }).click();

    await phaseHeading(page, 'Reflecteren').waitFor();
    for (const [id, value] of Object.entries(plan.statements)) await page.locator(`#stelling-${id}-${value}`).check();
    for (const [id, text] of Object.entries(plan.open)) await page.locator(`#vraag-${id}`).fill(`${PAYLOAD}${text}`);
    await assertInert(app, 'reflecteren');
    await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();

    await phaseHeading(page, 'Resultaat').waitFor();
    await openResultFolds(page);
    await page.getByText(hostile.solution.summary, { exact: true }).waitFor();
    await page.getByText(hostile.debrief.paragraphs[0], { exact: true }).waitFor();
    await assertInert(app, 'resultaat');
    await assertA11y(page, 'result with markup in every text');
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

test('the Content-Security-Policy is in force: an inline script and an inline handler are refused', async () => {
  // Chromium reports each refusal as a console error: expected here, and counted below.
  const app = await newPage(browser, { ignoreConsole: [/Content Security Policy/] });
  const { page } = app;
  const refusals = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/.test(msg.text())) refusals.push(msg.text());
  });
  try {
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Mysteries' }).waitFor();
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = true');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      s.remove();
      img.remove();
      return { inline: window.__inline ?? false, handler: window.__handler ?? false };
    });
    assert.deepEqual(ran, { inline: false, handler: false }, 'inline code must not run');
    assert.ok(refusals.length >= 2, `Chromium reported the refusals: ${refusals.join(' | ')}`);
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
