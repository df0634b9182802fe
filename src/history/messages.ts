/**
 * The one message that feeds the local history ("Show me the improvement"): content script → background.
 *
 *   browser.runtime.sendMessage(recordMessage(findings))      // whenever the draft's findings change
 *   → { type: 'warmline:record', day: 'YYYY-MM-DD', counts: { 'missing-thanks': 1, … }, score: 0..100 }
 *
 * Counts only: rule ids and numbers. Never the draft, flagged words, messages or customer text; the
 * background rejects a message with any other shape (see `parseRecordMessage`), so text cannot slip in.
 * `counts` is a snapshot of the current draft's findings per rule (not a delta): the background adds to the
 * day only the findings that are new since the previous snapshot from the same tab and frame.
 */
import type { Finding } from '../engine/types';
import { warmthScore } from '../engine/warmth';

export interface RecordMessage {
  type: 'warmline:record';
  /** The agent's local calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Findings of the current draft per rule id; rules with no finding may be left out. */
  counts: Record<string, number>;
  /** The draft's warmth score, an integer 0–100 (src/engine/warmth.ts). */
  score: number;
}

/** A rule id: lower-case kebab-case, like the rule's file name. Anything else (spaces, text) is rejected. */
export const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAX_RULE_ID_LENGTH = 64;
/** More rules than this in one record is not a real draft. */
export const MAX_RULES_PER_RECORD = 64;
/** More findings of one rule than this in one draft is not a real draft either. */
export const MAX_COUNT = 1000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of `date` as `YYYY-MM-DD`. */
export function localDay(date: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`, else undefined (so 2025-02-30 is rejected). */
export function dayNumber(day: string): number | undefined {
  const m = DAY.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / 86_400_000;
}

export function isRuleId(id: string): boolean {
  return id.length <= MAX_RULE_ID_LENGTH && RULE_ID.test(id);
}

/**
 * Validates an incoming message. Returns a fresh object built only from the allowed fields (extra fields
 * are dropped, never copied), or undefined when the message is not a valid record.
 */
export function parseRecordMessage(msg: unknown): RecordMessage | undefined {
  if (typeof msg !== 'object' || msg === null) return undefined;
  const m = msg as Record<string, unknown>;
  if (m.type !== 'warmline:record') return undefined;
  if (typeof m.day !== 'string' || dayNumber(m.day) === undefined) return undefined;
  if (typeof m.score !== 'number' || !Number.isInteger(m.score) || m.score < 0 || m.score > 100) return undefined;
  if (typeof m.counts !== 'object' || m.counts === null || Array.isArray(m.counts)) return undefined;
  const entries = Object.entries(m.counts as Record<string, unknown>);
  if (entries.length > MAX_RULES_PER_RECORD) return undefined;
  const counts: Record<string, number> = {};
  for (const [rule, n] of entries) {
    if (!isRuleId(rule)) return undefined;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_COUNT) return undefined;
    if (n > 0) counts[rule] = n;
  }
  return { type: 'warmline:record', day: m.day, counts, score: m.score };
}

/** Builds the record for the current findings (what the content script sends). */
export function recordMessage(findings: readonly Finding[], now: Date = new Date()): RecordMessage {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return { type: 'warmline:record', day: localDay(now), counts, score: warmthScore(findings) };
}
