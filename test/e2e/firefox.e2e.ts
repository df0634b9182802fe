/**
 * The built Firefox extension (`.output/firefox-mv2`, MV2 with a background page) in Debian's Firefox ESR,
 * driven over WebDriver BiDi (support/firefox.ts). The same checks as in Chromium where Firefox supports them:
 * the demo page is coached; in each editor kind a person types, the hook lists the engine's findings, the
 * underlines are drawn (CSS Custom Highlight API; the textarea's overlay), a fix applied through the card
 * reaches the editor library's own model and the editor's own undo takes it back; the popup shows the draft
 * of the tab the agent looks at; a rule level changed on the options page reaches the open editor live; an export
 * imported on the options page is coached in its worker, before / after following a level change; and
 * no request leaves the browser (every request goes through the recording proxy).
 */
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HOST } from './support/browser';
import { repoRoot } from './support/paths';
import { setUp } from './support/setup';
import { DRAFT, applyTo, findingsFor, hookValue, normalize } from './support/text';
import {
  DEMO_HOST,
  applyInUi,
  launchFirefoxWithExtension,
  openExtensionPage,
  readFindingsIn,
  underlinesIn,
  waitFor,
  type FirefoxWithExtension,
} from './support/firefox';

const ff = setUp(launchFirefoxWithExtension, (f) => f.close());

/** Polls until `read` gives `want` (8 s), then asserts it, so a failure shows what was there instead. */
async function settles<T>(read: () => Promise<T>, want: T, what: string): Promise<void> {
  let last: T | undefined;
  await waitFor(async () => {
    last = await read();
    return JSON.stringify(last) === JSON.stringify(want);
  }, what, 8_000).catch(() => undefined);
  expect(last, what).toEqual(want);
}

async function openFixturePage(f: FirefoxWithExtension, name: string): Promise<Page> {
  const page = await f.browser.newPage();
  await page.goto(`http://${FIXTURE_HOST}:${f.port}/${name}.html`);
  await page.bringToFront();
  await waitFor(() => page.evaluate(() => window.fixture?.ready === true), `fixture ${name} to be ready`, 15_000);
  return page;
}

const modelText = (page: Page, editor: string) => page.evaluate((name) => window.fixture.editors[name]!.modelText(), editor).then(normalize);

/** The editors the issue names, each with what a person clicks to type into it. */
const EDITORS = [
  { name: 'textarea', page: 'textarea', editor: 'textarea', target: '#reply' },
  { name: 'contenteditable', page: 'contenteditable', editor: 'contenteditable', target: '#reply' },
  { name: 'ProseMirror', page: 'prosemirror', editor: 'prosemirror', target: '.ProseMirror' },
  { name: 'Quill 2', page: 'quill', editor: 'quill', target: '.ql-editor' },
  { name: 'CKEditor 5', page: 'ckeditor5', editor: 'ckeditor5', target: '.ck-editor__editable' },
  { name: 'Draft.js', page: 'draftjs', editor: 'draftjs', target: '.public-DraftEditor-content' },
];

describe('Firefox: the demo helpdesk page', () => {
  it('is coached with the customer message as context, and the deflection fix applies in one click', async () => {
    const f = ff();
    const page = await f.browser.newPage();
    await page.goto(`http://${DEMO_HOST}:${f.port}/index.html`);
    await page.click('#reply');
    await page.keyboard.press('End');
    await settles(() => readFindingsIn(page), 'deflection,missing-apology,missing-thanks,vague-promise', 'data-findings on the demo page');
    expect(await underlinesIn(page), 'overlay marks under the textarea').toBeGreaterThan(0);
    const before = await page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value);
    await applyInUi(page, 'deflection');
    await waitFor(async () => (await page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value)) !== before, 'the reply to change');
    expect(await page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value)).not.toContain("You'll need to contact the courier");
    await waitFor(async () => !((await readFindingsIn(page)) ?? '').includes('deflection'), 'deflection to leave data-findings');
    await page.close();
  });
});

describe.each(EDITORS)('Firefox: $name', (row) => {
  const opened = setUp(async () => openFixturePage(ff(), row.page), (page) => page.close());

  it('a person types a draft, the hook lists the engine findings and the underlines are drawn', async () => {
    const page = opened();
    await page.click(row.target);
    await page.keyboard.type(DRAFT, { delay: 5 });
    expect(await modelText(page, row.editor)).toBe(DRAFT);
    await settles(() => readFindingsIn(page), hookValue(findingsFor(DRAFT)), 'data-findings of <warmline-ui>');
    expect(await page.evaluate(() => document.querySelectorAll('warmline-ui').length), 'one <warmline-ui> host').toBe(1);
    await waitFor(async () => (await underlinesIn(page)) > 0, 'underlines');
  });

  it("a fix applied through the card lands in the editor's own model, and its own undo takes it back", async () => {
    const page = opened();
    const before = await modelText(page, row.editor);
    const finding = findingsFor(before).find((x) => x.rule === 'missing-thanks' && x.suggestions.length > 0);
    expect(finding, 'a missing-thanks finding to apply').toBeDefined();
    const expected = applyTo(before, finding!.suggestions[0]!);
    await page.evaluate((name) => window.fixture.editors[name]!.cutHistory(), row.editor);
    await applyInUi(page, 'missing-thanks');
    await settles(() => modelText(page, row.editor), expected, `the ${row.editor} model after the fix`);
    await settles(() => page.evaluate((name) => window.fixture.editors[name]!.hasFocus(), row.editor), true, 'focus back in the editor');
    await settles(() => readFindingsIn(page), hookValue(findingsFor(expected)), 'data-findings after the fix');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await settles(() => modelText(page, row.editor), before, `the ${row.editor} model after Ctrl+Z`);
  });

  it('a replacement applied through the card lands in the model once, and its own undo takes it back', async () => {
    const page = opened();
    const before = await modelText(page, row.editor);
    await settles(() => readFindingsIn(page), hookValue(findingsFor(before)), 'data-findings before the replacement');
    const finding = findingsFor(before).find((x) => x.end > x.start && x.suggestions.length > 0);
    expect(finding, 'a finding that flags a span').toBeDefined();
    const expected = applyTo(before, finding!.suggestions[0]!);
    await page.evaluate((name) => window.fixture.editors[name]!.cutHistory(), row.editor);
    await applyInUi(page, finding!.rule);
    await settles(() => modelText(page, row.editor), expected, `the ${row.editor} model after the replacement`);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await settles(() => modelText(page, row.editor), before, `the ${row.editor} model after Ctrl+Z`);
  });
});

