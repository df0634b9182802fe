/**
 * Splits a draft into the parts a reader sees, so rules judge only what the agent wrote:
 * the greeting, the body, the sign-off, and what is not the agent's words this time
 * (signature, quoted earlier messages).
 */
export type PartKind = 'greeting' | 'body' | 'signoff' | 'signature' | 'quote';

export interface Part {
  kind: PartKind;
  start: number;
  end: number;
}

export interface Segments {
  parts: Part[];
  /** Where an opening sentence belongs: right after the greeting line, or at the start of the body. */
  bodyStart: number;
  /** Where a closing sentence belongs: the end of the body, before the sign-off. */
  bodyEnd: number;
  greeting?: Part;
  signoff?: Part;
}

interface Line {
  start: number;
  end: number; // excludes the line break
  text: string;
}

const GREETING_WORD = /^\s*(?:hi|hello|hey|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon)\b/i;
/**
 * Who a greeting addresses, after its word: up to four name-like words ("Sam", "@ShopHelp", "there", "Sir or Madam"),
 * or one or two words of any kind that a comma or "!" closes ("hi sam,"). With no punctuation the greeting stops at
 * the name ("Hi Sam I've checked…", "Hi @Shop I found a hair…"): a message that opens "Hi" goes on in the body.
 * Case-sensitive: a capital marks a name, except the words a sentence starts with ("Hi I found…", "Hello My order…").
 */
const GREETING_REST =
  /^(?:(?:\s+(?:@[\w.]+|(?!(?:I|I'm|I’m|I've|I’ve|I'd|I’d|My|We|We're|We’re|Our|The|This|That|It|It's|It’s|Your|You|Just|Can|Could|Would|Will|Please|Thanks|Thank|So|And|But|What|Why|How|When|Where|Is|Are|Do|Does|Did|Have|Has|Not|No|Yes|Any|Still|Again)\b)[A-Z][\w'’.-]*|(?:and|or|&)(?=\s+[A-Z@])|there|all|team|everyone|everybody|folks|guys|friend|friends|mate|sir|madam)){1,4}\s*[,!:—–-]?|(?:\s+[^\s,!.:;—–-]+){1,2}\s*[,!:—–-]|\s*[,!:—–-]?)/;

/** The greeting that opens a line ("Hi Sam,", "Hello there!", "Hey @Shop"), with any leading space, or undefined. */
function greetingOf(line: string): string | undefined {
  const word = GREETING_WORD.exec(line);
  if (!word) return undefined;
  return (word[0] + (GREETING_REST.exec(line.slice(word[0].length))?.[0] ?? '')).trimEnd();
}
const SIGNOFF =
  /^\s*(?:thanks(?: (?:again|so much|a lot|very much))?|thank you(?: (?:again|so much|very much))?|many thanks|thanks so much|best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? regards|warmly|regards|cheers|sincerely|yours(?: sincerely| truly)?|all the best|take care|talk soon|speak soon|with thanks|respectfully|have a (?:great|good|lovely|nice) (?:day|weekend|evening)|ty|thx)\s*[,!.]?\s*(?:[-–—]\s*\S.*)?$/i;
/** "On Mon, 3 Jun 2024 at 10:02, Sam <sam@x> wrote:" — possibly wrapped over two lines. */
const QUOTE_HEADER = /^\s*(?:on\b.{0,200}\bwrote:\s*$|-{2,}\s*original message\s*-{2,}|from:\s[^\n]*[@<][^\n]*)/i;
const QUOTE_LINE = /^\s*>/;
const SIGNATURE_DELIMITER = /^--\s*$/;
/**
 * A social or chat reply signs off on its last line: initials ("^AB", "*TMT", "/CG", "= JJ"), a dashed name
 * ("-Becky", "- Paul"), a thread marker ("1/2", "(2/2)"), and links after them. None of it is the agent's
 * sentence: it is the signature.
 */
const MARK = String.raw`(?:[\^*~=\/]\s?[A-Za-z][\w.]*|[-–—]{1,2}\s?(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?|\(?\d\/\d\)?\.?)`;
const TAIL = new RegExp(String.raw`(?:^|\s)${MARK}(?:\s+(?:${MARK}|https?:\/\/\S+|[\w-]+(?:\.[\w-]+)+(?:\/\S*)?))*\s*$`, 'u');
/** "2/2 Here is the article": a thread marker opening the reply. */
const LEADING_MARK = /^\s*\(?\d\/\d\)?\s+(?=\S)/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

const isBlank = (line: Line) => line.text.trim() === '';

function findQuoteStart(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (QUOTE_HEADER.test(line.text)) return i;
    // "On Tue, 4 Jun 2024, Sam Lee <sam@x.example>\nwrote:" wraps in some mail clients.
    const next = lines[i + 1];
    if (next && /^\s*on\b/i.test(line.text) && /^\s*(?:\S.{0,80})?\bwrote:\s*$/i.test(next.text)) return i;
    if (QUOTE_LINE.test(line.text)) {
      // A quote block runs to the end when nothing the agent wrote follows it.
      const rest = lines.slice(i);
      if (rest.every((l) => isBlank(l) || QUOTE_LINE.test(l.text))) return i;
    }
  }
  return lines.length;
}

