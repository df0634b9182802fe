/**
 * The overlay that draws a textarea's (or text input's) underlines. A textarea cannot hold marks, so a
 * mirror with the same box, font, padding and wrapping sits over it in the UI's shadow root in the top
 * frame, scrolled like the textarea; its text is transparent and only the marks' underlines show.
 * It is also how the adapter measures where a text range is on screen.
 */
import { toTop } from './geometry';
import type { Mark } from './types';

const COPIED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'font-feature-settings',
  'font-kerning', 'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align',
  'tab-size', 'direction', 'word-break', 'hyphens',
  'padding-top', 'padding-bottom', 'padding-left', 'border-top-width', 'border-bottom-width', 'border-left-width',
  'border-right-width',
] as const;

export interface TextareaMirror {
  render(text: string, marks: readonly Mark[]): void;
  /** Follows the textarea's position, size, font and scroll. */
  reposition(): void;
  rects(start: number, end: number): DOMRect[];
  dispose(): void;
}

/** One run of the text: plain, or under one mark (`shape`: the mark's rule and category, '' when plain). */
interface Piece {
  start: number;
  text: string;
  shape: string;
  mark?: Mark;
}

/** A piece in the overlay: its text node, and what is in the overlay for it (the span, or the text node). */
interface Built {
  shape: string;
  /** What `node` holds (kept here: reading `node.data` back for every piece costs a DOM call each). */
  text: string;
  node: Text;
  outer: ChildNode;
}

/** The runs of `text` with `marks` (empty ones left out; a mark overlapping an earlier one shows from its end). */
export function pieces(text: string, marks: readonly Mark[]): Piece[] {
  const out: Piece[] = [];
  const add = (from: number, to: number, mark?: Mark) => {
    if (to > from) out.push({ start: from, text: text.slice(from, to), shape: mark ? `${mark.rule}\u0000${mark.category}` : '', mark });
  };
  let at = 0;
  for (const m of [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start)) {
    const start = Math.max(m.start, at);
    if (m.end <= start) continue; // overlaps an earlier mark: the earlier one shows
    add(at, start);
    add(start, m.end, m);
    at = m.end;
  }
  add(at, text.length);
  return out;
}

function make(d: Document, p: Piece): Built {
  const node = d.createTextNode(p.text);
  if (!p.mark) return { shape: p.shape, text: p.text, node, outer: node };
  const span = d.createElement('span');
  span.setAttribute('data-wl', 'mark');
  span.setAttribute('data-rule', p.mark.rule);
  span.className = `wl-mark wl-${p.mark.category}`;
  span.appendChild(node);
  return { shape: p.shape, text: p.text, node, outer: span };
}

