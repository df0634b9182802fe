/**
 * Adapter for <textarea> and single-line text <input>: the value is the text, offsets are the value's.
 * Underlines come from the mirrored overlay (textarea-mirror.ts); edits select the range with
 * setSelectionRange and insert with execCommand, so the field's own undo stack and the page's framework
 * (React's onChange, Vue's v-model) see a normal input event.
 */
import { toTop } from './geometry';
import { applied, dispatchBeforeInput, execInsert } from './input';
import { createTextareaMirror } from './textarea-mirror';
import type { AdapterEnv, EditorAdapter, Mark, TextEdit } from './types';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export function createTextareaAdapter(field: TextField, env: AdapterEnv): EditorAdapter {
  const doc = field.ownerDocument;
  const mirror = createTextareaMirror(field, () => env.overlayLayer());
  let marks: readonly Mark[] = [];
  let painted: string | undefined;

  const focus = () => {
    const root = field.getRootNode() as Document | ShadowRoot;
    if (root.activeElement === field) return;
    const win = doc.defaultView;
    try {
      if (win && win !== win.top) win.focus();
    } catch {
      /* cross-origin parent */
    }
    field.focus({ preventScroll: true });
  };

  const select = (start: number, end = start) => {
    focus();
    field.setSelectionRange(start, end);
  };

  return {
    kind: 'textarea',
    element: field,
    read: () => field.value,
    caret() {
      const end = field.selectionDirection === 'backward' ? field.selectionStart : field.selectionEnd;
      return end ?? null;
    },
    rects(start, end) {
      if (painted !== field.value) mirror.render(field.value, marks), (painted = field.value);
      return mirror.rects(start, end);
    },
    box: () => toTop([field.getBoundingClientRect()], doc)[0]!,
    paint(next) {
      marks = next;
      painted = field.value;
      mirror.render(painted, marks);
    },
    reposition: () => mirror.reposition(),
    async apply(edit: TextEdit) {
      const before = field.value;
      if (edit.start < 0 || edit.end > before.length || edit.start > edit.end) return false;
      const expected = applied(before, edit);
      select(edit.start, edit.end);
      execInsert(doc, edit.text);
      if (field.value === expected) return true;
      if (field.value !== before) return true; // the page reshaped the edit (a mask, a trim): it took it
      // execCommand is not available: a beforeinput the page may handle, else the standard text API.
      select(edit.start, edit.end);
      if (!dispatchBeforeInput(field, edit, undefined)) {
        field.setRangeText(edit.text, edit.start, edit.end, 'end');
        field.setSelectionRange(edit.start + edit.text.length, edit.start + edit.text.length);
        const InputEv = (doc.defaultView as (Window & typeof globalThis) | null)?.InputEvent ?? InputEvent;
        field.dispatchEvent(new InputEv('input', { bubbles: true, inputType: edit.start === edit.end ? 'insertText' : 'insertReplacementText', data: edit.text }));
      }
      return field.value !== before;
    },
    select,
    dispose: () => mirror.dispose(),
  };
}
