/**
 * Freshdesk (`<subdomain>.freshdesk.com/a/tickets/<id>`).
 *
 * Where the selectors come from: Freshdesk's reply and note editors are Froala editors (Froala's documented DOM:
 * `.fr-box > .fr-wrapper > .fr-element.fr-view[contenteditable]`; Freshdesk's own userscripts on GitHub name
 * the ticket editors). Reply, Add note and Forward open separate editors (Freshdesk's help centre: "Add note"
 * writes a private note by default). The containers (`[data-test-id="reply-editor"]`, `…="note-editor"`), the
 * conversation markup and the name elements are informed guesses modelled on the Ember app's `data-test-id`s.
 */
import { defineSite, firstName, lastOf, nameOf, textOf } from './define';

/** Messages in the ticket's conversation the requester wrote (informed guess: `data-test-id="incoming-message"`). */
const INCOMING = '[data-test-id="ticket-conversation"] [data-test-id="incoming-message"]';

export default defineSite({
  id: 'freshdesk',
  matches: ['*://*.freshdesk.com/*'],
  // The ticket's conversation or one of its editors (informed guess).
  marker: '[data-test-id="ticket-conversation"], [data-test-id="reply-editor"]',
  // Froala's editable inside the reply, forward or note editor.
  editor: '.fr-element.fr-view[contenteditable="true"]',
  // The note editor's container (informed guess); a note made public is still typed in it.
  isInternalNote: (editor) => !!editor.closest('[data-test-id="note-editor"]'),
  customerMessage(doc) {
    // The latest incoming message's body (informed guess).
    return textOf(lastOf(doc, INCOMING)?.querySelector('[data-test-id="message-body"]'));
  },
  customerName(doc) {
    // The requester's name in the ticket's contact widget (informed guess).
    return firstName(nameOf(doc.querySelector('[data-test-id="requester-info"] [data-test-id="requester-name"]')));
  },
  agentName(doc) {
    // The signed-in agent's profile button in the header, its aria-label (informed guess).
    return firstName(nameOf(doc.querySelector('[data-test-id="agent-profile"]'), 'aria-label'));
  },
  // The ticket's source badge (informed guess): a chat ticket is answered chat-style, the rest as e-mail.
  channel: (doc) => (doc.querySelector('[data-test-id="ticket-source"][data-source="chat"]') ? 'chat' : 'email'),
});
