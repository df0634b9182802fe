/** Picks the adapter for an editable root: textarea/input, Draft.js, or the generic contenteditable one. */
import { createContentEditableAdapter } from './contenteditable';
import { createDraftAdapter, isDraftEditor } from './draftjs';
import { createTextareaAdapter, type TextField } from './textarea';
import type { AdapterEnv, EditorAdapter } from './types';

export type { AdapterEnv, EditorAdapter, EditorKind, Mark, TextEdit } from './types';

export function createAdapter(el: HTMLElement, env: AdapterEnv): EditorAdapter {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return createTextareaAdapter(el as TextField, env);
  if (isDraftEditor(el)) return createDraftAdapter(el, env);
  return createContentEditableAdapter(el, env);
}
