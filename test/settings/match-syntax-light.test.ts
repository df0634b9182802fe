/**
 * The content script's pattern check (match-syntax.light.ts, no compromise) against the engine's
 * (match-syntax.ts): every pattern the engine accepts passes here too (so a valid setting is never refused on
 * the page), and the shape errors are refused by both.
 */
import { describe, expect, it } from 'vitest';
import * as full from '../../src/settings/match-syntax';
import * as light from '../../src/settings/match-syntax.light';
import { rules } from '../../src/rules';
import { LIMITS } from '../../src/settings/limits';

const builtIn = rules.flatMap((r) => Object.values(r.meta.phrases).flatMap((l) => l.patterns));

describe('the content script’s pattern check', () => {
  it(`accepts every built-in pattern the engine accepts (${builtIn.length})`, () => {
    for (const p of builtIn) {
      expect(full.checkPattern(p), p).toBeUndefined();
      expect(light.checkPattern(p), p).toBeUndefined();
    }
  });

  it.each(['', '   ', '(contact|call', 'contact your bank)', '[reach] out)', 'x'.repeat(201)])('refuses %j as the engine does', (p) => {
    expect(full.checkPattern(p)).toBeDefined();
    expect(light.checkPattern(p)).toBeDefined();
  });

  it('counts terms, alternatives and regular expressions as the engine’s parser does, for the limits', () => {
    const count = (parse: (p: string) => unknown, p: string) => {
      const terms = parse(p) as { regex?: unknown; fastOr?: Set<string>; choices?: unknown[] }[];
      return { terms: terms.length, choices: terms.reduce((n, t) => n + (t.fastOr?.size ?? 0) + (t.choices?.length ?? 0), 0), regex: terms.some((t) => t.regex !== undefined) };
    };
    for (const p of ['reach out to (your|the) bank', '(a|b|c|d) #Noun? [(x|y)]', 'contact /ba+nk/', `${'word '.repeat(LIMITS.patternTerms + 1)}`.trim()]) {
      expect(count(light.parseMatch, p), p).toEqual(count(full.parseMatch, p));
    }
  });
});
