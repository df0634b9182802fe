/** What the coaching UI shows and what it can ask for. The content script owns the signals; components read them. */
import { signal, type Signal } from '@preact/signals';

/** A finding as the UI shows it. `key` is unique among the current findings. */
export interface UiFinding {
  key: string;
  rule: string;
  category: string;
  /** The rule's one-line description, used as the card's title. */
  title: string;
  message: string;
  /** Why a customer feels it (the rule's docs.why). */
  why: string;
  /** The flagged words ('' for a missing-X finding). */
  flagged: string;
  suggestions: { label: string; text: string }[];
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type OpenedBy = 'hover' | 'click' | 'keyboard' | 'list';

export interface CardState {
  key: string;
  via: OpenedBy;
  /** Move the focus into the card (opened from the keyboard). */
  focus: boolean;
  /** Where the flagged words are (top-frame viewport); the card sits below them, or above near the bottom. */
  anchor: Box;
}

export interface UiModel {
  findings: Signal<UiFinding[]>;
  /** The active editor's box (top-frame viewport), or null to hide the chip. */
  editorBox: Signal<Box | null>;
  card: Signal<CardState | null>;
  /** The open list (`focus`: opened from the keyboard, so the focus moves into it), or null. */
  list: Signal<{ focus: boolean } | null>;
  /** The engine left checks out of the active draft to keep typing smooth (safe mode): the list says so. */
  paused: Signal<boolean>;
}

export interface UiActions {
  apply(key: string, suggestion: number): void;
  dismiss(key: string): void;
  /** Opens a finding's card from the list; `focus` moves the focus into it (keyboard use). */
  openCard(key: string, focus: boolean): void;
  /** Closes the card; `returnFocus` puts the focus back in the editor with the caret where it was. */
  closeCard(returnFocus: boolean): void;
  /** Opens or closes the list; `focus` moves the focus into it (keyboard use). */
  toggleList(focus: boolean): void;
  closeList(returnFocus: boolean): void;
  /** The pointer entered (true) or left (false) the card: a card opened by hovering stays while it is inside. */
  pointerInCard(inside: boolean): void;
}

export function createUiModel(): UiModel {
  return { findings: signal([]), editorBox: signal(null), card: signal(null), list: signal(null), paused: signal(false) };
}
