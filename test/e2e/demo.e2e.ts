/**
 * The bundled demo helpdesk page that `npm start` opens: served as demo.zendesk.com (as npm start does), it
 * must be coached out of the box, with the customer's message as context. With WARMLINE_SCREENSHOTS=<dir>
 * it also saves the README's screenshots (the card, the popup, the options page).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { repoRoot } from './support/paths';
import { readFindings } from './support/warmline';

const shots = process.env.WARMLINE_SCREENSHOTS;
let server: Server;
let browser: ExtensionBrowser;
let port: number;

beforeAll(async () => {
  const page = await readFile(join(repoRoot, 'public/demo/index.html'));
  server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe('the demo helpdesk page', () => {
  it('is coached with the customer message as context, and a fix applies in one click', async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://demo.zendesk.com:${port}/index.html`);
    const reply = page.locator('#reply');
    await reply.click();
    await page.keyboard.press('End');
    await expect.poll(() => readFindings(page), { timeout: 20_000 }).toBe('deflection,missing-apology,missing-thanks,vague-promise');

    const ui = page.locator('warmline-ui');
    await ui.locator('[data-wl="chip"]').click();
    await ui.locator('[data-wl="item"][data-rule="deflection"]').first().click();
    const card = ui.locator('[data-wl="card"][data-rule="deflection"]');
    await card.waitFor({ state: 'visible' });
    if (shots) await page.screenshot({ path: join(shots, 'screenshot-card.png') });

    const before = await reply.inputValue();
    await card.locator('[data-wl="apply"]').first().click();
    await expect.poll(() => reply.inputValue()).not.toBe(before);
    expect(await reply.inputValue()).not.toContain("You'll need to contact the courier");
    await expect.poll(() => readFindings(page)).not.toContain('deflection');

    if (shots) {
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 380, height: 640 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.waitForTimeout(500);
      await popup.screenshot({ path: join(shots, 'screenshot-popup.png'), fullPage: true });
      const options = await browser.context.newPage();
      await options.setViewportSize({ width: 1100, height: 900 });
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.waitForTimeout(800);
      await options.screenshot({ path: join(shots, 'screenshot-options.png') });
    }
  });
});
