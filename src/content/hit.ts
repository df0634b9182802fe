/** Which finding is under the pointer or at the caret. */
import type { Finding } from '../engine/types';
import { hitRects } from '../editors/geometry';
import type { EditorAdapter } from '../editors/types';
import type { Box } from '../ui/model';

/** The finding whose underlined words are under (x, y) (top-frame viewport), with their rects. */
export function findingAtPoint(adapter: EditorAdapter, findings: readonly Finding[], x: number, y: number): { finding: Finding; rects: DOMRect[] } | undefined {
  for (const f of findings) {
    if (f.end <= f.start) continue;
    const rects = adapter.rects(f.start, f.end);
    if (hitRects(rects, x, y)) return { finding: f, rects };
  }
  return undefined;
}

/** The finding around the caret, else the nearest one (a missing-X finding counts at its insertion point). */
export function findingAtCaret(findings: readonly Finding[], caret: number): Finding | undefined {
  let best: Finding | undefined;
  let bestDistance = Infinity;
  for (const f of findings) {
    const distance = caret < f.start ? f.start - caret : caret > f.end ? caret - f.end : 0;
    if (distance < bestDistance || (distance === bestDistance && best && best.end === best.start && f.end > f.start)) {
      best = f;
      bestDistance = distance;
    }
  }
  return best;
}

/** The bounding box of rects, or undefined when there are none. */
export function boundingBox(rects: readonly DOMRect[]): Box | undefined {
  if (rects.length === 0) return undefined;
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}
