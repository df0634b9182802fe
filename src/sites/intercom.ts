/**
 * Intercom Inbox (`app.intercom.com/a/inbox/…`).
 *
 * Where the selectors come from: the composer is Intercom's "embercom" ProseMirror editor — public userscripts
 * and extensions on GitHub (found with the code search) select `.ProseMirror.embercom-prosemirror-composer-editor`
 * or `[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]`, and tell a note from a reply by
 * the composer's `.o__note` class (`.conversation__text.o__note`) and the selected tab
 * `a.o__selected[data-intercom-target="note-tab"]`. The conversation stream (`.conversation__part` with
 * `o__user-comment` / `o__admin-comment` / `o__admin-note`) and the name elements are informed guesses
 * modelled on the same class-naming scheme; no public source showed them.
 */
import { defineSite, firstName, lastOf, nameOf, textOf } from './define';

/** A customer's part of the conversation (informed guess: Intercom's `o__user-comment` modifier). */
const CUSTOMER_PART = '.conversation__stream .conversation__part.o__user-comment';

export default defineSite({
  id: 'intercom',
  matches: ['*://app.intercom.com/*'],
  // The reply composer region or the conversation stream of an open conversation.
  marker: '[data-conversation-reply-composer], .conversation__stream',
  // The composer's ProseMirror root (embercom's class; the newer inbox wraps it in data-conversation-reply-composer).
  editor: '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"], [data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
  isInternalNote(editor) {
    // The composer in note mode carries `o__note` (public userscripts test `.conversation__text.o__note`).
    if (editor.closest('.o__note')) return true;
    // Else the composer's Reply/Note tabs: the Note tab selected.
    const composer = editor.closest('[data-conversation-reply-composer]');
    return !!composer?.querySelector('a.o__selected[data-intercom-target="note-tab"]');
  },
  customerMessage(doc) {
    // The body of the customer's latest part (informed guess: `.conversation__part-body`).
    return textOf(lastOf(doc, CUSTOMER_PART)?.querySelector('.conversation__part-body'));
  },
  customerName(doc) {
    // The conversation header's name of the person the conversation is with (informed guess).
    return firstName(nameOf(doc.querySelector('.conversation__header [data-user-name]'), 'data-user-name'));
  },
  agentName(doc) {
    // The signed-in teammate's avatar in the app's navigation, its alt text (informed guess).
    return firstName(nameOf(doc.querySelector('[data-intercom-target="admin-avatar"] img'), 'alt'));
  },
  // The inbox is a chat (messenger) tool first; e-mail conversations show an e-mail badge (informed guess).
  // An e-mail badge in the conversation header (informed guess); the Messenger is chat otherwise.
  channel: (doc) => (doc.querySelector('.conversation__header [data-channel="email"]') ? 'email' : 'chat'),
});
