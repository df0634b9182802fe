/**
 * compromise's bulk matcher (`methods.one.bulkMatch`, what its post-tagger runs ~570 patterns through on
 * every parse), with the same result in the same order, found faster. compromise picks each sentence's
 * candidate patterns by walking every key of the pattern net (about 730 words and tags) for each
 * sentence, concatenating arrays as it goes, then drops repeats: about a quarter of a whole parse in a CPU
 * profile. Here the walk goes over the sentence's own words and tags (a few dozen), in the net's key order,
 * so the candidates, and so the tags, are exactly compromise's (test/engine/bulk-match.test.ts).
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

/** A net's keys in Object.keys(hooks) order (the order compromise gathers candidates in), and each key's place. */
interface KeyOrder {
  keys: string[];
  place: Map<string, number>;
}

const keyOrders = new WeakMap<Record<string, NetMatch[]>, KeyOrder>();

function keyOrder(hooks: Record<string, NetMatch[]>): KeyOrder {
  let order = keyOrders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    keyOrders.set(hooks, (order = { keys, place: new Map(keys.map((k, i) => [k, i])) }));
  }
  return order;
}

/** The patterns worth trying on one sentence: hooked by one of its words or tags, each once, first hook first. */
function candidates(have: Set<string>, hooks: Record<string, NetMatch[]>, { keys, place: placeOf }: KeyOrder): NetMatch[] {
  const places: number[] = [];
  for (const key of have) {
    const place = placeOf.get(key);
    if (place !== undefined) places.push(place);
  }
  places.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: NetMatch[] = [];
  for (const place of places) {
    for (const m of hooks[keys[place]!]!) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      out.push(m);
    }
  }
  return out;
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
  const order = keyOrder(net.hooks);
  const results: (NetMatch & { pointer: Pointer })[] = [];
  for (let n = 0; n < document.length; n++) {
    const have = caches[n]!;
    const termCount = document[n]!.length;
    const todo = candidates(have, net.hooks, order).filter((m) => fits(m, have));
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
