/**
 * Adding up a batch of replies for a team lead: per rule the replies it fires on, by week and by agent where
 * the export says, the warmth scores' spread, a few examples per rule and, when a second rule pack is compared,
 * per rule before / after and the replies that change. Memory is bounded whatever the export's length: counts,
 * at most EXAMPLES examples per rule and CHANGES changed replies (the same ones whatever order rows arrive in,
 * chosen by a hash of their id, so the CLI's worker order, CSV or JSON lines give one report).
 */
import type { Item } from './rows';
import type { Outcome } from './outcome';

export const EXAMPLES = 3;
export const CHANGES = 50;
/** Past this many agents the rest are counted together, so a mislabelled column cannot grow the report without end. */
export const MAX_AGENTS = 300;
export const OTHER_AGENTS = '(other agents)';
/** Warmth in ten-point bands, 0–9 … 90–99, and 100 (nothing to warm) on its own. */
export const SCORE_BANDS = 11;
const EXCERPT = 140;

export interface Group {
  replies: number;
  fired: Record<string, number>;
  scoreSum: number;
}

export interface Example {
  id: string;
  /** The reply around the finding (… where cut). */
  excerpt: string;
  /** The flagged words within `excerpt` (start == end: where something is missing). */
  start: number;
  end: number;
  message: string;
  key: number;
}

export interface Change {
  id: string;
  excerpt: string;
  /** Where, within `excerpt`, the first rule that changed points. */
  start: number;
  end: number;
  /** Rules that fire only with the compared pack, and only without it. */
  added: string[];
  removed: string[];
  before: number;
  after: number;
  key: number;
}

export interface Side {
  fired: Record<string, number>;
  scores: number[];
  scoreSum: number;
}

export interface Tally extends Side {
  replies: number;
  examples: Record<string, Example[]>;
  weeks: Record<string, Group>;
  /** Replies without a readable date (when some have one). */
  undated: number;
  agents: Record<string, Group>;
  compare?: Side & { changed: number; changes: Change[] };
}

export function emptyTally(comparing = false): Tally {
  const side = (): Side => ({ fired: {}, scores: Array<number>(SCORE_BANDS).fill(0), scoreSum: 0 });
  return { replies: 0, ...side(), examples: {}, weeks: {}, undated: 0, agents: {}, compare: comparing ? { ...side(), changed: 0, changes: [] } : undefined };
}

/** A stable pseudo-random key from a reply's id (FNV-1a), so "a few examples" are spread over the export, not its first rows. */
export function keyOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Monday of the date's week (UTC) as YYYY-MM-DD, or undefined when the date cannot be read. */
export function weekOf(date: string): string | undefined {
  const s = date.trim();
  const ms = /^\d{9,10}$/.test(s) ? Number(s) * 1000 : /^\d{12,13}$/.test(s) ? Number(s) : Date.parse(s);
  if (!Number.isFinite(ms)) return undefined;
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}

function excerpt(text: string, start: number, end: number): { excerpt: string; start: number; end: number } {
  const from = Math.max(0, start - EXCERPT);
  const to = Math.min(text.length, end + EXCERPT);
  const head = from > 0 ? '…' : '';
  return { excerpt: head + text.slice(from, to) + (to < text.length ? '…' : ''), start: start - from + head.length, end: end - from + head.length };
}

/** Keeps the `limit` entries with the smallest keys. */
function keep<T extends { key: number }>(list: T[], entry: T, limit: number): void {
  if (list.length >= limit && entry.key >= list[list.length - 1]!.key) return;
  list.push(entry);
  list.sort((a, b) => a.key - b.key);
  if (list.length > limit) list.pop();
}

function count(side: Side, outcome: Outcome): void {
  for (const r of outcome.rules) side.fired[r] = (side.fired[r] ?? 0) + 1;
  side.scores[Math.min(SCORE_BANDS - 1, Math.floor(outcome.score / 10))]!++;
  side.scoreSum += outcome.score;
}

function addTo(groups: Record<string, Group>, name: string, outcome: Outcome): void {
  const g = (groups[name] ??= { replies: 0, fired: {}, scoreSum: 0 });
  g.replies++;
  g.scoreSum += outcome.score;
  for (const r of outcome.rules) g.fired[r] = (g.fired[r] ?? 0) + 1;
}

export function addReply(tally: Tally, item: Item, before: Outcome, after?: Outcome): void {
  tally.replies++;
  count(tally, before);
  const key = keyOf(item.id);
  for (const m of before.marks) keep((tally.examples[m.rule] ??= []), { id: item.id, ...excerpt(item.text, m.start, m.end), message: m.message, key }, EXAMPLES);
  const week = item.date === undefined ? undefined : weekOf(item.date);
  if (week) addTo(tally.weeks, week, before);
  else tally.undated++;
  if (item.agent !== undefined) {
    const name = item.agent.trim() || '(no agent)';
    addTo(tally.agents, name in tally.agents || Object.keys(tally.agents).length < MAX_AGENTS ? name : OTHER_AGENTS, before);
  }
  if (!tally.compare || !after) return;
  count(tally.compare, after);
  const added = after.rules.filter((r) => !before.rules.includes(r));
  const removed = before.rules.filter((r) => !after.rules.includes(r));
  if (added.length === 0 && removed.length === 0) return;
  tally.compare.changed++;
  const mark = after.marks.find((m) => added.includes(m.rule)) ?? before.marks.find((m) => removed.includes(m.rule))!;
  const cut = excerpt(item.text, mark.start, mark.end);
  keep(tally.compare.changes, { id: item.id, ...cut, added, removed, before: before.score, after: after.score, key }, CHANGES);
}

/** Every rule that fired, before or with the compared pack, most frequent first. */
export function firedRules(tally: Tally): string[] {
  const all = new Set([...Object.keys(tally.fired), ...Object.keys(tally.compare?.fired ?? {})]);
  return [...all].sort((a, b) => (tally.fired[b] ?? 0) - (tally.fired[a] ?? 0) || a.localeCompare(b));
}

/** The share of replies, as a percentage with one decimal. */
export const share = (n: number, of: number): number => (of === 0 ? 0 : Math.round((1000 * n) / of) / 10);
