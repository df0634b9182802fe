/**
 * "Coach on each helpdesk", in real Chromium with the built extension: every fixture page is served over https
 * under the helpdesk's REAL host name, so the manifest's match patterns decide injection. Per helpdesk:
 * the public reply is coached (the <warmline-ui data-findings> hook), the customer's latest message reaches
 * the engine (`missing-apology` fires for a complaining customer and not for a neutral one), applying the fix
 * works in that app's editor (its own model changes), and the internal note is not coached unless
 * `coachInternalNotes` is on.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySuggestion, countHighlights, readFindings } from '../harness';
import { setUp } from '../support/setup';
import { ROWS, type SiteRow } from './rows';
import { buildSiteFixtures, launchForSites, modelText, openSite, setSettings, startSiteServer, throwawayCertificate, type SitesBrowser, type SiteServer } from './support';

/** A reply with no apology (and no thanks): to a complaint, `missing-apology` is owed; to a question, it is not. */
const DRAFT = 'Hi Dana,\n\nI have checked your order and a replacement ships today.\n\nBest,\nSam';
const NEUTRAL = 'Hi, could you tell me which of your plans include the reporting feature? Thanks, Dana';
/** A warm reply to the complaint that greets nobody by name (the customer's message is not signed with one). */
const NAMELESS =
  "Hello,\n\nI'm sorry your order arrived broken, and thank you for your patience. A replacement ships today by courier and I will email you the tracking number this afternoon.\n\nBest,\nSam";
const POLL = { timeout: 10_000, interval: 150 };

const env = setUp<{ server: SiteServer; browser: SitesBrowser; cleanup(): void }>(
  async () => {
    await buildSiteFixtures();
    const cert = throwawayCertificate(ROWS.map((r) => r.host));
    const server = await startSiteServer(cert);
    try {
      return { server, browser: await launchForSites(ROWS.map((r) => r.host)), cleanup: cert.cleanup };
    } catch (error) {
      await server.close();
      cert.cleanup();
      throw error;
    }
  },
  async ({ server, browser, cleanup }) => {
    await browser.close();
    await server.close();
    cleanup();
  },
);

const url = (row: SiteRow) => `https://${row.host}:${env().server.port}/${row.id}.html`;

async function open(row: SiteRow, customer?: string): Promise<Page> {
  const page = await openSite(env().browser.context, url(row));
  if (customer !== undefined) {
    await page.evaluate((text) => {
      document.querySelector('[data-fixture="latest-customer"]')!.textContent = text;
    }, customer);
  }
  return page;
}

const findings = (page: Page) => readFindings(page).then((v) => v ?? '(no warmline-ui)');
const rules = (page: Page) => findings(page).then((v) => v.split(',').filter(Boolean));

beforeAll(() => {
  env();
});
afterAll(async () => {
  // Leave the profile as found for anything after (defaults).
  await setSettings(env().browser, { version: 2 }).catch(() => {});
});

