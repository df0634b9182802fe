/**
 * Front (`app.frontapp.com/open/cnv_…`).
 *
 * Where the selectors come from: Front's help centre describes the conversation view — messages in a thread, a
 * reply composer under them, and internal comments typed in a separate comment box at the bottom ("Comment"
 * composer, shown in yellow) — but no public source showed the DOM: every selector here is an informed guess
 * modelled on Front's React app (`data-testid` attributes), with a ProseMirror-style composer editor.
 */
import { defineSite, firstName, lastOf, nameOf, textOf } from './define';

/** Inbound messages of the open conversation (informed guess). */
const INBOUND = '[data-testid="conversation-messages"] [data-testid="message"][data-direction="inbound"]';

export default defineSite({
  id: 'front',
  matches: ['*://app.frontapp.com/*'],
  // The open conversation's message list or a composer (informed guess).
  marker: '[data-testid="conversation-messages"], [data-testid="reply-composer"]',
  // The ProseMirror editable of the reply composer and of the comment composer (informed guess).
  editor: '[data-testid="reply-composer"] .ProseMirror[contenteditable="true"], [data-testid="comment-composer"] .ProseMirror[contenteditable="true"]',
  // Internal comments are typed in the comment composer, a separate box (informed guess).
  isInternalNote: (editor) => !!editor.closest('[data-testid="comment-composer"]'),
  customerMessage(doc) {
    // The body of the latest inbound message (informed guess).
    return textOf(lastOf(doc, INBOUND)?.querySelector('[data-testid="message-body"]'));
  },
  customerName(doc) {
    // The sender name of the latest inbound message (informed guess).
    return firstName(nameOf(lastOf(doc, INBOUND)?.querySelector('[data-testid="message-sender-name"]')));
  },
  agentName(doc) {
    // The signed-in teammate in the left navigation's avatar button (informed guess).
    return firstName(nameOf(doc.querySelector('[data-testid="current-teammate"]'), 'aria-label'));
  },
  // The conversation's channel (informed guess): chat conversations get chat-style replies, the rest e-mail.
  channel: (doc) => (doc.querySelector('[data-testid="conversation-messages"][data-channel="chat"]') ? 'chat' : 'email'),
});
