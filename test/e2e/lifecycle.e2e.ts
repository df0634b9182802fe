/**
 * Extension lifecycle in real Chromium: after the extension reloads (chrome.runtime.reload() from its service
 * worker), the content script in an open tab stops cleanly (no "Extension context invalidated" error in the
 * page console, no stale <warmline-ui> still coaching), and after a page reload the new one takes over.
 */
import { describe, expect, it } from 'vitest';
import { launchWithExtension, readFindings, setUp } from './harness';
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

describe('extension reload', () => {
  it('the old content script stops cleanly: no error in the page, no stale <warmline-ui> or underlines after the next input', async () => {
    const { server, browser } = env();
    const page = await browser.context.newPage();
    const problems = collectProblems(page);
    await page.goto(server.url('editors/contenteditable.html'));
    await page.bringToFront();
    await page.locator('#reply').click();
    await page.keyboard.type(SHORT, { delay: 5 });
    await expect.poll(() => readFindings(page), SETTLE).toContain('deflection');

    const id = browser.extensionId;
    const oldWorker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`)) ?? browser.worker;
    await oldWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    // (Playwright does not always report the reloaded worker as a new 'serviceworker' event: do not wait for it.)

    await page.waitForTimeout(1500);
    // Typing on: the orphaned content script notices at the next input (WXT's ctx invalidation is checked
    // there) and removes its UI and underlines; nothing of it throws into the page.
    await page.locator('#reply').click();
    await page.keyboard.type(' More text.', { delay: 5 });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('warmline-ui').length), { ...SETTLE, message: 'stale <warmline-ui> after the reload' }).toBe(0);
    expect(await page.evaluate(() => { let n = 0; CSS.highlights.forEach((_h, name) => void (name.startsWith('wl-') && n++)); return n; }), 'stale underlines').toBe(0);
    expect(problems.errors.filter((e) => /context invalidated|Warmline|warmline/i.test(e)), 'errors after the reload').toEqual([]);
    expect(problems.errors).toEqual([]);

    expect(problems.errors).toEqual([]);
    await page.close();
    // Not checked here: that a new content script takes over. In this Chromium under Playwright, an unpacked
    // extension reloaded with chrome.runtime.reload() stays blocked (its pages answer ERR_BLOCKED_BY_CLIENT for
    // 30 s and more), and disable/enable through chrome.management needs the "management" permission, which
    // the reviewed manifest (privacy.e2e.ts) does not grant.
  }, 90_000);
});
