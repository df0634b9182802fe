/**
 * The plain text of a contenteditable tree, with a map back to the DOM. What `mapText(root).text` returns is
 * exactly what the engine analyses; every UTF-16 offset into it maps to one DOM point and back.
 *
 * How the DOM becomes text (close to what a reader sees, without layout):
 * - text nodes give their characters one for one; U+00A0 becomes a space, and when the root does not
 *   preserve white space a newline or tab becomes a space (same length, so offsets stay one for one);
 * - zero-width characters editors use as cursor anchors (U+FEFF in Slate and Quill, U+200B) are skipped;
 * - whitespace-only text between blocks (pretty-printed HTML) is skipped when white space collapses;
 * - block elements (p, div, li, blockquote, h1-h6, pre, tr …) start and end a line: consecutive block
 *   edges give one line break, so `<p>a</p><p><br></p><p>b</p>` is "a\n\nb";
 * - a `<br>` is a line break, except the last one in its block, which only keeps an empty block open
 *   (ProseMirror's trailing break, Quill's and CKEditor's `<p><br></p>`, Draft's `<br data-text>`);
 * - lines inside a `<blockquote>` start with "> " per level, so the engine treats them as quoted text.
 * Line breaks and quote marks are "gaps": text with no DOM characters behind it, mapped to the DOM points
 * before and after it.
 */

export interface DomPoint {
  node: Node;
  offset: number;
}

interface TextPiece {
  kind: 'text';
  start: number;
  end: number;
  node: Text;
  /** Offset in `node.data` of this piece's first character. */
  nodeStart: number;
}

interface GapPiece {
  kind: 'gap';
  start: number;
  end: number;
  before: DomPoint;
  after: DomPoint;
}

type Piece = TextPiece | GapPiece;

export interface TextMap {
  readonly text: string;
  /** The DOM point for a text offset. `forward` prefers the start of what follows, `backward` the end of what precedes. */
  pointAt(offset: number, bias?: 'forward' | 'backward'): DomPoint;
  /** The text offset of a DOM point inside the root, or null when the point is outside it. */
  offsetOf(node: Node, offset: number): number | null;
  /** A live DOM Range over `text.slice(start, end)`. */
  range(start: number, end: number): Range;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'svg', 'CANVAS', 'VIDEO', 'AUDIO']);

/** Where the next zero-width character is, from `from` (or the end): native searches, as testing one
 * character at a time cost most of a long draft's walk. */
function nextZeroWidth(data: string, from: number): number {
  const feff = data.indexOf('\uFEFF', from);
  const zwsp = data.indexOf('\u200B', from);
  if (feff < 0) return zwsp < 0 ? data.length : zwsp;
  return zwsp < 0 ? feff : Math.min(feff, zwsp);
}

export const isBlock = (el: Element) => BLOCKS.has(el.tagName);

