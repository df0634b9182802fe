/**
 * Finds reply editors as they come and go, in the top document, in open shadow roots and in same-origin
 * iframes (about:blank / srcdoc, like TinyMCE), which are reached from the parent frame through
 * `contentDocument` because content scripts load in such frames only some of the time.
 *
 * No polling: a MutationObserver per document or shadow root (its batches coalesced to one animation frame),
 * `focusin` (its composedPath reaches into open shadow roots that appeared without a mutation we saw), and
 * each iframe's `load`. Every listener and observer ends with the scope it was created in.
 */
import { editableRoot } from './detector';
import type { SiteAdapter } from './site';
import { childScope, type Scope } from './signals';

type Root = Document | ShadowRoot;

export interface ScannerOptions {
  /** Ends everything (the content script's ctx.signal). */
  signal: AbortSignal;
  site: SiteAdapter;
  /** Runs `fn` once in the next animation frame (ctx.requestAnimationFrame). */
  nextFrame(fn: () => void): void;
  onFound(el: HTMLElement): void;
  onLost(el: HTMLElement): void;
  onFocus(el: HTMLElement): void;
  /** A document to listen in (the top one, then each same-origin frame); `signal` ends when it goes. */
  onDocument(doc: Document, signal: AbortSignal): void;
}

export interface Scanner {
  /** Starts watching a document (the top one). */
  watch(doc: Document): void;
}

const ATTRIBUTES = ['contenteditable', 'hidden', 'disabled', 'readonly', 'aria-readonly'];

export function createScanner(o: ScannerOptions): Scanner {
  const roots = new Map<Root, { observer: MutationObserver; scope: Scope }>();
  const frames = new Map<HTMLIFrameElement, Document>();
  const watchedFrames = new WeakSet<HTMLIFrameElement>();
  const known = new Set<HTMLElement>();
  const pending = new Set<Node>();
  let recheck = false;
  let scheduled = false;

  const insideKnown = (node: Node) => {
    for (const el of known) if (el !== node && el.contains(node)) return true;
    return false;
  };

  const alive = (el: HTMLElement): boolean => {
    if (!el.isConnected) return false;
    const win = el.ownerDocument.defaultView;
    if (!win) return false;
    try {
      const frame = win.frameElement as HTMLIFrameElement | null;
      if (frame && (!frame.isConnected || frames.get(frame) !== el.ownerDocument)) return false;
    } catch {
      /* cross-origin ancestor: not ours */
    }
    const root = el.getRootNode();
    return root.nodeType === 9 || roots.has(root as ShadowRoot) || (root as ShadowRoot).host?.isConnected;
  };

  const add = (el: HTMLElement) => {
    if (known.has(el)) return;
    known.add(el);
    o.onFound(el);
  };

  const lose = (el: HTMLElement) => {
    if (!known.delete(el)) return;
    o.onLost(el);
  };

  const unwatch = (root: Root) => {
    const entry = roots.get(root);
    if (!entry) return;
    entry.observer.disconnect();
    entry.scope.end();
    roots.delete(root);
  };

  const watchFrame = (iframe: HTMLIFrameElement) => {
    if (!watchedFrames.has(iframe)) {
      watchedFrames.add(iframe);
      // A srcdoc or navigated frame gets a new document on load; document.open() resets listeners: re-watch.
      iframe.addEventListener('load', () => tryFrame(iframe, true), { signal: o.signal });
    }
    tryFrame(iframe, false);
  };

  const tryFrame = (iframe: HTMLIFrameElement, force: boolean) => {
    let doc: Document | null = null;
    try {
      doc = iframe.contentDocument;
    } catch {
      doc = null;
    }
    const old = frames.get(iframe);
    if (old && (old !== doc || force)) {
      unwatch(old);
      frames.delete(iframe);
      recheck = true;
      schedule();
    }
    if (!doc || (old === doc && !force)) return;
    frames.set(iframe, doc);
    watchRoot(doc);
  };

  const scan = (node: ParentNode) => {
    for (const el of o.site.findReplyEditors(node)) add(el);
    const visitEl = (el: Element) => {
      if (el.tagName === 'IFRAME') watchFrame(el as HTMLIFrameElement);
      const sr = (el as HTMLElement).shadowRoot;
      if (sr) watchRoot(sr);
    };
    if (node.nodeType === 1) visitEl(node as Element);
    node.querySelectorAll('*').forEach(visitEl);
  };

  const flush = () => {
    scheduled = false;
    if (o.signal.aborted) return;
    if (recheck) {
      recheck = false;
      for (const [iframe, doc] of frames) if (!iframe.isConnected || doc.defaultView === null) unwatch(doc), frames.delete(iframe);
      for (const root of [...roots.keys()]) if (root.nodeType === 11 && !(root as ShadowRoot).host.isConnected) unwatch(root);
      for (const el of [...known]) if (!alive(el) || editableRoot(el) !== el) lose(el);
    }
    const nodes = [...pending];
    pending.clear();
    for (const n of nodes) if (n.isConnected && !insideKnown(n)) scan(n as ParentNode);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    o.nextFrame(flush);
  };

  const watchRoot = (root: Root) => {
    if (roots.has(root) || o.signal.aborted) return;
    const scope = childScope(o.signal);
    const win = (root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument).defaultView;
    const MO = (win as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
    const observer = new MO((records) => {
      for (const r of records) {
        if (r.type === 'attributes') {
          recheck = true;
          pending.add(r.target);
          continue;
        }
        if (insideKnown(r.target)) continue; // typing inside an editor
        if (r.removedNodes.length > 0) recheck = true;
        r.addedNodes.forEach((n) => n.nodeType === 1 && pending.add(n));
      }
      if (recheck || pending.size > 0) schedule();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
    roots.set(root, { observer, scope });
    if (root.nodeType === 9) {
      const doc = root as Document;
      doc.addEventListener('focusin', (e) => onFocusIn(e), { capture: true, signal: scope.signal });
      o.onDocument(doc, scope.signal);
    }
    scan(root);
  };

  const onFocusIn = (e: Event) => {
    const path = e.composedPath();
    for (const n of path) if ((n as Node).nodeType === 11) watchRoot(n as ShadowRoot);
    const el = editableRoot(path[0] as Node);
    if (!el) return;
    if (!known.has(el)) {
      if (!o.site.isReplyEditor(el)) return;
      add(el);
    }
    o.onFocus(el);
  };

  /** The editable element that has the focus, through open shadow roots and same-origin frames. */
  const focusedEditable = (doc: Document): HTMLElement | null => {
    let active: Element | null = doc.activeElement;
    for (let i = 0; active && i < 32; i++) {
      if (active.tagName === 'IFRAME') {
        let inner: Document | null = null;
        try {
          inner = (active as HTMLIFrameElement).contentDocument;
        } catch {
          inner = null;
        }
        if (!inner?.activeElement || inner.activeElement === inner.body && !inner.body.isContentEditable) break;
        active = inner.activeElement;
      } else if (active.shadowRoot?.activeElement) {
        active = active.shadowRoot.activeElement;
      } else break;
    }
    return editableRoot(active);
  };

  return {
    watch(doc) {
      watchRoot(doc);
      // The agent may be typing already when the script starts: that editor counts as focused.
      const el = focusedEditable(doc);
      if (el && known.has(el)) o.onFocus(el);
    },
  };
}
