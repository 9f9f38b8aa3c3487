#!/usr/bin/env node
// End-to-end UI tests: a person's view of News Annotator in the VS Code 1.100 workbench (code-server),
// driven through headless Chromium with playwright-core. The extension is loaded from the repo root as
// a development extension; the workspace is a scratch copy of examples/pakistan-russia (edits made by
// the quick-fix step never touch the repository).
//   node test/hermetic/e2e.mjs [--timeout SECONDS] [--verbose] [--headed]
// Screenshots: test-results/e2e/NN-step.png (repo root). Exit code 1 when a step fails, 2 on harness error.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, withWorkbench, workbenchUrl } from './lib/harness.mjs';

// ---- What the UI is expected to show: adjust these as the extension evolves. ----
const EXAMPLES_DIR = path.join(repoRoot, 'examples/pakistan-russia');
/** User settings for the run: the examples are .txt files, served as articles through this glob. */
const USER_SETTINGS = { 'newsAnnotator.articles.globs': ['**/*.txt'] };
/** What is typed into Quick Open, and the tab that must then be active. */
const ARTICLE_QUERY = '000_cab7';
const ARTICLE_TAB = /^000_cab7fa1b0fafd71e\.txt/;
/** A word in that article that names an official, and what its hover must say. */
const OFFICIAL = 'Fomin';
const EXPECT_HOVER = [/Fomin/, /Alexander/];
/** The Problems panel must list at least this many of our problems (rows matching EXPECT_PROBLEM_ROW). */
const EXPECT_MIN_PROBLEMS = 1;
const EXPECT_PROBLEM_ROW = /news-annotator/i;
/** An article added to the scratch workspace with a problem that has a quick fix. */
const QUICKFIX_FILE = '900_e2e_rank_mismatch.txt';
const QUICKFIX_TEXT = " date 2021-09-20 Moscow, Sep 20 (PTI) Russian Deputy Defence Minister Lt Gen Alexander Fomin met Pakistan's defence secretary on Monday.\n";
/** The quick fix to pick from the lightbulb menu (first one when nothing matches), and the text after it. */
const EXPECT_FIX_TITLE = /Col(onel)? Gen(eral)?/i;
const EXPECT_TEXT_AFTER_FIX = /(Col Gen|Colonel General) Alexander Fomin/;
const EXPECT_TEXT_GONE_AFTER_FIX = 'Lt Gen';
/** After the fix the article has no problem left, so its squiggles must go. */
const EXPECT_FIX_CLEARS_SQUIGGLES = true;
/** The activity-bar container and its view, and what a clicked event must lead to. */
const CONTAINER_TITLE = 'News Annotator';
const TIMELINE_VIEW_TITLE = 'Timeline';
const EXPECT_EVENT_OPENS = /\.txt$/;
/** Tree depth of an event row: year (1) → month (2) → event (3) → its sources (4). */
const EVENT_MIN_LEVEL = 3;
// ----------------------------------------------------------------------------------

const { values: opts } = parseArgs({
  options: {
    timeout: { type: 'string', default: '420' },
    // Another extension to load instead of the repo's (e.g. a stand-in, to check the harness itself).
    extension: { type: 'string', default: repoRoot },
    // Run only some steps, e.g. --steps 1,2,3 (the workbench step is always run first).
    steps: { type: 'string', default: '' },
    verbose: { type: 'boolean', default: false },
  },
});
const resultsDir = path.join(repoRoot, 'test-results', 'e2e');
const STEP_TIMEOUT_MS = 60_000;
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';

/** Fails with a message naming what was looked for, instead of waiting forever. */
async function find(locator, what, timeout = 15_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`could not find ${what} within ${timeout / 1000}s`);
  }
  return locator.first();
}

async function until(what, probe, timeout = 15_000, every = 250) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, every));
  }
  // `what` may be a function so that the message shows the state at the time of giving up.
  throw new Error(`${typeof what === 'function' ? await what() : what} (gave up after ${timeout / 1000}s)`);
}

const normalise = (text) => (text ?? '').replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').trim();

/** The active editor group's text editor (not a peek or hover editor inside it). */
const activeEditor = (page) => page.locator('.editor-group-container.active .editor-container .monaco-editor').first();

/** The lines the active editor renders, in order (Monaco reorders its line elements freely). */
async function visibleEditorText(page) {
  return normalise(await activeEditor(page).evaluate((editor) => {
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((line) => line.textContent).join('\n');
  }));
}

