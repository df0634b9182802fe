/**
 * CSS Custom Highlights (`CSS.highlights`) for the editors of every document the content script reaches.
 * The registry is per document and shared by every editor in it, so one painter merges what each editor
 * (the "owner") wants shown, and registers one `Highlight` per category under the name `wl-<category>`.
 * The `::highlight(wl-…)` rules are adopted into each document or shadow root that holds a painted editor:
 * the editor's own DOM is never changed.
 *
 * Per keystroke an editor paints again (the findings moved with the typing, then the answer came), mostly with
 * the same live Ranges (contenteditable.ts keeps them): an owner whose ranges did not change costs nothing, and
 * a changed one updates its category's `Highlight` in place (add / delete) instead of replacing every
 * `Highlight` in the document, which would have the browser repaint every underline.
 */
import type { HighlightPainter } from './types';

type Marks = readonly { category: string; range: Range }[];

/** The setlike part of a `Highlight` the painter uses. */
interface HighlightLike {
  add(range: Range): unknown;
  delete(range: Range): boolean;
  has(range: Range): boolean;
  forEach(fn: (range: Range) => void): void;
  readonly size: number;
}

interface DocState {
  owners: Map<object, Marks>;
  /** What the painter registered, by name: kept to update in place. */
  highlights: Map<string, HighlightLike>;
}

type Root = Document | ShadowRoot;

export const HIGHLIGHT_PREFIX = 'wl-';

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => HighlightLike;
  CSSStyleSheet: typeof CSSStyleSheet;
}

export function createHighlightPainter(css: string): HighlightPainter {
  const docs = new Map<Document, DocState>();
  const sheets = new Map<Root, { sheet?: CSSStyleSheet; style?: HTMLStyleElement }>();

  const ensureCss = (root: Root, doc: Document) => {
    const known = sheets.get(root);
    if (known && (known.sheet ? root.adoptedStyleSheets.includes(known.sheet) : known.style?.isConnected)) return;
    const win = doc.defaultView as unknown as HighlightWindow | null;
    try {
      const sheet = new win!.CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      sheets.set(root, { sheet });
    } catch {
      // No constructable stylesheets here: a <style> in the document's head (never in the editor's body).
      const style = doc.createElement('style');
      style.setAttribute('data-warmline', '');
      style.textContent = css;
      (root.nodeType === 11 ? root : (doc.head ?? doc.documentElement)).appendChild(style);
      sheets.set(root, { style });
    }
  };

  const redraw = (doc: Document, state: DocState) => {
    const win = doc.defaultView as unknown as HighlightWindow | null;
    const registry = win?.CSS?.highlights;
    const HighlightCtor = win?.Highlight;
    if (!registry || !HighlightCtor) return; // no Highlight API: the chip and list still work
    const byName = new Map<string, Set<Range>>();
    for (const marks of state.owners.values()) {
      for (const m of marks) {
        const name = HIGHLIGHT_PREFIX + m.category;
        let set = byName.get(name);
        if (!set) byName.set(name, (set = new Set()));
        set.add(m.range);
      }
    }
    for (const [name, h] of state.highlights) {
      if (byName.has(name)) continue;
      if (registry.get(name) === h) registry.delete(name);
      state.highlights.delete(name);
    }
    for (const [name, ranges] of byName) {
      const h = state.highlights.get(name);
      // The page may have cleared or replaced the registry's entry: register ours again.
      if (!h || registry.get(name) !== h) {
        const fresh = new HighlightCtor(...ranges);
        registry.set(name, fresh);
        state.highlights.set(name, fresh);
        continue;
      }
      const gone: Range[] = [];
      h.forEach((r) => void (ranges.has(r) || gone.push(r)));
      for (const r of gone) h.delete(r);
      for (const r of ranges) if (!h.has(r)) h.add(r);
    }
  };

  /** Whether the registry still holds what the painter registered (a page may clear `CSS.highlights`). */
  const registered = (doc: Document, state: DocState) => {
    const registry = (doc.defaultView as unknown as HighlightWindow | null)?.CSS?.highlights;
    if (!registry) return true;
    for (const [name, h] of state.highlights) if (registry.get(name) !== h) return false;
    return true;
  };

  /** The same ranges in the same categories (and order) as before: nothing to redraw. */
  const same = (a: Marks | undefined, b: Marks) =>
    !!a && a.length === b.length && a.every((m, i) => m.range === b[i]!.range && m.category === b[i]!.category);

  return {
    set(owner, doc, root, marks) {
      let state = docs.get(doc);
      if (!state) {
        if (marks.length === 0) return;
        docs.set(doc, (state = { owners: new Map(), highlights: new Map() }));
      }
      if (marks.length > 0) {
        const r = root.nodeType === 9 || root.nodeType === 11 ? (root as Root) : doc;
        ensureCss(r, doc);
        if (r !== doc) ensureCss(doc, doc);
        if (same(state.owners.get(owner), marks) && registered(doc, state)) return;
        state.owners.set(owner, [...marks]);
      } else {
        state.owners.delete(owner);
      }
      try {
        redraw(doc, state);
      } catch {
        // The document went away (iframe removed): nothing left to draw on.
      }
      if (state.owners.size === 0) docs.delete(doc);
    },
    dispose() {
      for (const [doc, state] of docs) {
        state.owners.clear();
        try {
          redraw(doc, state);
        } catch {
          /* document gone */
        }
      }
      docs.clear();
      for (const [root, { sheet, style }] of sheets) {
        try {
          if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
          style?.remove();
        } catch {
          /* document gone */
        }
      }
      sheets.clear();
    },
  };
}
