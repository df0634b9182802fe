/**
 * One underline per place. When findings of different rules cover the same words, the one with the higher
 * priority keeps the underline and the others are folded into it: their suggestions are appended to its own
 * (duplicates dropped) and their rule, message and span are kept in `also`, so the card can still say
 * everything that is wrong with these words.
 *
 * Priority, highest first:
 *   1. level: a warning before a hint;
 *   2. the four core rules before the others (their order: missing-apology, deflection, vague-promise,
 *      missing-thanks);
 *   3. the wider span (it underlines everything the narrower one did);
 *   4. the rule id, so the result never depends on the order rules ran in.
 *
 * A core rule's finding is never folded away: the core ids are a contract (the dev-set scores and the
 * `data-findings` attribute read them). A core finding that overlaps a higher-priority finding (possible only
 * when a team lead turned the core rule down to a hint) keeps its own underline.
 *
 * Only findings of different rules that underline words take part: insertion points (start == end) have no
 * underline and stay as they are, and a rule's own findings are never folded into each other.
 */
import type { Finding } from './types';

export const CORE_RULES: readonly string[] = ['missing-apology', 'deflection', 'vague-promise', 'missing-thanks'];

/** A finding that was folded into another one, as the card shows it. */
export interface Folded {
  rule: string;
  messageId: string;
  message: string;
  level: Finding['level'];
  start: number;
  end: number;
}

/** A finding after merging: `also` lists the findings folded into it, highest priority first. */
export interface MergedFinding extends Finding {
  also?: Folded[];
}

const LEVEL_RANK: Record<Finding['level'], number> = { warning: 0, hint: 1 };

function coreRank(rule: string): number {
  const i = CORE_RULES.indexOf(rule);
  return i === -1 ? CORE_RULES.length : i;
}

export const isCore = (rule: string): boolean => CORE_RULES.includes(rule);

/** Negative when `a` has the higher priority. */
export function comparePriority(a: Finding, b: Finding): number {
  return (
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    Number(!isCore(a.rule)) - Number(!isCore(b.rule)) ||
    coreRank(a.rule) - coreRank(b.rule) ||
    b.end - b.start - (a.end - a.start) ||
    a.rule.localeCompare(b.rule) ||
    a.start - b.start
  );
}

/** Two findings underline some of the same characters. Insertion points underline nothing. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}

const sameEdit = (x: Finding['suggestions'][number], y: Finding['suggestions'][number]) => x.start === y.start && x.end === y.end && x.text === y.text;

function fold(host: MergedFinding, guest: MergedFinding): void {
  for (const s of guest.suggestions) if (!host.suggestions.some((h) => sameEdit(h, s))) host.suggestions.push(s);
  const folded: Folded = { rule: guest.rule, messageId: guest.messageId, message: guest.message, level: guest.level, start: guest.start, end: guest.end };
  host.also = [...(host.also ?? []), folded, ...(guest.also ?? [])];
}

/** Folds overlapping findings into the one with the highest priority; returns them in text order. */
export function mergeOverlapping(findings: readonly Finding[]): MergedFinding[] {
  const byPriority = [...findings].sort(comparePriority);
  const kept: MergedFinding[] = [];
  for (const f of byPriority) {
    const copy: MergedFinding = { ...f, suggestions: [...f.suggestions] };
    if (!isCore(f.rule)) {
      const host = kept.find((k) => k.rule !== f.rule && overlaps(k, f));
      if (host) {
        fold(host, copy);
        continue;
      }
    }
    kept.push(copy);
  }
  return kept.sort((x, y) => x.start - y.start || x.end - y.end || x.rule.localeCompare(y.rule));
}