/** `i`, moved back off the middle of a surrogate pair (a limited regex repeat can stop inside an emoji). */
function onBoundary(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

export function segment(text: string): Segments {
  const raw = segmentRaw(text);
  const fix = (p: Part): Part => ({ ...p, start: onBoundary(text, p.start), end: onBoundary(text, p.end) });
  return {
    parts: raw.parts.map(fix),
    bodyStart: onBoundary(text, raw.bodyStart),
    bodyEnd: onBoundary(text, raw.bodyEnd),
    greeting: raw.greeting && fix(raw.greeting),
    signoff: raw.signoff && fix(raw.signoff),
  };
}

function segmentRaw(text: string): Segments {
  const lines = splitLines(text);
  const quoteAt = findQuoteStart(lines);
  const parts: Part[] = [];

  // Interleaved "> quoted" lines inside the agent's text are quotes too.
  const own = lines.slice(0, quoteAt);
  const firstIdx = own.findIndex((l) => !isBlank(l) && !QUOTE_LINE.test(l.text));
  let lastIdx = -1;
  for (let i = own.length - 1; i >= 0; i--) if (!isBlank(own[i]!) && !QUOTE_LINE.test(own[i]!.text)) { lastIdx = i; break; }

  let greeting: Part | undefined;
  let bodyStart = firstIdx === -1 ? 0 : own[firstIdx]!.start;
  if (firstIdx !== -1) {
    const first = own[firstIdx]!;
    const g = greetingOf(first.text);
    if (g) {
      const lead = g.length - g.trimStart().length;
      const gEnd = first.start + g.length;
      greeting = { kind: 'greeting', start: first.start + lead, end: gEnd };
      const rest = text.slice(gEnd, first.end);
      if (rest.trim() === '') {
        // The body starts on the next line that has words.
        const next = own.slice(firstIdx + 1).find((l) => !isBlank(l) && !QUOTE_LINE.test(l.text));
        bodyStart = next ? next.start : first.end;
      } else {
        bodyStart = gEnd + (rest.length - rest.trimStart().length);
      }
    }
  }

  // The sign-off is one of the last few lines the agent wrote; what follows it is the signature.
  let signoff: Part | undefined;
  let signatureFrom = -1;
  if (lastIdx !== -1) {
    let seen = 0;
    for (let i = lastIdx; i > firstIdx && seen < 5; i--) {
      const line = own[i]!;
      if (isBlank(line)) continue;
      seen++;
      if (SIGNATURE_DELIMITER.test(line.text)) signatureFrom = i;
      else if (SIGNOFF.test(line.text) && line.text.trim().length <= 60) {
        const lead = line.text.length - line.text.trimStart().length;
        signoff = { kind: 'signoff', start: line.start + lead, end: line.start + line.text.trimEnd().length };
        signatureFrom = i + 1;
        break;
      }
    }
  }

  // With no sign-off line, the last line may end in a social sign-off: that tail is the signature.
  let tailStart = -1;
  if (!signoff && signatureFrom === -1 && lastIdx !== -1) {
    const last = own[lastIdx]!;
    const m = TAIL.exec(last.text);
    if (m && last.start + m.index + (m[0].length - m[0].trimStart().length) > bodyStart) tailStart = last.start + m.index + (m[0].length - m[0].trimStart().length);
  }
  if (!greeting && firstIdx !== -1 && bodyStart === own[firstIdx]!.start) {
    const lead = LEADING_MARK.exec(own[firstIdx]!.text);
    if (lead && own[firstIdx]!.start + lead[0].length < (tailStart === -1 ? Infinity : tailStart)) bodyStart += lead[0].length;
  }

  let bodyEnd = bodyStart;
  const bodyLimit = signoff ? signoff.start : tailStart !== -1 ? tailStart : signatureFrom !== -1 && own[signatureFrom] ? own[signatureFrom]!.start : text.length;
  for (let i = 0; i < own.length; i++) {
    const line = own[i]!;
    if (isBlank(line) || QUOTE_LINE.test(line.text)) continue;
    const lineEnd = Math.min(line.start + line.text.trimEnd().length, bodyLimit);
    if (line.start < bodyLimit && lineEnd > bodyEnd && line.start >= (greeting ? greeting.start : 0)) bodyEnd = Math.max(bodyEnd, line.start + text.slice(line.start, lineEnd).trimEnd().length);
  }
  if (bodyEnd < bodyStart) bodyEnd = bodyStart;

  if (greeting) parts.push(greeting);
  if (bodyEnd > bodyStart) parts.push({ kind: 'body', start: bodyStart, end: bodyEnd });
  if (signoff) parts.push(signoff);
  const sigStart = tailStart !== -1 ? tailStart : signatureFrom !== -1 && own[signatureFrom] ? own[signatureFrom]!.start : -1;
  const quoteStart = quoteAt < lines.length ? lines[quoteAt]!.start : text.length;
  if (sigStart !== -1 && sigStart < quoteStart) parts.push({ kind: 'signature', start: sigStart, end: quoteStart });
  if (quoteStart < text.length) parts.push({ kind: 'quote', start: quoteStart, end: text.length });
  return { parts, bodyStart, bodyEnd, greeting, signoff };
}

/** True when offset `i` sits on a quoted ("> …") line, which is never the agent's words. */
export function isQuotedLine(text: string, i: number): boolean {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return QUOTE_LINE.test(text.slice(lineStart, lineStart + 20));
}
