import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/engine/pattern-syntax';
import { rules } from '../../src/rules';

/** The plain reading termsOf must agree with: split on whitespace outside brackets, one character at a time. */
function reference(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let term = '';
  for (const ch of pattern.trim()) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (term) out.push(term);
      term = '';
    } else term += ch;
  }
  if (term) out.push(term);
  return out;
}

describe('termsOf', () => {
  it.each([
    ['get back to you', ['get', 'back', 'to', 'you']],
    ['(get|getting) in (touch|contact) with', ['(get|getting)', 'in', '(touch|contact)', 'with']],
    ['[(just|simply)] .{0,4} !(we|i)', ['[(just|simply)]', '.{0,4}', '!(we|i)']],
    ['  (reach out to|call)\t#Adverb?\u00a0them? ', ['(reach out to|call)', '#Adverb?', 'them?']],
    // An unbalanced bracket leaves the rest as one term (validation names the fault).
    ['(a b)) c d', ['(a b)) c d']],
    ['a) b c', ['a) b c']],
    ['', []],
  ])('%j → %j', (pattern, terms) => {
    expect(termsOf(pattern)).toEqual(terms);
  });

  it('reads every built-in pattern as the plain reading does', () => {
    const patterns = rules.flatMap((r) => Object.values(r.meta.phrases).flatMap((l) => l.patterns));
    expect(patterns.length).toBeGreaterThan(100);
    for (const p of patterns) expect(termsOf(p)).toEqual(reference(p));
  });

  it('agrees with the plain reading on any text of brackets, spaces and words', () => {
    const piece = fc.constantFrom('(', ')', '[', ']', ' ', '\t', '\n', '\u00a0', '\u3000', 'a', 'bc', '|', '#Verb', '.', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const p = parts.join('');
      expect(termsOf(p)).toEqual(reference(p));
    }), { numRuns: 2000 });
  });
});
