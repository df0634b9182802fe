/**
 * Privacy and security in real Chromium with the built extension:
 * - the built manifest asks for exactly what was reviewed (inline expected object: widening fails here);
 * - no network: every request of every extension context (service worker, content script through its page,
 *   popup, options page) is recorded while coaching, applying fixes and changing settings on several fixture
 *   pages; none goes anywhere but the extension's own files and the fixture pages' own files. A self-check
 *   proves the recorder sees a page's fetch (a content script's fetch runs with the page's origin and
 *   network stack) and a fetch from the service worker;
 * - no injection: a custom rule whose message and suggestion are HTML/script payloads is shown as text in
 *   the card and list, the popup and the options page, and nothing runs (window.__pwned stays undefined);
 * - no draft in storage: after coaching a draft carrying a unique marker, no storage area holds it.
 */
// Playwright reports service-worker requests on the context only with this set before launch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { applySuggestion, DRAFT, findingsFor, hookValue, launchWithExtension, readFindings, setUp, typeLikeAPerson, type ExtensionBrowser } from './harness';
import { collectProblems, recordRequests, startAllFixturesServer, type AllFixturesServer, type RecordedRequest } from './hostile-support';
import { extensionDir, repoRoot } from './support/paths';
import { FIXTURE_HOST } from './support/browser';

const SETTLE = { timeout: 10_000, interval: 100 };
const MARKER = 'zqxprivacy4417';

const env = setUp(
  async () => {
    const server = await startAllFixturesServer();
    const browser = await launchWithExtension();
    const recorder = recordRequests(browser.context);
    return { server, browser, recorder };
  },
  async ({ server, browser, recorder }) => {
    recorder.stop();
    await browser.close();
    await server.close();
  },
);

/** What the extension's worker sees in chrome.* (evaluated in the service worker). */
async function inWorker<T>(browser: ExtensionBrowser, fn: () => Promise<T>): Promise<T> {
  const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`)) ?? browser.worker;
  return worker.evaluate(fn);
}

async function storageDump(browser: ExtensionBrowser): Promise<string> {
  return inWorker(browser, async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> }> } }).chrome;
    return JSON.stringify({ sync: await c.storage.sync!.get(null), local: await c.storage.local!.get(null), session: await c.storage.session!.get(null) });
  });
}

async function setStoredSettings(browser: ExtensionBrowser, settings: unknown): Promise<void> {
  const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`)) ?? browser.worker;
  await worker.evaluate(async (value) => {
    const c = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome;
    await c.storage.sync.set({ settings: value });
  }, settings);
}

/** Requests that are neither the extension's own files nor a fixture page's own files. */
function unexpected(all: RecordedRequest[], server: AllFixturesServer): RecordedRequest[] {
  const servedOk = new Set(server.served.filter((s) => s.status < 400 && s.method === 'GET').map((s) => s.path));
  return all.filter((r) => {
    const u = new URL(r.url);
    if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return false;
    if (u.hostname === FIXTURE_HOST && u.port === String(server.port) && r.method === 'GET' && servedOk.has(u.pathname) && !u.pathname.startsWith('/__probe')) return false;
    return true;
  });
}

