/**
 * What every helpdesk adapter shares: host matching from the manifest's match patterns, "does the adapter know
 * this page" (a DOM marker of the app's ticket/conversation view), finding the composer's editors (in the page
 * or in a same-origin iframe whose body is the editor), and reading text out of the thread.
 *
 * When the host is a helpdesk's but the page shows none of the adapter's structure (another product on the
 * same domain, a redesign the selectors do not know yet), the generic detector coaches instead.
 */
import { editableRoot, findReplyEditors as genericFind, isReplyEditor as genericIsReply } from '../content/detector';
import { genericSite, type SiteAdapter } from '../content/site';
import type { Channel } from '../engine/types';
import { mapText } from '../editors/text-map';

export interface SiteSpec {
  /** The file name: `zendesk`, `gmail` … */
  id: string;
  /** The manifest match patterns of this helpdesk (each is in src/content/hosts.ts). */
  matches: readonly string[];
  /** Present when the page is the app's agent view the selectors below were written for. */
  marker: string;
  /** The composer's editable roots (public reply and internal note alike): the element with contenteditable, or a textarea. */
  editor: string;
  /** Iframes whose document body is the composer's editor (Salesforce's email publisher). */
  editorFrame?: string;
  /** Whether the editor is an internal note (or in note mode) right now. */
  isInternalNote(editor: HTMLElement): boolean;
  customerMessage(doc: Document): string | undefined;
  customerName?(doc: Document): string | undefined;
  agentName?(doc: Document): string | undefined;
  channel?(doc: Document): Channel | undefined;
}

export interface Site extends SiteAdapter {
  /** The manifest match patterns (the meta-test checks each is in the manifest's content script matches). */
  readonly hostMatches: readonly string[];
  /** Whether the adapter recognises the page's structure (else the generic detector coaches). */
  recognises(doc: Document): boolean;
}

/** A match pattern's host part as a regular expression (`*://*.zendesk.com/*` → zendesk.com and subdomains). */
export function hostPattern(match: string): RegExp {
  const host = /^[^:]+:\/\/([^/]+)\//.exec(match)?.[1];
  if (!host) throw new Error(`not a match pattern: ${match}`);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (host.startsWith('*.')) return new RegExp(`^(?:[^.]+\\.)*${escape(host.slice(2))}$`, 'i');
  return new RegExp(`^${escape(host)}$`, 'i');
}

/** The top-level document (same origin), else `doc` itself. */
function topOf(doc: Document): Document {
  try {
    return doc.defaultView?.top?.document ?? doc;
  } catch {
    return doc;
  }
}

function docOf(root: ParentNode): Document {
  return root.nodeType === 9 ? (root as Document) : ((root as Node).ownerDocument ?? document);
}

/** The iframe element a document is shown in, when it is same-origin. */
function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

export function defineSite(spec: SiteSpec): Site {
  const hosts = spec.matches.map(hostPattern);
  const recognises = (doc: Document) => topOf(doc).querySelector(spec.marker) !== null;
  const readOnly = (el: HTMLElement) =>
    el.getAttribute('aria-readonly') === 'true' || (el.tagName === 'TEXTAREA' && ((el as HTMLTextAreaElement).readOnly || (el as HTMLTextAreaElement).disabled));
  const isFrameBody = (el: HTMLElement) => {
    if (!spec.editorFrame || el !== el.ownerDocument.body) return false;
    return frameOf(el.ownerDocument)?.matches(spec.editorFrame) ?? false;
  };
  const isComposer = (el: HTMLElement) => !readOnly(el) && (el.matches(spec.editor) || isFrameBody(el));

  return {
    id: spec.id,
    hostMatches: spec.matches,
    recognises,
    matches: (location) => hosts.some((h) => h.test(location.hostname)),
    findReplyEditors(root) {
      const doc = docOf(root);
      if (!recognises(doc)) return genericFind(root);
      const out = new Set<HTMLElement>();
      const consider = (el: Element) => {
        const r = editableRoot(el) ?? (el as HTMLElement);
        if (isComposer(r)) out.add(r);
      };
      if (root.nodeType === 1 && (root as Element).matches(spec.editor)) consider(root as Element);
      root.querySelectorAll(spec.editor).forEach(consider);
      if (root.nodeType === 9 && doc.body && isFrameBody(doc.body)) out.add(doc.body);
      return [...out];
    },
    isReplyEditor(el) {
      if (!recognises(el.ownerDocument)) return genericIsReply(el);
      return el.isConnected && isComposer(el);
    },
    // A page of the helpdesk's host that the selectors do not know is read the generic way too: its editors are
    // replies, its customer's message is the generic marker's, and the app's names and channel are not read.
    isInternalNote: (editor) => recognises(editor.ownerDocument) && spec.isInternalNote(editor),
    customerMessage: (doc) => (recognises(doc) ? spec.customerMessage(doc) : genericSite.customerMessage(doc)),
    customerName: (doc) => (recognises(doc) ? spec.customerName?.(doc) : undefined),
    agentName: (doc) => (recognises(doc) ? spec.agentName?.(doc) : undefined),
    channel: (doc) => (recognises(doc) ? spec.channel?.(doc) : undefined),
  };
}

/** An element's text as the agent reads it (blocks joined by spaces), trimmed; undefined when empty. */
export function textOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const text = mapText(el, { preserveNewlines: false }).text.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The last element matching `selector` under `doc` for which `keep` holds. */
export function lastOf<E extends Element = HTMLElement>(doc: ParentNode, selector: string, keep: (el: E) => boolean = () => true): E | undefined {
  const all = [...doc.querySelectorAll<E>(selector)];
  for (let i = all.length - 1; i >= 0; i--) if (keep(all[i]!)) return all[i];
  return undefined;
}

/**
 * The first name in a display name: "Dana Whitfield" → "Dana", "Whitfield, Dana" → "Dana", "dana@example.com" →
 * undefined (an address is not a name), "Dr. Dana Whitfield" → "Dana".
 */
export function firstName(full: string | null | undefined): string | undefined {
  if (!full) return undefined;
  let s = full.replace(/\s+/g, ' ').trim();
  if (!s || s.includes('@')) return undefined;
  if (s.includes(',')) s = s.split(',')[1]!.trim() || s.split(',')[0]!.trim();
  const words = s.split(' ').filter((w) => !/^(?:mr|mrs|ms|mx|dr|prof)\.?$/i.test(w));
  const first = words[0]?.replace(/[^\p{L}\p{M}'’-]/gu, '');
  return first && /\p{L}/u.test(first) ? first : undefined;
}

/** A display name as shown (whitespace collapsed); undefined when empty or an e-mail address. */
export function nameOf(el: Element | null | undefined, attribute?: string): string | undefined {
  const raw = attribute ? el?.getAttribute(attribute) : el?.textContent;
  const s = raw?.replace(/\s+/g, ' ').trim();
  return s && !s.includes('@') ? s : undefined;
}

/**
 * Of several matches (apps that keep every open ticket's pane in the page, hiding all but one), the ones shown:
 * those with a layout box. All of them when none has one (a page without layout, as under test).
 */
export function shown<E extends Element>(els: Iterable<E>): E[] {
  const all = [...els];
  const visible = all.filter((el) => el.getClientRects().length > 0);
  return visible.length > 0 ? visible : all;
}
