/**
 * Real-browser support for the helpdesk pages: their scripts bundled at test time, one https server with a
 * throwaway self-signed certificate (made with openssl when the suite starts: google.com hosts are
 * HSTS-preloaded and refuse plain http, so every page is served over https alike), and Chromium with the
 * built extension, every helpdesk's REAL host name mapped to 127.0.0.1 so the manifest's own match patterns
 * decide injection.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePages } from '../support/build-fixtures';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { extensionDir } from '../support/paths';
import { chromiumArgs } from '../support/browser';
import { CONTENT_TYPES } from '../support/server';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const sitesDir = at('../../fixtures/sites/');
const buildDir = join(sitesDir, 'build');

/** Bundles test/fixtures/sites/src/<id>.ts (one per page; shared modules are bundled into them). */
export async function buildSiteFixtures(): Promise<void> {
  const src = join(sitesDir, 'src');
  const entries = readdirSync(src)
    .filter((f) => f.endsWith('.ts') && f !== 'shared.ts' && f !== 'prosemirror.ts')
    .map((f) => join(src, f));
  await bundlePages(entries, buildDir);
}

/** A self-signed certificate for `hosts` (subjectAltName), valid one day, in a fresh temporary folder. */
export function throwawayCertificate(hosts: readonly string[]): { key: Buffer; cert: Buffer; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'warmline-cert-'));
  const san = hosts.map((h) => `DNS:${h}`).join(',');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
    '-subj', '/CN=warmline-fixtures',
    '-addext', `subjectAltName=${san}`,
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  const read = (f: string) => readFileSync(join(dir, f));
  return { key: read('key.pem'), cert: read('cert.pem'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface SiteServer {
  port: number;
  close(): Promise<void>;
}

/** Serves test/fixtures/sites/ over https on 127.0.0.1 (any host name: Chromium maps them here). */
export async function startSiteServer(cert: { key: Buffer; cert: Buffer }): Promise<SiteServer> {
  const server: Server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(sitesDir, decodeURIComponent(path)));
    let size = -1;
    try {
      if (file.startsWith(sitesDir.endsWith(sep) ? sitesDir : sitesDir + sep) && statSync(file).isFile()) size = statSync(file).size;
    } catch {
      size = -1;
    }
    if (size < 0) return void res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface SitesBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension; `hosts` resolve to 127.0.0.1; the fixtures' certificate is accepted.
 * A fresh profile unless `profile` is given (then it is kept on close, for a second launch).
 */
export async function launchForSites(hosts: readonly string[], options: { profile?: string } = {}): Promise<SitesBrowser> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'warmline-sites-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs({ extension: extensionDir, hosts }),
  });
  context.setDefaultTimeout(5_000);
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const first = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    // MV3 may have restarted the worker since launch.
    worker: async () =>
      context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`), timeout: 10_000 })),
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Grants host permissions to the extension in a profile, as Chromium records a person's "Allow" in the
 * permission prompt (Preferences → extensions.settings.<id>.granted_permissions / active_permissions), for a
 * profile whose browser is closed. Headless Chromium shows the prompt but nothing can answer it, so the real-
 * browser test starts from a profile where the person already said yes.
 */
export function grantInProfile(profile: string, extensionId: string, origins: readonly string[]): void {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as { extensions?: { settings?: Record<string, Record<string, { explicit_host?: string[] }>> } };
  const entry = prefs.extensions?.settings?.[extensionId];
  if (!entry) throw new Error(`the profile has no settings for extension ${extensionId}`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = (entry[key] ??= {});
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/** Writes the user's settings the way the options page stores them (storage.sync, key `settings`). */
export async function setSettings(browser: SitesBrowser, settings: object): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate(async (value) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome;
    await chrome.storage.sync.set({ settings: value });
  }, settings);
}

/** Opens a page, waits for its editors (window.siteFixture.ready) and brings it to the front. */
export async function openSite(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  const response = await page.goto(url);
  // (An app may put its state in the hash at once, as HubSpot's help desk does.)
  if (!response?.ok() || page.url().replace(/#.*$/, '') !== url) {
    await page.close();
    throw new Error(`could not open ${url}: status ${response?.status()}, landed on ${page.url()}`);
  }
  await page.bringToFront();
  await page
    .waitForFunction(() => (window as unknown as { siteFixture?: { ready: boolean } }).siteFixture?.ready === true, undefined, { timeout: 15_000, polling: 100 })
    .catch(async (error: Error) => {
      await page.close();
      throw new Error(`${url} never became ready; ${problems.join(' | ') || 'no page errors'}`, { cause: error });
    });
  return page;
}

/** The page's editor model text (window.siteFixture.text). */
export const modelText = (page: Page, editor: 'reply' | 'note') =>
  page.evaluate((e) => (window as unknown as { siteFixture: { text(e: string): string } }).siteFixture.text(e), editor);
