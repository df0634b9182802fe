/**
 * Debian's Firefox ESR with the built MV2 extension, driven over WebDriver BiDi by puppeteer-core (why this
 * client: docs/BROWSER-TESTS.md, "Firefox"). Every request the browser makes goes through a recording proxy on
 * 127.0.0.1: the helpdesk host names are answered from the fixture folders, anything else is refused and kept
 * in `leaks`, so "no request leaves the browser" is checked for the page, the extension and Firefox itself.
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIXTURE_HOST } from './browser';
import { fixturesDir, nodeModulesDir, repoRoot } from './paths';
import { CONTENT_TYPES } from './server';

export const firefoxExtensionDir = process.env.WARMLINE_FIREFOX_DIST ?? join(repoRoot, '.output/firefox-mv2');
/** The id in the manifest's browser_specific_settings, and the moz-extension host we pin for it. */
const ADDON_ID = 'warmline@warmline.example';
const UUID = '7c1f3a52-9b0e-4d6a-8f21-5e4b3c2d1a00';
export const DEMO_HOST = 'demo.zendesk.com';

export interface FirefoxWithExtension {
  browser: Browser;
  /** Port the pages are addressed with (the proxy answers for it; the port is ignored by match patterns). */
  port: number;
  /** Requests to anything but the fixture hosts: method and URL (or CONNECT host), in order. */
  leaks: string[];
  /** Every URL the proxy saw, for messages. */
  seen: string[];
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** Where a path of a fixture host lives on disk, or null (outside the served folders). */
function fileFor(host: string, path: string): string | null {
  const mounts: [string, string][] =
    host === DEMO_HOST
      ? [['/', join(repoRoot, 'public/demo')]]
      : [['/node_modules/tinymce/', join(nodeModulesDir, 'tinymce')], ['/', fixturesDir]];
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const rest = decodeURIComponent(path.slice(prefix.length)) || 'index.html';
    const file = normalize(join(dir, rest));
    return file.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? file : null;
  }
  return null;
}

/** Extra pages the proxy answers (the benches' generated tickets): the body for a URL, or undefined. */
export type ExtraPages = (url: URL) => string | undefined;

async function startProxy(extra?: ExtraPages): Promise<{ server: Server; port: number; leaks: string[]; seen: string[] }> {
  const leaks: string[] = [];
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'unknown'}`);
    seen.push(url.href);
    const page = extra?.(url);
    if (page !== undefined) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
    if (url.hostname !== FIXTURE_HOST && url.hostname !== DEMO_HOST) {
      leaks.push(`${req.method} ${url.href}`);
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = fileFor(url.hostname, url.pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end(`not found: ${url.pathname}`);
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  // https (CONNECT) is never ours: record it and close.
  server.on('connect', (req, socket) => {
    leaks.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Blocked\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port, leaks, seen };
}

function requireBuiltExtension(): void {
  const manifest = join(firefoxExtensionDir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No Firefox build at ${firefoxExtensionDir}: run \`npm run build:firefox\` first (\`npm test\` does).`);
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  if (parsed.browser_specific_settings?.gecko?.id !== ADDON_ID) throw new Error(`The Firefox manifest's gecko id is not ${ADDON_ID}.`);
}

export async function launchFirefoxWithExtension(extra?: ExtraPages): Promise<FirefoxWithExtension> {
  requireBuiltExtension();
  const proxy = await startProxy(extra);
  const profile = mkdtempSync(join(tmpdir(), 'warmline-ff-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profile,
      // Release builds honour a changed remote-settings server (the pref below) only with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      // Chrome-scope access lets BiDi open moz-extension:// pages in a tab, as the toolbar and about:addons do.
      args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.dns.disablePrefetch': true,
        // Firefox's own services stay quiet, so whatever reaches the proxy came from the page or the extension.
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.downloads.remote.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'browser.region.network.url': '',
        'extensions.blocklist.enabled': false,
        'extensions.getAddons.cache.enabled': false,
        'app.normandy.enabled': false,
        'datareporting.healthreport.uploadEnabled': false,
        'toolkit.telemetry.enabled': false,
        'network.http.speculative-parallel-limit': 0,
      },
    });
  } catch (error) {
    proxy.server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  await browser.installExtension(firefoxExtensionDir);
  return {
    browser,
    port: proxy.port,
    leaks: proxy.leaks,
    seen: proxy.seen,
    extensionUrl: (path) => `moz-extension://${UUID}/${path}`,
    close: async () => {
      await browser.close().catch(() => undefined);
      proxy.server.closeAllConnections();
      await new Promise((done) => proxy.server.close(done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** `page`'s document location, from inside it (puppeteer's own url() lags behind a process switch). */
export const locationOf = (page: Page): Promise<string> => page.evaluate(() => location.href).catch(() => '');

/**
 * Opens an extension page (popup.html, options.html) in `page`. BiDi reports no load for the switch into the
 * extension's process, so the navigation is started and the page's own location is waited for.
 */
export async function openExtensionPage(ff: FirefoxWithExtension, page: Page, path: string): Promise<void> {
  const url = ff.extensionUrl(path);
  await page.goto(url, { timeout: 1_500, waitUntil: 'domcontentloaded' }).catch(() => undefined);
  await waitFor(async () => (await locationOf(page)) === url && (await page.evaluate(() => document.readyState).catch(() => '')) !== 'loading', `${path} to open`);
}

/** Polls `check` until it is true (10 s), then fails naming `what`. */
export async function waitFor(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The `data-findings` of the top document's <warmline-ui>; null when there is none. */
export const readFindingsIn = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.querySelector('warmline-ui')?.getAttribute('data-findings') ?? null);

/** Underlines: ranges in `wl-` custom highlights (rich editors) plus the textarea overlay's marks. */
export const underlinesIn = (page: Page): Promise<number> =>
  page.evaluate(() => {
    let ranges = 0;
    if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.forEach((h, name) => void (name.startsWith('wl-') && (ranges += h.size)));
    const marks = document.querySelector('warmline-ui')?.shadowRoot?.querySelectorAll('[data-wl="mark"]').length ?? 0;
    return ranges + marks;
  });

/** Clicks an element of Warmline's UI (inside the open shadow root of <warmline-ui>) as a person would. */
export async function clickInUi(page: Page, selector: string, index = 0): Promise<void> {
  const handles = await page.$$(`warmline-ui >>> ${selector}`);
  const target = handles[index];
  if (!target) throw new Error(`no ${selector} (#${index}) in <warmline-ui>`);
  await target.click();
}

/** Opens the card of the first finding of `rule` (chip → list → item when needed) and clicks apply #`index`. */
export async function applyInUi(page: Page, rule: string, index = 0): Promise<void> {
  const visible = (selector: string) =>
    page.$$(`warmline-ui >>> ${selector}`).then(async (all) => {
      for (const h of all) if (await h.isVisible()) return true;
      return false;
    });
  if (!(await visible(`[data-wl="card"][data-rule="${rule}"]`))) {
    if (!(await visible(`[data-wl="item"][data-rule="${rule}"]`))) {
      await clickInUi(page, '[data-wl="chip"]');
      await waitFor(() => visible('[data-wl="list"]'), 'the findings list');
    }
    await clickInUi(page, `[data-wl="item"][data-rule="${rule}"]`);
    await waitFor(() => visible(`[data-wl="card"][data-rule="${rule}"]`), `the ${rule} card`);
  }
  await clickInUi(page, `[data-wl="card"][data-rule="${rule}"] [data-wl="apply"]`, index);
}
