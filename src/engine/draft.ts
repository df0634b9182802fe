/** A draft as rules see it: its parts and its sentences, each parsed lazily and cached by its text. */
import { parse, type Doc } from './nlp';
import { segment, type PartKind, type Segments } from './segment';
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
  /** `memo` values placed at a sentence start: the last place each was asked for. */
  placed: Map<string, { start: number; value: unknown }>;
  usedAt: number;
}

export type SentenceCache = Map<string, SentenceCacheEntry>;

/**
 * The analyzer's caches besides the sentences: sentence spans per line (a line break always ends a
 * sentence, so a line's split depends on its text alone) and the count of parses.
 */
export interface DraftCaches {
  sentences: SentenceCache;
  /** Sentence spans of a line's text, relative to the line, with the generation that last used them. */
  lines: Map<string, { spans: readonly SentenceSpan[]; usedAt: number }>;
  onParse?: () => void;
}

const OWN_PARTS: ReadonlySet<PartKind> = new Set(['greeting', 'body', 'signoff']);

interface SentenceFields {
  text: string;
  start: number;
  end: number;
  part: PartKind;
  entry: SentenceCacheEntry;
  onParse?: () => void;
  own?: Sentence;
}

// One prototype for every sentence: a keystroke builds a few hundred of them, so no closures per sentence.
const SENTENCE: ThisType<SentenceFields> & Pick<Sentence, 'doc' | 'local' | 'memo' | 'memoText'> = {
  get doc(): Doc {
    const e = this.entry;
    if (!e.doc) {
      e.doc = parse(this.text);
      this.onParse?.();
    }
    return e.doc;
  },
  get local(): Sentence {
    if (this.start === 0) return this as unknown as Sentence;
    return (this.own ??= makeSentence(this.entry, this.text, 0, this.part, this.onParse));
  },
  memo<T>(key: string, compute: (local: Sentence) => T, place: (value: T, offset: number) => T): T {
    const e = this.entry;
    const hit = e.placed.get(key);
    if (hit && hit.start === this.start) return hit.value as T;
    const self = this as unknown as Sentence;
    const relative = self.memoText(key, () => compute(self.local));
    const value = this.start === 0 ? relative : place(relative, this.start);
    e.placed.set(key, { start: this.start, value });
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

function makeSentence(entry: SentenceCacheEntry, text: string, start: number, part: PartKind, onParse?: () => void): Sentence {
  const s = Object.create(SENTENCE) as SentenceFields;
  s.text = text;
  s.start = start;
  s.end = start + text.length;
  s.part = part;
  s.entry = entry;
  s.onParse = onParse;
  return s as unknown as Sentence;
}

/** Moves spans (and anything else with draft offsets `start`/`end`) by `offset`; for `memo`'s `place`. */
export function placeSpans<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T[] {
  return spans.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
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

export function buildDraft(text: string, caches: SentenceCache | DraftCaches, generation: number, onParse?: () => void, max = Infinity): Draft {
  const c: DraftCaches = caches instanceof Map ? { sentences: caches, lines: new Map(), onParse } : caches;
  const cache = c.sentences;
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
      const sentenceText = text.slice(span.start, span.end);
      // Quoted lines inside the agent's text are someone else's words.
      if (sentenceText.charCodeAt(0) === 62 /* > */ && text.lastIndexOf('\n', span.start - 1) + 1 === span.start) continue;
      let entry = cache.get(sentenceText);
      if (!entry) {
        entry = { textMemo: new Map(), placed: new Map(), usedAt: generation };
        cache.set(sentenceText, entry);
      }
      entry.usedAt = generation;
      sentences.push(makeSentence(entry, sentenceText, span.start, part.kind, c.onParse));
    }
  }
  return dropped ? { text, segments, sentences, dropped } : { text, segments, sentences };
}