async function activeTabName(page) {
  const tab = page.locator('.editor-group-container.active .tab.active .label-name').first();
  return (await tab.count()) ? normalise(await tab.textContent()) : '';
}

/** Puts the cursor on the first match of `text` with the find widget, then closes the widget. */
async function selectWithFind(page, text) {
  await activeEditor(page).click({ position: { x: 200, y: 10 } });
  await page.keyboard.press(`${mod}+F`);
  const input = await find(page.locator('.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input'), 'the find widget');
  await input.fill(text); // typing selects the first match (Enter would move on to the second)
  await page.waitForTimeout(500);
  await page.keyboard.press('Escape');
}

/** Centre of the first rendered, on-screen occurrence of `word` in the active editor, if any. */
async function wordCentre(page, word) {
  return activeEditor(page).evaluate((editor, w) => {
    const guard = editor.querySelector('.overflow-guard')?.getBoundingClientRect();
    const walker = document.createTreeWalker(editor.querySelector('.view-lines'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const r = range.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      if (!guard || (x > guard.left && x < guard.right && y > guard.top && y < guard.bottom)) return { x, y };
    }
    return null;
  }, word);
}

async function openWithQuickOpen(page, query, expectTab) {
  await page.keyboard.press(`${mod}+P`);
  const input = await find(page.locator('.quick-input-widget .quick-input-box input'), 'the Quick Open input');
  await input.fill(query);
  // The list first shows recently opened files: wait for a row naming the query, and click it.
  const row = await find(page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: query }), `a Quick Open result for "${query}"`);
  await row.click();
  await until(async () => `the tab ${expectTab} did not become active (active: "${await activeTabName(page)}")`,
    async () => expectTab.test(await activeTabName(page)));
  await find(activeEditor(page).locator('.view-line'), 'the editor text');
}

