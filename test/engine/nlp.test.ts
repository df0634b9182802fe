import { describe, expect, it } from 'vitest';
import { parse, spellOut } from '../../src/engine/nlp';

interface TermJson {
  text: string;
  normal: string;
  implicit?: string;
  tags: string[];
  offset: { start: number; length: number };
}

const terms = (text: string) => (parse(text).json({ offset: true }) as { terms: TermJson[] }[]).flatMap((s) => s.terms);

describe('agents\' shorthand', () => {
  it.each([
    ['pls contact your bank', 'pls', 'please'],
    ['plz dm us', 'plz', 'please'],
    ['please contact ur bank', 'ur', 'your'],
    ['raise it thru the app', 'thru', 'through'],
    ["I'll call you tmrw at 9", 'tmrw', 'tomorrow'],
    ['send the photos b4 Friday', 'b4', 'before'],
    ['raise it w/ the courier', 'w', 'with'],
    ['r u able to log in', 'r', 'are'],
    ['can u call the shop', 'u', 'you'],
  ])('%s: "%s" reads as "%s", its text and offsets kept', (text, short, word) => {
    const t = terms(text).find((x) => x.text === short)!;
    expect(t.implicit).toBe(word);
    expect(text.slice(t.offset.start, t.offset.start + t.offset.length)).toBe(short);
  });

  it('lets compromise read the request after it: "pls contact ur bank" has a verb and a possessive', () => {
    const ts = terms('pls contact ur bank');
    expect(ts[1]!.tags).toContain('Verb');
    expect(ts[2]!.tags).toContain('Possessive');
    expect(parse('pls contact ur bank').has('please contact your bank')).toBe(true);
  });

  it('reads a contraction typed without its apostrophe as its two words: "theyre" is "they are"', () => {
    for (const [text, words] of [['theyre the ones to ask', 'they are'], ['youll get an email', 'you will'], ['it didnt arrive', 'did not']] as const) {
      expect(parse(text).has(words)).toBe(true);
    }
  });

  it('leaves words that only look alike alone', () => {
    expect(terms('the urn and the thrush').every((t) => t.implicit === undefined)).toBe(true);
  });
});

describe('spellOut', () => {
  it('spells out whole shorthand words and leaves the rest as written', () => {
    expect(spellOut('ur bank')).toBe('your bank');
    expect(spellOut('Pls ring thru the day')).toBe('please ring through the day');
    expect(spellOut('your urn, Thrush')).toBe('your urn, Thrush');
  });
});
