/**
 * Zoho Desk (`desk.zoho.com`, `.eu`, `.in`: `/agent/<portal>/<dept>/tickets/details/<id>`).
 *
 * Where the selectors come from: Zoho Desk's help documentation describes the ticket's conversation thread and
 * the two ways to answer under it — Reply (to the customer) and Comment (private by default, for the team) —
 * each opening its own editor. The markup (`data-id` attributes, the editor class) is an informed guess; no
 * public source showed Zoho Desk's DOM.
 */
import { defineSite, firstName, lastOf, nameOf, textOf } from './define';

/** Threads the customer sent (informed guess). */
const INCOMING = '[data-id="conversationList"] [data-id="thread"][data-direction="in"]';

export default defineSite({
  id: 'zoho-desk',
  matches: ['*://desk.zoho.com/*', '*://desk.zoho.eu/*', '*://desk.zoho.in/*'],
  // The ticket's conversation list or an editor box (informed guess).
  marker: '[data-id="conversationList"], [data-id="replyEditor"]',
  // The rich-text editable of the reply and comment editors (informed guess).
  editor: '[data-id="replyEditor"] [contenteditable="true"], [data-id="commentEditor"] [contenteditable="true"]',
  // The comment editor writes private comments (informed guess: a comment made public is still typed there).
  isInternalNote: (editor) => !!editor.closest('[data-id="commentEditor"]'),
  customerMessage(doc) {
    // The content of the customer's latest thread (informed guess).
    return textOf(lastOf(doc, INCOMING)?.querySelector('[data-id="threadContent"]'));
  },
  customerName(doc) {
    // The contact's name in the ticket's left panel (informed guess).
    return firstName(nameOf(doc.querySelector('[data-id="contactName"]')));
  },
  agentName(doc) {
    // The signed-in agent's name in the profile menu (informed guess).
    return firstName(nameOf(doc.querySelector('[data-id="agentName"]')));
  },
  // The ticket's channel field in the left panel (informed guess).
  channel: (doc) => (doc.querySelector('[data-id="ticketChannel"][data-channel="chat"]') ? 'chat' : 'email'),
});
