/**
 * The editor's own input path, shared by the adapters: insert text over the current selection the way a
 * user's typing does, so the editor (and its undo stack) sees a normal edit.
 */
import type { TextEdit } from './types';

/** `document.execCommand('insertText')` (or 'delete' for an empty text): trusted beforeinput/input events. */
export function execInsert(doc: Document, text: string): boolean {
  const exec = (doc as Document & { execCommand?: Document['execCommand'] }).execCommand;
  if (typeof exec !== 'function') return false;
  try {
    return text === '' ? exec.call(doc, 'delete', false) : exec.call(doc, 'insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * Whether `document.execCommand` on this engine fires `beforeinput` itself (Gecko does; Blink and WebKit do
 * not), so editors that take their input from beforeinput already get the edit from execInsert.
 */
export function execFiresBeforeInput(doc: Document): boolean {
  const ua = doc.defaultView?.navigator.userAgent ?? '';
  return /\bGecko\/\d/.test(ua) && !/like Gecko/.test(ua);
}

/**
 * Dispatches a cancelable `beforeinput` on `target` for editors that handle it themselves (CKEditor 5,
 * Lexical, Slate, Quill 2). Returns whether the editor took it (called preventDefault).
 */
export function dispatchBeforeInput(target: Element, edit: TextEdit, range: StaticRange | undefined): boolean {
  const win = target.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const InputEv = win?.InputEvent ?? InputEvent;
  let dataTransfer: DataTransfer | null = null;
  try {
    dataTransfer = new (win?.DataTransfer ?? DataTransfer)();
    dataTransfer.setData('text/plain', edit.text);
  } catch {
    dataTransfer = null;
  }
  const inputType = edit.text === '' ? 'deleteContent' : edit.start === edit.end ? 'insertText' : 'insertReplacementText';
  const init: InputEventInit & { targetRanges?: StaticRange[] } = {
    inputType,
    data: inputType === 'insertText' ? edit.text : null,
    dataTransfer: inputType === 'insertReplacementText' ? dataTransfer : null,
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges: range ? [range] : [],
  };
  const ev = new InputEv('beforeinput', init);
  target.dispatchEvent(ev);
  return ev.defaultPrevented;
}

/** The text after `edit` is applied to `before`. */
export const applied = (before: string, edit: TextEdit) => before.slice(0, edit.start) + edit.text + before.slice(edit.end);

/** Lets editors that commit in a microtask or a task (Lexical, Slate, React) catch up. */
export const settle = (win: Window | null) => new Promise<void>((resolve) => (win ?? globalThis).setTimeout(resolve, 0));

/**
 * Resolves once the page has seen the selection just set (its `selectionchange`, then one task for the
 * handlers it schedules): editors that copy the DOM selection into their own state on selectionchange
 * (Draft.js, CKEditor 5, Lexical, Slate) must know the new range before the edit arrives, or they apply it
 * at the old caret (or fold it into the previous typing's undo step).
 */
export function selectionSettled(doc: Document, maxWait = 60): Promise<void> {
  return new Promise((resolve) => {
    const win = doc.defaultView ?? globalThis;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', finish);
      win.setTimeout(resolve, 0);
    };
    doc.addEventListener('selectionchange', finish);
    win.setTimeout(finish, maxWait);
  });
}
