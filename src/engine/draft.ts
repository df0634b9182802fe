/** A draft as rules see it: its parts and its sentences, each parsed lazily and cached by its text. */
import { parse, type Doc } from './nlp';
import { segment, type PartKind, type Segments } from './segment';
import { diffTexts, lineAround, segmentAfterEdit } from './segment-edit';
import { splitSentences, type SentenceSpan } from './sentences';

export interface Sentence {
  text: string;
  /** Offsets into the whole draft. */
  start: number;
  end: number;
  part: PartKind;
  /** compromise's parse of this sentence alone; its offsets are relative to `start`. */
  readonly doc: Doc;
  /**
   * This sentence on its own, at offset 0 (`start` 0, `end` its length), sharing the parse and the caches:
   * what `memo` computes on, so that a result holds offsets relative to the sentence.
   */
  readonly local: Sentence;
  /**
   * Caches a per-sentence result that holds draft offsets. `compute` runs once per sentence text, on `local`
   * (so its offsets are relative to the sentence); `place` moves a result to where the sentence stands. A
   * sentence that moved (text typed before it) is placed again, never recomputed.
   */
  memo<T>(key: string, compute: (local: Sentence) => T, place: (value: T, offset: number) => T): T;
  /**
   * Caches a per-sentence result that depends only on the sentence's text: offsets in it must be relative
   * to the sentence (add `start` when reading). Reused wherever the same sentence stands: the fast path.
   */
  memoText<T>(key: string, compute: () => T): T;
}

export interface Draft {
  text: string;
  segments: Segments;
  /** The agent's own sentences this time: greeting, body and sign-off (not signature, not quotes). */
  sentences: Sentence[];
  /** Own sentences left out because the draft had more than buildDraft's `max` (a huge paste). */
  dropped?: number;
}

/** Per-text cache entry shared across analyses, so unchanged sentences are never parsed twice. */
export interface SentenceCacheEntry {
  doc?: Doc;
  /** Position-independent values (relative offsets). */
  textMemo: Map<string, unknown>;
  /** `memo` values by key, placed at each start the sentence stands at (a text may stand in several places). */
  placed: Map<string, Placements>;
  usedAt: number;
}

export type SentenceCache = Map<string, SentenceCacheEntry>;

/** One memo key's placed values by sentence start, with the generation that last asked for each. */
interface Placements {
  at: Map<number, { value: unknown; generation: number }>;
  /** Size past which places not asked for since the last analysis are dropped (then doubled). */
  limit: number;
}

/**
 * The analyzer's caches besides the sentences: sentence spans per line (a line break always ends a
 * sentence, so a line's split depends on its text alone) and the count of parses.
 */
export interface DraftCaches {
  sentences: SentenceCache;
  /** Sentence spans of a line's text, relative to the line, with the generation that last used them. */
  lines: Map<string, { spans: readonly SentenceSpan[]; usedAt: number }>;
  /** Told of every parse, with the entry that now holds it. */
  onParse?: (entry: SentenceCacheEntry) => void;
}

const OWN_PARTS: ReadonlySet<PartKind> = new Set(['greeting', 'body', 'signoff']);

interface SentenceFields {
  text: string;
  start: number;
  end: number;
  part: PartKind;
  generation: number;
  entry: SentenceCacheEntry;
  onParse?: (entry: SentenceCacheEntry) => void;
  own?: Sentence;
}

// One prototype for every sentence: a keystroke builds a few hundred of them, so no closures per sentence.
const SENTENCE: ThisType<SentenceFields> & Pick<Sentence, 'doc' | 'local' | 'memo' | 'memoText'> = {
  get doc(): Doc {
    const e = this.entry;
    if (!e.doc) {
      e.doc = parse(this.text);
      this.onParse?.(e);
    }
    return e.doc;
  },
  get local(): Sentence {
    if (this.start === 0) return this as unknown as Sentence;
    return (this.own ??= makeSentence(this.entry, this.text, 0, this.part, this.generation, this.onParse));
  },
  memo<T>(key: string, compute: (local: Sentence) => T, place: (value: T, offset: number) => T): T {
    const e = this.entry;
    let relative = e.textMemo.get(key) as T | undefined;
    if (relative === undefined && !e.textMemo.has(key)) {
      relative = compute((this as unknown as Sentence).local);
      e.textMemo.set(key, relative);
    }
    // Nothing to move (most phrase lists find nothing in most sentences): no place to remember either.
    if (this.start === 0 || (Array.isArray(relative) && relative.length === 0)) return relative as T;
    let p = e.placed.get(key);
    if (!p) e.placed.set(key, (p = { at: new Map(), limit: 16 }));
    const hit = p.at.get(this.start);
    if (hit) {
      hit.generation = this.generation;
      return hit.value as T;
    }
    const value = place(relative as T, this.start);
    if (p.at.size >= p.limit) {
      // Places left behind by typing before the sentence: drop those no analysis asked for lately.
      for (const [start, v] of p.at) if (v.generation < this.generation - 1) p.at.delete(start);
      p.limit = Math.max(16, p.at.size * 2);
    }
    p.at.set(this.start, { value, generation: this.generation });
    return value;
  },
  memoText<T>(key: string, compute: () => T): T {
    const m = this.entry.textMemo;
    let v = m.get(key) as T | undefined;
    if (v === undefined && !m.has(key)) {
      v = compute();
      m.set(key, v);
    }
    return v as T;
  },
};

