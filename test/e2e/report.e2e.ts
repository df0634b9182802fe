/**
 * `warmline report`'s page in real Chromium: made from the bundled example export with --compare of a pack that
 * turns deflection off, opened from disk with the browser offline. Every request is recorded (only the file
 * itself may be asked for), every chart's canvas must hold drawn pixels, and the compared pack's effect shows
 * as a changed count.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { launchWithExtension, setUp } from './harness';
import { repoRoot } from './support/paths';

const env = setUp(
  async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'warmline-report-e2e-')), 'report.html');
    const said: string[] = [];
    const code = await main(
      ['report', '--compare', join(repoRoot, 'docs/examples/deflection-off.json'), '--out', out, join(repoRoot, 'docs/examples/team-export.csv')],
      { out: (s) => void said.push(s), err: (s) => void said.push(s) },
      { jobs: 1 },
    );
    if (code !== 0) throw new Error(`warmline report exited ${code}: ${said.join('')}`);
    const browser = await launchWithExtension();
    return { out, browser };
  },
  async ({ browser }) => browser.close(),
);

describe('the report in a real browser', () => {
  it('opens offline from disk, asks for nothing but itself, draws its charts and shows what the compared pack changes', async () => {
    const { out, browser } = env();
    const requests: string[] = [];
    browser.context.on('request', (r) => requests.push(r.url()));
    await browser.context.setOffline(true);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(pathToFileURL(out).href);
      await page.waitForFunction(() => document.body.dataset.charts !== undefined, undefined, { timeout: 10_000 });
      expect(await page.evaluate(() => document.body.dataset.charts)).toBe('drawn');
      expect(errors).toEqual([]);
      // Each chart's canvas has been drawn on: some of its pixels are not transparent.
      const inked = await page.evaluate(() =>
        [...document.querySelectorAll('canvas')].map((c) => {
          const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
          return { id: c.id, size: c.width * c.height, inked: n };
        }),
      );
      expect(inked.map((c) => c.id).sort()).toEqual(['chart-rules', 'chart-warmth', 'chart-weeks']);
      for (const c of inked) expect(c.inked, c.id).toBeGreaterThan(c.size / 100);
      // The pack turns deflection off: its count after is 0, the change is the count before, replies are listed.
      const row = page.locator('tr[data-rule="deflection"]');
      const before = Number(await row.locator('[data-before]').getAttribute('data-before'));
      expect(before).toBeGreaterThan(0);
      expect(await row.locator('[data-after]').getAttribute('data-after')).toBe('0');
      expect(await row.locator('[data-change]').getAttribute('data-change')).toBe(String(-before));
      expect(Number(await page.locator('[data-changed]').getAttribute('data-changed'))).toBe(before);
      expect(await page.locator('table[data-table="changes"] tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('#agents tbody tr').count()).toBe(6);
      expect(requests).toEqual([pathToFileURL(out).href]);
    } finally {
      await page.close();
      await browser.context.setOffline(false);
    }
  });
});
