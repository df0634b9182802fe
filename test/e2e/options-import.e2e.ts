/**
 * The options page's "Your replies" import in real Chromium with the built extension: a 100,000-row CSV export
 * (the bundled example export's replies, each made unique with a case number) is picked with the file input; the
 * page shows reading and coaching progress while a long-task observer watches its main thread; then a rule's
 * level is changed on the same page and the before / after counts of that rule update for the same replies.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchWithExtension, setUp } from './harness';
import { repoRoot } from './support/paths';

const ROWS = 100_000;
const SETTLE = { timeout: 60_000, interval: 100 };

function bigExport(): string {
  const examples = parse(readFileSync(join(repoRoot, 'docs/examples/team-export.csv')), { columns: true }) as Record<string, string>[];
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const e = examples[i % examples.length]!;
    return { ...e, id: `T-${i}`, reply: `${e.reply}\n\nCase ${100_000 + i}.` };
  });
  const file = join(mkdtempSync(join(tmpdir(), 'warmline-import-')), 'team-year.csv');
  writeFileSync(file, stringify(rows, { header: true }));
  return file;
}

const env = setUp(
  async () => ({ file: bigExport(), browser: await launchWithExtension() }),
  async ({ browser }) => browser.close(),
);

interface Watch {
  longTasks: number[];
  phases: string[];
}

/** Long tasks and the import's phases, recorded in the page from its first script on. */
async function watch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __watch: Watch };
    w.__watch = { longTasks: [], phases: [] };
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__watch.longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      const phase = document.querySelector('[data-import]')?.getAttribute('data-import');
      if (phase && w.__watch.phases.at(-1) !== phase) w.__watch.phases.push(phase);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-import'] });
  });
}

const rate = (page: Page, rule: string) =>
  page.evaluate((r) => {
    const row = document.querySelector(`[data-import-rates] tr[data-rule="${r}"]`);
    return row ? { before: Number(row.getAttribute('data-before')), after: row.getAttribute('data-after') } : undefined;
  }, rule);

describe('importing a team export on the options page', () => {
  it('imports 100,000 CSV rows with progress, stays responsive, and a level change updates before / after counts', async () => {
    const { file, browser } = env();
    const page = await browser.context.newPage();
    await watch(page);
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('#replies-file').waitFor();
    const tasksBefore = await page.evaluate(() => (window as unknown as { __watch: Watch }).__watch.longTasks.length);

    await page.locator('#replies-file').setInputFiles(file);
    // Reading shows a count of rows; then coaching runs over all 100,000 with its own progress.
    await expect.poll(() => page.locator('[data-import] [role="status"]').innerText(), SETTLE).toMatch(/of 100,000 replies/);
    await expect.poll(async () => (await rate(page, 'deflection'))?.before ?? 0, SETTLE).toBeGreaterThan(20);
    const status = await page.locator('[data-import] [role="status"]').innerText();
    expect(status).toMatch(/Coached [\d,]+ of 100,000 replies of team-year\.csv/);
    expect(await page.locator('[data-import-rates] tr[data-rule="deflection"]').getAttribute('data-after')).toBeNull();

    // A rule edit on the same page: deflection off. Its "after" is 0 over the same replies, "before" stays.
    await page.getByLabel('Level of deflection').selectOption('off');
    await expect.poll(async () => (await rate(page, 'deflection'))?.after, SETTLE).toBe('0');
    await expect.poll(async () => (await rate(page, 'deflection'))?.before ?? 0, SETTLE).toBeGreaterThan(20);
    const thanks = await rate(page, 'missing-thanks');
    expect(thanks?.after).toBe(String(thanks?.before));
    expect(Number(await page.locator('[data-changed]').getAttribute('data-changed'))).toBeGreaterThan(0);

    // Back on: before and after agree again, and the after column goes away.
    await page.getByLabel('Level of deflection').selectOption('warning');
    await expect.poll(async () => (await rate(page, 'deflection'))?.after, SETTLE).toBeNull();

    const seen = await page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);
    expect(seen.phases.slice(0, 2)).toEqual(['reading', 'checking']);
    const during = seen.longTasks.slice(tasksBefore);
    console.log(`long tasks before choosing the file: ${seen.longTasks.slice(0, tasksBefore).join(", ") || "none"} ms; while importing and editing: ${during.join(", ") || "none"} ms`);
    expect(Math.max(0, ...during), `long tasks while importing: ${during.join(', ')} ms`).toBeLessThanOrEqual(200);
    await page.close();
  }, 180_000);
});
