/** Launches Debian's Chromium with the built extension loaded, in a fresh profile. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { extensionDir } from './paths';

/** The helpdesk host name the fixtures are served as: the manifest's real match patterns decide injection. */
export const FIXTURE_HOST = 'fixtures.zendesk.com';

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's background service worker (for the runtime-message contract). */
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

function requireBuiltExtension(): void {
  const manifest = join(extensionDir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first (\`npm test\` does).`);
  }
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { content_scripts?: { matches?: string[] }[] };
  const matches = (parsed.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  if (!matches.some((pattern) => pattern.includes('zendesk.com'))) {
    throw new Error(`The built manifest's content scripts do not match *.zendesk.com (matches: ${matches.join(', ') || 'none'}).`);
  }
}

/**
 * The flags every test and bench launch uses (docs/BROWSER-TESTS.md): headless-safe, no background traffic
 * from Chromium itself, the unpacked extension when given, and `hosts` answered by this machine.
 */
export function chromiumArgs(o: { extension?: string; hosts: readonly string[] }): string[] {
  return [
    ...(o.extension ? [`--disable-extensions-except=${o.extension}`, `--load-extension=${o.extension}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=${o.hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
  ];
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  requireBuiltExtension();
  const profile = mkdtempSync(join(tmpdir(), 'warmline-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs({ extension: extensionDir, hosts: ['*.zendesk.com'] }),
  });
  context.setDefaultTimeout(5_000);
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 15_000,
    }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
