/**
 * Extension lifecycle in real Chromium.
 *
 * Two-stage loading: on a helpdesk page without a reply editor only the detector runs (the coach's script is
 * never parsed: Chromium's debugger reports every script it compiles, the extension's isolated world included);
 * when a reply editor is added, the detector has the background inject the coach and typing is coached.
 *
 * Reload take-over: after the extension reloads (chrome.runtime.reload() from its service worker), the content
 * script in an open tab stops cleanly (no "Extension context invalidated" error in the page console, no stale
 * <warmline-ui> still coaching), and the new version takes over in the same tab without a page reload (the
 * background puts the detector into open helpdesk tabs on runtime.onInstalled: src/background/take-over.ts).
 *
 * Chromium disables a reloaded unpacked extension ("unsupportedDeveloperExtension") unless the profile is in
 * developer mode, which is where anyone reloads an unpacked extension: the reload test turns developer mode
 * on first, through chrome://extensions' own API, as the toggle on that page does.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getState, launchWithExtension, readFindings, setUp } from './harness';
import { collectProblems, startAllFixturesServer } from './hostile-support';

const SETTLE = { timeout: 15_000, interval: 200 };
const SHORT = "You'll need to contact your bank. We'll get back to you soon.";

const env = setUp(
  async () => ({ server: await startAllFixturesServer(), browser: await launchWithExtension() }),
  async ({ server, browser }) => {
    await browser.close();
    await server.close();
  },
);

/** The extension scripts Chromium compiles in a page (every world), by file: `content-scripts/detector.js` … */
async function extensionScripts(page: Page, extensionId: string): Promise<{ files: string[]; session: CDPSession }> {
  const files: string[] = [];
  const session = await page.context().newCDPSession(page);
  session.on('Debugger.scriptParsed', (e: { url: string }) => {
    const prefix = `chrome-extension://${extensionId}/`;
    if (e.url.startsWith(prefix)) files.push(e.url.slice(prefix.length));
  });
  await session.send('Debugger.enable');
  return { files, session };
}

const hosts = (page: Page) => page.evaluate(() => document.querySelectorAll('warmline-ui').length);

/** Turns developer mode on in the profile (chrome://extensions' toggle), so a reloaded unpacked extension stays enabled. */
async function developerMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  type DevPrivate = { updateProfileConfiguration(c: { inDeveloperMode: boolean }, done: () => void): void };
  await page.evaluate(
    () => new Promise<void>((done) => (globalThis as unknown as { chrome: { developerPrivate: DevPrivate } }).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done)),
  );
  await page.close();
}

describe('two-stage loading', () => {
  it('a helpdesk page without a reply editor runs only the detector; an editor added later is coached', async () => {
    const { server, browser } = env();
    const page = await browser.context.newPage();
    const problems = collectProblems(page);
    const { files, session } = await extensionScripts(page, browser.extensionId);
    await page.goto(server.url('lifecycle/no-editor.html'));
    await expect.poll(() => files, { ...SETTLE, message: 'the detector runs on every helpdesk page' }).toContain('content-scripts/detector.js');
    // Focusing the search box is not a reply editor either.
    await page.locator('#search').click();
    await page.keyboard.type('refund', { delay: 5 });
    await page.waitForTimeout(1500);
    expect(files, 'no coach on a page without a reply editor').not.toContain('content-scripts/content.js');
    expect(await hosts(page), 'no <warmline-ui> without the coach').toBe(0);
    // The popup still gets an answer: the detector's own (no editor yet).
    await page.bringToFront();
    expect(await getState(browser.context, browser.extensionId)).toEqual({ findings: [], editor: false });
    expect(files, 'answering the popup loads no coach').not.toContain('content-scripts/content.js');

    // The helpdesk opens a ticket: its reply editor appears late, as in single-page apps.
    await page.evaluate(() => {
      const reply = document.createElement('div');
      reply.id = 'reply';
      reply.contentEditable = 'true';
      reply.style.cssText = 'width:600px;height:120px;border:1px solid #999';
      document.getElementById('list')!.after(reply);
    });
    // The agent starts typing at once: what is typed while the coach loads is coached when it arrives.
    await page.locator('#reply').click();
    await page.keyboard.type(SHORT, { delay: 5 });
    await expect.poll(() => files, { ...SETTLE, message: 'the coach is injected once the editor appears' }).toContain('content-scripts/content.js');
    await expect.poll(() => readFindings(page), SETTLE).toBe('deflection,missing-thanks,vague-promise');
    expect(await hosts(page)).toBe(1);
    expect(files.filter((f) => f === 'content-scripts/content.js'), 'the coach is injected once').toHaveLength(1);
    expect(problems.errors).toEqual([]);
    await session.detach();
    await page.close();
  }, 60_000);
});