describe('Firefox: popup and options page', () => {
  it('the popup shows the findings of the draft in the tab the agent looks at', async () => {
    const f = ff();
    const page = await openFixturePage(f, 'textarea');
    await page.click('#reply');
    await page.keyboard.type(DRAFT, { delay: 2 });
    await settles(() => readFindingsIn(page), hookValue(findingsFor(DRAFT)), 'data-findings');
    // The real popup asks for the active tab once, when it opens: open popup.html as a background tab of the
    // fixture's window from an extension page, so the fixture stays the active tab (as under the real popup).
    const launcher = await f.browser.newPage();
    await openExtensionPage(f, launcher, 'options.html');
    const before = new Set(await f.browser.pages());
    await page.bringToFront();
    await launcher.evaluate(() => (globalThis as unknown as { browser: { tabs: { create(o: object): Promise<unknown> } } }).browser.tabs.create({ url: 'popup.html', active: false }));
    let popup: Page | undefined;
    await waitFor(async () => {
      popup = (await f.browser.pages()).find((p) => !before.has(p));
      return popup !== undefined && (await popup.evaluate(() => document.querySelector('[data-state]') !== null).catch(() => false));
    }, 'the popup to render');
    const rules = await popup!.evaluate(() => [...document.querySelectorAll('[data-state="findings"] [data-rule]')].map((el) => el.getAttribute('data-rule')));
    expect([...new Set(rules)].sort().join(','), 'rules listed in the popup').toBe(hookValue(findingsFor(DRAFT)));
    await popup!.close();
    await launcher.close();
    await page.close();
  });

  it('a rule level changed on the options page reaches the open editor without a reload', async () => {
    const f = ff();
    const page = await openFixturePage(f, 'textarea');
    await page.click('#reply');
    await page.keyboard.type(DRAFT, { delay: 2 });
    const all = hookValue(findingsFor(DRAFT));
    await settles(() => readFindingsIn(page), all, 'data-findings');
    const options = await f.browser.newPage();
    await openExtensionPage(f, options, 'options.html');
    const level = 'article[data-rule="missing-thanks"] select';
    await waitFor(() => options.evaluate((s) => document.querySelector(s) !== null, level), 'the missing-thanks level');
    await options.select(level, 'off');
    const without = all.split(',').filter((r) => r !== 'missing-thanks').join(',');
    await settles(() => readFindingsIn(page), without, 'data-findings once missing-thanks is off');
    await options.select(level, 'warning');
    await settles(() => readFindingsIn(page), all, 'data-findings once missing-thanks is back');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length), 'the ticket page was not reloaded').toBe(1);
    await options.close();
    await page.close();
  });
});

describe('Firefox: your replies on the options page', () => {
  it('imports the example export in its worker and shows before / after counts when a level changes', async () => {
    const f = ff();
    const options = await f.browser.newPage();
    await openExtensionPage(f, options, 'options.html');
    const input = (await options.waitForSelector('#replies-file')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(join(repoRoot, 'docs/examples/team-export.csv'));
    await waitFor(() => options.evaluate(() => document.querySelector('[data-import="done"]') !== null), 'the import to finish', 60_000);
    const rate = () =>
      options.evaluate(() => {
        const row = document.querySelector('[data-import-rates] tr[data-rule="deflection"]');
        return { before: row?.getAttribute('data-before'), after: row?.getAttribute('data-after') };
      });
    const before = (await rate()).before;
    expect(Number(before), 'deflection count').toBeGreaterThan(0);
    await options.select('article[data-rule="deflection"] select', 'off');
    await settles(rate, { before, after: '0' }, 'deflection before / after once it is off');
    await options.select('article[data-rule="deflection"] select', 'warning');
    await settles(rate, { before, after: null }, 'deflection back on: nothing to compare');
    await options.close();
  });
});

describe('Firefox: privacy', () => {
  it('no request left the browser: every request the proxy saw was for the helpdesk fixtures', () => {
    const f = ff();
    expect(f.seen.length, 'requests the proxy saw (the fixture pages at least)').toBeGreaterThan(0);
    expect(f.leaks, 'requests to anything but the fixture hosts').toEqual([]);
  });
});