export function createTextareaMirror(field: HTMLTextAreaElement | HTMLInputElement, layer: () => HTMLElement | undefined): TextareaMirror {
  const doc = field.ownerDocument;
  const single = field.tagName === 'INPUT';
  let box: HTMLDivElement | undefined;
  let nodes: { node: Text; start: number }[] = [];
  let text = '';
  /** The overlay's pieces in order (before its trailing zero-width space), and the overlay they were built in. */
  let built: Built[] = [];
  let builtIn: HTMLDivElement | undefined;

  const ensure = (): HTMLDivElement | undefined => {
    const host = layer();
    if (!host) return undefined;
    if (box && box.parentNode === host) return box;
    box?.remove();
    box = host.ownerDocument.createElement('div');
    box.setAttribute('data-wl', 'overlay');
    box.setAttribute('aria-hidden', 'true');
    host.appendChild(box);
    return box;
  };

  const reposition = () => {
    const el = ensure();
    if (!el) return;
    const rect = field.getBoundingClientRect();
    const cs = doc.defaultView?.getComputedStyle(field);
    if (!field.isConnected || !cs || rect.width === 0 || cs.visibility === 'hidden') {
      el.style.display = 'none';
      return;
    }
    const top = toTop([rect], doc)[0]!;
    const s = el.style;
    s.display = 'block';
    s.left = `${top.left}px`;
    s.top = `${top.top}px`;
    s.width = `${top.width}px`;
    s.height = `${top.height}px`;
    for (const p of COPIED) s.setProperty(p, cs.getPropertyValue(p));
    s.borderStyle = 'solid';
    s.borderColor = 'transparent';
    // A vertical scrollbar narrows the textarea's text: widen the padding by its width.
    const borders = (parseFloat(cs.borderLeftWidth) || 0) + (parseFloat(cs.borderRightWidth) || 0);
    const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borders);
    s.paddingRight = `${(parseFloat(cs.paddingRight) || 0) + scrollbar}px`;
    s.whiteSpace = single ? 'pre' : 'pre-wrap';
    s.overflowWrap = single ? 'normal' : 'break-word';
    if (single) {
      // An input centres its one line vertically in its content box.
      const inner = field.clientHeight - (parseFloat(cs.paddingTop) || 0) - (parseFloat(cs.paddingBottom) || 0);
      if (inner > 0) s.lineHeight = `${inner}px`;
    }
    el.scrollTop = field.scrollTop;
    el.scrollLeft = field.scrollLeft;
  };

  /**
   * Puts `value` into the overlay with `marks` as spans. A keystroke changes one piece of a long draft: the
   * pieces before and after it that kept their text and mark keep their DOM nodes (offsets are recomputed,
   * not compared), and only the changed ones are replaced or have their text set. Rebuilding the whole
   * overlay made the browser lay out the entire 2,500-word mirror again on every key.
   */
  const render = (value: string, marks: readonly Mark[]) => {
    const el = ensure();
    if (!el) return;
    text = value;
    const d = el.ownerDocument;
    const wanted = pieces(value, marks);
    const fresh = builtIn !== el;
    if (fresh) {
      el.textContent = '';
      built = [];
      // A textarea shows a last empty line after a final newline; the mirror needs it to scroll the same.
      el.appendChild(d.createTextNode('\u200B'));
      builtIn = el;
    }
    const same = (a: Built, b: Piece) => a.shape === b.shape && a.text === b.text;
    let head = 0;
    while (head < built.length && head < wanted.length && same(built[head]!, wanted[head]!)) head++;
    let tail = 0;
    while (tail < built.length - head && tail < wanted.length - head && same(built[built.length - 1 - tail]!, wanted[wanted.length - 1 - tail]!)) tail++;
    const oldMiddle = built.slice(head, built.length - tail);
    const newMiddle = wanted.slice(head, wanted.length - tail);
    let middle: Built[];
    if (oldMiddle.length === newMiddle.length && oldMiddle.every((b, i) => b.shape === newMiddle[i]!.shape)) {
      // The usual keystroke: the same pieces, one's text changed.
      oldMiddle.forEach((b, i) => {
        const next = newMiddle[i]!.text;
        if (b.text !== next) (b.node.data = next), (b.text = next);
      });
      middle = oldMiddle;
    } else {
      for (const b of oldMiddle) b.outer.remove();
      const before = built[built.length - tail]?.outer ?? el.lastChild;
      middle = newMiddle.map((p) => {
        const b = make(d, p);
        el.insertBefore(b.outer, before);
        return b;
      });
    }
    built = [...built.slice(0, head), ...middle, ...built.slice(built.length - tail)];
    nodes = built.map((b, i) => ({ node: b.node, start: wanted[i]!.start }));
    // Placing the overlay reads the field's box and scroll, which forces a layout of the page right after the
    // keystroke changed it. A new overlay needs it; afterwards the coach repositions on the field's scroll and
    // resize (in the frame), and rects() places it before measuring.
    if (fresh) reposition();
  };

  const pointAt = (offset: number): { node: Text; offset: number } | undefined => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i]!;
      if (offset >= n.start) return { node: n.node, offset: Math.min(offset - n.start, n.node.data.length) };
    }
    return undefined;
  };

  return {
    render,
    reposition,
    rects(start, end) {
      if (!box || box.style.display === 'none') return [];
      reposition();
      const a = pointAt(start);
      const b = pointAt(end);
      if (!a || !b) return [];
      const r = box.ownerDocument.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      const rects = Array.from(r.getClientRects()).filter((x) => x.width > 0 || x.height > 0);
      // Clip to the textarea's visible box: scrolled-away text is not under the pointer.
      const clip = box.getBoundingClientRect();
      return rects.filter((x) => x.bottom > clip.top && x.top < clip.bottom && x.right > clip.left && x.left < clip.right);
    },
    dispose() {
      box?.remove();
      box = undefined;
      nodes = [];
      built = [];
      builtIn = undefined;
    },
  };
}
