/**
 * The Ranges one paint hands to the highlight painter, kept for the next paint. A DOM Range is live: typing
 * elsewhere in the draft moves it with its words, so after a keystroke most underlines already sit where the
 * shifted findings say. A kept Range is reused when its live boundary points are exactly the points the text
 * map gives for a mark now (so it equals a fresh one); the painter then sees the same Ranges and redraws
 * nothing (highlights.ts). Otherwise a new Range is made.
 */
import type { TextMap } from './text-map';
import type { Mark } from './types';

export type PaintedRange = { category: string; range: Range };

/** Ranges for `marks` (empty ones left out) over `map`, reusing the previous call's where they still fit. */
export type RangeReuse = (marks: readonly Mark[], map: TextMap) => PaintedRange[];

export function createRangeReuse(): RangeReuse {
  const ids = new WeakMap<Node, number>();
  let nextId = 1;
  const id = (node: Node) => {
    let n = ids.get(node);
    if (n === undefined) ids.set(node, (n = nextId++));
    return n;
  };
  const key = (sn: Node, so: number, en: Node, eo: number, category: string) => `${id(sn)}:${so}:${id(en)}:${eo}:${category}`;
  let last: PaintedRange[] = [];

  return (marks, map) => {
    const kept = new Map<string, Range>();
    for (const { category, range: r } of last) kept.set(key(r.startContainer, r.startOffset, r.endContainer, r.endOffset, category), r);
    const out: PaintedRange[] = [];
    for (const m of marks) {
      if (m.end <= m.start) continue;
      const a = map.pointAt(m.start, 'forward');
      const b = map.pointAt(m.end, 'backward');
      const k = key(a.node, a.offset, b.node, b.offset, m.category);
      let range = kept.get(k);
      if (range) kept.delete(k); // each Range once, even when two marks cover the same words
      else range = map.range(m.start, m.end);
      out.push({ category: m.category, range });
    }
    last = out;
    return out;
  };
}
