/**
 * The local history behind "Show me the improvement": per calendar day, how many times each rule flagged
 * something and the mean warmth score of the drafts. Pure functions over plain data; no text is ever part
 * of it: only rule ids (validated by `isRuleId`), day strings and numbers.
 */
import { dayNumber, isRuleId, type RecordMessage } from './messages';

/** How many calendar days are kept, today included. */
export const HISTORY_DAYS = 90;
export const HISTORY_VERSION = 1;

export interface HistoryDay {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  /** New findings per rule id that day (a finding that stays in a draft is counted once). */
  counts: Record<string, number>;
  /** Sum of the recorded warmth scores that day (mean = scoreSum / samples). */
  scoreSum: number;
  /** How many records that day. */
  samples: number;
}

export interface History {
  version: typeof HISTORY_VERSION;
  /** Oldest first, one entry per day, at most HISTORY_DAYS. */
  days: HistoryDay[];
}

export type Counts = Readonly<Record<string, number>>;

export function emptyHistory(): History {
  return { version: HISTORY_VERSION, days: [] };
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Reads stored data defensively: anything that is not exactly the expected shape is dropped. */
export function parseHistory(raw: unknown): History {
  if (typeof raw !== 'object' || raw === null) return emptyHistory();
  const r = raw as Record<string, unknown>;
  if (r.version !== HISTORY_VERSION || !Array.isArray(r.days)) return emptyHistory();
  const byDay = new Map<string, HistoryDay>();
  for (const d of r.days as unknown[]) {
    if (typeof d !== 'object' || d === null) continue;
    const e = d as Record<string, unknown>;
    if (typeof e.day !== 'string' || dayNumber(e.day) === undefined) continue;
    if (!isCount(e.samples) || typeof e.scoreSum !== 'number' || !(e.scoreSum >= 0) || e.scoreSum > 100 * e.samples)
      continue;
    if (typeof e.counts !== 'object' || e.counts === null || Array.isArray(e.counts)) continue;
    const counts: Record<string, number> = {};
    for (const [rule, n] of Object.entries(e.counts as Record<string, unknown>)) {
      if (isRuleId(rule) && isCount(n) && n > 0) counts[rule] = n;
    }
    byDay.set(e.day, { day: e.day, counts, scoreSum: e.scoreSum, samples: e.samples });
  }
  const days = [...byDay.values()].sort((a, b) => dayNumber(a.day)! - dayNumber(b.day)!);
  return { version: HISTORY_VERSION, days: days.slice(-HISTORY_DAYS) };
}

/** Keeps the last HISTORY_DAYS calendar days up to `today` (and at most that many entries). */
export function pruneHistory(history: History, today: string): History {
  const t = dayNumber(today);
  if (t === undefined) return history;
  const days = history.days.filter((d) => dayNumber(d.day)! > t - HISTORY_DAYS);
  return { version: HISTORY_VERSION, days: days.slice(-HISTORY_DAYS) };
}

/** Whether a record's day is acceptable given the recorder's own `today` (one day of clock slack ahead). */
export function dayInWindow(day: string, today: string): boolean {
  const d = dayNumber(day);
  const t = dayNumber(today);
  return d !== undefined && t !== undefined && d > t - HISTORY_DAYS && d <= t + 1;
}

/** What is new in `current` compared with the previous snapshot of the same draft. */
export function newFindings(current: Counts, previous: Counts = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [rule, n] of Object.entries(current)) {
    const added = n - (previous[rule] ?? 0);
    if (added > 0) out[rule] = added;
  }
  return out;
}

/**
 * Adds one validated record: the findings new since `previous` (the last snapshot from the same draft) are
 * counted, and the score is sampled. Returns a new History, pruned to the window ending `today`.
 */
export function addRecord(history: History, record: RecordMessage, previous: Counts | undefined, today: string): History {
  const added = newFindings(record.counts, previous);
  const days = history.days.map((d) => ({ ...d, counts: { ...d.counts } }));
  let entry = days.find((d) => d.day === record.day);
  if (!entry) {
    entry = { day: record.day, counts: {}, scoreSum: 0, samples: 0 };
    days.push(entry);
    days.sort((a, b) => dayNumber(a.day)! - dayNumber(b.day)!);
  }
  for (const [rule, n] of Object.entries(added)) entry.counts[rule] = (entry.counts[rule] ?? 0) + n;
  entry.scoreSum += record.score;
  entry.samples += 1;
  return pruneHistory({ version: HISTORY_VERSION, days }, today);
}

/** The mean warmth score of a day, rounded; undefined when nothing was recorded. */
export function meanScore(d: HistoryDay): number | undefined {
  return d.samples > 0 ? Math.round(d.scoreSum / d.samples) : undefined;
}

/** Total findings per rule over the whole history, most frequent first. */
export function totalsByRule(history: History): { rule: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const d of history.days) for (const [rule, n] of Object.entries(d.counts)) totals.set(rule, (totals.get(rule) ?? 0) + n);
  return [...totals].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}
