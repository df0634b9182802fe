/**
 * Zendesk Support, Agent Workspace (`<subdomain>.zendesk.com/agent/tickets/<id>`).
 *
 * Where the selectors come from: Zendesk's `data-test-id` attributes as public userscripts and test suites for
 * the Agent Workspace use them (transcript extractors, translation helpers, Cypress/Playwright page objects on
 * GitHub, found with the code search): the conversation log `omni-log-container` of `article`s
 * `omni-log-comment-item`, each with a message `omni-log-item-message` whose `type` attribute is `end-user` or
 * `agent`, an `omni-log-internal-note-tag` on notes, the sender link `omni-log-comment-user-link`; the composer's
 * CKEditor 5 editable `omnicomposer-rich-text-ckeditor`, and the channel switcher
 * `omnichannel-channel-switcher-button` whose aria-label names the mode ("Public reply", "Email", "Chat" …
 * or "Internal note"). Public reply and internal note are the SAME editor in two modes.
 */
import { defineSite, firstName, lastOf, nameOf, shown, textOf } from './define';

/** The channel switcher's label for the composer that holds `el` (walks up to the composer that has one). */
function composerMode(el: HTMLElement): string | undefined {
  for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
    // The composer's channel switcher (public userscripts read its aria-label to tell public from internal).
    const switcher = n.querySelector('[data-test-id="omnichannel-channel-switcher-button"]');
    if (switcher) return switcher.getAttribute('aria-label') ?? switcher.textContent ?? undefined;
  }
  return undefined;
}

/** A log item written by the customer: its message says `type="end-user"` and it carries no internal-note tag. */
const fromCustomer = (item: Element) =>
  // The message bubble of a log item, `type` = end-user | agent (public transcript extractors read it).
  item.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type') === 'end-user' &&
  // The "Internal" tag on internal notes.
  !item.querySelector('[data-test-id="omni-log-internal-note-tag"]');

/**
 * The latest log item the customer wrote, in the ticket shown: the Agent Workspace keeps every open ticket tab's
 * conversation log in the page and hides the others (public userscripts scope to the active ticket for this).
 */
function lastCustomerItem(doc: Document): HTMLElement | undefined {
  // The ticket's conversation log; the shown one when several tickets are open.
  const log = shown(doc.querySelectorAll('[data-test-id="omni-log-container"]'))[0];
  // Log items, oldest first.
  return log ? lastOf<HTMLElement>(log, 'article[data-test-id="omni-log-comment-item"]', fromCustomer) : undefined;
}

export default defineSite({
  id: 'zendesk',
  matches: ['*://*.zendesk.com/*'],
  // The ticket's conversation log or the composer's editor: the Agent Workspace ticket view.
  marker: '[data-test-id="omni-log-container"], [data-test-id="omnicomposer-rich-text-ckeditor"]',
  // The composer's CKEditor 5 editable (public reply and internal note are one editor; the switcher sets the mode).
  editor: '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  isInternalNote: (editor) => /internal/i.test(composerMode(editor) ?? ''),
  customerMessage(doc) {
    const item = lastCustomerItem(doc);
    // The message text without sender and timestamp; the bubble itself when the content wrapper is absent.
    return textOf(item?.querySelector('[data-test-id="omni-log-message-content"]') ?? item?.querySelector('[data-test-id="omni-log-item-message"]'));
  },
  customerName(doc) {
    // The sender link of the customer's latest message shows the requester's name.
    return firstName(nameOf(lastCustomerItem(doc)?.querySelector('[data-test-id="omni-log-comment-user-link"]')));
  },
  agentName(doc) {
    // The signed-in agent's avatar in the header's profile menu button carries their name as its alt text.
    // Informed guess: no public source showed this element's markup.
    return firstName(nameOf(doc.querySelector('[data-test-id="header-profile-menu-button"] img'), 'alt'));
  },
  channel(doc) {
    // The mode of the composer shown: chat and messaging channels answer in chat style.
    const editor = shown(doc.querySelectorAll<HTMLElement>('[data-test-id="omnicomposer-rich-text-ckeditor"]'))[0];
    const mode = editor ? composerMode(editor) ?? '' : '';
    if (/chat|messaging|whatsapp|sms/i.test(mode)) return 'chat';
    if (/email|public reply|web form/i.test(mode)) return 'email';
    return undefined;
  },
});