function isHidden(el: Element): boolean {
  if (SKIPPED.has(el.tagName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = (el as HTMLElement).style;
  return style?.display === 'none';
}

/** Whether the root keeps newlines in its text (white-space: pre, pre-wrap, pre-line, break-spaces). */
export function preservesNewlines(root: Element): boolean {
  const view = root.ownerDocument.defaultView;
  const cs = view?.getComputedStyle?.(root);
  const ws = `${cs?.whiteSpace ?? ''} ${cs?.getPropertyValue?.('white-space-collapse') ?? ''}`;
  return /pre|break-spaces|preserve/.test(ws);
}

/** Whether `node` (a text node or element subtree) holds something a reader sees on a line. */
function hasInlineContent(node: Node, preserve: boolean): 'content' | 'block' | 'none' {
  if (node.nodeType === 3) {
    const data = (node as Text).data.replace(/[\uFEFF\u200B]/g, '');
    if (data === '') return 'none';
    return preserve || /\S|\u00A0/.test(data) ? 'content' : 'none';
  }
  if (node.nodeType !== 1) return 'none';
  const el = node as Element;
  if (isHidden(el)) return 'none';
  if (isBlock(el)) return 'block';
  if (el.tagName === 'BR') return 'content';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    const r = hasInlineContent(c, preserve);
    if (r !== 'none') return r;
  }
  return 'none';
}

/** A <br> is trailing when nothing visible follows it before its block ends (or another block starts). */
function isTrailingBr(br: Element, root: Node, preserve: boolean): boolean {
  let node: Node = br;
  for (;;) {
    while (!node.nextSibling) {
      const parent = node.parentNode;
      if (!parent || parent === root || (parent.nodeType === 1 && isBlock(parent as Element))) return true;
      node = parent;
    }
    node = node.nextSibling;
    const r = hasInlineContent(node, preserve);
    if (r === 'block') return true;
    if (r === 'content') return false;
  }
}

function indexIn(node: Node): number {
  let i = 0;
  for (let c = node.previousSibling; c; c = c.previousSibling) i++;
  return i;
}

/** Whitespace-only text next to a block edge collapses away when white space is not preserved. */
function isCollapsibleGap(text: Text, root: Node): boolean {
  if (!/^[ \t\n\r\f\uFEFF\u200B]*$/.test(text.data)) return false;
  const parent = text.parentNode;
  const parentIsEdge = parent === root || (parent?.nodeType === 1 && isBlock(parent as Element));
  const edge = (n: Node | null) => (n ? n.nodeType === 1 && (isBlock(n as Element) || (n as Element).tagName === 'BR') : parentIsEdge);
  return edge(text.previousSibling) || edge(text.nextSibling);
}

export function mapText(root: Element, options: { preserveNewlines?: boolean } = {}): TextMap {
  const preserve = options.preserveNewlines ?? preservesNewlines(root);
  const doc = root.ownerDocument;
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let length = 0;
  let started = false;
  let pendingBreak = false;
  let lineStart = true;
  let quoteDepth = 0;
  let lastPoint: DomPoint = { node: root, offset: 0 };
  let firstPoint: DomPoint | undefined;

  const gap = (text: string, before: DomPoint, after: DomPoint) => {
    pieces.push({ kind: 'gap', start: length, end: length + text.length, before, after });
    parts.push(text);
    length += text.length;
  };

  /** Called before anything visible: emits the pending line break and the quote marks of a new line. */
  const beginContent = (at: DomPoint) => {
    if (started && pendingBreak) {
      gap('\n', lastPoint, at);
      lineStart = true;
    }
    if (lineStart && quoteDepth > 0) gap('>'.repeat(quoteDepth) + ' ', at, at);
    if (!firstPoint) firstPoint = at;
    started = true;
    pendingBreak = false;
    lineStart = false;
  };

  const visitText = (node: Text) => {
    const data = node.data;
    if (!preserve && isCollapsibleGap(node, root)) return;
    let i = 0;
    while (i < data.length) {
      const j = nextZeroWidth(data, i);
      if (j === i) {
        i++;
        continue;
      }
      beginContent({ node, offset: i });
      let chunk = data.slice(i, j).replace(/\u00A0/g, ' ');
      if (!preserve) chunk = chunk.replace(/[\n\r\t]/g, ' ');
      else chunk = chunk.replace(/\r/g, ' ');
      pieces.push({ kind: 'text', start: length, end: length + chunk.length, node, nodeStart: i });
      parts.push(chunk);
      length += chunk.length;
      // A newline kept in pre-wrap text starts a new line for quote marks.
      lineStart = chunk.endsWith('\n');
      lastPoint = { node, offset: j };
      i = j;
    }
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) return visitText(node as Text);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isHidden(el)) return;
    if (el.tagName === 'BR') {
      const parent = el.parentNode!;
      const idx = indexIn(el);
      beginContent({ node: parent, offset: idx });
      if (isTrailingBr(el, root, preserve)) {
        lastPoint = { node: parent, offset: idx };
      } else {
        gap('\n', { node: parent, offset: idx }, { node: parent, offset: idx + 1 });
        lastPoint = { node: parent, offset: idx + 1 };
        lineStart = true;
      }
      return;
    }
    const block = el !== root && isBlock(el);
    const quote = el.tagName === 'BLOCKQUOTE';
    if (block && started) pendingBreak = true;
    if (quote) quoteDepth++;
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (quote) quoteDepth--;
    if (block && started) pendingBreak = true;
  };

  for (let c = root.firstChild; c; c = c.nextSibling) visit(c);

  const text = parts.join('');
  const rootStart: DomPoint = firstPoint ?? { node: root, offset: 0 };

  const pointIn = (p: Piece, offset: number): DomPoint => {
    if (p.kind === 'text') return { node: p.node, offset: p.nodeStart + (offset - p.start) };
    return offset <= p.start ? p.before : p.after;
  };

  /** Index of the first piece with end > offset (forward) or end >= offset (backward). */
  const search = (offset: number, backward: boolean): number => {
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const end = pieces[mid]!.end;
      if (backward ? end >= offset : end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  const pointAt = (offset: number, bias: 'forward' | 'backward' = 'forward'): DomPoint => {
    if (pieces.length === 0) return rootStart;
    const o = Math.max(0, Math.min(offset, length));
    if (o === 0) return pointIn(pieces[0]!, 0);
    if (o === length) return pointIn(pieces[pieces.length - 1]!, length);
    const i = search(o, bias === 'backward');
    return pointIn(pieces[i]!, o);
  };

  const compare = (a: DomPoint, node: Node, offset: number): number => {
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.collapse(true);
    return r.comparePoint(node, offset); // -1: (node, offset) is before a; 0: same; 1: after
  };

  const startOf = (p: Piece): DomPoint => (p.kind === 'text' ? { node: p.node, offset: p.nodeStart } : p.before);

  const offsetOf = (node: Node, offset: number): number | null => {
    if (node !== root && !root.contains(node)) return null;
    if (pieces.length === 0) return 0;
    // Fast path: a point inside a mapped text node.
    if (node.nodeType === 3) {
      let best: TextPiece | undefined;
      for (const p of pieces) {
        if (p.kind !== 'text' || p.node !== node) continue;
        const len = p.end - p.start;
        if (offset >= p.nodeStart && offset <= p.nodeStart + len) return p.start + (offset - p.nodeStart);
        if (offset > p.nodeStart + len) best = p;
      }
      if (best) return best.end;
    }
    // General case: the last piece starting at or before the point.
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(startOf(pieces[mid]!), node, offset) >= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return 0;
    const p = pieces[lo - 1]!;
    if (p.kind === 'gap') return compare(p.before, node, offset) === 0 ? p.start : p.end;
    return p.end;
  };

  const range = (start: number, end: number): Range => {
    const r = doc.createRange();
    const a = pointAt(start, 'forward');
    const b = start === end ? a : pointAt(end, 'backward');
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    if (r.collapsed && start !== end) r.setEnd(a.node, a.offset);
    return r;
  };

  return { text, pointAt, offsetOf, range };
}
