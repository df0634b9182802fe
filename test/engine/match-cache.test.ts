import { describe, expect, it, vi } from 'vitest';
import { parseMatchOnce } from '../../src/engine/match-cache';
import { nlp } from '../../src/engine/nlp';

describe('parseMatchOnce', () => {
  const tokens = () => [{ word: 'call' }, { tag: 'Pronoun' }];

  it('parses a string once and hands each caller its own copy of the tokens', () => {
    const parse = vi.fn(tokens);
    const once = parseMatchOnce(parse);
    const a = once('call #Pronoun', {}) as Record<string, unknown>[];
    a[0]!.start = true; // what compromise's growRight does to the tokens it is given
    const b = once('call #Pronoun') as Record<string, unknown>[];
    expect(parse).toHaveBeenCalledTimes(1);
    expect(b).toEqual(tokens());
    expect(b[0]).not.toBe(a[0]);
  });

  it('leaves parsed tokens, and strings with options, to compromise each time', () => {
    const parse = vi.fn(tokens);
    const once = parseMatchOnce(parse);
    const compiled = tokens();
    once(compiled);
    once('call #Pronoun', { fuzzy: 0.8 });
    once('call #Pronoun', { fuzzy: 0.8 });
    expect(parse).toHaveBeenCalledTimes(3);
  });
});

describe('compromise with parsed matches kept', () => {
  it('matches after a grow marked its tokens as before (growLeft / growRight do not leak into later matches)', () => {
    const doc = nlp('please call us back tomorrow, we will call you back');
    expect(doc.match('call').growRight('.').out('array')).toEqual(['call us', 'call you']);
    expect(doc.match('call').growLeft('.').out('array')).toEqual(['please call', 'will call']);
    // "." again: with the marks of the grows above left on shared tokens this would find only edge words.
    expect(doc.match('. back').out('array')).toEqual(['us back', 'you back']);
    expect(doc.match('back .').out('array')).toEqual(['back tomorrow,']);
  });
});
