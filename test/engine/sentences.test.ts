import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on end marks followed by space, and on line breaks', () => {
    expect(split('We fixed it. It works now!\nAnything else?')).toEqual(['We fixed it.', 'It works now!', 'Anything else?']);
  });
  it('ends a sentence at an emoji followed by a capital, keeping the emoji with its sentence', () => {
    expect(split("Oh no 😩 That's not right.")).toEqual(['Oh no 😩', "That's not right."]);
    expect(split('On it 🙏🏽 Will update you by 5pm')).toEqual(['On it 🙏🏽', 'Will update you by 5pm']);
    expect(split('Love it 👨‍👩‍👧 see you soon')).toEqual(['Love it 👨‍👩‍👧 see you soon']);
  });
  it('reads informal text whole: entities, hashtags, handles, links and missing apostrophes', () => {
    expect(split("sorry abt that!! dm us ur order # &amp; we'll sort it thx")).toEqual(['sorry abt that!!', "dm us ur order # &amp; we'll sort it thx"]);
    expect(split('cant see it here... pls try again? #help @ShopHelp')).toEqual(['cant see it here...', 'pls try again?', '#help @ShopHelp']);
    expect(split('Details: https://t.co/AbC12.x?y=1 then reply')).toEqual(['Details: https://t.co/AbC12.x?y=1 then reply']);
  });
  it('keeps decimals, domains and abbreviations inside a sentence', () => {
    expect(split('Version 3.5 is on help.x.example now, e.g. for Mr. Lee. Done.')).toEqual([
      'Version 3.5 is on help.x.example now, e.g. for Mr. Lee.',
      'Done.',
    ]);
  });
  it('keeps closing quotes and brackets with their sentence', () => {
    expect(split('He said "fine." Then left.')).toEqual(['He said "fine."', 'Then left.']);
  });
  it('trims whitespace and drops empty pieces', () => {
    expect(split('  One.   \n\n  Two  ')).toEqual(['One.', 'Two']);
    expect(split('')).toEqual([]);
  });
  it('splits a sub-range with offsets into the whole text', () => {
    const t = 'skip. Take one. Take two.';
    expect(splitSentences(t, 6).map((s) => [s.start, s.end])).toEqual([[6, 15], [16, 25]]);
  });
});
