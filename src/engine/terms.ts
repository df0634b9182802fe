/**
 * A sentence's terms as compromise's json() gives them, read from its parse once and shared by every rule:
 * seven readers (the clause layer, the trouble reader, deflection, vague-promise, blame, shouting, no-next-step)
 * each asked for the same json and declared its shape. Read-only: callers copy what they keep.
 */
import type { Sentence } from './draft';

/** One term; `offset` is relative to the sentence (its parse is of the sentence alone), length 0 when implicit. */
export interface TermJson {
  text: string;
  pre: string;
  post: string;
  normal: string;
  implicit?: string;
  tags: string[];
  offset?: { start: number; length: number };
}

export function termsOf(sentence: Sentence): readonly TermJson[] {
  return sentence.memoText('nlp:terms', () => (sentence.doc.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[]).flatMap((s) => s.terms));
}
