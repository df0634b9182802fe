/**
 * Runtime messages between the content script, the toolbar popup and the background (a contract between
 * the content-script side and the popup side: change both together).
 *
 * Popup → content script of the active tab (`browser.tabs.sendMessage(tabId, msg)`):
 *   {type:'warmline:get-state'}                                   → GetStateResponse
 *   {type:'warmline:apply', rule, start, end, suggestion: number} → ApplyResponse
 *
 * Content script → background (`browser.runtime.sendMessage(msg)`; extension pages such as an open popup
 * receive it too):
 *   {type:'warmline:findings', count}   the toolbar badge (src/background/badge.ts)
 *   {type:'warmline:record', …}         the local history: see src/history/messages.ts (counts only, never text)
 */
import type { Finding } from '../engine/types';

export type { RecordMessage } from '../history/messages';

/** A finding as the popup shows it: `flagged` is `text.slice(start, end)` of the draft ('' for a missing-X finding). */
export type FindingWithFlagged = Finding & { flagged: string };

/** Asks the content script for the findings of the focused (or last focused) reply editor. */
export interface GetStateMessage {
  type: 'warmline:get-state';
}

export interface GetStateResponse {
  /** Findings of the focused (or last focused) reply editor; empty when there are none or no editor. */
  findings: FindingWithFlagged[];
  /** Whether a reply editor has been focused on this page yet. */
  editor: boolean;
}

/**
 * Applies `suggestions[suggestion]` of the finding identified by `rule`, `start` and `end` (as last reported
 * by get-state) through the editor's own input path. The content script answers `ok: false` when that finding
 * is no longer current (the draft changed) or the edit could not be made.
 */
export interface ApplyMessage {
  type: 'warmline:apply';
  rule: string;
  start: number;
  end: number;
  /** Index into the finding's `suggestions`. */
  suggestion: number;
}

export interface ApplyResponse {
  ok: boolean;
}

/** Content script → background: how many findings the current draft has (for the toolbar badge). */
export interface FindingsMessage {
  type: 'warmline:findings';
  count: number;
}

export type PopupToContentMessage = GetStateMessage | ApplyMessage;
