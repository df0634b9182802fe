/**
 * Generic contenteditable adapter: plain contenteditable, ProseMirror (and Tiptap), Quill 2, CKEditor 5,
 * TinyMCE's iframe body, Lexical and Slate. Text comes from `mapText` (blocks and <br> become line breaks);
 * underlines are CSS Custom Highlights over live DOM Ranges, so the editor's DOM is never touched; edits go
 * through the selection and `execCommand('insertText')`, with a `beforeinput` fallback.
 */
import { toTop } from './geometry';
import { watchDomChanges } from './dom-changes';
import { applied, dispatchBeforeInput, execFiresBeforeInput, execInsert, selectionSettled, settle } from './input';
import { createRangeReuse } from './range-reuse';
import { mapText, type TextMap } from './text-map';
import type { AdapterEnv, EditorAdapter, EditorKind, Mark, TextEdit } from './types';

/** The Selection that can see inside `el`'s tree (Chromium's ShadowRoot.getSelection for shadow trees). */
export function selectionFor(el: Element): Selection | null {
  const root = el.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if (root.nodeType === 11 && typeof (root as { getSelection?: unknown }).getSelection === 'function') {
    return (root as { getSelection: () => Selection | null }).getSelection();
  }
  return el.ownerDocument.getSelection();
}

function isFocused(el: HTMLElement): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return !!active && (active === el || el.contains(active));
}

/** Focuses `el` (and its frame) without scrolling, keeping the selection where it is when already inside. */
export function focusEditor(el: HTMLElement): void {
  if (isFocused(el)) return;
  const win = el.ownerDocument.defaultView;
  try {
    if (win && win !== win.top) win.focus();
  } catch {
    /* cross-origin parent: the frame focus follows the element's */
  }
  el.focus({ preventScroll: true });
}

export interface ContentEditableOptions {
  kind?: EditorKind;
  /**
   * One more way to offer the edit, after the beforeinput and before execCommand (Draft.js: React's
   * `textInput`). Returns true when the editor took the edit itself (so execCommand must not run).
   */
  offer?(edit: TextEdit): boolean;
}

export function createContentEditableAdapter(element: HTMLElement, env: AdapterEnv, options: ContentEditableOptions = {}): EditorAdapter {
  const kind = options.kind ?? 'contenteditable';
  const doc = element.ownerDocument;
  const changes = watchDomChanges(element);
  let map: TextMap = mapText(element);
  changes.seen();
  const owner = {};
  const rangesFor = createRangeReuse();

  /** Walks the editor only when its DOM changed since the last walk (the map's nodes and offsets still hold). */
  const read = () => {
    if (changes.dirty()) {
      map = mapText(element);
      changes.seen();
    }
    return map.text;
  };

  const select = (start: number, end = start) => {
    focusEditor(element);
    const sel = selectionFor(element);
    if (!sel) return;
    const a = map.pointAt(start, 'forward');
    const b = start === end ? a : map.pointAt(end, 'backward');
    sel.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
  };

  const staticRange = (start: number, end: number): StaticRange | undefined => {
    const r = map.range(start, end);
    try {
      const SR = (doc.defaultView as (Window & typeof globalThis) | null)?.StaticRange ?? StaticRange;
      return new SR({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset });
    } catch {
      return undefined;
    }
  };

  const adapter: EditorAdapter = {
    kind,
    element,
    read,
    caret() {
      const sel = selectionFor(element);
      if (!sel || !sel.focusNode) return null;
      return map.offsetOf(sel.focusNode, sel.focusOffset);
    },
    rects(start, end) {
      const r = map.range(start, end);
      let rects = Array.from(r.getClientRects()).filter((x) => x.width > 0 || x.height > 0);
      if (rects.length === 0) {
        const b = r.getBoundingClientRect();
        if (b.height > 0) rects = [b];
      }
      return toTop(rects, doc);
    },
    box() {
      const frame = element === doc.body ? doc.defaultView?.frameElement : null;
      if (frame) return toTop([frame.getBoundingClientRect()], frame.ownerDocument)[0]!;
      return toTop([element.getBoundingClientRect()], doc)[0]!;
    },
    paint(marks: readonly Mark[]) {
      env.highlights.set(owner, doc, element.getRootNode(), rangesFor(marks, map));
    },
    reposition() {
      // Highlights follow the live Ranges by themselves.
    },
    async apply(edit: TextEdit) {
      const before = read();
      if (edit.start < 0 || edit.end > before.length || edit.start > edit.end) return false;
      select(edit.start, edit.end);
      await selectionSettled(doc);
      // Chromium's execCommand fires no beforeinput, so editors that take their input from beforeinput
      // (CKEditor 5, Lexical, Slate; Quill 2 for replacements) are offered the edit as one first, the way
      // typing does. An editor that takes it calls preventDefault; one that waits for the DOM to change (as
      // CKEditor does for a plain insertion) gets that change from execCommand next, as after a keystroke.
      // Gecko's execCommand fires a trusted beforeinput itself: offering a synthetic one first as well made
      // CKEditor 5 in Firefox insert the text twice.
      const taken = !execFiresBeforeInput(doc) && (dispatchBeforeInput(element, edit, staticRange(edit.start, edit.end)) || !!options.offer?.(edit));
      if (!taken) execInsert(doc, edit.text);
      let after = read();
      if (after === before || taken) {
        // Editors that commit a moment later (Lexical's microtask, CKEditor's typing queue) catch up.
        await settle(doc.defaultView);
        after = read();
      }
      return after !== before || before === applied(before, edit);
    },
    select,
    dispose() {
      changes.dispose();
      env.highlights.set(owner, doc, element.getRootNode(), []);
    },
  };
  return adapter;
}
