/**
 * `npm run bench`: the engine's speed on this machine. Per keystroke = one character appended to a draft
 * (a new string each call) and the whole draft analysed again through one analyzer, as the content script does.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createAnalyzer } from '../../src/engine';
import { CUSTOMER, draftOfWords } from './drafts';
import { ms, summarize, type Summary } from './stats';

function perKeystroke(words: number, keystrokes: number): Summary {
  const analyzer = createAnalyzer();
  const base = draftOfWords(words);
  // The agent types at the end of the body, before the sign-off.
  const cut = base.lastIndexOf('\n\nBest,');
  let typed = '';
  const sentence = ' I will email you the tracking number by noon tomorrow.';
  analyzer.analyze(base, { customer: CUSTOMER });
  const samples: number[] = [];
  for (let i = 0; i < keystrokes; i++) {
    typed += sentence[i % sentence.length];
    const text = base.slice(0, cut) + typed + base.slice(cut);
    const t0 = performance.now();
    analyzer.analyze(text, { customer: CUSTOMER });
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

function cold(words: number): { firstAnalysis: number; fullReanalysis: Summary } {
  const text = draftOfWords(words);
  const t0 = performance.now();
  createAnalyzer().analyze(text, { customer: CUSTOMER });
  const firstAnalysis = performance.now() - t0;
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) {
    const a = createAnalyzer();
    const t = performance.now();
    a.analyze(text, { customer: CUSTOMER });
    samples.push(performance.now() - t);
  }
  return { firstAnalysis, fullReanalysis: summarize(samples) };
}

const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const c = cold(250);
report.cold250 = c;
console.log(`First analysis ever (includes compromise's lexicon unpack), 250 words: ${ms(c.firstAnalysis)}`);
console.log(`Full analysis of a 250-word draft with a fresh analyzer: median ${ms(c.fullReanalysis.median)}, p95 ${ms(c.fullReanalysis.p95)}`);
console.log('\nPer keystroke (one character appended, same analyzer):');
console.log('| words | runs | median | p95 | max |\n|---|---|---|---|---|');
const scale: Record<number, Summary> = {};
for (const words of [60, 250, 1000, 2500]) {
  const s = perKeystroke(words, words >= 2500 ? 300 : 500);
  scale[words] = s;
  console.log(`| ${words} | ${s.runs} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} |`);
}
report.perKeystroke = scale;
writeFileSync('bench-report.json', JSON.stringify(report, null, 2));
console.log('\nReport written to bench-report.json');
