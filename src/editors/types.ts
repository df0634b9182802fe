/**
 * What every editor adapter does. An adapter turns one editor's content into the plain string the engine
 * analyses and maps offsets in that string back to the page; it never knows about rules.
 *
 * Offsets are UTF-16 indexes into the string the last `read()` returned. Rects are in the TOP frame's
 * viewport coordinates (an editor inside a same-origin iframe is offset by the frame's position), so the UI,
 * which lives in the top frame, can use them directly.
 */

/** Replace `text.slice(start, end)` with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** An underline to draw over `text.slice(start, end)`. */
export interface Mark {
  start: number;
  end: number;
  rule: string;
  /** The rule's category (apology, ownership …): picks the colour and the highlight name `wl-<category>`. */
  category: string;
}

export type EditorKind = 'textarea' | 'contenteditable' | 'draftjs';

export interface EditorAdapter {
  readonly kind: EditorKind;
  /** The editable element: the textarea/input, or the contenteditable root (an iframe's body for TinyMCE). */
  readonly element: HTMLElement;
  /** Reads the editor's current text (and refreshes the offset map used by the other methods). */
  read(): string;
  /** The caret's offset (the selection's focus), or null when the selection is not in this editor. */
  caret(): number | null;
  /** Client rects of `text.slice(start, end)` in top-frame viewport coordinates; [] when not visible. */
  rects(start: number, end: number): DOMRect[];
  /** The editor's own box in top-frame viewport coordinates. */
  box(): DOMRect;
  /** Draws underlines (replacing the previous ones); [] clears them. */
  paint(marks: readonly Mark[]): void;
  /** Re-positions what the adapter draws outside the editor (the textarea overlay) after scroll or resize. */
  reposition(): void;
  /**
   * Applies an edit through the editor's own input path (selection + insertText / beforeinput), so the
   * editor's state and undo stack stay right and the caret ends right after the inserted text.
   * Resolves to false when the editor did not take the edit.
   */
  apply(edit: TextEdit): Promise<boolean>;
  /** Focuses the editor and puts the caret (or a selection) at these offsets. */
  select(start: number, end?: number): void;
  /** Removes everything the adapter added (highlights, overlay). */
  dispose(): void;
}

/** Services the content script gives adapters. */
export interface AdapterEnv {
  /** Draws CSS Custom Highlights for ranges in any document the content script reaches. */
  highlights: HighlightPainter;
  /** Where the textarea overlay goes: an element inside the UI's shadow root in the top frame. */
  overlayLayer(): HTMLElement | undefined;
}

export interface HighlightPainter {
  /** Sets `owner`'s highlighted ranges (grouped by category); an empty list clears them. */
  set(owner: object, doc: Document, root: Node, marks: readonly { category: string; range: Range }[]): void;
  /** Removes every highlight and stylesheet the painter added. */
  dispose(): void;
}
