/**
 * Internal notes stay uncoached unless the settings turn them on (`coachInternalNotes`). The content script
 * routes the scanner's reports through this gate: a note editor is never handed to the coach, and an editor
 * that is focused while in note mode (Zendesk, Intercom, HubSpot and Gorgias switch ONE editor between reply
 * and note) is dropped, so its underlines go and it comes back, re-analysed, when focused as a reply again.
 */
import { coachesEditor, type SiteAdapter } from '../content/site';

export interface EditorHandlers {
  found(el: HTMLElement): void;
  lost(el: HTMLElement): void;
  focused(el: HTMLElement): void;
}

export function gateInternalNotes(site: SiteAdapter, settings: () => { coachInternalNotes?: boolean } | undefined, coach: EditorHandlers): EditorHandlers {
  const coached = (el: HTMLElement) => coachesEditor(site, el, settings());
  return {
    found: (el) => {
      if (coached(el)) coach.found(el);
    },
    lost: (el) => coach.lost(el),
    focused: (el) => {
      if (coached(el)) coach.focused(el);
      else coach.lost(el);
    },
  };
}
