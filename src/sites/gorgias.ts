/**
 * Gorgias (`<account>.gorgias.com/app/ticket/<id>`).
 *
 * Where the selectors come from: the source of Gorgias's helpdesk web app is public in parts (found with the code
 * search). Its `ReplyArea/TicketReplyEditor` writes replies in a Draft.js editor (`RichTextAreaField` over
 * draft-js), so the editable is Draft's `.public-DraftEditor-content`; and the reply area's channel select sets
 * the new message's source type — `email`, `chat` … or `internal-note` (`TicketMessageSourceType.InternalNote`,
 * also picked with the `i` shortcut) — so a reply and a note are ONE editor. The `data-` attributes that expose
 * that type on the reply area, the ticket's message list and the names are informed guesses.
 */
import { defineSite, firstName, lastOf, nameOf, textOf } from './define';

/** Messages the customer sent (informed guess: Gorgias's `from_agent: false`). */
const FROM_CUSTOMER = '[data-ticket-messages] [data-message][data-from-agent="false"]';

export default defineSite({
  id: 'gorgias',
  matches: ['*://*.gorgias.com/*'],
  // The ticket's message list or its reply area (informed guess).
  marker: '[data-ticket-messages], [data-reply-area]',
  // Draft.js's editable inside the reply area.
  editor: '[data-reply-area] .public-DraftEditor-content[contenteditable="true"]',
  // The reply area's type is `internal-note` (Gorgias API's channel name for notes; the attribute is a guess).
  isInternalNote: (editor) => editor.closest('[data-reply-area]')?.getAttribute('data-message-type') === 'internal-note',
  customerMessage(doc) {
    // The body of the customer's latest message (informed guess).
    return textOf(lastOf(doc, FROM_CUSTOMER)?.querySelector('[data-message-body]'));
  },
  customerName(doc) {
    // The customer's name in the ticket's customer panel (informed guess).
    return firstName(nameOf(doc.querySelector('[data-customer-name]')));
  },
  agentName(doc) {
    // The signed-in agent in the navbar's user menu (informed guess).
    return firstName(nameOf(doc.querySelector('[data-current-user-name]'), 'data-current-user-name'));
  },
  channel(doc) {
    // The reply area's message type: chat-like channels answer chat-style (values from Gorgias's API channels).
    const type = doc.querySelector('[data-reply-area]')?.getAttribute('data-message-type') ?? '';
    return /chat|messenger|instagram|sms|whatsapp/.test(type) ? 'chat' : type === 'email' ? 'email' : undefined;
  },
});
