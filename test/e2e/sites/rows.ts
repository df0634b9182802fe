/**
 * One row per helpdesk: the REAL host its fixture page is served as, and what a person clicks to write the
 * public reply or the internal note. (No browser import here: the unit meta-test reads the ids.)
 */
import type { Locator, Page } from 'playwright-core';

export interface SiteRow {
  /** The adapter id and fixture page: test/fixtures/sites/<id>.html. */
  id: string;
  /** A host the manifest's match pattern for this helpdesk covers. */
  host: string;
  /** What a person clicks before typing the public reply. */
  reply(page: Page): Locator;
  /** Internal notes: how a person switches to one, and what they click to type it. Absent: no notes (Gmail). */
  note?: { open(page: Page): Promise<void>; editor(page: Page): Locator };
}

const click = (selector: string) => async (page: Page) => {
  await page.locator(selector).click();
};

export const ROWS: SiteRow[] = [
  {
    id: 'freshdesk',
    host: 'acme.freshdesk.com',
    reply: (p) => p.locator('[data-test-id="reply-editor"] .fr-element'),
    note: { open: click('[data-fixture="note-button"]'), editor: (p) => p.locator('[data-test-id="note-editor"] .fr-element') },
  },
  {
    id: 'front',
    host: 'app.frontapp.com',
    reply: (p) => p.locator('[data-testid="reply-composer"] .ProseMirror'),
    note: { open: async () => {}, editor: (p) => p.locator('[data-testid="comment-composer"] .ProseMirror') },
  },
  { id: 'gmail', host: 'mail.google.com', reply: (p) => p.locator('[aria-label="Message Body"]') },
  {
    id: 'gorgias',
    host: 'acme.gorgias.com',
    reply: (p) => p.locator('[data-reply-area] .public-DraftEditor-content'),
    note: {
      open: async (p) => {
        await p.locator('[data-fixture="type-select"]').selectOption('internal-note');
      },
      editor: (p) => p.locator('[data-reply-area] .public-DraftEditor-content'),
    },
  },
  {
    id: 'helpscout',
    host: 'secure.helpscout.net',
    reply: (p) => p.locator('#replyForm .redactor_editor'),
    note: { open: click('[data-fixture="note-button"]'), editor: (p) => p.locator('#noteForm .redactor_editor') },
  },
  {
    id: 'hubspot',
    host: 'app.hubspot.com',
    reply: (p) => p.locator('[data-selenium-test="conversations-composer"] [role="textbox"]'),
    note: { open: click('[role="tab"][data-tab="comment"]'), editor: (p) => p.locator('[data-selenium-test="conversations-composer"] [role="textbox"]') },
  },
  {
    id: 'intercom',
    host: 'app.intercom.com',
    reply: (p) => p.locator('.embercom-prosemirror-composer-editor'),
    note: { open: click('[data-intercom-target="note-tab"]'), editor: (p) => p.locator('.embercom-prosemirror-composer-editor') },
  },
  {
    id: 'salesforce',
    host: 'acme.lightning.force.com',
    reply: (p) => p.frameLocator('iframe.cke_wysiwyg_frame').locator('body'),
    note: { open: click('[data-fixture="post-tab"]'), editor: (p) => p.locator('[data-publisher-tab="post"] .ql-editor') },
  },
  {
    id: 'zendesk',
    host: 'acme.zendesk.com',
    reply: (p) => p.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]'),
    note: {
      open: async (p) => {
        await p.locator('[data-test-id="omnichannel-channel-switcher-button"]').click();
        await p.locator('[data-test-id="omnichannel-channel-switcher-menuitem-internal"]').click();
      },
      editor: (p) => p.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]'),
    },
  },
  {
    id: 'zoho-desk',
    host: 'desk.zoho.com',
    reply: (p) => p.locator('[data-id="replyEditor"] [contenteditable]'),
    note: { open: click('[data-fixture="note-button"]'), editor: (p) => p.locator('[data-id="commentEditor"] [contenteditable]') },
  },
];
