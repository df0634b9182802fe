/** The shared prefix and suffix of two texts, block-wise, against a character-by-character scan. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonPrefix, commonSuffix } from '../../src/engine/text-diff';

describe('commonPrefix / commonSuffix', () => {
  it('agree with a character-by-character scan, in long texts and across block boundaries', () => {
    const long = fc.tuple(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 80 })).map(([s, n]) => (s || 'ab').repeat(n));
    fc.assert(
      fc.property(long, fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 600 }), fc.string({ maxLength: 600 }), (text, at, del, ins) => {
        const i = at % (text.length + 1);
        const after = text.slice(0, i) + ins + text.slice(i + del);
        const max = Math.min(text.length, after.length);
        let p = 0;
        while (p < max && text[p] === after[p]) p++;
        let q = 0;
        while (q < max - p && text[text.length - 1 - q] === after[after.length - 1 - q]) q++;
        expect(commonPrefix(text, after, max)).toBe(p);
        expect(commonSuffix(text, after, max - p)).toBe(q);
      }),
      { numRuns: 2000, seed: 20261202 },
    );
  });
});