// ---- The steps, in order; each gets a screenshot. ----
const steps = [
  ['workbench loads with the extension', async ({ page }) => {
    await find(page.locator('.monaco-workbench'), 'the workbench', 60_000);
    await find(page.locator('.part.statusbar'), 'the status bar', 30_000);
    await find(page.locator(`.part.activitybar .action-item a[aria-label^="${CONTAINER_TITLE}"], .part.activitybar .action-item[aria-label^="${CONTAINER_TITLE}"]`),
      `the "${CONTAINER_TITLE}" activity-bar item`, 30_000);
  }],

  ['open an example article with Quick Open', async ({ page }) => {
    await openWithQuickOpen(page, ARTICLE_QUERY, ARTICLE_TAB);
    const text = await visibleEditorText(page);
    if (!text.includes(OFFICIAL)) throw new Error(`the editor does not show "${OFFICIAL}"; it shows: ${text.slice(0, 200)}`);
    return `tab "${await activeTabName(page)}"`;
  }],

  [`hover the official "${OFFICIAL}"`, async ({ page }) => {
    await selectWithFind(page, OFFICIAL);
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
    const readHover = async () => normalise((await hover.allInnerTexts()).join("\n"));
    const wanted = (text) => EXPECT_HOVER.every((re) => re.test(text));
    let how = 'mouse';
    const centre = await wordCentre(page, OFFICIAL);
    if (centre) {
      await page.mouse.move(centre.x - 40, centre.y + 60);
      await page.mouse.move(centre.x, centre.y, { steps: 5 });
    }
    let text = centre ? await until('no hover', async () => { const t = await readHover(); return wanted(t) && t; }, 10_000).catch(() => '') : '';
    if (!text) {
      // The mouse can miss (word off-screen, split tokens): ask for the hover at the cursor instead.
      how = 'keyboard (Ctrl+K Ctrl+I)';
      await page.keyboard.press(`${mod}+K`);
      await page.keyboard.press(`${mod}+I`);
      text = await until(async () => `no hover matching ${EXPECT_HOVER.join(' and ')} (hover text: "${await readHover()}")`,
        async () => { const t = await readHover(); return wanted(t) && t; }, 15_000);
    }
    return `via ${how}: ${text.replace(/\s+/g, ' ').slice(0, 160)}`;
  }],

  ['the Problems panel lists our problems', async ({ page }) => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.keyboard.press(`${mod}+Shift+M`);
    await find(page.locator('.markers-panel'), 'the Problems panel');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const ours = await until(`fewer than ${EXPECT_MIN_PROBLEMS} problem rows match ${EXPECT_PROBLEM_ROW}`, async () => {
      const texts = (await rows.allInnerTexts()).map((t) => normalise(t).replace(/\s*\n\s*/g, " ")).filter((t) => EXPECT_PROBLEM_ROW.test(t));
      return texts.length >= EXPECT_MIN_PROBLEMS && texts;
    }, 45_000).catch(async (err) => {
      const all = (await rows.allInnerTexts()).map((t) => normalise(t).replace(/\s*\n\s*/g, " "));
      throw new Error(`${err.message}; the panel shows ${all.length} row(s): ${all.slice(0, 5).join(' | ') || '(none)'}`);
    });
    return `${ours.length} row(s), e.g. "${ours[0].slice(0, 120)}"`;
  }],

  ['apply a quick fix from the lightbulb (Ctrl+.)', async ({ page }) => {
    await openWithQuickOpen(page, QUICKFIX_FILE, new RegExp(`^${QUICKFIX_FILE.replace(/\./g, '\\.')}`));
    const before = await visibleEditorText(page);
    // F8 goes to the first problem in the file; Escape closes its peek, leaving the cursor on it.
    await until('no problem marker (squiggle) in the quick-fix article',
      async () => (await activeEditor(page).locator('.squiggly-error, .squiggly-warning, .squiggly-info').count()) > 0, 45_000);
    await activeEditor(page).click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('F8');
    await page.waitForTimeout(500);
    await page.keyboard.press('Escape');
    await page.keyboard.press(`${mod}+.`);
    // The lightbulb menu: group headers ("Quick Fix") and action rows; the first action has focus.
    const actions = page.locator('.action-widget .monaco-list-row.action');
    await find(actions, 'the quick-fix menu');
    const titles = (await actions.allTextContents()).map(normalise);
    const index = Math.max(0, titles.findIndex((t) => EXPECT_FIX_TITLE.test(t)));
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const after = await until(`the text did not change to match ${EXPECT_TEXT_AFTER_FIX} (menu offered: ${titles.join(' | ')})`,
      async () => {
        const t = await visibleEditorText(page);
        return t !== before && EXPECT_TEXT_AFTER_FIX.test(t) && !t.includes(EXPECT_TEXT_GONE_AFTER_FIX) && t;
      }, 15_000);
    await find(page.locator('.editor-group-container.active .tab.active.dirty'), 'the dirty marker on the edited tab', 5_000);
    if (EXPECT_FIX_CLEARS_SQUIGGLES) {
      await until('the problem squiggle stayed after the fix', async () =>
        (await activeEditor(page).locator('.squiggly-error, .squiggly-warning, .squiggly-info').count()) === 0, 15_000);
    }
    return `applied "${titles[index]}": ${after.replace(/\s+/g, ' ').slice(0, 120)}`;
  }],

  [`open the ${CONTAINER_TITLE} ${TIMELINE_VIEW_TITLE} and click an event`, async ({ page }) => {
    const item = await find(page.locator(`.part.activitybar .action-item a[aria-label^="${CONTAINER_TITLE}"], .part.activitybar .action-item[aria-label^="${CONTAINER_TITLE}"]`),
      `the "${CONTAINER_TITLE}" activity-bar item`);
    await item.click();
    const pane = await find(page.locator('.part.sidebar .pane').filter({ has: page.locator(`.pane-header[aria-label^="${TIMELINE_VIEW_TITLE}"]`) }),
      `the ${TIMELINE_VIEW_TITLE} view`);
    const header = pane.locator('.pane-header');
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    // Expand year/month groups (by their twistie, which runs no command) until an event row shows:
    // a row at EVENT_MIN_LEVEL or deeper, or any leaf. Rows are looked up again each time because
    // the tree re-renders (and recycles row elements) as it expands.
    const rowInfo = () => pane.locator('.monaco-list-row').evaluateAll((rows) => rows.map((row) => ({
      index: row.getAttribute('data-index'),
      level: Number(row.getAttribute('aria-level') ?? 1),
      expanded: row.getAttribute('aria-expanded'),
      label: row.innerText.replace(/\s+/g, ' ').trim(),
    })));
    const target = await until(async () => `no event row in the ${TIMELINE_VIEW_TITLE} view (it shows: "${normalise(await pane.locator('.pane-body').innerText()).slice(0, 160)}")`, async () => {
      const rows = await rowInfo();
      const event = rows.find((r) => r.level >= EVENT_MIN_LEVEL || r.expanded === null);
      if (event) return event;
      const collapsed = rows.find((r) => r.expanded === 'false');
      if (collapsed) await pane.locator(`.monaco-list-row[data-index="${collapsed.index}"] .monaco-tl-twistie`).click();
      return null;
    }, 30_000);
    const label = target.label;
    // The click must land in an article: another tab, or a new selection (status bar "Ln 3, Col 5 (9 selected)").
    const cursor = () => page.locator('.statusbar-item[id="status.editor.selection"]').innerText().catch(() => '');
    const tabBefore = await activeTabName(page);
    const cursorBefore = await cursor();
    // The view refreshes when the server's index changes; a click that lands while the row is being
    // re-rendered is lost, so click the row (found again by its label) up to three times.
    let clicks = 0;
    let lastClick = 0;
    const tab = await until(async () => `clicking "${label}" ${clicks} time(s) opened no article (active tab: "${await activeTabName(page)}", cursor: "${await cursor()}")`, async () => {
      const name = await activeTabName(page);
      if (EXPECT_EVENT_OPENS.test(name) && (name !== tabBefore || (await cursor()) !== cursorBefore)) return name;
      if (clicks < 3 && Date.now() - lastClick > 5_000) {
        const rows = await rowInfo();
        const row = rows.find((r) => r.label === label) ?? target;
        await pane.locator(`.monaco-list-row[data-index="${row.index}"] .monaco-tl-contents`).click().catch(() => undefined);
        clicks++;
        lastClick = Date.now();
      }
      return null;
    }, 20_000);
    return `clicked "${label.slice(0, 80)}" → ${tab}`;
  }],
];

