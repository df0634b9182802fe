/**
 * The hook for helpdesk site adapters (a later issue writes them in src/sites/<id>.ts). A site adapter knows
 * which editor on its pages is the public reply (not the internal note, not the search box) and where the
 * customer's latest message is. When no adapter recognises the page, the generic one below coaches.
 */
import type { Channel, Context } from '../engine/types';
import { findReplyEditors, isReplyEditor } from './detector';
import { mapText } from '../editors/text-map';

export interface SiteAdapter {
  /** e.g. `zendesk`; `generic` for the fallback. */
  id: string;
  /** Whether this adapter knows the page (host and path; a DOM marker when the host is not enough). */
  matches(location: Location, doc: Document): boolean;
  /** Reply editors under `root` (a document, shadow root or subtree that just appeared). */
  findReplyEditors(root: ParentNode): HTMLElement[];
  /** Whether an editable root that just got focus is a reply editor. */
  isReplyEditor(el: HTMLElement): boolean;
  /** The customer's latest message (plain text), or undefined when the page does not show one. */
  customerMessage(doc: Document): string | undefined;
  /** Whether the reply goes out as e-mail or chat, when the page says. */
  channel?(doc: Document): Channel | undefined;
  /** The customer's first name, when the page shows it (for greetings). */
  customerName?(doc: Document): string | undefined;
  /** The agent's own name, when the page shows it (for sign-offs). */
  agentName?(doc: Document): string | undefined;
  /**
   * Whether `editor` (one `findReplyEditors` returned) is writing an internal note right now rather than a
   * public reply. Read at each analysis: in several helpdesks the same editor switches between the two.
   */
  isInternalNote?(editor: HTMLElement): boolean;
}

/** Whether `editor` is coached: public replies always; internal notes only when the settings say so. */
export function coachesEditor(site: SiteAdapter, editor: HTMLElement, settings: { coachInternalNotes?: boolean } | undefined): boolean {
  return settings?.coachInternalNotes === true || !site.isInternalNote?.(editor);
}

/** What the page tells the engine around the draft: the customer's message, names and channel. */
export function siteContext(site: SiteAdapter, doc: Document): Context {
  const ctx: Context = {};
  const customer = site.customerMessage(doc);
  if (customer) ctx.customer = customer;
  const channel = site.channel?.(doc);
  if (channel) ctx.channel = channel;
  const customerName = site.customerName?.(doc);
  if (customerName) ctx.customerName = customerName;
  const agentName = site.agentName?.(doc);
  if (agentName) ctx.agentName = agentName;
  return ctx;
}

/** The fallback: the generic detector, and `[data-warmline-customer]` for the customer's message (demo page). */
export const genericSite: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  findReplyEditors,
  isReplyEditor,
  customerMessage(doc) {
    const el = doc.querySelector('[data-warmline-customer]');
    const text = el ? mapText(el, { preserveNewlines: false }).text.trim() : '';
    return text || undefined;
  },
};

/** The first adapter that recognises the page, else the generic one. */
export function pickSite(sites: readonly SiteAdapter[], location: Location, doc: Document): SiteAdapter {
  return sites.find((s) => s.matches(location, doc)) ?? genericSite;
}
