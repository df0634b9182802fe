/**
 * Keeps findings on their words between a keystroke and the next analysis: findings before the edit stay,
 * findings after it move by the edit's length, findings the edit touched are dropped until re-analysed.
 */
import { commonPrefix, commonSuffix } from '../engine/text-diff';
import type { Finding } from '../engine/types';

/** The changed span: old [start, oldEnd) became new [start, newEnd). */
export function diffSpan(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const max = Math.min(before.length, after.length);
  const start = commonPrefix(before, after, max);
  const tail = commonSuffix(before, after, max - start);
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

export function shiftFindings(before: string, after: string, findings: readonly Finding[]): Finding[] {
  if (before === after) return [...findings];
  const { start, oldEnd, newEnd } = diffSpan(before, after);
  const delta = newEnd - oldEnd;
  /** The new [s, e) for an old span, or undefined when the edit touched it. */
  const move = (s: number, e: number): [number, number] | undefined => {
    if (e < start || (e === start && s < e) || (s === e && s <= start)) return [s, e];
    if (s >= oldEnd && !(s === e && s === start)) return [s + delta, e + delta];
    return undefined;
  };
  const out: Finding[] = [];
  for (const f of findings) {
    const span = move(f.start, f.end);
    if (!span) continue;
    const suggestions = f.suggestions.flatMap((s) => {
      const m = move(s.start, s.end);
      return m ? [{ ...s, start: m[0], end: m[1] }] : [];
    });
    out.push({ ...f, start: span[0], end: span[1], suggestions });
  }
  return out;
}
