/**
 * Gmail (`mail.google.com`). No internal notes: every compose body is a public reply.
 *
 * Where the selectors come from: Gmail's own class names and attributes as public automation code and
 * extensions on GitHub use them (Selenium/Playwright page objects, InboxSDK-style helpers, found with the code
 * search): the compose body is `div[aria-label="Message Body"][contenteditable]` with classes `Am Al editable`
 * and `g_editable="true"`; the Compose button is `[gh="cm"]`; a message in a conversation is `div.adn.ads`,
 * its sender `span.gD` with `email` and `name` attributes, its body `div.a3s`; the account button's aria-label
 * is "Google Account: <name> (<address>)".
 */
import { defineSite, firstName, lastOf, textOf } from './define';

/** The signed-in account: "Google Account: Sam Rivera\n(sam@example.com)" → name and address. */
function account(doc: Document): { name?: string; email?: string } {
  // The account (avatar) button at the top right.
  const label = doc.querySelector('a[aria-label^="Google Account:"]')?.getAttribute('aria-label') ?? '';
  const m = /^Google Account:\s*([^(]*?)\s*(?:\(([^)]+)\))?\s*$/s.exec(label);
  return { name: m?.[1]?.trim() || undefined, email: m?.[2]?.trim().toLowerCase() || undefined };
}

/** The latest message in the open conversation that someone other than the signed-in account sent. */
function lastFromCustomer(doc: Document): Element | undefined {
  const me = account(doc).email;
  // Each expanded message of the conversation, oldest first.
  return lastOf(doc, 'div.adn.ads', (msg) => {
    // The sender's name chip carries the address in its `email` attribute.
    const from = msg.querySelector('span.gD[email]')?.getAttribute('email')?.toLowerCase();
    return !!from && from !== me;
  });
}

export default defineSite({
  id: 'gmail',
  matches: ['*://mail.google.com/*'],
  // The Compose button (every Gmail view) or an open conversation's message.
  marker: '[gh="cm"], div.adn.ads',
  // The compose or reply body: a contenteditable div Gmail labels "Message Body".
  editor: 'div[contenteditable="true"][aria-label="Message Body"], div.Am.Al.editable[contenteditable="true"]',
  isInternalNote: () => false,
  customerMessage(doc) {
    // The message body (quoted history folded away by Gmail inside it is part of the text).
    return textOf(lastFromCustomer(doc)?.querySelector('div.a3s'));
  },
  customerName(doc) {
    // The sender chip's `name` attribute: the display name from the From header.
    return firstName(lastFromCustomer(doc)?.querySelector('span.gD[name]')?.getAttribute('name'));
  },
  agentName: (doc) => firstName(account(doc).name),
  // Gmail only sends e-mail.
  channel: () => 'email',
});
