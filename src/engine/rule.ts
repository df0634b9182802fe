/** What a rule is: its metadata (documentation, messages, phrase lists) and a check. Modelled on ESLint rules. */
import type { Channel, Context, Level, Suggestion } from './types';
import type { Draft, Sentence } from './draft';
import type { PhraseMatcher } from './phrases';

export type Category = 'apology' | 'ownership' | 'promise' | 'thanks' | 'tone' | 'structure' | 'custom';

export interface PhraseList {
  /** What the list holds, shown to team leads next to it. */
  description: string;
  /** compromise match patterns, e.g. "reach out to (your|the) bank". */
  patterns: string[];
}

/** A documented example: a reply, with the customer's message when the rule depends on it. */
export type Example = string | { text: string; customer?: string; channel?: Channel; customerName?: string };

export interface RuleMeta<M extends string = string> {
  /** Equal to the rule's file name. */
  id: string;
  category: Category;
  docs: {
    description: string;
    /** Why a customer feels it: shown in the suggestion card. */
    why: string;
    /** Replies the rule flags; the meta-test checks that it does. */
    incorrect: Example[];
    /** The same replies warmed; the meta-test checks that the rule is quiet on them. */
    correct: Example[];
  };
  /** Message templates; `{{name}}` is filled from the report's data. */
  messages: Record<M, string>;
  defaultLevel: Level;
  /** Phrase lists a team lead can extend or trim. */
  phrases: Record<string, PhraseList>;
}

/** What a rule reports; the engine turns it into a Finding. */
export interface Report<M extends string = string> {
  messageId: M;
  data?: Record<string, string>;
  start: number;
  end: number;
  suggestions: Suggestion[];
}

export interface RuleContext {
  context: Context;
  /** The customer's message, segmented and parsed like a draft, or undefined when the page gave none. */
  customer: Draft | undefined;
  /** The named phrase list of this rule, team-lead additions included. */
  phrases(list: string): PhraseMatcher;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(draft: Draft, ctx: RuleContext): Report<M>[];
}

export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/**
 * A rule's reports for one sentence, where they depend on its text alone (and the rule's phrase lists, which
 * are fixed for an analyzer): computed once per sentence text on the sentence's `local` view (offsets from 0)
 * and placed where the sentence stands. So a keystroke costs a rule only the sentence it changed. `compute`
 * must read nothing but `local` and the lists: no other sentence, no customer message, no context. The memo
 * key is made once per call by the caller (a key built per sentence costs a string and its hash).
 */
function placedReports<M extends string>(sentence: Sentence, memoKey: string, compute: (local: Sentence) => Report<M>[]): readonly Report<M>[] {
  return sentence.memo(memoKey, compute, placeReports);
}

/** Sentences per block in sentencesReports and anySentence. */
const BLOCK = 32;

interface Block {
  sentences: readonly Sentence[];
  value: unknown;
}

/**
 * Derived data only, keyed by sentence objects (which live as long as the drafts holding them): what a block
 * of sentences gave, by the block's first sentence and the caller's key.
 */
const blocks = new WeakMap<Sentence, Map<string, Block>>();

/**
 * `compute` of each block of sentences, cached while the block holds the very same sentence objects. A
 * keystroke leaves most sentences as they were (draft.ts reuses their objects), so a long draft costs a
 * keystroke one check per sentence, not one computation.
 */
function byBlock<T>(sentences: readonly Sentence[], key: string, compute: (from: number, to: number) => T, each: (value: T) => boolean | void): void {
  for (let i = 0; i < sentences.length; i += BLOCK) {
    const n = Math.min(BLOCK, sentences.length - i);
    const first = sentences[i]!;
    let byKey = blocks.get(first);
    let block = byKey?.get(key);
    if (!block || block.sentences.length !== n || block.sentences.some((s, k) => s !== sentences[i + k])) {
      block = { sentences: sentences.slice(i, i + n), value: compute(i, i + n) };
      if (!byKey) blocks.set(first, (byKey = new Map()));
      byKey.set(key, block);
    }
    if (each(block.value as T) === false) return;
  }
}

/** `placedReports` of every sentence, in order (cached by block: see byBlock). */
export function sentencesReports<M extends string>(sentences: readonly Sentence[], key: string, compute: (local: Sentence) => Report<M>[]): Report<M>[] {
  const out: Report<M>[] = [];
  const memoKey = `reports:${key}`;
  byBlock(
    sentences,
    memoKey,
    (from, to) => {
      const reports: Report<M>[] = [];
      for (let k = from; k < to; k++) for (const r of placedReports(sentences[k]!, memoKey, compute)) reports.push(r);
      return reports;
    },
    (reports) => {
      for (const r of reports) out.push(r);
    },
  );
  return out;
}

/** Whether `test` holds for some sentence; `key` names the test, which must depend on the sentence alone. */
export function anySentence(sentences: readonly Sentence[], key: string, test: (s: Sentence) => boolean): boolean {
  let found = false;
  byBlock(
    sentences,
    `any:${key}`,
    (from, to) => sentences.slice(from, to).some(test),
    (hit) => !(found = hit),
  );
  return found;
}

function placeReports<M extends string>(reports: Report<M>[], offset: number): Report<M>[] {
  if (reports.length === 0) return reports;
  return reports.map((r) => ({
    ...r,
    start: r.start + offset,
    end: r.end + offset,
    suggestions: r.suggestions.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset })),
  }));
}
