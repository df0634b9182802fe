/**
 * Property tests of the engine over generated drafts: unicode, emoji, RTL, zero-width characters, HTML-looking
 * text, very long lines, empty and whitespace-only drafts, and real reply words in between.
 *
 * WARMLINE_PROPERTY_RUNS sets the count of the bulk property (`npm run test:properties`, part of `npm test`,
 * runs 100,000); a plain `vitest run` runs a few hundred. The bulk uses one shared analyzer (cheap: cached
 * sentences); comparisons with a fresh analyzer run on a sampled subset. The number of drafts generated is
 * printed at the end.
 */
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine';
import { collide } from '../../src/engine/combine';
import type { Finding } from '../../src/engine/types';

export const RUNS = Number(process.env.WARMLINE_PROPERTY_RUNS ?? 300);
const SEED = process.env.WARMLINE_PROPERTY_SEED ? Number(process.env.WARMLINE_PROPERTY_SEED) : undefined;
export const TIMEOUT = 900_000;
/** One fresh-analyzer comparison per this many bulk drafts (at least 50 in all). */
const SAMPLE_EVERY = 100;
/** The bulk is split over two test files so both cores work on it. */
export const SHARDS = 2;

let generated = 0;
const counts: Record<string, number> = {};
export const count = (property: string) => {
  generated++;
  counts[property] = (counts[property] ?? 0) + 1;
};
/** Prints how many drafts this file generated (call once per test file). */
export function reportCount(file: string): void {
  afterAll(() => {
    console.log(`engine properties (${file}): ${generated.toLocaleString('en')} drafts generated (${Object.entries(counts).map(([k, n]) => `${k}: ${n.toLocaleString('en')}`).join(', ')})`);
  });
}

const words = fc.constantFrom(
  'Hi', 'Sam,', 'thanks', 'sorry', "we'll", 'get', 'back', 'to', 'you', 'soon', 'contact', 'your', 'bank', 'by', 'Friday',
  'refund', 'I', 'have', "can't", 'please', 'reach', 'out', 'the', 'seller', 'Best,', 'Ana', '>', 'On', 'wrote:', '—',
  'policy', 'unfortunately', 'apologize', 'inconvenience', 'ASAP', 'URGENT', 'As I said', 'obviously', 'Dear', 'Regards,',
  '😀', '👩‍💻', '🇫🇷', '❤️', 'é', 'ñ', '中文', 'مرحبا', 'שלום', '\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\ufeff',
  '<img src=x onerror=alert(1)>', '<script>', '</p>', '&amp;', '&nbsp;', '"><svg onload=x>', 'javascript:',
  '\t', '!!!', '...', '…', '?!', '3-5', 'days', 'e.g.', 'Mr.', '1.5', 'x.example', '#123', '@agent', '-- ', '\u00a0',
);
const separators = fc.constantFrom(' ', '\n', '\n\n', '. ', '? ', '! ', '\r\n', ', ', '\n> ', '\n-- \n');
const piece = fc.oneof(
  { weight: 8, arbitrary: words },
  { weight: 3, arbitrary: separators },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
export const replyLike = fc.array(piece, { maxLength: 40 }).map((p) => p.join(' '));
const longLine = fc
  .tuple(fc.array(words, { minLength: 1, maxLength: 6 }), fc.integer({ min: 250, max: 3000 }))
  .map(([w, n]) => Array.from({ length: n }, (_, i) => w[i % w.length]).join(' '));
export const draft = fc.oneof(
  { weight: 12, arbitrary: replyLike },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', '\n\n\n', '\u200b', '   \t  ', '\u00a0\u00a0', '\r\n\r\n', '\u200b\u200d\ufeff') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: longLine },
);

/** The customer's message: absent for most drafts (as when the page shows none), generated like a draft otherwise. */
const customerOrNot = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: draft });

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset that does not split a surrogate pair. */
function onBoundary(text: string, i: number) {
  return i === 0 || i === text.length || !(isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)));
}

/** Throws (cheaply: no expect per finding in the bulk) when a finding or suggestion is out of range or splits a character. */
export function checkFindings(text: string, findings: Finding[]): void {
  const bad = (what: string, f: unknown) => {
    throw new Error(`${what}: ${JSON.stringify(f)} in ${JSON.stringify(text)}`);
  };
  for (const f of findings) {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start <= f.end && f.end <= text.length)) bad('finding out of range', f);
    if (!onBoundary(text, f.start) || !onBoundary(text, f.end)) bad('finding splits a character', f);
    if (typeof f.message !== 'string' || f.message === '') bad('finding without a message', f);
    for (const s of f.suggestions) {
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) bad('suggestion out of range', s);
      if (!onBoundary(text, s.start) || !onBoundary(text, s.end)) bad('suggestion splits a character', s);
      if (typeof s.text !== 'string') bad('suggestion without text', s);
    }
  }
}

const lone = (t: string) => (t.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g) ?? []).length;

/**
 * Applies the first suggestion of every finding, one after another (from the end, so earlier offsets stay
 * valid), leaving out a suggestion whose edit collides with one already applied (suggestions of different
 * findings may rewrite the same clause by design: after one is applied the other is re-analysed away).
 * The edits chosen never overlap, and the result never splits a character the draft had whole.
 */
export function applyAll(text: string, findings: Finding[]): string {
  const chosen: { start: number; end: number; text: string }[] = [];
  for (const f of findings) {
    const s = f.suggestions[0];
    if (s && !chosen.some((c) => collide(c, s))) chosen.push(s);
  }
  chosen.sort((a, b) => b.start - a.start);
  for (let i = 1; i < chosen.length; i++) if (chosen[i]!.end > chosen[i - 1]!.start) throw new Error(`overlapping edits in ${JSON.stringify(text)}`);
  let out = text;
  for (const e of chosen) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (lone(out) > lone(text) + chosen.reduce((n, e) => n + lone(e.text), 0)) throw new Error(`applying ${JSON.stringify(chosen)} split a character in ${JSON.stringify(text)}`);
  return out;
}

export const params = (numRuns: number) => ({ numRuns, ...(SEED === undefined ? {} : { seed: SEED }) });


/** The bulk property: `runs` drafts through one shared analyzer; a sampled subset also through a fresh one. */
export function bulkProperty(runs: number): void {
  it(`never throws, keeps offsets in range and on character boundaries, applies all suggestions without overlap, and is deterministic (${runs.toLocaleString('en')} drafts)`, () => {
    const shared = createAnalyzer();
    let i = 0;
    fc.assert(
      fc.property(draft, customerOrNot, (text, customer) => {
        count('bulk');
        const a = shared.analyze(text, { customer });
        checkFindings(text, a);
        const applied = applyAll(text, a);
        // The applied draft is analysed on a sample (a tenth): it is mostly the same sentences again.
        if (applied !== text && i % 10 === 0) checkFindings(applied, shared.analyze(applied, { customer }));
        if (i++ % SAMPLE_EVERY === 0) {
          // Analysing twice gives the same result, from the same analyzer and from a fresh one.
          expect(shared.analyze(text, { customer })).toEqual(a);
          expect(createAnalyzer().analyze(text, { customer })).toEqual(a);
        }
      }),
      params(runs),
    );
  }, TIMEOUT);
}
