/**
 * Most keystrokes change one line in the middle of the body. Then the draft's parts are those of the text
 * before, moved by the edit's length: segmenting again would read every line of a long draft per keystroke.
 * `segmentAfterEdit` answers the segments of the new text when it can prove them unchanged this way, and
 * undefined otherwise (the caller segments afresh). What segment.ts decides from a line, and so what the
 * edited line must not be or become: blank, a quoted line, a quote header (or half of a two-line one), the
 * greeting line, or a line the sign-off search reads (the last lines, unless a sign-off below stopped it).
 */
import type { Part, Segments } from './segment';
import { commonPrefix, commonSuffix } from './text-diff';

export interface Edit {
  /** The text before and after. */
  before: string;
  after: string;
  /** The changed span: before[start, beforeEnd) became after[start, afterEnd). */
  start: number;
  beforeEnd: number;
  afterEnd: number;
}

/** Where two texts differ: the common prefix and suffix (the suffix never reaching into the prefix). */
export function diffTexts(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  let start = commonPrefix(before, after, max);
  const tail = commonSuffix(before, after, max - start);
  // Never end or start an edit inside a surrogate pair: both halves belong to one character.
  if (start > 0 && isLow(after.charCodeAt(start)) && isHigh(after.charCodeAt(start - 1))) start--;
  return { before, after, start, beforeEnd: before.length - tail, afterEnd: after.length - tail };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The [start, end) of the line holding offset `at` (without its line break). */
export function lineAround(text: string, from: number, to: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const nl = text.indexOf('\n', to);
  const end = nl === -1 ? text.length : nl;
  return { start, end: end > start && text[end - 1] === '\r' ? end - 1 : end };
}

// What segment.ts reads in a line (kept in step with its patterns; the property test compares the two).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const DECIDES = /^\s*(?:on\b|from:|-{2}|>)|\bwrote:\s*$|^\s*$/i;

export function segmentAfterEdit(previous: Segments, edit: Edit): Segments | undefined {
  const { before, after, start, beforeEnd, afterEnd } = edit;
  if (before.slice(start, beforeEnd).includes('\n') || after.slice(start, afterEnd).includes('\n')) return undefined;
  const body = previous.parts.find((p) => p.kind === 'body');
  const { signoff, greeting } = previous;
  if (!body || !signoff) return undefined;
  const oldLine = lineAround(before, start, beforeEnd);
  const newLine = lineAround(after, start, afterEnd);
  // Inside the body, after the greeting's line, before the sign-off (whose line stopped the sign-off search).
  if (oldLine.start < body.start || oldLine.end >= signoff.start) return undefined;
  // The greeting's line, or with no greeting the first line (which may become one).
  if (greeting ? before.lastIndexOf('\n', greeting.start - 1) + 1 === oldLine.start : oldLine.start <= previous.bodyStart) return undefined;
  const oldText = before.slice(oldLine.start, oldLine.end);
  const newText = after.slice(newLine.start, newLine.end);
  if (DECIDES.test(oldText) || DECIDES.test(newText)) return undefined;
  // segment() moves a part's edge off a lone low surrogate: where the line holds one, its edges may move.
  if (LONE_SURROGATE.test(oldText) || LONE_SURROGATE.test(newText)) return undefined;
  const delta = afterEnd - beforeEnd;
  const move = (i: number) => (i >= beforeEnd ? i + delta : i);
  // The body ends where its last line's words end: the edited line's new end, when it was the last.
  const oldLineEnd = oldLine.start + oldText.trimEnd().length;
  const bodyEnd = previous.bodyEnd === oldLineEnd ? newLine.start + newText.trimEnd().length : move(previous.bodyEnd);
  if (bodyEnd < body.start || isLow(after.charCodeAt(bodyEnd))) return undefined;
  const place = (p: Part): Part => (p.kind === 'body' ? { kind: 'body', start: p.start, end: bodyEnd } : { kind: p.kind, start: move(p.start), end: move(p.end) });
  const parts = previous.parts.map(place);
  return {
    parts,
    bodyStart: previous.bodyStart,
    bodyEnd,
    greeting: greeting && parts.find((p) => p.kind === 'greeting'),
    signoff: parts.find((p) => p.kind === 'signoff'),
  };
}
