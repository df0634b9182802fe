/**
 * Concrete time expressions in a sentence: what a customer could hold us to ("by 5pm today", "within 24
 * hours", "on Monday", "in 3-5 business days", "by end of day", "before your flight", "right away").
 * Vague ones ("soon", "in the coming days", "in the next few days", "at some point") are not concrete.
 *
 * The patterns are compromise match patterns (data); rules that let team leads extend them pass their own
 * phrase list as `extra`. Results are cached per sentence with `sentence.memo`.
 */
import { placeSpans, type Sentence } from '../../engine/draft';
import { compilePhrases, type PhraseMatcher } from '../../engine/phrases';

/** A span in draft offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A concrete time: `time` names a moment or deadline, `now` an immediate action ("right away"). */
export interface TimeSpan extends Span {
  kind: 'time' | 'now';
}

/** Points in time or deadlines a customer can hold us to. */
export const CONCRETE_TIME_PATTERNS: readonly string[] = [
  // Clock times and calendar dates: 5pm, 3:30 p.m., 10:40 GMT, Monday, 1 June, 2024-06-03, today, tomorrow.
  '#Time+ (am|pm|a.m.|p.m.)? (#Timezone|gmt|bst|utc|cet|est|pst|et|pt)?',
  '(#Date && !#Duration)',
  '(on|by|before|until|till|from|the) (#Ordinal && #NumericValue)',
  '(noon|midday|midnight|tonight|lunchtime)',
  '(after|before|by) (lunch|dinner|breakfast)',
  '(eod|eob|cob|eow|eom|e.o.d.)',
  'end of (the|this|next)? (day|week|month|business|play|shift|today|tomorrow)',
  'close of (business|play)',
  '(this|tomorrow|#WeekDay) (morning|afternoon|evening|night|lunchtime)',
  'later (today|tonight|this (morning|afternoon|evening|week))',
  'first thing (tomorrow|#WeekDay|in the morning|on #WeekDay)?',
  '(this|next) coming? (week|weekend|month|#WeekDay)',
  '(the|a)? (same|next) (business|working)? day',
  'the (morning|evening|day|night|week) before',
  // Counted durations: within 24 hours, in 3-5 business days, within two working days, in an hour.
  '(#Cardinal|#NumberRange)+ (more)? (business|working|calendar|full)? #Duration',
  'half an? (hour|day)',
  '(within|in|under|inside) (an|a|one) (business|working)? (minute|hour|day|week)',
  // "takes up to an hour".
  'up to (an|a|one) (business|working)? (minute|hour|day|week)',
  '(within|by) the (hour|day|week)',
  '(a|one) (day|week) or two',
  // Anchored to a known event: before your flight, ahead of the weekend.
  '(before|ahead of) (your|the) #Adjective? #Noun',
];

/** Immediate actions: concrete for a promise to act ("I'll check right now"). */
export const IMMEDIATE_PATTERNS: readonly string[] = [
  '(right|straight) away',
  '(immediately|instantly)',
  'right? now',
  'at once',
  'as we speak',
  'while you wait',
  'on the spot',
  'in (a|one) (moment|minute|sec|second)',
];

/** Times that look concrete but point to the past or to no moment at all, so promise nothing. */
export const PAST_TIME_PATTERNS: readonly string[] = [
  'since #Determiner? #Date+',
  '(last|past|previous) #Date+',
  '#Date+ ago',
  '(yesterday|earlier)',
  'earlier (today|this (morning|week|month))',
  // "any day now": a hope, not the moment of an action.
  'any (day|week|time) now',
];

const concrete = compilePhrases(CONCRETE_TIME_PATTERNS);
const immediate = compilePhrases(IMMEDIATE_PATTERNS);
const past = compilePhrases(PAST_TIME_PATTERNS);

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Merges spans of the same kind that overlap or touch ("5pm" + "today"), sorted by start. */
function merge(text: string, offset: number, spans: TimeSpan[]): TimeSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TimeSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    const touching = last && (s.start <= last.end || /^[ \t]+$/.test(text.slice(last.end - offset, s.start - offset)));
    if (last && last.kind === s.kind && touching) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * The concrete times in a sentence, in draft offsets, sorted. Past times ("since Monday", "2 days ago") are
 * left out. `extra` adds a team's own patterns (e.g. a rule's `concreteTime` phrase list).
 */
export function concreteTimes(sentence: Sentence, extra?: PhraseMatcher): TimeSpan[] {
  const own = sentence.memo('shared:time:concreteTimes', (local) => {
    const blocked = past.find(local);
    const spans: TimeSpan[] = [
      ...concrete.find(local).map((s) => ({ ...s, kind: 'time' as const })),
      ...immediate.find(local).map((s) => ({ ...s, kind: 'now' as const })),
    ].filter((s) => !blocked.some((b) => overlaps(b, s)));
    return merge(local.text, 0, spans);
  }, placeSpans);
  if (!extra) return own;
  const added = extra.find(sentence).map((s) => ({ ...s, kind: 'time' as const }));
  return added.length === 0 ? own : merge(sentence.text, sentence.start, [...own, ...added]);
}

/** True when the sentence names a concrete time (see `concreteTimes`). */
export function hasConcreteTime(sentence: Sentence, extra?: PhraseMatcher): boolean {
  return concreteTimes(sentence, extra).length > 0;
}

/** The concrete times of `sentence` that fall inside [start, end) (draft offsets). */
export function concreteTimesIn(sentence: Sentence, start: number, end: number, extra?: PhraseMatcher): TimeSpan[] {
  return concreteTimes(sentence, extra).filter((t) => t.start >= start && t.end <= end);
}