describe('extension reload', () => {
  it('the old content script stops cleanly, then the new one takes over in the same tab without a page reload', async () => {
    const { server, browser } = env();
    await developerMode(browser.context);
    const page = await browser.context.newPage();
    const problems = collectProblems(page);
    await page.goto(server.url('editors/contenteditable.html'));
    await page.bringToFront();
    await page.locator('#reply').click();
    await page.keyboard.type(SHORT, { delay: 5 });
    await expect.poll(() => readFindings(page), SETTLE).toContain('deflection');
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    // Marks the document: a page reload would lose it. And counts, in the page, the most <warmline-ui> hosts
    // there ever were at once: the old and the new version must not overlap.
    await page.evaluate(() => {
      document.documentElement.setAttribute('data-test-same-document', '1');
      const w = window as unknown as { maxHosts: number };
      w.maxHosts = document.querySelectorAll('warmline-ui').length;
      new MutationObserver(() => (w.maxHosts = Math.max(w.maxHosts, document.querySelectorAll('warmline-ui').length))).observe(document, { childList: true, subtree: true });
    });

    const id = browser.extensionId;
    const oldWorker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`)) ?? browser.worker;
    const { files, session } = await extensionScripts(page, id);
    // Debugger.enable reports the scripts already there (the old version's): count only what comes after.
    await page.waitForTimeout(300);
    expect(files, 'the old detector and coach were there').toEqual(expect.arrayContaining(['content-scripts/detector.js', 'content-scripts/content.js']));
    files.length = 0;
    await oldWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);

    // The new version's background injects the detector into this open tab, which loads the coach.
    await expect.poll(() => files, { ...SETTLE, timeout: 30_000, message: 'the new detector and coach in the open tab' }).toEqual(
      expect.arrayContaining(['content-scripts/detector.js', 'content-scripts/content.js']),
    );
    // Typing on: the orphaned script notices (WXT's ctx invalidation) and removes its UI and underlines, the new
    // one coaches the draft; nothing of either throws into the page.
    await page.locator('#reply').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' More text.', { delay: 5 });
    await expect.poll(() => readFindings(page), { ...SETTLE, message: 'coached again after the reload' }).toBe('deflection,missing-thanks,vague-promise');
    await expect.poll(() => hosts(page), { ...SETTLE, message: 'exactly one <warmline-ui>' }).toBe(1);
    // The draft is coached by the new version: the new editor text is in the hook's analysis, not a stale one.
    await page.keyboard.type(' Sorry for the trouble, thanks for your patience.', { delay: 5 });
    await expect.poll(() => readFindings(page), SETTLE).not.toContain('missing-thanks');
    expect(await hosts(page)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { maxHosts: number }).maxHosts), 'never two <warmline-ui> at once').toBe(1);
    expect(await page.evaluate(() => [performance.timeOrigin, document.documentElement.getAttribute('data-test-same-document')]), 'no page reload').toEqual([loadedAt, '1']);
    expect(problems.errors.filter((e) => /context invalidated|Warmline|warmline/i.test(e)), 'errors after the reload').toEqual([]);
    expect(problems.errors).toEqual([]);
    await session.detach();
    await page.close();
  }, 90_000);
});