function makeSentence(entry: SentenceCacheEntry, text: string, start: number, part: PartKind, generation: number, onParse?: DraftCaches['onParse']): Sentence {
  const s = Object.create(SENTENCE) as SentenceFields;
  s.text = text;
  s.start = start;
  s.end = start + text.length;
  s.part = part;
  s.generation = generation;
  s.entry = entry;
  s.onParse = onParse;
  return s as unknown as Sentence;
}

/**
 * Whether the rules have read this sentence's text before (or it is parsed): then checking it again costs
 * cache look-ups, not a parse, even when its parse was dropped to save memory.
 */
export function isKnown(sentence: Sentence): boolean {
  const e = (sentence as unknown as SentenceFields).entry;
  return e.doc !== undefined || e.textMemo.size > 0;
}

/** Moves spans (and anything else with draft offsets `start`/`end`) by `offset`; for `memo`'s `place`. */
export function placeSpans<T extends { start: number; end: number }>(spans: T[], offset: number): T[] {
  return spans.length === 0 ? spans : spans.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
}

/** The sentence spans of text[from, to), from the line cache: only lines whose text changed are split again. */
function spansOf(text: string, from: number, to: number, lines: DraftCaches['lines'], generation: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = from;
  while (lineStart <= to) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 || nl >= to ? to : nl;
    if (lineEnd > lineStart) {
      const line = text.slice(lineStart, lineEnd);
      let hit = lines.get(line);
      if (!hit) {
        hit = { spans: splitSentences(line), usedAt: generation };
        lines.set(line, hit);
      }
      hit.usedAt = generation;
      for (const r of hit.spans) out.push({ start: r.start + lineStart, end: r.end + lineStart });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * The draft of `text`. With `previous` (the draft of the text before one edit), an edit inside one body line
 * reuses everything else: the parts (segment-edit.ts), the sentences before the line as they were and the
 * sentences after it moved, so a keystroke reads only its own line. The result is the same either way.
 */
export function buildDraft(text: string, caches: SentenceCache | DraftCaches, generation: number, max = Infinity, previous?: Draft): Draft {
  const c: DraftCaches = caches instanceof Map ? { sentences: caches, lines: new Map() } : caches;
  if (previous && !previous.dropped && previous.text !== text) {
    const edited = afterEdit(previous, text, c, generation);
    if (edited && edited.sentences.length <= max) return edited;
  }
  const segments = segment(text);
  const sentences: Sentence[] = [];
  let dropped = 0;
  for (const part of segments.parts) {
    if (!OWN_PARTS.has(part.kind)) continue;
    for (const span of spansOf(text, part.start, part.end, c.lines, generation)) {
      if (sentences.length >= max) {
        dropped++;
        continue;
      }
      const s = sentenceAt(text, span, part.kind, c, generation);
      if (s) sentences.push(s);
    }
  }
  return dropped ? { text, segments, sentences, dropped } : { text, segments, sentences };
}

function sentenceAt(text: string, span: SentenceSpan, part: PartKind, c: DraftCaches, generation: number): Sentence | undefined {
  const sentenceText = text.slice(span.start, span.end);
  // Quoted lines inside the agent's text are someone else's words.
  if (sentenceText.charCodeAt(0) === 62 /* > */ && text.lastIndexOf('\n', span.start - 1) + 1 === span.start) return undefined;
  let entry = c.sentences.get(sentenceText);
  if (!entry) {
    entry = { textMemo: new Map(), placed: new Map(), usedAt: generation };
    c.sentences.set(sentenceText, entry);
  }
  entry.usedAt = generation;
  return makeSentence(entry, sentenceText, span.start, part, generation, c.onParse);
}

/** The draft after an edit inside one body line, built from `previous`; undefined when the parts may change. */
function afterEdit(previous: Draft, text: string, c: DraftCaches, generation: number): Draft | undefined {
  const edit = diffTexts(previous.text, text);
  const segments = segmentAfterEdit(previous.segments, edit);
  if (!segments) return undefined;
  const oldLine = lineAround(previous.text, edit.start, edit.beforeEnd);
  const newLine = lineAround(text, edit.start, edit.afterEnd);
  // As spansOf reads lines: up to the line break (a '\r' before it is trimmed with the sentence).
  const nl = text.indexOf('\n', edit.afterEnd);
  const lineEnd = nl === -1 ? text.length : nl;
  const body = segments.parts.find((p) => p.kind === 'body')!;
  const delta = edit.afterEnd - edit.beforeEnd;
  const sentences: Sentence[] = [];
  let i = 0;
  const old = previous.sentences;
  for (; i < old.length && old[i]!.end <= oldLine.start; i++) {
    const s = old[i] as unknown as SentenceFields;
    s.entry.usedAt = generation;
    s.generation = generation;
    sentences.push(old[i]!);
  }
  for (const span of spansOf(text, Math.max(newLine.start, body.start), Math.min(lineEnd, body.end), c.lines, generation)) {
    const s = sentenceAt(text, span, 'body', c, generation);
    if (s) sentences.push(s);
  }
  while (i < old.length && old[i]!.start < oldLine.end) i++;
  for (; i < old.length; i++) {
    const s = old[i] as unknown as SentenceFields;
    s.entry.usedAt = generation;
    sentences.push(makeSentence(s.entry, s.text, s.start + delta, s.part, generation, s.onParse));
  }
  return { text, segments, sentences };
}