describe.each(ROWS)('$id ($host)', (row) => {
  it('coaches the public reply with the customer’s complaint in context, and applies the apology in its editor', async () => {
    const page = await open(row);
    try {
      await row.reply(page).click();
      await page.keyboard.type(DRAFT, { delay: 8 });
      await expect.poll(() => rules(page), { ...POLL, message: 'data-findings after typing the reply' }).toContain('missing-apology');
      expect(await rules(page)).toContain('missing-thanks');
      const before = await modelText(page, 'reply');
      await applySuggestion(page, 'missing-apology');
      await expect.poll(() => modelText(page, 'reply'), { ...POLL, message: 'the editor’s own model after applying the fix' }).toMatch(/I'm sorry your order arrived broken/);
      const after = await modelText(page, 'reply');
      // Only the apology was inserted: the rest of the draft is untouched.
      expect(after.replace(/I'm sorry your order arrived broken[^.]*\.\s*/, '').replace(/\s+/g, ' ').trim()).toBe(before.replace(/\s+/g, ' ').trim());
      await expect.poll(() => rules(page), { ...POLL, message: 'data-findings after the fix' }).not.toContain('missing-apology');
    } finally {
      await page.close();
    }
  });

  it('owes no apology to a customer who only asked a question (the message reaches the engine)', async () => {
    const page = await open(row, NEUTRAL);
    try {
      await row.reply(page).click();
      await page.keyboard.type(DRAFT, { delay: 8 });
      // missing-thanks shows the draft was analysed; missing-apology must not be there.
      await expect.poll(() => rules(page), { ...POLL, message: 'data-findings for a neutral customer' }).toContain('missing-thanks');
      expect(await rules(page)).not.toContain('missing-apology');
    } finally {
      await page.close();
    }
  });

  // Intercom's fixture conversation is a chat: a name in the greeting is an e-mail convention (missing-personal-touch).
  if (row.id !== 'intercom') {
    it('greets by the customer’s name the page shows (their first name and the channel reach the engine)', async () => {
      const page = await open(row);
      try {
        await row.reply(page).click();
        await page.keyboard.type(NAMELESS, { delay: 4 });
        // Nothing else is wrong with this reply: only the helpdesk's customerName (and the e-mail channel) make this finding.
        await expect.poll(() => rules(page), { ...POLL, message: 'data-findings for a reply that greets nobody by name' }).toEqual(['missing-personal-touch']);
      } finally {
        await page.close();
      }
    });
  }

  const note = row.note;
  if (note) {
    it('leaves the internal note alone, and coaches it once coachInternalNotes is on', async () => {
      const page = await open(row);
      try {
        await note.open(page);
        await note.editor(page).click();
        await page.keyboard.type(DRAFT, { delay: 8 });
        await page.waitForTimeout(1_500);
        expect(await findings(page)).toBe('');
        expect((await countHighlights(page)).ranges + (await countHighlights(page)).marks).toBe(0);
        expect(await modelText(page, 'note')).toMatch(/replacement ships today/);

        await setSettings(env().browser, { version: 2, coachInternalNotes: true });
        // The agent comes back to the note: it is coached now.
        await page.locator('h1, h2, h3, header, nav, aside').first().click();
        await note.editor(page).click();
        await expect.poll(() => rules(page), { ...POLL, message: 'data-findings in the note with coachInternalNotes on' }).toContain('missing-apology');
      } finally {
        await setSettings(env().browser, { version: 2 });
        await page.close();
      }
    });
  }
});

describe('the per-site switch', () => {
  it('stops coaching on a helpdesk the agent turned off, and starts again when turned back on', async () => {
    const row = ROWS.find((r) => r.id === 'zendesk')!;
    await setSettings(env().browser, { version: 2, sites: { enabled: { [row.host]: false } } });
    const page = await open(row);
    try {
      await row.reply(page).click();
      await page.keyboard.type(DRAFT, { delay: 8 });
      await page.waitForTimeout(1_500);
      expect(await readFindings(page)).toBeNull();
      await setSettings(env().browser, { version: 2 });
      // Back on: the content script starts coaching the editor the agent is in.
      await row.reply(page).click();
      await page.keyboard.type(' ', { delay: 8 });
      await expect.poll(() => rules(page), { ...POLL, message: 'data-findings once the site is on again' }).toContain('missing-apology');
    } finally {
      await setSettings(env().browser, { version: 2 });
      await page.close();
    }
  });
});

describe('a helpdesk page the adapter does not recognise', () => {
  it('is coached by the generic detector, with the generic customer marker as context', async () => {
    const row = ROWS.find((r) => r.id === 'zendesk')!;
    const page = await openSite(env().browser.context, `https://${row.host}:${env().server.port}/generic/custom-domain.html`);
    try {
      await page.locator('#reply').click();
      await page.keyboard.type(DRAFT, { delay: 8 });
      await expect.poll(() => rules(page), { ...POLL, message: 'data-findings on an unrecognised zendesk.com page' }).toContain('missing-apology');
    } finally {
      await page.close();
    }
  });
});
