/**
 * Property tests of the engine over generated drafts. WARMLINE_PROPERTY_RUNS sets the count (CI runs many).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine';
import type { Finding } from '../../src/engine/types';

const RUNS = Number(process.env.WARMLINE_PROPERTY_RUNS ?? 200);
const TIMEOUT = 300_000;

const words = fc.constantFrom(
  'Hi', 'Sam,', 'thanks', 'sorry', "we'll", 'get', 'back', 'to', 'you', 'soon', 'contact', 'your', 'bank', 'by', 'Friday',
  'refund', 'I', 'have', 'can\'t', 'please', 'reach', 'out', 'the', 'seller', 'Best,', 'Ana', '>', 'On', 'wrote:', '—',
  '😀', '👩‍💻', 'مرحبا', 'שלום', '\u200b', '\u200d', '<img src=x onerror=alert(1)>', '&amp;', '\t', '!!!', '...', '3-5', 'days',
);
const piece = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\n\n', '. ', '? ', '! ', '\r\n') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const draft = fc.oneof(
  fc.array(piece, { maxLength: 80 }).map((p) => p.join(' ')),
  fc.constantFrom('', ' ', '\n\n\n', '\u200b', '   \t  '),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
function onBoundary(text: string, i: number) {
  return i === 0 || i === text.length || !isLowSurrogate(text.charCodeAt(i));
}

function checkFindings(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(onBoundary(text, f.start) && onBoundary(text, f.end)).toBe(true);
    for (const s of f.suggestions) {
      expect(s.start >= 0 && s.start <= s.end && s.end <= text.length).toBe(true);
      expect(onBoundary(text, s.start) && onBoundary(text, s.end)).toBe(true);
    }
  }
}

describe('engine properties', () => {
  it('never throws, keeps offsets in range and on character boundaries, and is deterministic', () => {
    const shared = createAnalyzer();
    fc.assert(
      fc.property(draft, fc.option(draft, { nil: undefined }), (text, customer) => {
        const a = shared.analyze(text, { customer });
        checkFindings(text, a);
        expect(shared.analyze(text, { customer })).toEqual(a);
        expect(createAnalyzer().analyze(text, { customer })).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('gives the same findings from a shared analyzer when sentences move between drafts', () => {
    const shared = createAnalyzer();
    fc.assert(
      fc.property(draft, draft, (x, y) => {
        for (const text of [y, `${x}\n\n${y}`, y, `${y} ${x}`]) expect(shared.analyze(text)).toEqual(createAnalyzer().analyze(text));
      }),
      { numRuns: Math.max(30, Math.floor(RUNS / 5)) },
    );
  }, TIMEOUT);

  it('applying the first suggestion of every finding, one after another, keeps every edit valid', () => {
    const analyzer = createAnalyzer();
    fc.assert(
      fc.property(draft, (text) => {
        let current = text;
        for (let step = 0; step < 6; step++) {
          const findings = analyzer.analyze(current);
          checkFindings(current, findings);
          const f = findings.find((x) => x.suggestions.length > 0);
          if (!f) break;
          const s = f.suggestions[0]!;
          current = current.slice(0, s.start) + s.text + current.slice(s.end);
        }
      }),
      { numRuns: Math.max(50, Math.floor(RUNS / 5)) },
    );
  }, TIMEOUT);
});
