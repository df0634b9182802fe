/** A draft as rules see it: its parts and its sentences, each parsed lazily and cached by its text. */
import { parse, type Doc } from './nlp';
import { segment, type PartKind, type Segments } from './segment';
import { splitSentences } from './sentences';

export interface Sentence {
  text: string;
  /** Offsets into the whole draft. */
  start: number;
  end: number;
  part: PartKind;
  /** compromise's parse of this sentence alone; its offsets are relative to `start`. */
  readonly doc: Doc;
  /**
   * Caches a per-sentence result that depends only on the sentence's text (and the rule settings) and on
   * where the sentence stands: the value may hold draft offsets. It is reused while the sentence keeps
   * its text and position, and computed again (on the cached parse) when earlier text moved it.
   */
  memo<T>(key: string, compute: () => T): T;
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
  /** Position-dependent values, each with the sentence start it was computed at. */
  memo: Map<string, { value: unknown; start: number }>;
  /** Position-independent values. */
  textMemo: Map<string, unknown>;
  usedAt: number;
}

export type SentenceCache = Map<string, SentenceCacheEntry>;

const OWN_PARTS: ReadonlySet<PartKind> = new Set(['greeting', 'body', 'signoff']);

export function buildDraft(text: string, cache: SentenceCache, generation: number, onParse?: () => void, max = Infinity): Draft {
  const segments = segment(text);
  const sentences: Sentence[] = [];
  let dropped = 0;
  for (const part of segments.parts) {
    if (!OWN_PARTS.has(part.kind)) continue;
    for (const span of splitSentences(text, part.start, part.end)) {
      if (sentences.length >= max) {
        dropped++;
        continue;
      }
      const sentenceText = text.slice(span.start, span.end);
      // Quoted lines inside the agent's text are someone else's words.
      if (/^\s*>/.test(sentenceText) && text.lastIndexOf('\n', span.start - 1) + 1 === span.start) continue;
      let entry = cache.get(sentenceText);
      if (!entry) {
        entry = { memo: new Map(), textMemo: new Map(), usedAt: generation };
        cache.set(sentenceText, entry);
      }
      entry.usedAt = generation;
      const e = entry;
      sentences.push({
        text: sentenceText,
        start: span.start,
        end: span.end,
        part: part.kind,
        get doc() {
          if (!e.doc) {
            e.doc = parse(sentenceText);
            onParse?.();
          }
          return e.doc;
        },
        memo<T>(key: string, compute: () => T): T {
          const hit = e.memo.get(key);
          if (hit && hit.start === span.start) return hit.value as T;
          const value = compute();
          e.memo.set(key, { value, start: span.start });
          return value;
        },
        memoText<T>(key: string, compute: () => T): T {
          if (!e.textMemo.has(key)) e.textMemo.set(key, compute());
          return e.textMemo.get(key) as T;
        },
      });
    }
  }
  return dropped ? { text, segments, sentences, dropped } : { text, segments, sentences };
}
