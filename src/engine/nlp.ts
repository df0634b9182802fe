/**
 * The one place that talks to compromise. Rules get parsed sentences and spans in the draft's offsets;
 * they never see compromise's own offset quirks (contractions carry zero-length terms).
 */
import nlp from 'compromise';

export type Doc = ReturnType<typeof nlp>;

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
