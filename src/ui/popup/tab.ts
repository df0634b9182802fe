/**
 * The popup's side of the popup ⇄ content-script contract (src/content/messages.ts): find the active tab,
 * ask its content script for the draft's findings, ask it to apply a suggestion.
 */
import { browser } from 'wxt/browser';
import type {
  ApplyMessage,
  ApplyResponse,
  FindingWithFlagged,
  GetStateMessage,
  GetStateResponse,
} from '../../content/messages';
import { siteKey } from '../../settings/site-toggle';

export interface ActiveTab {
  id: number;
  /** The site's hostname, when the browser lets the popup see the tab's URL (http(s) pages only). */
  host?: string;
}

export async function activeTab(): Promise<ActiveTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return undefined;
  return { id: tab.id, host: siteKey(tab.url) };
}

const isNum = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function isFinding(f: unknown): f is FindingWithFlagged {
  if (typeof f !== 'object' || f === null) return false;
  const x = f as Record<string, unknown>;
  return (
    typeof x.rule === 'string' &&
    typeof x.message === 'string' &&
    typeof x.flagged === 'string' &&
    isNum(x.start) &&
    isNum(x.end) &&
    Array.isArray(x.suggestions) &&
    x.suggestions.every(
      (s: unknown) =>
        typeof s === 'object' && s !== null && typeof (s as { label?: unknown }).label === 'string' &&
        typeof (s as { text?: unknown }).text === 'string',
    )
  );
}

/** Validates the content script's answer; undefined when it is not a GetStateResponse. */
export function parseState(raw: unknown): GetStateResponse | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.editor !== 'boolean' || !Array.isArray(r.findings)) return undefined;
  return { editor: r.editor, findings: r.findings.filter(isFinding) };
}

/**
 * The draft state of the tab's content script, or undefined when there is none to answer (not a helpdesk
 * page, a browser page, or the page was open before Warmline was installed).
 */
export async function fetchState(tabId: number): Promise<GetStateResponse | undefined> {
  const msg: GetStateMessage = { type: 'warmline:get-state' };
  try {
    return parseState(await browser.tabs.sendMessage(tabId, msg));
  } catch {
    return undefined;
  }
}

/** Asks the content script to apply `finding.suggestions[index]`; false when it could not. */
export async function applySuggestion(tabId: number, finding: FindingWithFlagged, index: number): Promise<boolean> {
  const msg: ApplyMessage = { type: 'warmline:apply', rule: finding.rule, start: finding.start, end: finding.end, suggestion: index };
  try {
    const res = (await browser.tabs.sendMessage(tabId, msg)) as ApplyResponse | undefined;
    return res?.ok === true;
  } catch {
    return false;
  }
}
