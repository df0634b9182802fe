/** The editor table: one row per editor kind the content script must coach. */
import type { Locator, Page } from 'playwright-core';
import { DRAFT, ONE_LINE_DRAFT } from './text';

export interface EditorRow {
  /** Row name in the test report. */
  name: string;
  /** Fixture page: test/fixtures/editors/<page>.html. */
  page: string;
  /** Key of the editor in the page's `window.fixture.editors`. */
  editor: string;
  /** What a person clicks before typing (in the top document, a shadow root or an iframe). */
  target(page: Page): Locator;
  /** What the person types ('\n' is Enter). */
  draft: string;
}

export const EDITORS: EditorRow[] = [
  { name: 'textarea', page: 'textarea', editor: 'textarea', target: (p) => p.locator('#reply'), draft: DRAFT },
  { name: 'input[type=text]', page: 'textarea', editor: 'input', target: (p) => p.locator('#subject'), draft: ONE_LINE_DRAFT },
  { name: 'contenteditable', page: 'contenteditable', editor: 'contenteditable', target: (p) => p.locator('#reply'), draft: DRAFT },
  { name: 'ProseMirror', page: 'prosemirror', editor: 'prosemirror', target: (p) => p.locator('.ProseMirror'), draft: DRAFT },
  { name: 'Quill 2', page: 'quill', editor: 'quill', target: (p) => p.locator('.ql-editor'), draft: DRAFT },
  { name: 'CKEditor 5', page: 'ckeditor5', editor: 'ckeditor5', target: (p) => p.locator('.ck-editor__editable'), draft: DRAFT },
  { name: 'Draft.js', page: 'draftjs', editor: 'draftjs', target: (p) => p.locator('.public-DraftEditor-content'), draft: DRAFT },
  {
    name: 'TinyMCE (iframe)',
    page: 'tinymce',
    editor: 'tinymce',
    target: (p) => p.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
    draft: DRAFT,
  },
  {
    name: 'contenteditable in a shadow root',
    page: 'shadow',
    editor: 'contenteditable',
    target: (p) => p.locator('reply-composer .rich'),
    draft: DRAFT,
  },
  { name: 'textarea in a shadow root', page: 'shadow', editor: 'textarea', target: (p) => p.locator('reply-composer textarea'), draft: DRAFT },
  {
    name: 'contenteditable in a script-written iframe',
    page: 'iframe',
    editor: 'iframe',
    target: (p) => p.frameLocator('#composer').locator('#reply'),
    draft: DRAFT,
  },
];
