/**
 * HubSpot help desk / conversations inbox (`app.hubspot.com/help-desk/…`, `app.hubspot.com/live-messages/…`).
 *
 * Where the selectors come from: ONE composer box with tabs — reply by Email or Live chat, or leave a Comment
 * (internal, seen by the team only), per HubSpot's knowledge base — and the selected tab is in the page's URL
 * hash: `#email`, `#live-chat` or `#comment` (a public userscript that keeps agents in comment mode,
 * svendvd/HubSpotSendProtector, reads and sets exactly that). HubSpot marks its UI with `data-selenium-test`
 * attributes (public extension code selects e.g. `[data-selenium-test="highlightTitle"]`); the particular
 * attribute values below, the thread markup and the name elements are informed guesses in that convention.
 */
import { defineSite, firstName, lastOf, nameOf, textOf } from './define';

/** Messages from the contact in the open thread (informed guess). */
const INCOMING = '[data-selenium-test="thread-history"] [data-selenium-test="message"][data-direction="incoming"]';

/** The composer's mode from the URL hash the help desk keeps in step with its tabs. */
const mode = (doc: Document) => doc.defaultView?.location.hash.replace(/^#/, '') ?? '';

export default defineSite({
  id: 'hubspot',
  matches: ['*://app.hubspot.com/*'],
  // The open thread's history or the composer (informed guess).
  marker: '[data-selenium-test="thread-history"], [data-selenium-test="conversations-composer"]',
  // The composer's rich-text editable (informed guess).
  editor: '[data-selenium-test="conversations-composer"] [contenteditable="true"][role="textbox"]',
  // The Comment tab (`#comment`) turns the same box into an internal comment.
  isInternalNote: (editor) => mode(editor.ownerDocument) === 'comment',
  customerMessage(doc) {
    // The text of the contact's latest message (informed guess).
    return textOf(lastOf(doc, INCOMING)?.querySelector('[data-selenium-test="message-text"]'));
  },
  customerName(doc) {
    // The contact's name in the thread header (informed guess).
    return firstName(nameOf(doc.querySelector('[data-selenium-test="thread-header-contact-name"]')));
  },
  agentName(doc) {
    // The signed-in user's name in the account menu (informed guess).
    return firstName(nameOf(doc.querySelector('[data-selenium-test="account-menu-user-name"]')));
  },
  channel(doc) {
    // The selected tab, from the URL hash: Live chat or Email.
    const m = mode(doc);
    return m === 'live-chat' ? 'chat' : m === 'email' ? 'email' : undefined;
  },
});