async function main() {
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  const results = [];
  const outcome = await withWorkbench({ prefix: 'e2e', timeoutMs: Number(opts.timeout) * 1000, verbose: opts.verbose, settings: USER_SETTINGS, keepLogsIn: path.join(resultsDir, 'logs') },
    async ({ server, page, scratch }) => {
      const workspace = path.join(scratch, 'workspace', path.basename(EXAMPLES_DIR));
      fs.cpSync(EXAMPLES_DIR, workspace, { recursive: true });
      fs.writeFileSync(path.join(workspace, QUICKFIX_FILE), QUICKFIX_TEXT);
      const log = fs.createWriteStream(path.join(resultsDir, 'workbench.log'));
      await page.exposeFunction('codeAutomationLog', (level, message) => log.write(`[${level}] ${message}\n`));
      page.on('pageerror', (err) => log.write(`[page error] ${err.message}\n`));
      page.on('console', (msg) => log.write(`[console.${msg.type()}] ${msg.text()}\n`));
      const url = workbenchUrl({ host: server.host, port: server.port, folder: workspace, extensionDevelopmentPath: opts.extension });
      console.log(`[e2e] opening ${url}`);
      page.setDefaultTimeout(10_000); // clicks on covered elements fail fast instead of after 30s
      await page.goto(url);
      const only = opts.steps ? new Set(['1', ...opts.steps.split(',')].map(Number)) : null;
      for (const [index, [name, run]] of steps.entries()) {
        if (only && !only.has(index + 1)) continue;
        const stepStart = Date.now();
        let timer;
        const shot = path.join(resultsDir, `${String(index + 1).padStart(2, '0')}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`);
        try {
          // Start each step from a calm workbench: no menu, widget or hover left open by the last one.
          for (let i = 0; i < 2; i++) await page.keyboard.press('Escape');
          const detail = await Promise.race([
            run({ page }),
            new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`step timed out after ${STEP_TIMEOUT_MS / 1000}s`)), STEP_TIMEOUT_MS); }),
          ]);
          results.push({ name, ok: true });
          console.log(`  ✔ ${name} (${((Date.now() - stepStart) / 1000).toFixed(1)}s)${detail ? `: ${detail}` : ''}`);
        } catch (err) {
          results.push({ name, ok: false });
          console.log(`  ✘ ${name} (${((Date.now() - stepStart) / 1000).toFixed(1)}s): ${err.message.split('\n')[0]}`);
        } finally {
          clearTimeout(timer);
          await page.screenshot({ path: shot }).catch(() => {});
        }
      }
      log.end();
      return 'done';
    }).catch((err) => {
    console.error(`[e2e] harness failed after ${seconds()}s: ${err.message}`);
    return 'harness-failed';
  });

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed + (outcome === 'done' ? 0 : Math.max(1, steps.length - results.length));
  console.log(`[e2e] finished in ${seconds()}s; screenshots in ${path.relative(repoRoot, resultsDir)}/`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(outcome !== 'done' ? 2 : failed ? 1 : 0);
}

main();
