import { describe, expect, it } from 'vitest';
import type { UiFinding } from '../../src/ui/model';
import { sameBox, sameUiFindings } from '../../src/ui/same';

const F: UiFinding = {
  key: 'deflection:need to contact',
  rule: 'deflection',
  category: 'ownership',
  title: 'The reply sends the customer elsewhere.',
  message: 'Take ownership.',
  why: 'Customers feel passed around.',
  flagged: 'need to contact',
  suggestions: [{ label: 'Take it on', text: "I'll contact" }],
};

describe('sameUiFindings', () => {
  it('is true for equal lists built anew (the findings only moved)', () => {
    expect(sameUiFindings([F], [{ ...F, suggestions: [{ ...F.suggestions[0]! }] }])).toBe(true);
    expect(sameUiFindings([], [])).toBe(true);
  });

  it.each<[string, Partial<UiFinding>]>([
    ['key', { key: 'deflection:need to contact#1' }],
    ['rule', { rule: 'other' }],
    ['category', { category: 'thanks' }],
    ['title', { title: 'x' }],
    ['message', { message: 'x' }],
    ['why', { why: 'x' }],
    ['flagged', { flagged: 'need to call' }],
    ['suggestion text', { suggestions: [{ label: 'Take it on', text: "I'll call" }] }],
    ['suggestion label', { suggestions: [{ label: 'Own it', text: "I'll contact" }] }],
    ['suggestion count', { suggestions: [] }],
  ])('is false when the %s differs', (_what, change) => {
    expect(sameUiFindings([F], [{ ...F, ...change }])).toBe(false);
  });

  it('is false for a different count or order', () => {
    const G = { ...F, key: 'g', rule: 'missing-thanks' };
    expect(sameUiFindings([F], [F, G])).toBe(false);
    expect(sameUiFindings([F, G], [G, F])).toBe(false);
  });
});

describe('sameBox', () => {
  it('compares by value, null only with null', () => {
    expect(sameBox({ left: 1, top: 2, right: 3, bottom: 4 }, { left: 1, top: 2, right: 3, bottom: 4 })).toBe(true);
    expect(sameBox({ left: 1, top: 2, right: 3, bottom: 4 }, { left: 1, top: 2, right: 3, bottom: 5 })).toBe(false);
    expect(sameBox(null, null)).toBe(true);
    expect(sameBox(null, { left: 0, top: 0, right: 0, bottom: 0 })).toBe(false);
  });
});