describe('the built manifest (any widening fails here until reviewed)', () => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks for exactly the reviewed permissions, hosts, content-script matches and CSP', () => {
    const reviewed = {
      // offscreen (reviewed 2026-12-06): the engine's document outlives the worker; it shows no warning at
      // install and reaches no page, no data and no network (src/background/offscreen-engine.ts).
      permissions: ['storage', 'scripting', 'offscreen'],
      host_permissions: [
        '*://*.zendesk.com/*',
        '*://*.freshdesk.com/*',
        '*://app.intercom.com/*',
        '*://secure.helpscout.net/*',
        '*://app.frontapp.com/*',
        '*://mail.google.com/*',
        '*://app.hubspot.com/*',
        '*://*.lightning.force.com/*',
        '*://desk.zoho.com/*',
        '*://desk.zoho.eu/*',
        '*://desk.zoho.in/*',
        '*://*.gorgias.com/*',
      ],
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      content_script_matches: [
        '*://*.freshdesk.com/*',
        '*://*.gorgias.com/*',
        '*://*.lightning.force.com/*',
        '*://*.zendesk.com/*',
        '*://app.frontapp.com/*',
        '*://app.hubspot.com/*',
        '*://app.intercom.com/*',
        '*://desk.zoho.com/*',
        '*://desk.zoho.eu/*',
        '*://desk.zoho.in/*',
        '*://mail.google.com/*',
        '*://secure.helpscout.net/*',
      ],
      content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
      externally_connectable: undefined,
      web_accessible_resources: undefined,
    };
    const scripts = (manifest.content_scripts as { matches: string[] }[] | undefined) ?? [];
    expect({
      permissions: manifest.permissions,
      host_permissions: manifest.host_permissions,
      optional_host_permissions: manifest.optional_host_permissions,
      content_script_matches: [...new Set(scripts.flatMap((s) => s.matches))].sort(),
      content_security_policy: manifest.content_security_policy,
      externally_connectable: manifest.externally_connectable,
      web_accessible_resources: manifest.web_accessible_resources,
    }).toEqual({ ...reviewed, content_script_matches: [...reviewed.content_script_matches].sort() });
    // Only the small detector is declared; the coach is injected by the background when a page has a reply
    // editor (src/background/coach-loader.ts), so it is neither in the manifest nor web-accessible.
    expect(scripts.map((s) => (s as { js?: string[] }).js)).toEqual([['content-scripts/detector.js']]);
  });

  it("forbids remote code: script-src 'self' only, no remote hosts, no unsafe-eval / unsafe-inline / wasm-unsafe-eval", () => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
    expect(scriptSrc).toEqual(["'self'"]);
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval|unsafe-inline|wasm-unsafe-eval|data:|blob:/);
  });

  it('ships no code that fetches, opens sockets or beacons (the built bundles)', () => {
    // The detector (the manifest's content script) and the coach it has the background inject.
    const files = ['background.js', 'content-scripts/detector.js', 'content-scripts/content.js'].map((f) => join(extensionDir, f)).filter(existsSync);
    expect(files.length).toBe(3);
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      expect(code, f).not.toMatch(/\bnew WebSocket\(|\bnavigator\.sendBeacon\(|\bnew EventSource\(|https?:\/\/(?!www\.w3\.org|[a-z.]*example)[a-z0-9.-]+\.[a-z]{2,}\/[^\s"'`]*\b(collect|track|analytics|api)\b/);
    }
  });
});

describe('no network', () => {
  it('self-check: the recorder sees a fetch from a page (as a content script would make) and from the service worker', async () => {
    const { server, browser, recorder } = env();
    const page = await browser.context.newPage();
    await page.goto(server.url('editors/contenteditable.html'));
    await page.evaluate(async (u) => void (await fetch(u)), server.url('__probe-page'));
    await inWorker(browser, async () => undefined);
    const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`))!;
    await worker.evaluate(async (u) => void (await fetch(u).catch(() => undefined)), server.url('__probe-worker'));
    await expect.poll(() => recorder.all.map((r) => r.url), SETTLE).toEqual(expect.arrayContaining([server.url('__probe-page'), server.url('__probe-worker')]));
    expect(recorder.all.find((r) => r.url.endsWith('__probe-worker'))?.from).toBe('service worker');
    // And the checker flags them (they are not a fixture page's own file).
    expect(unexpected(recorder.all, server).map((r) => new URL(r.url).pathname)).toEqual(expect.arrayContaining(['/__probe-page', '/__probe-worker']));
    await page.close();
    recorder.all.length = 0;
  });

  it('coaching, applying fixes and changing settings on several pages makes no request beyond the extension and the pages', async () => {
    const { server, browser, recorder } = env();
    recorder.all.length = 0;
    const pages: [string, string, string][] = [
      ['editors/contenteditable.html', '#reply', DRAFT],
      ['editors/textarea.html', '#reply', DRAFT],
      ['editors/prosemirror.html', '.ProseMirror', DRAFT],
    ];
    if (existsSync(join(repoRoot, 'test/fixtures/sites/build/zendesk.js'))) pages.push(['sites/zendesk.html', '.ck-editor__editable', DRAFT]);
    for (const [path, selector, text] of pages) {
      const page = await browser.context.newPage();
      await page.goto(server.url(path));
      await page.bringToFront();
      await page.locator(selector).first().click();
      await typeLikeAPerson(page, text);
      await expect.poll(() => readFindings(page), { ...SETTLE, message: `coached on ${path}` }).toContain('missing-thanks');
      await applySuggestion(page, 'missing-thanks');
      await expect.poll(async () => (await readFindings(page)) ?? '', { ...SETTLE, message: `fix applied on ${path}` }).not.toContain('missing-thanks');
      await page.close();
    }
    // The popup and the options page: open them, change settings, import a pack, use the test bench.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForTimeout(500);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#rules select').first().waitFor();
    await options.locator('#rules select').first().selectOption('hint');
    await options.locator('#import-text').fill(JSON.stringify({ version: 2, name: 'Network check', rules: { deflection: { level: 'warning' } } }));
    await options.getByRole('button', { name: 'Check pasted pack' }).click();
    await options.locator('[data-preview]').getByRole('button', { name: 'Apply' }).click();
    await options.locator('#bench-draft').fill("You'll need to contact your bank. We'll get back to you soon.");
    await options.waitForTimeout(800);
    await expect.poll(async () => (await storageDump(browser)).includes('Network check'), SETTLE).toBe(true);
    await popup.close();
    await options.close();

    const bad = unexpected(recorder.all, server);
    const byContext = recorder.all.reduce<Record<string, number>>((n, r) => ((n[r.from.startsWith('chrome-extension') ? 'extension pages' : r.from === 'service worker' ? 'service worker' : 'fixture pages'] = (n[r.from.startsWith('chrome-extension') ? 'extension pages' : r.from === 'service worker' ? 'service worker' : 'fixture pages'] ?? 0) + 1), n), {});
    console.log(`privacy: ${recorder.all.length} requests seen (${JSON.stringify(byContext)}), ${bad.length} unexpected`);
    expect(bad, 'requests that are neither the extension’s own files nor the fixture pages’ own files').toEqual([]);
    expect(recorder.all.length).toBeGreaterThan(0);
  });
});

describe('no injection (custom rule text from a team lead)', () => {
  const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"><svg onload=window.__pwned=1>';
  const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
  const dangerousInUi = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('warmline-ui')?.shadowRoot;
      return root ? root.querySelectorAll('img, script, svg, iframe, [onerror], [onload]').length : -1;
    });

  it('a payload in a custom rule message and suggestion is text in the card and list, the popup and the options page', async () => {
    const { server, browser } = env();
    await setStoredSettings(browser, {
      version: 2,
      name: PAYLOAD.slice(0, 100),
      rules: {},
      customRules: [{ id: 'pwn', type: 'phrase', level: 'warning', message: PAYLOAD, suggestion: PAYLOAD, patterns: ['bank statement'] }],
      sites: { enabled: {}, customDomains: [] },
    });
    const page = await browser.context.newPage();
    const problems = collectProblems(page);
    await page.goto(server.url('editors/contenteditable.html'));
    await page.bringToFront();
    await page.locator('#reply').click();
    await typeLikeAPerson(page, 'Thanks for writing in. The bank statement came today.');
    await expect.poll(() => readFindings(page), SETTLE).toContain('custom:pwn');
    const ui = page.locator('warmline-ui');
    await ui.locator('[data-wl="chip"]').click();
    await ui.locator('[data-wl="list"]').waitFor();
    await ui.locator('[data-wl="item"][data-rule="custom:pwn"]').click();
    const card = ui.locator('[data-wl="card"][data-rule="custom:pwn"]');
    await card.waitFor();
    expect(await card.locator('.wl-message').textContent()).toBe(PAYLOAD);
    expect(await dangerousInUi(page)).toBe(0);
    expect(await pwned(page)).toBeNull();
    // Applying the payload suggestion inserts it as plain text into the editor, never as markup.
    await card.locator('[data-wl="apply"]').first().click();
    await expect.poll(() => page.locator('#reply').textContent(), SETTLE).toContain('<img src=x');
    expect(await page.locator('#reply img, #reply script, #reply svg').count()).toBe(0);
    expect(await pwned(page)).toBeNull();
    expect(problems.errors).toEqual([]);
    await page.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#bench-draft').waitFor();
    await options.locator('#bench-draft').fill('Thanks for writing in. The bank statement came today.');
    await options.locator('[data-finding="custom:pwn"]').waitFor();
    await expect.poll(() => options.locator('body').textContent(), SETTLE).toContain('<img src=x');
    expect(await options.locator('img, script:not([src]), svg, [onerror], [onload]').count()).toBe(0);
    expect(await pwned(options)).toBeNull();
    await options.close();
    await setStoredSettings(browser, { version: 2, rules: {}, customRules: [], sites: { enabled: {}, customDomains: [] } });
  });
});

describe('no draft in storage', () => {
  it('after coaching a draft with a unique marker, no storage area (sync, local, session) holds it', async () => {
    const { server, browser } = env();
    const page = await browser.context.newPage();
    await page.goto(server.url('editors/contenteditable.html'));
    await page.bringToFront();
    await page.locator('#reply').click();
    const draft = `Hi ${MARKER},\n\nYou'll need to contact your bank about ${MARKER}. We'll get back to you soon.`;
    await typeLikeAPerson(page, draft);
    await expect.poll(() => readFindings(page), SETTLE).toBe(hookValue(findingsFor(draft)));
    await applySuggestion(page, 'missing-thanks');
    // The history is written by the background: wait until it has this draft's counts.
    await expect.poll(async () => (await storageDump(browser)).includes('"history"'), SETTLE).toBe(true);
    await page.waitForTimeout(500);
    const dump = await storageDump(browser);
    expect(dump).not.toContain(MARKER);
    expect(dump).not.toContain('contact your bank');
    await page.close();
  });
});

