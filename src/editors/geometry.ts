/** Coordinates across same-origin frames: rects inside an iframe, moved into the top frame's viewport. */

/** How far `doc`'s viewport sits from the top frame's viewport (0,0 for the top document). */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let win: Window | null = doc.defaultView;
  while (win && win !== win.parent) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      frame = null; // cross-origin: nothing to add
    }
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    const cs = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += r.left + (parseFloat(cs?.borderLeftWidth ?? '') || 0) + (parseFloat(cs?.paddingLeft ?? '') || 0);
    y += r.top + (parseFloat(cs?.borderTopWidth ?? '') || 0) + (parseFloat(cs?.paddingTop ?? '') || 0);
    win = win.parent;
  }
  return { x, y };
}

/** `rects` (in `doc`'s viewport) in top-frame viewport coordinates. */
export function toTop(rects: Iterable<DOMRect>, doc: Document): DOMRect[] {
  const { x, y } = frameOffset(doc);
  const out: DOMRect[] = [];
  for (const r of rects) out.push(new DOMRect(r.left + x, r.top + y, r.width, r.height));
  return out;
}

/** Whether a point lies in any of the rects (with a little slack below, where the underline is drawn). */
export function hitRects(rects: readonly DOMRect[], x: number, y: number, slack = 2): boolean {
  return rects.some((r) => x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack);
}
