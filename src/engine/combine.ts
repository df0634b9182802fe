/**
 * One rewrite for a sentence with several findings. When two or more findings sit in one sentence, their
 * best fitting suggestions are applied together and offered as one extra suggestion, "Rewrite the sentence",
 * added after each of those findings' own suggestions (never replacing them).
 *
 * Careful by design:
 * - only findings that underline words inside the sentence take part (not insertion points such as a missing
 *   thanks, which belong to the reply, not the sentence), and only suggestions whose edit lies inside it;
 * - findings are taken in priority order (see merge.ts); each one contributes the first of its suggestions
 *   that does not collide with the edits chosen so far;
 * - edits never overlap. The one exception is a rewrite of a whole clause that contains another edit's words:
 *   the smaller edit is carried into the rewrite only when its words, with a word of context on each side,
 *   occur exactly once in the rewritten text. Otherwise that suggestion is skipped;
 * - nothing is offered unless at least two edits were combined and the result differs from the sentence and
 *   from every single suggestion.
 */
import { comparePriority } from './merge';
import type { Finding, Suggestion } from './types';

export const COMBINED_LABEL = 'Rewrite the sentence';

interface Span {
  start: number;
  end: number;
}

interface Edit extends Span {
  text: string;
}

/** Whether two edits touch the same characters or the same insertion point. */
export function collide(a: Span, b: Span): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  if (a.start === a.end && b.start <= a.start && a.start <= b.end) return true;
  if (b.start === b.end && a.start <= b.start && b.start <= a.end) return true;
  return false;
}

const within = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;

/**
 * Carries `inner` (an edit inside `outer`'s range) into `outer`'s replacement text, or returns undefined when
 * its place there is not certain.
 */
export function carryInto(text: string, outer: Edit, inner: Edit): Edit | undefined {
  if (!within(inner, outer) || (inner.start === outer.start && inner.end === outer.end)) return undefined;
  const original = text.slice(outer.start, outer.end);
  const relStart = inner.start - outer.start;
  const relEnd = inner.end - outer.start;
  // One whole word of context on each side (or the edge of the outer range).
  const left = /(?:\S+\s+|^\s*)$/.exec(original.slice(0, relStart))?.[0] ?? '';
  const right = /^(?:\s*[^\s.,;:!?]+|\s*[.,;:!?]|\s*$)/.exec(original.slice(relEnd))?.[0] ?? '';
  const middle = original.slice(relStart, relEnd);
  // The widest context first; the edited words alone only when they are long enough to be unmistakable.
  const keys: [string, string][] = [
    [left, right],
    ['', right],
    [left, ''],
    ['', ''],
  ];
  for (const [l, r] of keys) {
    const key = l + middle + r;
    if (key.trim().length < (l || r ? 4 : 12)) continue;
    const at = findOnce(outer.text, key);
    if (at === -1) continue;
    // A rewrite may have moved the words to the front of the sentence and capitalised them.
    let replacement = l + inner.text + r;
    if (l === '' && /^\p{Lu}/u.test(outer.text.slice(at)) && !/^\p{Lu}/u.test(key)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
    return { start: outer.start, end: outer.end, text: outer.text.slice(0, at) + replacement + outer.text.slice(at + key.length) };
  }
  return undefined;
}

/** Where `key` occurs in `text` exactly once (its first letter may differ in case), else -1. */
function findOnce(text: string, key: string): number {
  if (key.length < 2) return -1;
  const hits: number[] = [];
  const rest = key.slice(1);
  const first = key.charAt(0);
  for (let i = text.indexOf(rest, 1); i !== -1; i = text.indexOf(rest, i + 1)) {
    const c = text.charAt(i - 1);
    if (c === first || c.toLowerCase() === first.toLowerCase()) hits.push(i - 1);
  }
  return hits.length === 1 ? hits[0]! : -1;
}

function apply(text: string, edits: readonly Edit[], range: Span): string {
  let out = text.slice(range.start, range.end);
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, e.start - range.start) + e.text + out.slice(e.end - range.start);
  }
  return out;
}

/** Tidies the joins edits can leave, but only where the sentence had no such thing itself. */
function tidy(rewritten: string, original: string): string {
  let out = rewritten;
  if (!/ {2}/.test(original)) out = out.replace(/ {2,}/g, ' ');
  if (!/ [,.;:!?]/.test(original)) out = out.replace(/ +([,.;:!?])/g, '$1');
  if (!/,,|\.\./.test(original)) out = out.replace(/,,+/g, ',').replace(/(?<!\.)\.\.(?!\.)/g, '.');
  return out;
}

/**
 * Adds a "Rewrite the sentence" suggestion to findings that share a sentence, where their edits combine.
 * `sentences` are the spans of the draft's sentences. Returns new finding objects; the input is not changed.
 */
export function combineInSentences<F extends Finding>(findings: readonly F[], text: string, sentences: readonly Span[]): F[] {
  const out = [...findings];
  // Underlining findings by start, swept against the sentences: a sentence costs only its own findings.
  const byStart = out.map((_, i) => i).filter((i) => out[i]!.start < out[i]!.end);
  byStart.sort((a, b) => out[a]!.start - out[b]!.start);
  const spans = [...sentences].sort((a, b) => a.start - b.start);
  let from = 0;
  for (const s of spans) {
    while (from < byStart.length && out[byStart[from]!]!.start < s.start) from++;
    const at: number[] = [];
    for (let k = from; k < byStart.length && out[byStart[k]!]!.start < s.end; k++) if (out[byStart[k]!]!.end <= s.end) at.push(byStart[k]!);
    if (at.length < 2) continue;
    const inside = at.map((i) => out[i]!).sort(comparePriority);
    let edits: Edit[] = [];
    const used: F[] = [];
    for (const f of inside) {
      for (const sug of f.suggestions) {
        if (sug.label === COMBINED_LABEL || !within(sug, s)) continue;
        const hits = edits.filter((e) => collide(e, sug));
        if (hits.length === 0) {
          edits.push({ start: sug.start, end: sug.end, text: sug.text });
          used.push(f);
          break;
        }
        // A clause rewrite that holds the edits already chosen: carry them into it.
        if (hits.every((e) => within(e, sug))) {
          let merged: Edit | undefined = { start: sug.start, end: sug.end, text: sug.text };
          for (const e of hits) merged = merged && carryInto(text, merged, e);
          if (merged) {
            edits = [...edits.filter((e) => !hits.includes(e)), merged];
            used.push(f);
            break;
          }
        }
        // An edit inside one already chosen: carry it into that one.
        if (hits.length === 1 && within(sug, hits[0]!)) {
          const merged = carryInto(text, hits[0]!, { start: sug.start, end: sug.end, text: sug.text });
          if (merged) {
            edits = [...edits.filter((e) => e !== hits[0]), merged];
            used.push(f);
            break;
          }
        }
      }
    }
    if (used.length < 2) continue;
    const original = text.slice(s.start, s.end);
    const rewritten = tidy(apply(text, edits, s), original);
    if (rewritten === original) continue;
    const combined: Suggestion = { label: COMBINED_LABEL, text: rewritten, start: s.start, end: s.end };
    // Not when a single suggestion already gives the same sentence.
    const single = (sug: Suggestion) => within(sug, s) && apply(text, [sug], s) === rewritten;
    if (used.some((f) => f.suggestions.some(single))) continue;
    for (const f of new Set(used)) {
      const i = out.indexOf(f);
      out[i] = { ...f, suggestions: [...f.suggestions, combined] };
    }
  }
  return out;
}
