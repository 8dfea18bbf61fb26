// Accessibility beyond the playthroughs: the accessibility statement
// (toegankelijkheidsverklaring), and every screen at 200% zoom (a 640 px wide
// window shows what a 1280 px screen shows at 200%): nothing is cut off
// sideways, and a focused element is never hidden behind another part of the
// page. What this file checks is what the statement claims; keep them in step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchBrowser,
  newPage,
  openApp,
  assertA11y,
  bundledMystery,
  goodPlan,
  roundsOf,
  phaseHeading,
  tabTo,
  exactly,
  adoptAuthorGroups,
} from './harness.mjs';

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

test('the accessibility statement: reached with the keyboard from the footer, in the model structure, axe-clean', async () => {
  const app = await openApp(browser, server);
  const { page } = app;
  page.setDefaultTimeout(10_000);
  try {
    await page.getByRole('list', { name: 'Mysteries' }).waitFor();
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid', exact: true });
    assert.equal(await link.getAttribute('href'), './#/toegankelijkheid');
    await tabTo(page, { tag: 'a', name: 'Toegankelijkheid' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    for (const name of [/^Status: /, 'Hoe we de app testen', 'Wat nog niet goed is of niet getest', 'Loop je ergens tegenaan?']) {
      await page.getByRole('region', { name }).getByRole('heading', { level: 2, name }).waitFor();
    }
    await page.getByText(/WCAG 2\.2, niveau AA/).waitFor();
    await page.getByText(/axe-core/).first().waitFor();
    await assertA11y(page, 'accessibility statement');

    // A direct link (e.g. from a footer elsewhere) opens it too.
    await page.goto(new URL('#/toegankelijkheid', server.url).href);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});

/**
 * At the current screen: the page needs no horizontal scrolling, and for the
 * first `maxTabs` focus stops, the focused element's centre is not covered by
 * another element (sticky headers, overlays). Returns problems as strings.
 */
async function reflowAndFocusProblems(page, where, maxTabs = 40) {
  const problems = [];
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
    wide: [...document.querySelectorAll('main *, header *, footer *')]
      .filter((el) => {
        // Inside a container that scrolls sideways on purpose, being wide is fine.
        for (let p = el.parentElement; p; p = p.parentElement) {
          if (/(auto|scroll)/.test(getComputedStyle(p).overflowX)) return false;
        }
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > document.documentElement.clientWidth + 1;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right ${Math.round(el.getBoundingClientRect().right)})`),
  }));
  if (overflow.scroll > overflow.width + 1) {
    problems.push(`${where}: page is ${overflow.scroll}px wide in a ${overflow.width}px window; e.g. ${overflow.wide.join(', ')}`);
  } else if (overflow.wide.length) {
    problems.push(`${where}: content sticks out on the right (cut off): ${overflow.wide.join(', ')}`);
  }

  await page.evaluate(() => document.activeElement?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const seen = new Set();
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      const ok =
        !!hit &&
        (el.contains(hit) || hit.contains(el) || [...(el.labels || [])].some((l) => l.contains(hit)));
      const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
      const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40)}"`;
      return { name, ok, inView, hit: hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing' };
    });
    if (!info || seen.has(info.name)) break; // wrapped around
    seen.add(info.name);
    if (process.env.E2E_VERBOSE) console.log(`${where}: focus on ${info.name}`);
    if (!info.inView) problems.push(`${where}: focused ${info.name} is outside the window`);
    else if (!info.ok) problems.push(`${where}: focused ${info.name} is covered by ${info.hit}`);
  }
  return problems;
}

// 640 px; E2E_REFLOW_WIDTH=320 checks 400% zoom (WCAG 1.4.10 Reflow) by hand.
const WIDTH = Number(process.env.E2E_REFLOW_WIDTH) || 640;

test(`200% zoom (${WIDTH} px window): no content lost sideways, focus never hidden, on every screen`, async () => {
  const app = await newPage(browser, { viewport: { width: WIDTH, height: 800 } });
  const { page } = app;
  page.setDefaultTimeout(10_000);
  const problems = [];
  const check = async (where) => {
    problems.push(...(await reflowAndFocusProblems(page, where)));
    await assertA11y(page, `${where} at ${WIDTH} px`);
  };
  try {
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Mysteries' }).waitFor();
    await check('library');

    await page.goto(new URL('#/toegankelijkheid', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    await check('accessibility statement');

    await page.goto(new URL(`#/mysterie/${entry.id}`, server.url).href);
    await page.getByRole('heading', { level: 1, name: exactly(scenario.title) }).waitFor();
    await check('start form');
    await page.getByLabel('Naam van jullie team').fill('Team Zoom');
    await page.getByRole('button', { name: 'Start het mysterie' }).click();
    await phaseHeading(page, 'De zaak').waitFor();
    await check('intro');
    await page.getByRole('button', { name: 'Begin met onderzoeken' }).click();

    await phaseHeading(page, 'Onderzoeken').waitFor();
    const rounds = roundsOf(scenario);
    for (let round = 1; round <= rounds; round++) {
      const backs = page.locator('.card-back');
      while ((await backs.count()) > 0) await backs.first().click();
      if (round < rounds) await page.getByRole('button', { name: `Start ronde ${round + 1}` }).click();
    }
    await check('onderzoeken');
    await page.getByRole('button', { name: 'Naar ordenen' }).click();

    const plan = goodPlan(scenario);
    await phaseHeading(page, 'Ordenen').waitFor();
    await check('ordenen, nothing sorted');
    await adoptAuthorGroups(page, scenario);
    await check('ordenen, the author\'s grouping shown and taken over');
    for (const [id, placement] of Object.entries(plan.placements)) {
      await page.locator(`#groep-${id}`).selectOption(placement === 'aside' ? 'aside' : `groep:${placement}`);
    }
    await check('ordenen, all sorted');
    await page.getByRole('button', { name: 'Naar oplossen' }).click();

    await phaseHeading(page, 'Oplossen').waitFor();
    for (const id of plan.cited) await page.locator(`#gebruik-${id}`).check();
    await page.getByLabel('Onze uitleg, in eigen woorden').fill(plan.explanation);
    await check('oplossen');
    await page.getByRole('button', { name: 'Antwoord inleveren' }).click();
    await page.getByRole('button', { name: 'Ja, inleveren' }).click();

    await phaseHeading(page, 'Reflecteren').waitFor();
    for (const [id, value] of Object.entries(plan.statements)) await page.locator(`#stelling-${id}-${value}`).check();
    await check('reflecteren');
    await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();

    await phaseHeading(page, 'Resultaat').waitFor();
    await check('resultaat');
    assert.deepEqual(problems, [], problems.join('\n'));
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
