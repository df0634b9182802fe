/**
 * The one place that talks to compromise. Rules get parsed sentences and spans in the draft's offsets;
 * they never see compromise's own offset quirks (contractions carry zero-length terms).
 */
import nlp from 'compromise';
import { bulkMatch } from './bulk-match';
import { parseMatchOnce } from './match-cache';

export type Doc = ReturnType<typeof nlp>;

/**
 * Agents' shorthand, read as the words it stands for: "pls contact ur bank" parses as "please contact your bank"
 * (otherwise compromise tags "contact" a noun and nothing reads it as a request). compromise keeps each term's
 * text and offsets and gives it the full word as its implicit form, which the rules read as the word and match
 * patterns match. Only spellings with one reading: "ur" is "your" far more often than "you're" in a reply.
 */
const SHORTHAND: { word: string; out: string[] }[] = [
  { word: 'pls', out: ['please'] },
  { word: 'plz', out: ['please'] },
  { word: 'ur', out: ['your'] },
  { word: 'thru', out: ['through'] },
  { word: 'tmrw', out: ['tomorrow'] },
  { word: 'tmr', out: ['tomorrow'] },
  { word: 'tmw', out: ['tomorrow'] },
  { word: 'b4', out: ['before'] },
  { word: 'abt', out: ['about'] },
  { word: 'msg', out: ['message'] },
  { word: 'ppl', out: ['people'] },
  { word: 'w', out: ['with'] },
  { word: 'r', out: ['are'] },
  { word: 'u', out: ['you'] },
  // Contractions typed without the apostrophe that compromise does not already read ("dont", "cant" it does).
  { word: 'theyre', out: ['they', 'are'] },
  { word: 'youre', out: ['you', 'are'] },
  { word: 'thats', out: ['that', 'is'] },
  { word: 'theres', out: ['there', 'is'] },
  { word: 'theyll', out: ['they', 'will'] },
  { word: 'youll', out: ['you', 'will'] },
  { word: 'theyve', out: ['they', 'have'] },
  { word: 'youve', out: ['you', 'have'] },
  { word: 'didnt', out: ['did', 'not'] },
  { word: 'doesnt', out: ['does', 'not'] },
  { word: 'werent', out: ['were', 'not'] },
  { word: 'havent', out: ['have', 'not'] },
  { word: 'wasnt', out: ['was', 'not'] },
];
type ParseMatch = Parameters<typeof parseMatchOnce>[0];
const { model, methods } = nlp.world() as { model: { one: { contractions: unknown[] } }; methods: { one: { bulkMatch: unknown; parseMatch: ParseMatch } } };
/** The bulk matcher compromise ships, which bulk-match.ts replaces (the test holds the two to the same tags). */
export const publishedBulkMatch = methods.one.bulkMatch;
// Faster, same results: bulk-match.ts, match-cache.ts.
nlp.plugin({
  model: { one: { contractions: [...model.one.contractions, ...SHORTHAND] } },
  methods: { one: { bulkMatch, parseMatch: parseMatchOnce(methods.one.parseMatch) } },
});

const SPELLED = new Map(SHORTHAND.map((s) => [s.word, s.out.join(' ')]));

/** Text with the shorthand above spelled out, in lower case ("ur bank" → "your bank"), for rewrites that repeat the agent's words. */
export function spellOut(text: string): string {
  return text.replace(/\b[a-z0-9]+\b/gi, (w) => SPELLED.get(w.toLowerCase()) ?? w);
}

export function parse(text: string): Doc {
  return nlp(text);
}

interface TermJson {
  offset?: { start: number; length: number };
}

/** The [start, end) of a match inside the text it was parsed from, skipping implicit (zero-length) terms. */
export function matchSpans(view: { json(o: object): unknown }): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of view.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[]) {
    const real = m.terms.filter((t) => t.offset && t.offset.length > 0);
    if (real.length === 0) continue;
    const first = real[0]!.offset!;
    const last = real[real.length - 1]!.offset!;
    spans.push({ start: first.start, end: last.start + last.length });
  }
  return spans;
}

export { nlp };
