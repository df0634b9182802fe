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

/** `host` with `guest` folded in: a new object, so findings that fold nothing are passed on as they are. */
function fold(host: MergedFinding, guest: MergedFinding): MergedFinding {
  const suggestions = [...host.suggestions];
  for (const s of guest.suggestions) if (!suggestions.some((h) => sameEdit(h, s))) suggestions.push(s);
  const folded: Folded = { rule: guest.rule, messageId: guest.messageId, message: guest.message, level: guest.level, start: guest.start, end: guest.end };
  return { ...host, suggestions, also: [...(host.also ?? []), folded, ...(guest.also ?? [])] };
}

/** For each finding (by index), the findings of other rules it shares underlined characters with. */
function overlapping(findings: readonly Finding[]): number[][] {
  const near: number[][] = findings.map(() => []);
  const byStart = findings.map((_, i) => i).filter((i) => findings[i]!.start < findings[i]!.end);
  byStart.sort((a, b) => findings[a]!.start - findings[b]!.start);
  for (let x = 0; x < byStart.length; x++) {
    const a = findings[byStart[x]!]!;
    for (let y = x + 1; y < byStart.length && findings[byStart[y]!]!.start < a.end; y++) {
      if (findings[byStart[y]!]!.rule === a.rule) continue;
      near[byStart[x]!]!.push(byStart[y]!);
      near[byStart[y]!]!.push(byStart[x]!);
    }
  }
  return near;
}

/**
 * Folds overlapping findings into the one with the highest priority; returns them in text order. Linear in
 * the findings but for the overlaps themselves (a sweep by start), so a long draft costs no more per finding.
 */
export function mergeOverlapping(findings: readonly Finding[]): MergedFinding[] {
  const order = findings.map((_, i) => i).sort((a, b) => comparePriority(findings[a]!, findings[b]!));
  const near = overlapping(findings);
  /** Where each finding stands in `kept`, or -1 while it is not kept. */
  const keptAt: number[] = findings.map(() => -1);
  const kept: MergedFinding[] = [];
  for (const i of order) {
    const f = findings[i]!;
    if (!isCore(f.rule)) {
      // The host is the first kept (highest priority) finding it overlaps, as a scan of `kept` would find.
      let host = -1;
      for (const j of near[i]!) if (keptAt[j] !== -1 && (host === -1 || keptAt[j]! < host)) host = keptAt[j]!;
      if (host !== -1) {
        kept[host] = fold(kept[host]!, f);
        continue;
      }
    }
    keptAt[i] = kept.length;
    kept.push(f);
  }
  return kept.sort((x, y) => x.start - y.start || x.end - y.end || x.rule.localeCompare(y.rule));
}
