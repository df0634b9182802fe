/**
 * Splits text into sentences with offsets, cheaply and without NLP, so that only sentences whose text
 * changed need parsing again. Line breaks always end a sentence: in replies they separate list items,
 * greetings and sign-offs.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Words after which a full stop does not end the sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'no', 'ref', 'jr', 'sr', 'inc', 'ltd', 'co', 'dept', 'ext', 'min', 'mins', 'hr', 'hrs', 'a.m', 'p.m', 'u.s', 'u.k']);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital ("J. Smith") is an initial, not a sentence.
  return /^[A-Z]$/.test(text.slice(i, dot));
}

/** One or more emoji with their modifiers, joiners and variation selectors. */
const EMOJI_RUN = /^(?:\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]*)+(?:\u200D\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]*)*/u;

export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    // "Oh no 😩 That's not right": an emoji and a capital after it end a sentence, as a full stop would.
    const code = text.charCodeAt(i);
    if ((code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf)) {
      const emoji = EMOJI_RUN.exec(text.slice(i, Math.min(to, i + 40)));
      if (emoji) {
        const j = i + emoji[0].length;
        if (/^\s+[A-Z]/.test(text.slice(j, j + 3)) && j < to) {
          push(j);
          start = j;
        }
        i = j - 1;
        continue;
      }
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < to && /[.!?…"'”’)\]]/.test(text[j]!)) j++;
    // Only whitespace (or the end) after the mark ends a sentence: not "3.5", "x.example", "e.g.,".
    if (j < to && !/\s/.test(text[j]!)) {
      i = j - 1;
      continue;
    }
    if (ch === '.' && endsWithAbbreviation(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(to);
  return out;
}
