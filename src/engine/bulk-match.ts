/**
 * compromise's bulk matcher (`methods.one.bulkMatch`, what its post-tagger runs ~570 patterns through on
 * every parse), with the same result in the same order, found faster. compromise picks each sentence's
 * candidate patterns by walking every key of the pattern net (about 730 words and tags) for each sentence,
 * concatenating arrays as it goes, then drops repeats and those that do not fit: about a quarter of a whole
 * parse in a CPU profile. Here each pattern is reached through one key only (NetIndex), so a sentence gathers
 * a few dozen candidates, which are put in compromise's order; the tags are exactly compromise's
 * (test/engine/bulk-match.test.ts).
 */

/** One pattern of compromise's net (compromise's own fields; only those read here are typed). */
export interface NetMatch {
  match: string;
  needs: string[];
  ifNo?: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  unTag?: unknown;
}

export interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

type Pointer = [number, number, number];
type Terms = unknown[];

interface Methods {
  one: {
    cacheDoc(document: Terms[]): Set<string>[];
    match(document: Terms[], m: NetMatch): { ptrs: Pointer[] };
  };
}

/** One pattern of the net, with where compromise would list it: its keys' places and its index under each. */
interface Indexed {
  m: NetMatch;
  /** Places (in the net's key order) of the keys that hook it, and its index in each key's list. */
  at: Map<number, number>;
  /** The last sentence that gathered it (a counter per net): gathered once per sentence. */
  seen: number;
}

/**
 * A net read once: each key's place in Object.keys(hooks) order (the order compromise gathers candidates in)
 * and, by place, the patterns that key lets in. A pattern with needs is let in by one need only, since it fits
 * a sentence only if all its needs are there (a word before a tag: words are rarer); one with only wants, by
 * each want. So a sentence gathers a few dozen candidates instead of every pattern of every key it has.
 */
interface NetIndex {
  place: Map<string, number>;
  gate: Indexed[][];
  sentences: number;
}

const indexes = new WeakMap<Record<string, NetMatch[]>, NetIndex>();

function indexOf(hooks: Record<string, NetMatch[]>): NetIndex {
  let index = indexes.get(hooks);
  if (index) return index;
  const keys = Object.keys(hooks);
  const place = new Map(keys.map((k, i) => [k, i]));
  // compromise keeps one pattern per match string under each key, and a string's keys are always the same, so
  // dropping repeats by object drops them by string too (the test holds a net with a repeat to compromise's).
  const byMatch = new Map<NetMatch, Indexed>();
  keys.forEach((k, p) =>
    hooks[k]!.forEach((m, i) => {
      let x = byMatch.get(m);
      if (!x) byMatch.set(m, (x = { m, at: new Map(), seen: 0 }));
      if (!x.at.has(p)) x.at.set(p, i);
    }),
  );
  const gate: Indexed[][] = keys.map(() => []);
  const size = (k: string) => (k.startsWith('#') ? 1_000_000 : 0) + (hooks[k]?.length ?? 0);
  for (const x of byMatch.values()) {
    const needs = x.m.needs.filter((k) => place.has(k));
    const by = needs.length > 0 ? [needs.reduce((a, b) => (size(b) < size(a) ? b : a))] : x.m.wants.filter((k) => place.has(k));
    for (const k of new Set(by)) gate[place.get(k)!]!.push(x);
  }
  indexes.set(hooks, (index = { place, gate, sentences: 0 }));
  return index;
}

/** The patterns that fit one sentence, in compromise's order: by the first of its keys the sentence has, then by place in that key's list. */
function candidates(have: Set<string>, index: NetIndex): NetMatch[] {
  const stamp = ++index.sentences;
  const places: number[] = [];
  for (const key of have) {
    const p = index.place.get(key);
    if (p !== undefined) places.push(p);
  }
  const found: { m: NetMatch; first: number; at: number }[] = [];
  for (const p of places) {
    for (const x of index.gate[p]!) {
      if (x.seen === stamp) continue;
      x.seen = stamp;
      if (!fits(x.m, have)) continue;
      let first = Infinity;
      for (const q of places) if (q < first && x.at.has(q)) first = q;
      found.push({ m: x.m, first, at: x.at.get(first)! });
    }
  }
  return found.sort((a, b) => a.first - b.first || a.at - b.at).map((f) => f.m);
}

/** What a pattern needs, refuses and wants, against the sentence's words and tags (compromise's rules). */
function fits(m: NetMatch, have: Set<string>): boolean {
  if (!m.needs.every((need) => have.has(need))) return false;
  if (m.ifNo !== undefined && m.ifNo.some((no) => have.has(no))) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (have.has(want)) found++;
  return found >= m.minWant;
}

export function bulkMatch(document: Terms[], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): (NetMatch & { pointer: Pointer })[] {
  const caches = methods.one.cacheDoc(document);
  const index = indexOf(net.hooks);
  const results: (NetMatch & { pointer: Pointer })[] = [];
  for (let n = 0; n < document.length; n++) {
    const have = caches[n]!;
    const termCount = document[n]!.length;
    const todo = candidates(have, index);
    for (const m of net.always) todo.push(m);
    for (const m of todo) {
      if (termCount < m.minWords) continue;
      const { ptrs } = methods.one.match([document[n]!], m);
      if (ptrs.length === 0) continue;
      for (const ptr of ptrs) {
        ptr[0] = n;
        const found = { ...m, pointer: ptr };
        if (m.unTag !== undefined) found.unTag = m.unTag;
        results.push(found);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
