/**
 * `npm run bench:firefox`: the built Firefox extension (`npm run build:firefox` first) in Debian's Firefox ESR,
 * over WebDriver BiDi (test/e2e/support/firefox.ts). What Firefox lets us measure of `npm run bench:browser`:
 * a ticket whose contenteditable reply already holds a 2,500-word draft (test/bench/browser/pages.ts), typed
 * into at 80 wpm for FIREFOX_SECONDS (30): keystroke → underline (keydown's timeStamp to the content script's
 * paint of a text that includes the key, the same instrument as in Chromium: browser/instrument.ts), and cold:
 * from starting the navigation to the first findings shown. Long tasks are not measured: Firefox has no Long Tasks API and no
 * trace that attributes main-thread work to an extension.
 */
import { writeFileSync } from 'node:fs';
import { launchFirefoxWithExtension } from '../e2e/support/firefox';
import { instrumentSource, type PageLog } from './browser/instrument';
import { ticketPage } from './browser/pages';
import { TYPED_PASSAGE } from './drafts';
import { summarize } from './stats';

const SECONDS = Number(process.env.FIREFOX_SECONDS ?? 30);
const KEY_MS = 150;
const WORDS = 2500;
const HOST = 'bench.zendesk.com';

async function main(): Promise<void> {
  const page = ticketPage('contenteditable', WORDS);
  const ff = await launchFirefoxWithExtension((url) => (url.hostname === HOST ? page : undefined));
  try {
    const tab = await ff.browser.newPage();
    await tab.evaluateOnNewDocument(instrumentSource);
    const loadStart = Date.now();
    await tab.goto(`http://${HOST}:${ff.port}/contenteditable`, { waitUntil: 'load' });
    const log = () => tab.evaluate(() => (window as unknown as { __bench: PageLog }).__bench);
    for (let i = 0; i < 300 && (await log()).paints.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const first = (await log()).paints[0];
    if (!first) throw new Error('no findings were ever painted');
    const coldMs = Date.now() - loadStart;
    const base = first.len;
    const text = TYPED_PASSAGE;
    const keys = Math.floor((SECONDS * 1000) / KEY_MS);
    await tab.keyboard.type(text.slice(0, keys), { delay: KEY_MS });
    await new Promise((r) => setTimeout(r, 1000));
    const { keys: typed, paints } = await log();
    const latencies: number[] = [];
    let missed = 0;
    typed.forEach((k, n) => {
      const p = paints.find((x) => x.t >= k.t && x.len - base >= n + 1);
      if (p) latencies.push(p.t - k.t);
      else missed++;
    });
    const lat = summarize(latencies);
    const f1 = (x: number) => x.toFixed(1);
    console.log(`\n## Firefox ESR: ${WORDS.toLocaleString('en')}-word draft, 80 wpm, ${SECONDS} s (${typed.length} keys)\n`);
    console.log('| measure | value |\n|---|---|');
    console.log(`| keystroke → underline | median ${f1(lat.median)} ms, p95 ${f1(lat.p95)} ms, max ${f1(lat.max)} ms (${missed} keys never painted) |`);
    console.log(`| navigation → first findings shown, 2,500-word draft (fresh profile) | ${coldMs} ms |`);
    console.log('| long tasks with extension work | not measurable in Firefox (no Long Tasks API, no attributing trace) |');
    writeFileSync('bench-firefox-report.json', JSON.stringify({ date: new Date().toISOString(), words: WORDS, seconds: SECONDS, keys: typed.length, latency: lat, missed, coldMs }, null, 2));
  } finally {
    await ff.close();
  }
}

await main();
