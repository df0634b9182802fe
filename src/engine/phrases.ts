/**
 * Phrase lists as compromise match patterns, compiled once per pattern text (shared by every analyzer),
 * matched per sentence with the result cached. A pattern with a required word absent from a sentence is
 * skipped without running compromise's matcher: most sentences lack some word of nearly every pattern.
 *
 * Compiling is lazy: the words a pattern needs are first read from its text alone (`lightNeeds`, plain words
 * and plain (a|b) alternatives), and compromise compiles it only when a sentence holds them all. A fresh
 * engine's first analysis used to compile all ~870 built-in patterns (about half its time); now it compiles
 * the few its sentences can reach.
 */
import { matchSpans, nlp, type Doc } from './nlp';
import { placeSpans, type Sentence } from './draft';
import { termsOf, validatePattern } from './pattern-syntax';

export interface PhraseMatcher {
  /** Spans (draft offsets) of every phrase of the list in the sentence; cached, so read-only. */
  find(sentence: Sentence): readonly Readonly<{ start: number; end: number }>[];
  has(sentence: Sentence): boolean;
}

type Compiled = ReturnType<typeof nlp.parseMatch>;

interface Pattern {
  compiled?: Compiled;
  error?: string;
  /** For each word the pattern cannot match without, the forms it may take: the sentence must hold one of each. */
  needs: readonly ReadonlySet<string>[];
}

interface Reg {
  word?: string;
  fastOr?: Set<string>;
  choices?: Reg[][] | Reg[];
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  use?: string;
  pos?: string;
  min?: number;
  operator?: string;
}

// Compiled patterns are immutable and keyed by their text: one cache for the whole page is safe.
const patterns = new Map<string, Pattern>();
const MAX_CACHED_PATTERNS = 5000;

/** A pattern of a phrase list, compiled when a sentence first holds the words its text requires. */
interface LazyPattern {
  text: string;
  light: readonly ReadonlySet<string>[];
  full?: Pattern;
}

const PLAIN_WORD = /^[a-z0-9]+$/i;

/**
 * The words a pattern cannot match without, read from its text: a plain word, or a plain "(a|b c)" whose
 * alternatives are plain words (each alternative's first word). Anything else (tags, optional or negated
 * terms, wildcards, captures) needs nothing here. Each set is one compromise itself derives (`requiredWords`;
 * a test holds the two to that), so skipping on them never loses a match.
 */
export function lightNeeds(pattern: string): Set<string>[] {
  const needs: Set<string>[] = [];
  for (const t of termsOf(pattern)) {
    if (PLAIN_WORD.test(t)) {
      needs.push(new Set([t.toLowerCase()]));
      continue;
    }
    const inner = /^\(([^()[\]]*)\)$/.exec(t)?.[1];
    if (inner === undefined) continue;
    const alternatives = inner.split('|').map((a) => a.trim().split(/\s+/));
    if (alternatives.every((a) => a[0] !== '' && a.every((w) => PLAIN_WORD.test(w)))) needs.push(new Set(alternatives.map((a) => a[0]!.toLowerCase())));
  }
  return needs.sort((a, b) => a.size - b.size);
}

const lazyPatterns = new Map<string, LazyPattern>();

function lazy(text: string): LazyPattern {
  const key = text.trim();
  let p = lazyPatterns.get(key);
  if (!p) {
    if (lazyPatterns.size >= MAX_CACHED_PATTERNS) lazyPatterns.clear();
    lazyPatterns.set(key, (p = { text: key, light: lightNeeds(key) }));
  }
  return p;
}

/** The words a token matches, when it matches only words (no tags, regexes or wildcards). */
function wordsOf(reg: Reg): string[] | undefined {
  if (reg.optional || reg.negative || reg.fuzzy || reg.use || (reg.min !== undefined && reg.min === 0)) return undefined;
  if (reg.word !== undefined) return [reg.word];
  if (reg.fastOr && !reg.pos) return [...reg.fastOr];
  if (reg.choices && reg.operator !== 'and') {
    const out: string[] = [];
    for (const choice of reg.choices) {
      const seq = Array.isArray(choice) ? choice : [choice];
      const first = seq[0] ? wordsOf(seq[0]) : undefined;
      if (!first) return undefined;
      out.push(...first);
    }
    return out;
  }
  return undefined;
}

/** Every token of the pattern that matches only words, rarest-looking (fewest choices) first. */
export function requiredWords(compiled: Compiled): Set<string>[] {
  const sets: Set<string>[] = [];
  for (const reg of compiled as Reg[]) {
    const words = wordsOf(reg);
    if (words) sets.push(new Set(words.map((w) => w.toLowerCase())));
  }
  return sets.sort((a, b) => a.size - b.size);
}

