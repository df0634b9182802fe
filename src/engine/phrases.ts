/** Phrase lists as compromise match patterns, compiled once, matched per sentence with the result cached. */
import { matchSpans, nlp } from './nlp';
import type { Sentence } from './draft';

export interface PhraseMatcher {
  /** Spans (draft offsets) of every phrase of the list in the sentence. */
  find(sentence: Sentence): { start: number; end: number }[];
  has(sentence: Sentence): boolean;
}

type Compiled = ReturnType<typeof nlp.parseMatch>;

/** Returns an error message for a pattern compromise cannot use, or undefined when it is fine. */
export function checkPattern(pattern: string): string | undefined {
  const p = pattern.trim();
  if (p === '') return 'The phrase is empty.';
  if (p.length > 200) return 'The phrase is longer than 200 characters.';
  let depth = 0;
  for (const ch of p) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (depth < 0) return `Unbalanced brackets in "${p}".`;
  }
  if (depth !== 0) return `Unbalanced brackets in "${p}".`;
  try {
    const parsed = nlp.parseMatch(p) as unknown[];
    if (!Array.isArray(parsed) || parsed.length === 0) return `"${p}" matches nothing.`;
  } catch (e) {
    return `"${p}" is not a valid phrase: ${(e as Error).message}`;
  }
  return undefined;
}

export function compilePhrases(key: string, patterns: readonly string[]): PhraseMatcher {
  const compiled: Compiled[] = [];
  for (const p of patterns) if (checkPattern(p) === undefined) compiled.push(nlp.parseMatch(p.trim()));
  const find = (sentence: Sentence) =>
    sentence.memo(`phrases:${key}`, () => {
      const spans: { start: number; end: number }[] = [];
      for (const c of compiled) {
        for (const s of matchSpans(sentence.doc.match(c as never))) spans.push({ start: s.start + sentence.start, end: s.end + sentence.start });
      }
      return spans.sort((a, b) => a.start - b.start || b.end - a.end);
    });
  return { find, has: (s) => find(s).length > 0 };
}
