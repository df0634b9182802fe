/**
 * Draft.js keeps its own EditorState apart from the DOM (PEER-LESSONS: after a DOM-level fix the caret went
 * to 0 and Backspace broke). Reading, caret, rects and highlights are the generic contenteditable ones
 * (each Draft block is a div, an empty block a `<br data-text>`); only how an edit is offered differs.
 *
 * React builds Draft's onBeforeInput from the `textInput` event (not from `beforeinput`), and Chromium's
 * execCommand fires neither. So after the selection is set (and Draft's onSelect has copied it into its
 * EditorState), the edit is offered as a `textInput`, exactly as typing does: Draft either inserts it into
 * its model itself (a replacement: it calls preventDefault) or records the pending state and lets the
 * browser insert it, which execCommand then does, with the trusted input event Draft reconciles on.
 * Text with line breaks goes in as a paste instead, which Draft splits into blocks.
 */
import { createContentEditableAdapter, selectionFor } from './contenteditable';
import { applied, selectionSettled, settle } from './input';
import type { AdapterEnv, EditorAdapter, TextEdit } from './types';

export const isDraftEditor = (el: HTMLElement) => el.classList.contains('public-DraftEditor-content') || !!el.closest('.DraftEditor-root');

/** The element holding the selection's anchor (Draft's handlers sit on the editor root; events bubble there). */
function anchorElement(root: HTMLElement): Element {
  const node = selectionFor(root)?.anchorNode ?? root;
  return (node.nodeType === 1 ? node : node.parentNode ?? root) as Element;
}

function dispatchTextInput(root: HTMLElement, text: string): boolean {
  const doc = root.ownerDocument;
  try {
    const ev = doc.createEvent('TextEvent') as Event & { initTextEvent(type: string, bubbles: boolean, cancelable: boolean, view: Window | null, data: string): void };
    ev.initTextEvent('textInput', true, true, doc.defaultView, text);
    anchorElement(root).dispatchEvent(ev);
    return ev.defaultPrevented;
  } catch {
    return false; // no TextEvent (Firefox): execCommand and Draft's input reconciliation
  }
}

export function createDraftAdapter(element: HTMLElement, env: AdapterEnv): EditorAdapter {
  const generic = createContentEditableAdapter(element, env, { kind: 'draftjs', offer: (edit) => dispatchTextInput(element, edit.text) });
  const doc = element.ownerDocument;

  const paste = (text: string): boolean => {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    try {
      const data = new (win?.DataTransfer ?? DataTransfer)();
      data.setData('text/plain', text);
      const ev = new (win?.ClipboardEvent ?? ClipboardEvent)('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
      anchorElement(element).dispatchEvent(ev);
      return ev.defaultPrevented;
    } catch {
      return false;
    }
  };

  return {
    ...generic,
    async apply(edit: TextEdit) {
      if (!edit.text.includes('\n')) return generic.apply(edit);
      const before = generic.read();
      if (edit.start < 0 || edit.end > before.length || edit.start > edit.end) return false;
      generic.select(edit.start, edit.end);
      await selectionSettled(doc);
      if (!paste(edit.text)) return generic.apply(edit);
      await settle(doc.defaultView);
      const after = generic.read();
      return after !== before || before === applied(before, edit);
    },
  };
}
