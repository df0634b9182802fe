/** What the four custom rule types share: their metadata, ids, and the edits they suggest. */
import type { RuleMeta } from '../../engine/rule';
import type { Draft } from '../../engine/draft';
import type { Suggestion } from '../../engine/types';
import type { CustomRule } from '../../settings/schema';
import { insertClosing } from '../shared/place';

/** Custom rules live beside the built-in ones under their own prefix, so ids never collide. */
export const CUSTOM_PREFIX = 'custom:';
export const customRuleId = (id: string) => `${CUSTOM_PREFIX}${id}`;

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function customMeta<M extends string>(rule: CustomRule, messages: Record<M, string>, phrases: RuleMeta['phrases']): RuleMeta<M> {
  return {
    id: customRuleId(rule.id),
    category: 'custom',
    docs: {
      description: rule.description ?? rule.message,
      why: rule.description ?? 'A rule your team added.',
      incorrect: [],
      correct: [],
    },
    messages,
    defaultLevel: rule.level,
    phrases,
  };
}

/** Spans sorted by start; a span overlapping the one before it is dropped, so one word is flagged once. */
export function nonOverlapping(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/** "kindly" → "please", "Kindly" → "Please", "KINDLY" → "PLEASE". */
export function matchCase(replacement: string, original: string): string {
  if (replacement === '') return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

export function replaceWith(draft: Draft, span: { start: number; end: number }, replacement: string): Suggestion {
  const text = matchCase(replacement, draft.text.slice(span.start, span.end));
  return { label: `Use “${clip(text)}”`, text, start: span.start, end: span.end };
}

/** Removes the words and one space beside them, so no double space is left behind. */
export function remove(draft: Draft, span: { start: number; end: number }): Suggestion {
  const { text } = draft;
  let { start, end } = span;
  if (text[end] === ' ') end++;
  else if (text[start - 1] === ' ') start--;
  return { label: `Remove “${clip(text.slice(span.start, span.end))}”`, text: '', start, end };
}

export function addClosing(draft: Draft, sentence: string): Suggestion {
  return insertClosing(draft, sentence, `Add “${clip(sentence)}”`);
}
