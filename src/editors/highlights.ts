/**
 * CSS Custom Highlights (`CSS.highlights`) for the editors of every document the content script reaches.
 * The registry is per document and shared by every editor in it, so one painter merges what each editor
 * (the "owner") wants shown, and registers one `Highlight` per category under the name `wl-<category>`.
 * The `::highlight(wl-…)` rules are adopted into each document or shadow root that holds a painted editor:
 * the editor's own DOM is never changed.
 */
import type { HighlightPainter } from './types';

interface DocState {
  owners: Map<object, readonly { category: string; range: Range }[]>;
  names: Set<string>;
}

type Root = Document | ShadowRoot;

export const HIGHLIGHT_PREFIX = 'wl-';

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
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
    const byName = new Map<string, Range[]>();
    for (const marks of state.owners.values()) {
      for (const m of marks) {
        const name = HIGHLIGHT_PREFIX + m.category;
        let list = byName.get(name);
        if (!list) byName.set(name, (list = []));
        list.push(m.range);
      }
    }
    for (const name of state.names) if (!byName.has(name)) registry.delete(name);
    for (const [name, ranges] of byName) registry.set(name, new HighlightCtor(...ranges));
    state.names = new Set(byName.keys());
  };

  return {
    set(owner, doc, root, marks) {
      let state = docs.get(doc);
      if (!state) {
        if (marks.length === 0) return;
        docs.set(doc, (state = { owners: new Map(), names: new Set() }));
      }
      if (marks.length > 0) {
        const r = root.nodeType === 9 || root.nodeType === 11 ? (root as Root) : doc;
        ensureCss(r, doc);
        if (r !== doc) ensureCss(doc, doc);
        state.owners.set(owner, marks);
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
