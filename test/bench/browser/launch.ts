/** Chromium for the bench: a fresh profile, the built extension loaded or not (the baseline). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs } from '../../e2e/support/browser';
import { extensionDir } from '../../e2e/support/paths';

export async function launch(withExtension: boolean, host: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'warmline-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs({ extension: withExtension ? extensionDir : undefined, hosts: [host] }),
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return { context, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}
