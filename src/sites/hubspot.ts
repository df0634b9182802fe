/**
 * HubSpot help desk / conversations inbox (`app.hubspot.com/live-messages/…`, `app.hubspot.com/help-desk/…`).
 *
 * Where the selectors come from: HubSpot's knowledge base describes the inbox composer's tabs — reply by Email
 * or Chat, or leave a Comment (internal, seen by the team only) — in ONE composer box; HubSpot's apps mark
 * their UI with `data-test-id` attributes, which public automation code on GitHub uses. The particular ids,
 * the thread markup and the name elements are informed guesses; no public source showed them.
 */
import { defineSite, firstName, lastOf, nameOf, textOf } from './define';

/** Messages from the contact in the open thread (informed guess). */
const INCOMING = '[data-test-id="thread-history"] [data-test-id="message"][data-direction="incoming"]';

/** The selected composer tab (Email, Chat, Comment) of the composer holding `el` (informed guess). */
const selectedTab = (el: Element) =>
  el.closest('[data-test-id="conversations-composer"]')?.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('data-tab');

export default defineSite({
  id: 'hubspot',
  matches: ['*://app.hubspot.com/*'],
  // The open thread's history or the composer (informed guess).
  marker: '[data-test-id="thread-history"], [data-test-id="conversations-composer"]',
  // The composer's rich-text editable (informed guess).
  editor: '[data-test-id="conversations-composer"] [contenteditable="true"][role="textbox"]',
  // The Comment tab turns the same box into an internal comment.
  isInternalNote: (editor) => selectedTab(editor) === 'comment',
  customerMessage(doc) {
    return textOf(lastOf(doc, INCOMING)?.querySelector('[data-test-id="message-text"]'));
  },
  customerName(doc) {
    // The contact's name in the thread header (informed guess).
    return firstName(nameOf(doc.querySelector('[data-test-id="thread-header-contact-name"]')));
  },
  agentName(doc) {
    // The signed-in user's name in the account menu (informed guess).
    return firstName(nameOf(doc.querySelector('[data-test-id="account-menu-user-name"]')));
  },
  channel(doc) {
    const composer = doc.querySelector('[data-test-id="conversations-composer"]');
    const tab = composer ? selectedTab(composer.querySelector('[role="textbox"]') ?? composer) : undefined;
    return tab === 'chat' ? 'chat' : tab === 'email' ? 'email' : undefined;
  },
});
