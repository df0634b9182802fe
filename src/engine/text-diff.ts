/**
 * Where two versions of a draft differ, fast: a keystroke changes one place in a long text, and comparing
 * equal blocks as strings (native) is far cheaper than a character loop. Shared by the engine (a draft built
 * from the one before: segment-edit.ts) and the page (findings moved between analyses: content/shift.ts).
 */

/** Characters compared at once before the scan narrows to single characters. */
const BLOCK = 256;

/** How many leading characters `a` and `b` share, at most `max`. */
export function commonPrefix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many trailing characters `a` and `b` share, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + BLOCK <= max && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
