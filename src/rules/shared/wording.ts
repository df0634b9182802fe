/**
 * Small text helpers for rules that swap or drop words: edits that keep spacing, commas and the sentence's
 * capital letter right, the customer's name, and whether the customer is complaining.
 */
import type { Draft, Sentence } from '../../engine/draft';
import type { Suggestion } from '../../engine/types';
import { customerTrouble } from './trouble';

export interface Span {
  start: number;
  end: number;
}

const upperFirst = (s: string) => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));
const lowerFirst = (s: string) => (s === '' || /^(?:I\b|I'|[A-Z]{2})/.test(s) ? s : s[0]!.toLowerCase() + s.slice(1));

/** The first offset of a sentence that holds a word: skips opening quotes, bullets and emoji. */
function wordStart(sentence: Sentence): number {
  const m = /^[^\p{L}\p{N}]*/u.exec(sentence.text);
  return sentence.start + (m ? m[0].length : 0);
}

/**
 * Replaces `text.slice(start, end)` with `replacement` inside `sentence`, keeping the sentence readable:
 * an empty replacement also takes the comma and space after the words (or the comma before them when they end
 * the clause), and the sentence's first word keeps its capital.
 */
export function replaceWords(text: string, sentence: Sentence, start: number, end: number, replacement: string, label: string): Suggestion {
  const atStart = start <= wordStart(sentence);
  let s = start;
  let e = end;
  let out = replacement;
  if (out === '') {
    // Take a comma or dash and the spaces after the words.
    const after = /^\s*(?:,|—|–|-(?=\s))?\s*/.exec(text.slice(e, sentence.end))![0];
    const commaBefore = /\s*,\s*$/.exec(text.slice(sentence.start, s))?.[0];
    if (commaBefore && /[,—–-]/.test(after)) {
      // An aside ("is, obviously, not"): take both commas, keep one space.
      return { label, text: '', start: s - commaBefore.length, end: e + after.trimEnd().length };
    }
    e += after.length;
    const next = text.slice(e, sentence.end);
    if (next === '' || /^[.,!?;:)]/.test(next)) {
      // The words ended the clause: take the comma and spaces before them instead.
      e = end;
      const before = /\s*,?\s*$/.exec(text.slice(sentence.start, s))![0];
      s -= before.length;
      if (/[.!?]/.test(next[0] ?? '') && s < start && text[s] === ',') s += 0;
    } else if (atStart) {
      // "Obviously, the code …" → "The code …". The first character whole: never half an emoji's surrogate pair.
      const first = String.fromCodePoint(next.codePointAt(0)!);
      out = upperFirst(first);
      e += first.length;
      if (/^[A-Z]{2}/.test(next)) out = first;
    }
  } else if (atStart) {
    out = upperFirst(out);
  } else {
    out = lowerFirst(out);
  }
  // "To recap," before a comma that is already there.
  if (/,$/.test(out) && text[e] === ',') out = out.slice(0, -1);
  return { label, text: out, start: s, end: e };
}

/** The sentence holding offset `at`. */
export function sentenceAt(draft: Draft, at: number): Sentence | undefined {
  return draft.sentences.find((s) => at >= s.start && at < s.end) ?? draft.sentences.find((s) => at === s.end);
}

const TITLE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?';
const NAME_WORD = "[A-Z][a-zà-ÿ'’-]+";
const SIGNED = new RegExp(`(?:^|[.!?…)\\s]\\s*|[—–-]\\s*|\\n\\s*)((?:${TITLE}\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s*[.!]?\\s*$`);
const NOT_NAMES = new Set(['thanks', 'thank', 'cheers', 'regards', 'help', 'please', 'asap', 'anyway', 'urgent', 'again', 'now', 'today', 'thx', 'ty', 'best', 'sincerely', 'ok', 'okay', 'yes', 'no', 'hi', 'hello', 'why', 'seriously', 'ridiculous', 'unacceptable', 'nothing', 'still', 'attached', 'sorted']);

/**
 * The name the customer signed with ("… The house is freezing. Mr Booth" → "Mr Booth"), or undefined.
 * Only a short capitalised name after the last sentence counts, so a plain closing word is never taken.
 */
export function signedName(customer: string | undefined): string | undefined {
  if (!customer) return undefined;
  const m = SIGNED.exec(customer.trimEnd());
  if (!m) return undefined;
  const name = m[1]!;
  const words = name.split(/\s+/);
  if (words.some((w) => NOT_NAMES.has(w.toLowerCase().replace(/\.$/, '')))) return undefined;
  // The words before the name must end a sentence (or the name is on its own line / after a dash).
  const before = customer.trimEnd().slice(0, customer.trimEnd().length - m[0].length + m[0].indexOf(name));
  // "… Thanks, Mirela" / "Regards, Tomasz" sign with a closing word first.
  const closing = /(?:^|[.!?…)\n]\s*)(?:thanks|thank you|many thanks|cheers|regards|best|best wishes|kind regards|ta)\s*[,!]?\s*$/i.test(before);
  if (before.trim() !== '' && !closing && !/[.!?…)\n—–-]\s*$/.test(before) && !/[.!?…)]\s+$/.test(before)) return undefined;
  if (before.trim() === '') return undefined;
  return name;
}

/** The customer's name to use: the helpdesk's `customerName`, else the name they signed with. */
export function customerNameOf(context: { customerName?: string; customer?: string }): string | undefined {
  const n = context.customerName?.trim();
  return n ? n : signedName(context.customer);
}

/** The words of a name that a reply could use to address the person: "Mrs Ada Bassey" → Ada, Bassey. */
export function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/[.,]/g, ''))
    .filter((w) => w.length > 1 && !new RegExp(`^${TITLE}$`, 'i').test(w));
}

/** How to address someone in a greeting: "Mr Booth" stays whole, "Priya Shah" becomes "Priya". */
export function addressOf(name: string): string {
  if (new RegExp(`^${TITLE}\\s`).test(name)) return name;
  return nameWords(name)[0] ?? name;
}

/** Whether the customer's message complains: reports trouble with us or sounds upset. */
export function isComplaint(customer: Draft | undefined): boolean {
  if (!customer) return false;
  const t = customerTrouble(customer);
  return t.reported || t.upset;
}
