/**
 * Whether what the UI shows would change. After a keystroke the findings usually only moved (their offsets
 * are not shown) and the editor's box did not change: setting the signals anyway re-renders the chip, the
 * list and the card for nothing, once or twice per key.
 */
import type { Box, UiFinding } from './model';

export function sameBox(a: Box | null, b: Box | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;
}

export function sameUiFindings(a: readonly UiFinding[], b: readonly UiFinding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const same =
      x.key === y.key && x.rule === y.rule && x.category === y.category && x.title === y.title && x.message === y.message &&
      x.why === y.why && x.flagged === y.flagged && x.suggestions.length === y.suggestions.length &&
      x.suggestions.every((s, j) => s.label === y.suggestions[j]!.label && s.text === y.suggestions[j]!.text);
    if (!same) return false;
  }
  return true;
}
