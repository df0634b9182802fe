/**
 * "Toolbar popup and options page", the popup half: the BUILT extension's popup.html next to a helpdesk fixture
 * page whose reply editor has a draft.
 *
 * How the popup is opened, faithfully: the real popup asks `tabs.query({active: true, currentWindow: true})`
 * once, when it opens, and the answer is the tab the agent is looking at. Playwright cannot reach the real
 * action popup (chrome.action.openPopup() opens it, but as a target Playwright does not expose), and a
 * popup.html opened as an ordinary foreground tab would find itself as the active tab. So popup.html is
 * loaded, unchanged, as a BACKGROUND tab of the fixture's window (the fixture stays the window's active tab,
 * exactly what the real popup sees), and once it has rendered that tab is moved into a small window of its
 * own, so both the page and the popup stay visible (like the popup over the page) while the test clicks in it.
 * No test-only code path in the product.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FindingWithFlagged } from '../../src/content/messages';
import { warmthScore } from '../../src/engine/warmth';
import { FIXTURE_HOST, FixtureEditorHandle, getState, openFixture, readFindings, setUp, typeLikeAPerson, useEnvironment } from './harness';

const SETTLE = { timeout: 8_000, interval: 100 };
const DRAFT = "Hi Sam,\n\nYou'll need to contact the courier about the box. We'll get back to you soon.";

const env = useEnvironment();

type Chrome = {
  tabs: {
    query(q: object): Promise<{ id?: number; windowId?: number; url?: string }[]>;
    create(o: object): Promise<{ id?: number }>;
  };
  windows: { create(o: object): Promise<{ id?: number }> };
  action: { getBadgeText(o: { tabId: number }): Promise<string> };
};

async function serviceWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  return context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 10_000 }));
}

/** Runs `fn` in the extension's service worker with its `chrome` API. */
async function inWorker<T, A>(fn: (chrome: Chrome, arg: A) => Promise<T>, arg: A): Promise<T> {
  const { context, extensionId } = env().browser;
  const worker = await serviceWorker(context, extensionId);
  return worker.evaluate(
    ([source, a]) => {
      const run = new Function(`return (${source})`)() as (c: unknown, a: unknown) => Promise<unknown>;
      return run((globalThis as unknown as { chrome: unknown }).chrome, a);
    },
    [fn.toString(), arg] as const,
  ) as Promise<T>;
}

const badgeOf = (tabId: number) => inWorker((chrome, id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** Opens popup.html for the active tab of the last focused window (see the top of this file). */
async function openPopupFor(context: BrowserContext, extensionId: string): Promise<{ popup: Page; tabId: number }> {
  const url = `chrome-extension://${extensionId}/popup.html`;
  const opened = context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 });
  const { tabId, popupTab } = await inWorker(
    async (chrome, popupUrl) => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (active?.id === undefined) throw new Error('no active tab');
      const tab = await chrome.tabs.create({ url: popupUrl, active: false, windowId: active.windowId });
      return { tabId: active.id, popupTab: tab.id! };
    },
    url,
  );
  const popup = await opened;
  // Rendered for the fixture's tab (while it is still the active tab of its window)…
  await popup.locator('[data-state]').first().waitFor({ timeout: 10_000 });
  // …then moved beside it, so both stay visible.
  await inWorker((chrome, id) => chrome.windows.create({ tabId: id, width: 420, height: 760 }), popupTab);
  return { popup, tabId };
}

async function hookRules(page: Page): Promise<string[]> {
  const value = await readFindings(page);
  return value ? value.split(',') : [];
}

