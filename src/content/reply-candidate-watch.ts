/**
 * The detector's one question (the small script the manifest puts on every helpdesk page): does this page have,
 * or get, something a reply could be written in? When it does, `onCandidate` is called once and the watch ends,
 * so the full coach (scanner, editors, UI) is loaded only on pages that need it.
 *
 * Found the way the coach's scanner finds editors, but cheaper and more generous (a false "yes" only loads the
 * coach early; a false "no" would leave an editor uncoached):
 * - now: the generic reply-editor rules (detector.ts) over the document, its open shadow roots and its
 *   same-origin iframes (TinyMCE's editable iframe body);
 * - later: the same check on what a MutationObserver sees added or made editable (one check per animation
 *   frame), and on each iframe's `load`;
 * - on focus: any editable element that gets the focus (textarea, contenteditable, a wide text input), also
 *   inside open shadow roots (the event's composed path) and same-origin iframes. This is the catch-all: an agent
 *   has to focus an editor to write in it, whatever the page did to hide it from the observer.
 *
 * No polling; every listener and observer ends with `signal` or when the candidate is found.
 */
import { candidates, editableRoot, isReplyEditor, UI_TAG } from './detector';

export type CandidateReason = 'present' | 'added' | 'focus';

export interface ReplyCandidateWatchOptions {
  doc: Document;
  /** Ends the watch (the detector's ctx.signal). */
  signal: AbortSignal;
  /** Runs `fn` once in the next animation frame (ctx.requestAnimationFrame). */
  nextFrame(fn: () => void): void;
  /** The page has a reply-editor candidate: called at most once. */
  onCandidate(reason: CandidateReason): void;
  /** Skip the scans of what is there and what is added: only a focused editable counts (after a failed load). */
  focusOnly?: boolean;
}

/** How deep the scan goes through nested shadow roots and frames (pages never nest editors deeper). */
const MAX_DEPTH = 8;
const ATTRIBUTES = ['contenteditable', 'hidden', 'disabled', 'readonly', 'aria-readonly'];

/** The same-origin document of an iframe, or null (cross-origin, not loaded, or gone). */
function frameDocument(iframe: HTMLIFrameElement): Document | null {
  try {
    return iframe.contentDocument;
  } catch {
    return null;
  }
}

/** Whether `root` (a document, shadow root or element), its open shadow roots or same-origin frames hold a reply editor. */
export function hasReplyCandidate(root: ParentNode, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (candidates(root).some(isReplyEditor)) return true;
  const nested = (el: Element): boolean => {
    if (el.tagName === UI_TAG) return false;
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow && hasReplyCandidate(shadow, depth + 1)) return true;
    if (el.tagName !== 'IFRAME') return false;
    const doc = frameDocument(el as HTMLIFrameElement);
    return !!doc && hasReplyCandidate(doc, depth + 1);
  };
  if (root.nodeType === 1 && nested(root as Element)) return true;
  for (const el of root.querySelectorAll('*')) if (nested(el)) return true;
  return false;
}

/** Whether an element that just got the focus is something an agent writes a reply in. */
export function isFocusCandidate(target: Node | null | undefined): boolean {
  const el = editableRoot(target);
  if (!el || el.tagName === UI_TAG) return false;
  if (el.tagName === 'INPUT') return isReplyEditor(el); // search boxes and small form fields are not replies
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  return el.isContentEditable;
}

/** Whether focus that went into an iframe landed on an editable (the frame's active element or editable body). */
function focusedInFrame(iframe: HTMLIFrameElement): boolean {
  const doc = frameDocument(iframe);
  if (!doc) return false;
  if (doc.body?.isContentEditable || doc.designMode === 'on') return true;
  return isFocusCandidate(doc.activeElement);
}

/** Starts watching; ends by itself after the one `onCandidate` call, or with `signal`. */
export function watchForReplyCandidate(o: ReplyCandidateWatchOptions): void {
  const controller = new AbortController();
  const signal = controller.signal;
  const onAbort = () => controller.abort();
  if (o.signal.aborted) return;
  o.signal.addEventListener('abort', onAbort, { once: true, signal });

  const found = (reason: CandidateReason) => {
    if (signal.aborted) return;
    controller.abort(); // listeners and the observer go first: one call, whatever the callback does
    o.onCandidate(reason);
  };

  const onFocusIn = (e: Event) => {
    const path = e.composedPath();
    const target = (path[0] ?? e.target) as Node | null;
    if (isFocusCandidate(target)) return found('focus');
    if ((target as Element | null)?.tagName === 'IFRAME' && focusedInFrame(target as HTMLIFrameElement)) found('focus');
  };
  const listenIn = (doc: Document) => doc.addEventListener('focusin', onFocusIn, { capture: true, signal });
  listenIn(o.doc);

  /** Same-origin frames: listen for focus inside them, and check their document on every load. */
  const frames = new WeakSet<HTMLIFrameElement>();
  const watchFrames = (root: ParentNode) => {
    const list = root.nodeType === 1 && (root as Element).tagName === 'IFRAME' ? [root as HTMLIFrameElement] : [];
    list.push(...root.querySelectorAll('iframe'));
    for (const iframe of list) {
      if (frames.has(iframe)) continue;
      frames.add(iframe);
      const attach = () => {
        const doc = frameDocument(iframe);
        if (!doc) return;
        listenIn(doc);
        if (!o.focusOnly && hasReplyCandidate(doc)) found('added');
      };
      // A srcdoc or script-written frame gets its document on load; document.open() drops listeners: re-attach.
      iframe.addEventListener('load', attach, { signal });
      attach();
    }
  };
  watchFrames(o.doc);
  if (signal.aborted || o.focusOnly) return;

  if (hasReplyCandidate(o.doc)) return found('present');

  const pending = new Set<Node>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    const nodes = [...pending];
    pending.clear();
    for (const n of nodes) {
      if (!n.isConnected) continue;
      // An attribute change can make an ancestor's subtree editable: check from the element itself.
      if (hasReplyCandidate(n as ParentNode)) return found('added');
      watchFrames(n as ParentNode);
    }
  };
  const MO = o.doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new MO((records) => {
    for (const r of records) {
      if (r.type === 'attributes') pending.add(r.target);
      else r.addedNodes.forEach((n) => n.nodeType === 1 && pending.add(n));
    }
    if (pending.size > 0 && !scheduled) {
      scheduled = true;
      o.nextFrame(flush);
    }
  });
  observer.observe(o.doc, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
