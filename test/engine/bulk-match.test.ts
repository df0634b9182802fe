import { labelledRows } from '../fixtures/labelled';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { bulkMatch } from '../../src/engine/bulk-match';
import { nlp, publishedBulkMatch } from '../../src/engine/nlp';

const methods = (nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } } }).methods.one;

/** Every term's text, tags, normal and implicit forms and chunk, as compromise tags the text with one matcher or the other. */
function tagged(text: string, matcher: unknown): string[][] {
  methods.bulkMatch = matcher;
  try {
    return (nlp(text).json() as { terms: { text: string; tags: string[]; normal: string; implicit?: string; chunk?: string }[] }[]).flatMap((s) =>
      s.terms.map((t) => [t.text, t.tags.join('|'), t.normal, t.implicit ?? '', t.chunk ?? '']),
    );
  } finally {
    methods.bulkMatch = bulkMatch;
  }
}

/** Every labelled text the project has: customer messages and replies, over 500 texts. */
function texts(): string[] {
  return labelledRows().flatMap((row) => (row.customer ? [row.text, row.customer] : [row.text]));
}

describe('the bulk matcher compromise tags with', () => {
  afterEach(() => void (methods.bulkMatch = bulkMatch));

  it('is ours once the engine loaded compromise', () => {
    expect(methods.bulkMatch).toBe(bulkMatch);
    expect(publishedBulkMatch).not.toBe(bulkMatch);
  });

  it('tags every text of the labelled sets as compromise\'s own does', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(500);
    const differing = all.filter((t) => JSON.stringify(tagged(t, bulkMatch)) !== JSON.stringify(tagged(t, publishedBulkMatch)));
    expect(differing).toEqual([]);
  });

  it('tags word salad as compromise\'s own does (random sentences of support words, tags and punctuation)', () => {
    const words = ['I', "I'll", 'we', "we'll", 'you', 'your', 'will', 'can', "can't", 'not', 'call', 'email', 'team', 'refund', 'order', 'back',
      'soon', 'tomorrow', 'by', 'Friday', '3pm', 'please', 'contact', 'sorry', 'thanks', 'the', 'a', 'to', 'get', 'got', 'been', 'has', 'was',
      'sent', 'sending', 'again', 'still', 'really', 'very', 'Sam', 'Acme', 'London', 'first', 'two', '20', 'if', 'when', 'that', 'which',
      'and', 'or', 'but', ',', '.', '?', '!', 'ur', 'pls', 'dont', 'gonna', 'wanna', 'lol', '#fail', '@AcmeHelp', 'https://acme.example/help'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), (seq) => {
        const text = seq.join(' ').replace(/ ([,.?!])/g, '$1');
        expect(tagged(text, bulkMatch)).toEqual(tagged(text, publishedBulkMatch));
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('finds what compromise\'s own finds, in the same order, for a net of our own (matchOne included)', () => {
    // ifNo is compromise's own (its post-tagger's patterns use it), missing from its published Match type.
    const net = nlp.buildNet(<Parameters<typeof nlp.buildNet>[0]>[
      { match: 'call (me|us) back', tag: 'Callback' },
      { match: '#Modal #Adverb? get back', tag: 'Promise' },
      { match: 'soon', tag: 'Vague' },
      { match: '(call|email) #Pronoun', tag: 'Reach', ifNo: ['please'] },
      { match: '. back', tag: 'Anything' },
    ]);
    const text = "We'll call you back soon. Please call us back. We can surely get back to you soon, or call me back.";
    const found = (matcher: unknown, opts?: object) => {
      methods.bulkMatch = matcher;
      return (nlp(text).sweep(net, { tagger: false, ...opts }).found as { match: string; view: { text(): string } }[]).map((f) => [f.match, f.view.text()]);
    };
    const ours = found(bulkMatch);
    expect(ours.length).toBeGreaterThan(3);
    // "call us" after "Please" is refused by ifNo (a sentence's words, not the match's).
    expect(ours.filter(([m]) => m === '(call|email) #Pronoun').map(([, t]) => t)).toEqual(['call you', 'call me']);
    expect(ours).toEqual(found(publishedBulkMatch));
    expect(found(bulkMatch, { matchOne: true })).toEqual(found(publishedBulkMatch, { matchOne: true }));
  });

  it('keeps compromise\'s order and choice when a net repeats a pattern (the first one hooked wins, even if it does not fit)', () => {
    const net = nlp.buildNet(<Parameters<typeof nlp.buildNet>[0]>[
      { match: 'back', tag: 'First', ifNo: ['please'] },
      { match: '#Verb back', tag: 'Second' },
      { match: 'back', tag: 'Third' },
      { match: '(call|email) #Pronoun', tag: 'Reach' },
    ]);
    const found = (matcher: unknown, text: string) => {
      methods.bulkMatch = matcher;
      return (nlp(text).sweep(net, { tagger: false }).found as { match: string; tag: string; view: { text(): string } }[]).map((f) => [f.match, f.tag, f.view.text()]);
    };
    for (const text of ["We'll call you back soon.", 'Please call us back.', 'Back to square one.']) expect(found(bulkMatch, text)).toEqual(found(publishedBulkMatch, text));
    expect(found(bulkMatch, "We'll call you back soon.").length).toBeGreaterThan(1);
  });
});
