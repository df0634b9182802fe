/**
 * `npm run bench:browser`: the built extension in real Chromium (run `npm run build` first). A fixture reply
 * editor (contenteditable) holds a 2,500-word draft; Playwright types into it at 80 words a minute
 * (400 characters a minute: one key every 150 ms) for BENCH_SECONDS (60 by default). The same run is done with
 * the extension not loaded, as the baseline.
 *
 * Measured in the page:
 * - long tasks (PerformanceObserver 'longtask'), and long animation frames ('long-animation-frame') whose
 *   scripts come from chrome-extension:// (the attribution the longtask entry itself does not give);
 * - keystroke to underline: from the keydown's event.timeStamp to the moment the content script has painted
 *   the findings of a text that includes that key. The content script marks it, only when the page's
 *   <html> has `data-warmline-debug`, by setting `data-painted` (the analysed text's length) on <warmline-ui>
 *   right after it updated CSS.highlights; a MutationObserver in the page takes the time (the frame that draws
 *   it follows within 16.7 ms);
 * - cold: from navigation start to the first findings shown, and the long tasks until then;
 * - the page's JS heap (CDP Performance.getMetrics: JSHeapUsedSize, content script's world included) at the
 *   start of typing, after the first minute and at the end, beside the baseline.
 * Writes bench-browser-report.json.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { extensionDir } from '../e2e/support/paths';
import { chromiumArgs } from '../e2e/support/browser';
import { CUSTOMER, draftOfWords } from './drafts';
import { summarize } from './stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const KEY_MS = 150; // 80 wpm
const HOST = 'bench.zendesk.com';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Ticket #4711</title></head><body>
<main><section class="customer-message"><p>${CUSTOMER}</p></section>
<form><div id="reply" contenteditable="true" role="textbox" aria-label="Public reply" aria-multiline="true"
 style="min-height:300px;border:1px solid #999;padding:8px;white-space:pre-wrap"></div></form></main></body></html>`;

function serve(): Promise<{ port: number; close(): void }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r({ port: (server.address() as AddressInfo).port, close: () => server.close() })));
}

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'warmline-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs({ extension: withExtension ? extensionDir : undefined, hosts: [HOST] }),
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return { context, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

/** Installed before the page's own scripts: the observers and the keystroke / paint log. */
function instrument() {
  const flag = () => document.documentElement?.setAttribute('data-warmline-debug', '');
  if (document.documentElement) flag();
  else document.addEventListener('readystatechange', flag, { once: true });
  const w = window as unknown as { __bench: Record<string, unknown[]> };
  const b: Record<string, unknown[]> = { longtasks: [], loaf: [], keys: [], paints: [] };
  w.__bench = b;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      const a = (e as unknown as { attribution?: { containerType: string; containerSrc: string; containerName: string }[] }).attribution?.[0];
      b.longtasks!.push({ start: e.startTime, duration: e.duration, name: e.name, container: a ? `${a.containerType} ${a.containerSrc || a.containerName}` : '' });
    }
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        const scripts = ((e as unknown as { scripts?: { sourceURL: string; duration: number; invoker: string }[] }).scripts ?? []).map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker }));
        b.loaf!.push({ start: e.startTime, duration: e.duration, blocking: (e as unknown as { blockingDuration: number }).blockingDuration, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* no LoAF in this browser */
  }
  document.addEventListener('keydown', (e) => b.keys!.push({ t: e.timeStamp, key: e.key }), true);
  document.addEventListener('input', (e) => {
    const k = b.keys![b.keys!.length - 1] as { len?: number } | undefined;
    if (k && k.len === undefined) k.len = ((e.target as HTMLElement).innerText ?? '').length;
  }, true);
  new MutationObserver((records) => {
    for (const r of records) {
      const v = (r.target as Element).getAttribute('data-painted');
      if (v !== null) b.paints!.push({ t: performance.now(), len: Number(v) });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-painted'] });
}

async function heap(page: Page, cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>): Promise<number> {
  await page.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

async function run(withExtension: boolean, port: number) {
  const { context, close } = await launch(withExtension);
  try {
    // As source text: tsx wraps functions in an `__name` helper the page does not have.
    await context.addInitScript({ content: `var __name = (f) => f; (${instrument.toString()})();` });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`http://${HOST}:${port}/`);
    await page.bringToFront();
    const editor = page.locator('#reply');
    await editor.click();
    // The 2,500-word draft arrives as one paste (one input event), the caret at its end.
    await page.keyboard.insertText(draftOfWords(2500));
    const coldDeadline = Date.now() + 30_000;
    let firstShown: number | undefined;
    while (withExtension && Date.now() < coldDeadline) {
      firstShown = await page.evaluate(() => (window as unknown as { __bench: { paints: { t: number }[] } }).__bench.paints[0]?.t);
      if (firstShown !== undefined) break;
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(1000);
    const heapStart = await heap(page, cdp);
    const typingFrom = await page.evaluate(() => performance.now());
    const text = ' Thanks again for your patience, I will call you back by noon tomorrow with the tracking number.';
    const began = Date.now();
    const heaps: { s: number; bytes: number }[] = [];
    let nextHeap = 10_000;
    for (let i = 0; Date.now() - began < SECONDS * 1000; i++) {
      const due = began + i * KEY_MS;
      const wait = due - Date.now();
      if (wait > 0) await page.waitForTimeout(wait);
      await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : text[i % text.length]!);
      if (Date.now() - began >= nextHeap) {
        heaps.push({ s: Math.round((Date.now() - began) / 1000), bytes: await heap(page, cdp) });
        nextHeap += 10_000;
      }
    }
    await page.waitForTimeout(1000);
    const heapEnd = await heap(page, cdp);
    const b = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as {
      longtasks: { start: number; duration: number; container: string }[];
      loaf: { start: number; duration: number; blocking: number; scripts: { url: string; duration: number }[] }[];
      keys: { t: number; len?: number }[];
      paints: { t: number; len: number }[];
    };
    const findings = await page.evaluate(() => document.querySelector('warmline-ui')?.getAttribute('data-findings') ?? null);
    const latencies: number[] = [];
    let missed = 0;
    // Lengths compare as growth since typing began: the page's innerText and the adapter's text count block
    // breaks differently, but each typed key adds one character to both.
    const typed = b.keys.filter((k) => k.t >= typingFrom && k.len !== undefined);
    const keyBase = (typed[0]?.len ?? 1) - 1;
    const paintBase = [...b.paints].reverse().find((p) => p.t < typingFrom)?.len ?? 0;
    for (const k of typed) {
      const p = b.paints.find((p) => p.t >= k.t && p.len - paintBase >= k.len! - keyBase);
      if (p) latencies.push(p.t - k.t);
      else missed++;
    }
    const ext = (l: { scripts: { url: string; duration: number }[] }) => l.scripts.some((s) => s.url.startsWith('chrome-extension://'));
    const longDuringTyping = b.longtasks.filter((l) => l.start >= typingFrom);
    const longBeforeTyping = b.longtasks.filter((l) => l.start < typingFrom);
    return {
      withExtension,
      keys: b.keys.filter((k) => k.t >= typingFrom).length,
      findings,
      coldFirstFindingsMs: firstShown,
      longTasksLoadAndPaste: { count: longBeforeTyping.length, totalMs: longBeforeTyping.reduce((n, l) => n + l.duration, 0), longestMs: Math.max(0, ...longBeforeTyping.map((l) => l.duration)) },
      longTasksTyping: { count: longDuringTyping.length, longestMs: Math.max(0, ...longDuringTyping.map((l) => l.duration)) },
      longAnimationFramesWithExtensionScripts: b.loaf.filter((l) => l.duration > 50 && ext(l)).map((l) => ({ start: l.start, duration: l.duration, blocking: l.blocking, scripts: l.scripts.filter((s) => s.url.startsWith('chrome-extension://')) })),
      extensionScriptMsInLongFrames: b.loaf.reduce((n, l) => n + l.scripts.filter((s) => s.url.startsWith('chrome-extension://')).reduce((m, s) => m + s.duration, 0), 0),
      keystrokeToUnderline: latencies.length ? { ...summarize(latencies), missed } : undefined,
      heap: { startBytes: heapStart, endBytes: heapEnd, every10s: heaps },
    };
  } finally {
    await close();
  }
}

const server = await serve();
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
try {
  const base = await run(false, server.port);
  const ext = await run(true, server.port);
  const added = { start: ext.heap.startBytes - base.heap.startBytes, end: ext.heap.endBytes - base.heap.endBytes };
  const after1min = ext.heap.every10s.filter((h) => h.s >= 60).map((h) => h.bytes);
  console.log(`## Real Chromium: 2,500-word draft, typing at 80 wpm for ${SECONDS} s (${ext.keys} keys)\n`);
  console.log('| | baseline (no extension) | with Warmline |\n|---|---|---|');
  console.log(`| long tasks > 50 ms while typing | ${base.longTasksTyping.count} | ${ext.longTasksTyping.count} (longest ${ext.longTasksTyping.longestMs.toFixed(0)} ms) |`);
  console.log(`| long animation frames > 50 ms with extension scripts | – | ${ext.longAnimationFramesWithExtensionScripts.length} |`);
  console.log(`| long tasks, load + paste (count / total) | ${base.longTasksLoadAndPaste.count} / ${base.longTasksLoadAndPaste.totalMs.toFixed(0)} ms | ${ext.longTasksLoadAndPaste.count} / ${ext.longTasksLoadAndPaste.totalMs.toFixed(0)} ms (longest ${ext.longTasksLoadAndPaste.longestMs.toFixed(0)} ms) |`);
  console.log(`| page JS heap at start / end | ${mb(base.heap.startBytes)} / ${mb(base.heap.endBytes)} | ${mb(ext.heap.startBytes)} / ${mb(ext.heap.endBytes)} (added ${mb(added.start)} / ${mb(added.end)}) |`);
  const k = ext.keystrokeToUnderline;
  console.log(`\nkeystroke → underline painted: ${k ? `median ${k.median.toFixed(1)} ms, p95 ${k.p95.toFixed(1)} ms, max ${k.max.toFixed(1)} ms over ${k.runs} keys (${k.missed} never painted)` : 'no paints seen'}`);
  console.log(`cold: navigation → first findings shown (draft pasted in between): ${ext.coldFirstFindingsMs?.toFixed(0)} ms; findings at the end: ${ext.findings}`);
  console.log(`extension scripts' time inside long animation frames: ${ext.extensionScriptMsInLongFrames.toFixed(1)} ms`);
  const report = { date: new Date().toISOString(), seconds: SECONDS, baseline: base, warmline: ext, addedHeapBytes: added, heapAfterFirstMinute: after1min };
  writeFileSync('bench-browser-report.json', JSON.stringify(report, null, 2));
  console.log('\nReport written to bench-browser-report.json');
} finally {
  server.close();
}
process.exit(0);