function compile(text: string): Pattern {
  const key = text.trim();
  let p = patterns.get(key);
  if (p) return p;
  p = validate(key);
  if (patterns.size >= MAX_CACHED_PATTERNS) patterns.clear();
  patterns.set(key, p);
  return p;
}

function validate(p: string): Pattern {
  const v = validatePattern(p, (x) => nlp.parseMatch(x));
  if (!v.compiled) return { error: v.error, needs: [] };
  const compiled = v.compiled as Compiled;
  return { compiled, needs: requiredWords(compiled) };
}

/** Returns an error message for a pattern compromise cannot use, or undefined when it is fine. */
export function checkPattern(pattern: string): string | undefined {
  return compile(pattern).error;
}

interface RawTerm {
  text: string;
  normal?: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
}

/** Every form under which compromise may match a word of this sentence. */
function sentenceWords(sentence: Sentence): ReadonlySet<string> {
  return sentence.memoText('phrases:words', () => {
    const words = new Set<string>();
    // The raw terms: json() leaves out machine forms and aliases, which the matcher also compares.
    const docs = (sentence.doc as unknown as { docs: RawTerm[][] }).docs;
    for (const terms of docs) {
      for (const t of terms) {
        for (const w of [t.text, t.normal, t.machine, t.implicit, t.root, ...(t.alias ?? [])]) if (w) words.add(w.toLowerCase());
      }
    }
    return words;
  });
}

/** Runs one compiled pattern on a parsed sentence; spans relative to the sentence. */
export function matchPattern(doc: Doc, pattern: string): { start: number; end: number }[] {
  const p = compile(pattern);
  return p.compiled ? matchSpans(doc.match(p.compiled as never)) : [];
}

/** Cached matches are shared by every caller: frozen, so a rule that changed one in place would throw. */
function frozen<T extends object>(spans: T[]): readonly Readonly<T>[] {
  for (const s of spans) Object.freeze(s);
  return Object.freeze(spans);
}

function holdsAny(have: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  for (const w of words) if (have.has(w)) return true;
  return false;
}

/**
 * Matchers by their patterns: rules whose lists hold the same patterns (missing-apology, non-apology and the
 * trouble reader share the trouble lists), and every editor's analyzer, get one matcher, so a sentence's
 * matches for a list are found once however many rules ask.
 */
const matchers = new Map<string, PhraseMatcher>();
const MAX_MATCHERS = 2000;
/** Never reused, even after the map starts again: a sentence's cached matches are keyed by it. */
let matcherCount = 0;

/**
 * The same matchers by list object, for frozen lists (which cannot change): every editor's analyzer passes the
 * rules' own lists, so a new analyzer finds its matchers without serialising ~870 patterns again.
 */
const byList = new WeakMap<readonly string[], PhraseMatcher>();

export function compilePhrases(list: readonly string[]): PhraseMatcher {
  const known = byList.get(list);
  if (known) return known;
  const content = JSON.stringify(list);
  let matcher = matchers.get(content);
  if (!matcher) {
    if (matchers.size >= MAX_MATCHERS) matchers.clear();
    matchers.set(content, (matcher = matcherOf(list, `phrases:${++matcherCount}`)));
  }
  if (Object.isFrozen(list)) byList.set(list, matcher);
  return matcher;
}

function matcherOf(list: readonly string[], memoKey: string): PhraseMatcher {
  const lazies = list.map(lazy);
  const find = (sentence: Sentence) =>
    sentence.memo(memoKey, (local) => {
      const spans: { start: number; end: number }[] = [];
      let words: ReadonlySet<string> | undefined;
      const holds = (needs: readonly ReadonlySet<string>[]) => {
        if (needs.length === 0) return true;
        const have = (words ??= sentenceWords(local));
        return needs.every((set) => holdsAny(have, set));
      };
      for (const p of lazies) {
        if (!p.full && !holds(p.light)) continue;
        const full = (p.full ??= compile(p.text));
        if (!full.compiled || !holds(full.needs)) continue;
        spans.push(...matchSpans(local.doc.match(full.compiled as never)));
      }
      return frozen(spans.sort((a, b) => a.start - b.start || b.end - a.end));
    }, (spans, offset) => (spans.length === 0 ? spans : frozen(placeSpans([...spans], offset))));
  return { find, has: (s) => find(s).length > 0 };
}
