/**
 * A team's own helpdesk domain, end to end in real Chromium: the options page asks the browser for the domain
 * (permissions.request after a real click), the background registers the content script for it once granted
 * (scripting.registerContentScripts, persistAcrossSessions), the content script coaches there with the generic
 * detector, and removing the domain unregisters the script and gives the permission back.
 *
 * How the permission is granted: headless Chromium opens the permission prompt for the request but nothing can
 * answer it (the request neither resolves nor rejects; chrome://extensions' developerPrivate.addHostPermission
 * does not grant optional hosts either). So the first test checks the request itself, and the second starts
 * from a profile in which the person already allowed the domain: the extension is installed once, Chromium is
 * closed, the grant is written where Chromium records an "Allow" (Preferences), and Chromium is started again.
 * There, the options page's request resolves at once (already granted) and the rest runs for real.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { readFindings } from '../harness';
import { setUp } from '../support/setup';
import { grantInProfile, launchForSites, openSite, startSiteServer, throwawayCertificate, type SitesBrowser, type SiteServer } from './support';

const HOST = 'help.acme-support.com';
const ORIGINS = [`https://${HOST}/*`, `http://${HOST}/*`];
const DRAFT = 'Hi Dana,\n\nI have checked your order and a replacement ships today.\n\nBest,\nSam';
const POLL = { timeout: 10_000, interval: 200 };

const env = setUp<{ server: SiteServer; cleanup(): void }>(
  async () => {
    const cert = throwawayCertificate([HOST]);
    return { server: await startSiteServer(cert), cleanup: cert.cleanup };
  },
  async ({ server, cleanup }) => {
    await server.close();
    cleanup();
  },
);
beforeAll(() => {
  env();
});

const pageUrl = () => `https://${HOST}:${env().server.port}/generic/custom-domain.html`;

async function openOptions(browser: SitesBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('#domain-input').waitFor();
  return page;
}

/** What the background knows: our registered scripts and whether the domain's origins are granted. */
async function backgroundState(browser: SitesBrowser): Promise<{ scripts: { id: string; matches?: string[] }[]; granted: boolean }> {
  const worker = await browser.worker();
  return worker.evaluate(async (origins) => {
    const chrome = (globalThis as unknown as {
      chrome: {
        scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
        permissions: { contains(p: { origins: string[] }): Promise<boolean> };
      };
    }).chrome;
    // Chrome hands the patterns back in its own order.
    const scripts = (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: [...(s.matches ?? [])].sort() }));
    return { scripts, granted: await chrome.permissions.contains({ origins }) };
  }, ORIGINS);
}

/** Whether Warmline coaches on the page within a moment (its UI host appears and reports findings). */
async function typeAndRead(page: Page): Promise<string | null> {
  await page.locator('#reply').click();
  await page.keyboard.type(DRAFT, { delay: 8 });
  await page.waitForTimeout(1_500);
  return readFindings(page);
}

it('asks the browser for the domain (https and http origins) when a team lead adds it', async () => {
  const browser = await launchForSites([HOST]);
  try {
    const options = await openOptions(browser);
    await options.evaluate(() => {
      const w = window as unknown as { __requests: unknown[]; chrome: { permissions: { request(p: unknown, ...rest: unknown[]): unknown } } };
      w.__requests = [];
      const original = w.chrome.permissions.request.bind(w.chrome.permissions);
      w.chrome.permissions.request = (p: unknown, ...rest: unknown[]) => (w.__requests.push(p), original(p, ...rest));
    });
    await options.locator('#domain-input').fill(HOST);
    await options.locator('form.domain-add button[type="submit"]').click();
    await expect
      .poll(() => options.evaluate(() => (window as unknown as { __requests: unknown[] }).__requests), { ...POLL, message: 'permissions.request calls' })
      .toEqual([{ origins: ORIGINS }]);
    // The prompt is open (a request the manifest did not allow would have failed at once and saved the domain without access).
    await options.waitForTimeout(1_000);
    expect(await options.locator('body').innerText()).not.toMatch(/has no access|Added help\.acme-support\.com/);
    expect((await backgroundState(browser)).granted).toBe(false);
  } finally {
    await browser.close();
  }
});

it('coaches on a granted custom domain through a run-time registered content script, and stops when the domain is removed', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'warmline-custom-'));
  try {
    // Install once, then record the person's "Allow" for the domain while Chromium is closed.
    const first = await launchForSites([HOST], { profile });
    const id = first.extensionId;
    await first.close();
    grantInProfile(profile, id, ORIGINS);

    const browser = await launchForSites([HOST], { profile });
    try {
      expect(browser.extensionId).toBe(id);
      expect((await backgroundState(browser)).granted).toBe(true);

      // Not a helpdesk and not added yet: no content script there.
      const before = await openSite(browser.context, pageUrl());
      expect(await typeAndRead(before)).toBeNull();
      await before.close();

      const options = await openOptions(browser);
      await options.locator('#domain-input').fill(HOST);
      await options.locator('form.domain-add button[type="submit"]').click();
      await expect.poll(() => options.locator('body').innerText(), { ...POLL, message: 'the options page after Add' }).toMatch(`Added ${HOST}.`);
      expect(await options.locator('body').innerText()).not.toMatch(/has no access/);
      await expect
        .poll(async () => (await backgroundState(browser)).scripts, { ...POLL, message: 'scripts registered by the background' })
        .toEqual([{ id: `warmline-custom-site:${HOST}`, matches: [...ORIGINS].sort() }]);

      // The generic detector coaches there, with the customer's message the page marks.
      const page = await openSite(browser.context, pageUrl());
      await page.locator('#reply').click();
      await page.keyboard.type(DRAFT, { delay: 8 });
      await expect.poll(() => readFindings(page), { ...POLL, message: 'data-findings on the custom domain' }).toMatch(/missing-apology/);
      await page.close();

      // Removed: the script goes, and the access is given back.
      await options.bringToFront();
      await options.locator(`[aria-label="Remove ${HOST}"]`).click();
      await expect
        .poll(() => backgroundState(browser), { ...POLL, message: 'background state after removing the domain' })
        .toEqual({ scripts: [], granted: false });
      const after = await openSite(browser.context, pageUrl());
      expect(await typeAndRead(after)).toBeNull();
      await after.close();
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

