import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { diffSpan, shiftFindings } from '../../src/content/shift';

const finding = (rule: string, start: number, end: number): Finding => ({
  rule,
  messageId: 'm',
  message: 'm',
  start,
  end,
  level: 'warning',
  suggestions: [{ label: 'fix', text: 'x', start, end }],
});

describe('shiftFindings', () => {
  const before = 'aaa BAD bbb WORSE ccc';
  const bad = finding('r1', 4, 7);
  const worse = finding('r2', 12, 17);

  it('finds the changed span', () => {
    expect(diffSpan('abc', 'abXc')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(diffSpan('abcd', 'ad')).toEqual({ start: 1, oldEnd: 3, newEnd: 1 });
  });

  it('finds the same span as a character-by-character scan in long drafts, across block boundaries', () => {
    // The reference: the plain scan diffSpan replaced with a block-wise one.
    const reference = (a: string, b: string) => {
      const max = Math.min(a.length, b.length);
      let start = 0;
      while (start < max && a[start] === b[start]) start++;
      let tail = 0;
      while (tail < max - start && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
      return { start, oldEnd: a.length - tail, newEnd: b.length - tail };
    };
    const long = 'We will call you back tomorrow. '.repeat(90); // repeats: prefix and suffix can overlap
    const runs = 'a'.repeat(1500);
    const cases: [string, string][] = [];
    for (const base of [long, runs]) {
      for (const at of [0, 1, 255, 256, 257, 511, 512, 1000, base.length - 257, base.length - 256, base.length - 1, base.length]) {
        cases.push([base, base.slice(0, at) + 'x' + base.slice(at)]); // typed a character
        cases.push([base, base.slice(0, at) + base.slice(at + 1)]); // deleted one
        cases.push([base, base.slice(0, at) + 'a' + base.slice(at)]); // typed a character the run repeats
        cases.push([base, base.slice(0, at) + 'PASTED TEXT '.repeat(40) + base.slice(at + 3)]); // pasted over three
      }
      cases.push([base, ''], ['', base], [base, base]);
    }
    for (const [a, b] of cases) {
      expect(diffSpan(a, b)).toEqual(reference(a, b));
      expect(diffSpan(b, a)).toEqual(reference(b, a));
    }
  });

  it('moves findings after an edit and keeps those before it', () => {
    const after = 'aaa BAD bbb!! WORSE ccc';
    const out = shiftFindings(before, after, [bad, worse]);
    expect(out.map((f) => after.slice(f.start, f.end))).toEqual(['BAD', 'WORSE']);
    expect(out[1]!.suggestions[0]).toMatchObject({ start: 14, end: 19 });
  });

  it('drops findings the edit touched', () => {
    const after = 'aaa BxD bbb WORSE ccc';
    expect(shiftFindings(before, after, [bad, worse]).map((f) => f.rule)).toEqual(['r2']);
  });

  it('keeps an insertion point before the edit', () => {
    const at = finding('missing-thanks', 0, 0);
    expect(shiftFindings(before, `${before}!`, [at])).toHaveLength(1);
  });
});