describe('toolbar popup', () => {
  const opened = setUp(
    async () => {
      const { browser, server } = env();
      const page = await openFixture(browser.context, server.port, 'ticket');
      await page.locator('#reply').click();
      await typeLikeAPerson(page, DRAFT);
      return { page, editor: new FixtureEditorHandle(page, 'textarea') };
    },
    async ({ page }) => page.close(),
  );

  it('shows the active tab\'s findings with the warmth score, applies a fix in one click, switches the site off and on; the badge counts the findings', async () => {
    const { browser } = env();
    const { page, editor } = opened();
    await expect.poll(() => hookRules(page), SETTLE).toEqual(expect.arrayContaining(['deflection', 'missing-thanks', 'vague-promise']));
    await page.waitForTimeout(300);
    const hook = await hookRules(page);
    const state = await getState(browser.context, browser.extensionId);
    expect([...new Set(state.findings.map((f) => f.rule))].sort()).toEqual(hook);

    const { popup, tabId } = await openPopupFor(browser.context, browser.extensionId);
    try {
      // The fixture tab is the one the popup read: its url is the fixture's.
      expect(await inWorker(async (chrome, id) => (await chrome.tabs.query({})).find((t) => t.id === id)?.url, tabId)).toContain(FIXTURE_HOST);

      // Findings, one card per finding, and the warmth score the engine gives them.
      const cards = popup.locator('li.wl-finding');
      await popup.locator('[data-state="findings"]').waitFor();
      expect(await cards.count()).toBe(state.findings.length);
      expect([...new Set(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')!)))].sort()).toEqual(hook);
      const score = Number(await popup.locator('.wl-score-num').textContent());
      expect(score).toBe(warmthScore(state.findings as unknown as FindingWithFlagged[]));
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThan(100);
      expect(await popup.getByRole('meter', { name: 'Warmth score' }).getAttribute('value')).toBe(String(score));

      // The toolbar badge: the number of findings in this tab.
      await expect.poll(() => badgeOf(tabId), SETTLE).toBe(String(state.findings.length));

      // One click in the popup applies a fix in the page's editor.
      const thanks = state.findings.find((f) => f.rule === 'missing-thanks' && f.suggestions.length > 0)!;
      expect(thanks, 'a missing-thanks finding with a suggestion').toBeDefined();
      await popup.locator('li.wl-finding[data-rule="missing-thanks"]').getByRole('button', { name: thanks.suggestions[0]!.label }).click();
      const fixed = DRAFT.slice(0, thanks.suggestions[0]!.start) + thanks.suggestions[0]!.text + DRAFT.slice(thanks.suggestions[0]!.end);
      await expect.poll(() => editor.modelText(), SETTLE).toBe(fixed);
      await expect.poll(() => popup.locator('.wl-notice').textContent(), SETTLE).toContain('Applied');
      await expect.poll(() => hookRules(page), SETTLE).toEqual(hook.filter((r) => r !== 'missing-thanks'));
      await expect.poll(() => popup.locator('li.wl-finding[data-rule="missing-thanks"]').count(), SETTLE).toBe(0);
      const after = await popup.locator('li.wl-finding').count();
      expect(after).toBe(state.findings.length - 1);
      expect(Number(await popup.locator('.wl-score-num').textContent())).toBeGreaterThan(score);
      await expect.poll(() => badgeOf(tabId), SETTLE).toBe(String(after));

      // The site switch turns coaching off for this host, and back on.
      const site = popup.getByRole('switch', { name: `Coach on ${FIXTURE_HOST}` });
      expect(await site.isChecked()).toBe(true);
      await site.uncheck();
      await expect.poll(() => readFindings(page).then((v) => v ?? ''), SETTLE).toBe('');
      await popup.locator('[data-state="site-off"]').waitFor();
      await expect.poll(() => badgeOf(tabId), SETTLE).toBe('');
      await site.check();
      await expect.poll(() => hookRules(page), SETTLE).toEqual(hook.filter((r) => r !== 'missing-thanks'));
      await popup.locator('[data-state="findings"]').waitFor();
      await expect.poll(() => popup.locator('li.wl-finding').count(), SETTLE).toBe(after);
      await expect.poll(() => badgeOf(tabId), SETTLE).toBe(String(after));
      expect(await editor.modelText()).toBe(fixed);
    } finally {
      await popup.close();
    }
  });
});
