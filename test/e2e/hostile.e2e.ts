/**
 * Host page hostility and huge drafts, in real Chromium with the built extension (fixtures in
 * test/fixtures/hostile/, served as fixtures.zendesk.com so the manifest's own match patterns inject).
 * For every page: no exception escapes into the page (pageerror, console errors, the page's own
 * window.onerror), and the page's own behaviour is unchanged (its listeners fired, its own state is right).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchWithExtension, readFindings, setUp } from './harness';
import { collectProblems, startAllFixturesServer, type PageProblems } from './hostile-support';

const SETTLE = { timeout: 10_000, interval: 100 };
const SHORT = "You'll need to contact your bank. We'll get back to you soon.";

const env = setUp(
  async () => {
    const server = await startAllFixturesServer();
    const browser = await launchWithExtension();
    return { server, browser };
  },
  async ({ server, browser }) => {
    await browser.close();
    await server.close();
  },
);

async function open(name: string): Promise<{ page: Page; problems: PageProblems }> {
  const { server, browser } = env();
  const page = await browser.context.newPage();
  const problems = collectProblems(page);
  await page.goto(server.url(`hostile/${name}.html`));
  await page.bringToFront();
  await page.waitForFunction(() => (window as unknown as { hostState?: { ready?: boolean } }).hostState?.ready === true, undefined, { timeout: 10_000 });
  // The content script is there (the hook exists) before anything is typed.
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('warmline-ui').length), SETTLE).toBe(1);
  return { page, problems };
}

const hostState = (page: Page) => page.evaluate(() => (window as unknown as { hostState: Record<string, unknown> }).hostState);

async function expectClean(page: Page, problems: PageProblems): Promise<void> {
  await page.waitForTimeout(300);
  expect(problems.errors, 'errors in the page console').toEqual([]);
  expect((await hostState(page)).errors, "the page's own window.onerror").toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('warmline-ui').length), '<warmline-ui> hosts').toBe(1);
}

describe('hostile host pages', () => {
  it('an editor that re-renders on every keystroke: the page keeps its text and listeners, Warmline coaches the live one', async () => {
    const { page, problems } = await open('rerender');
    await page.keyboard.type(SHORT, { delay: 5 });
    expect(await page.locator('#reply').textContent()).toBe(SHORT);
    const state = await hostState(page);
    expect(state.inputs).toBe(SHORT.length);
    expect(state.renders).toBe(SHORT.length);
    await expect.poll(() => readFindings(page), SETTLE).toContain('deflection');
    await expectClean(page, problems);
    await page.close();
  });

  it('an editor removed mid-edit: no error, no stale findings', async () => {
    const { page, problems } = await open('removed');
    await page.locator('#reply').click();
    await page.keyboard.type(SHORT, { delay: 5 });
    expect((await hostState(page)).removed).toBe(true);
    await expect.poll(async () => (await readFindings(page)) ?? '', SETTLE).toBe('');
    await expectClean(page, problems);
    await page.close();
  });

  it('fifty editors on one page: each typed one is coached, none breaks', async () => {
    const { page, problems } = await open('many');
    for (const i of [0, 1, 24, 49]) {
      await page.locator(`#editor-${i}`).click();
      await page.keyboard.type(SHORT, { delay: 2 });
      await expect.poll(() => readFindings(page), { ...SETTLE, message: `editor ${i}` }).toContain('deflection');
    }
    expect((await hostState(page)).inputs).toBe(SHORT.length * 4);
    await expectClean(page, problems);
    await page.close();
  });

  it('editors in an open shadow root and in an iframe are coached, with one host in the top document', async () => {
    const { page, problems } = await open('shadow-iframe');
    await page.locator('reply-box #reply').click();
    await page.keyboard.type(SHORT, { delay: 5 });
    await expect.poll(() => readFindings(page), SETTLE).toContain('deflection');
    await page.frameLocator('#frame').locator('#reply').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Thanks for writing in. ' + SHORT, { delay: 5 });
    await expect.poll(() => readFindings(page), SETTLE).not.toContain('missing-thanks');
    await expect.poll(() => readFindings(page), SETTLE).toContain('deflection');
    expect(await page.frames()[1]!.evaluate(() => document.querySelectorAll('warmline-ui').length)).toBe(0);
    await expectClean(page, problems);
    await page.close();
  });

  it('a page whose Range geometry throws and whose Selection.addRange is replaced: no error escapes, the page keeps its own', async () => {
    const { page, problems } = await open('prototypes');
    await page.locator('#reply').click();
    await page.keyboard.type(SHORT, { delay: 3 });
    expect(await page.locator('#reply').textContent()).toBe(SHORT);
    await expect.poll(() => readFindings(page), SETTLE).toContain('deflection');
    // Open the list and a card (they need geometry), then apply: nothing may throw into the page.
    const ui = page.locator('warmline-ui');
    await ui.locator('[data-wl="chip"]').click().catch(() => undefined);
    await page.waitForTimeout(300);
    // The page's own overrides are still in place (Warmline never "repairs" the host's prototypes).
    expect(await page.evaluate(() => { try { document.createRange().getBoundingClientRect(); return 'no throw'; } catch (e) { return (e as Error).message; } })).toBe('host: no geometry for you');
    expect((await hostState(page)).inputs).toBe(SHORT.length);
    await expectClean(page, problems);
    await page.close();
  });

  for (const name of ['csp-meta', 'csp-header']) {
    it(`a strict CSP (${name === 'csp-meta' ? 'meta tag' : 'response header'}: default-src 'self'): coached, no CSP violation from Warmline`, async () => {
      const { page, problems } = await open(name);
      const violations: string[] = [];
      await page.exposeFunction('__cspViolation', (v: string) => violations.push(v)).catch(() => undefined);
      await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => void (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
      await page.locator('#reply').click();
      await page.keyboard.type(SHORT, { delay: 5 });
      await expect.poll(() => readFindings(page), SETTLE).toContain('deflection');
      expect((await hostState(page)).inputs).toBe(SHORT.length);
      expect(violations).toEqual([]);
      await expectClean(page, problems);
      await page.close();
    });
  }
});

describe('huge drafts', () => {
  it('a 200,000-character paste is coached without freezing the page, and typing after it stays responsive', async () => {
    const { page, problems } = await open('huge');
    await page.locator('#reply').click();
    const big = Array.from({ length: 2300 }, (_, i) => `Order ${i}: you'll need to contact your bank, we'll get back to you soon.`).join(' ').slice(0, 200_000);
    // The paste itself (the browser's own insertion of 200,000 characters) is a long task of the page's.
    await page.evaluate((text) => document.execCommand('insertText', false, text), big);
    const pastedAt = await page.evaluate(() => performance.now());
    await expect.poll(() => readFindings(page), { timeout: 20_000, interval: 200 }).toContain('deflection');
    // Typing after the paste: every key reaches the page promptly.
    const started = Date.now();
    await page.keyboard.type(' Thanks!', { delay: 0 });
    const typingMs = Date.now() - started;
    await page.waitForTimeout(1500);
    const longTasks = ((await hostState(page)).longTasks as { start: number; duration: number }[]).filter((t) => t.start > pastedAt);
    const worst = Math.max(0, ...longTasks.map((t) => t.duration));
    console.log(`huge draft: ${longTasks.length} long tasks after the paste, worst ${Math.round(worst)} ms; typing 8 keys took ${typingMs} ms`);
    expect(await page.evaluate(() => document.getElementById('reply')!.textContent!.length)).toBe(big.length + ' Thanks!'.length);
    expect(worst, 'the longest main-thread task after the paste').toBeLessThan(2_000);
    expect(typingMs).toBeLessThan(3_000);
    await expectClean(page, problems);
    await page.close();
  }, 90_000);
});
