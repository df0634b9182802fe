/**
 * Salesforce Service Cloud, Lightning Experience (`<my-domain>.lightning.force.com/lightning/r/Case/<id>/view`).
 *
 * Where the selectors come from: the case feed's Email action writes the body in CKEditor 4 inside an iframe
 * (CKEditor 4's documented DOM: `iframe.cke_wysiwyg_frame` whose `body` is the editable; Salesforce's rich text
 * areas use CKEditor, per Salesforce and CKEditor documentation). The publisher's other tabs — Post (Chatter,
 * seen by colleagues only) and Log a Call — are internal. The publisher, feed and name markup (`cuf-` classes
 * of the case feed, the highlights panel) are informed guesses; no public source showed them.
 */
import { defineSite, firstName, nameOf, textOf } from './define';

/** The element in the top document that stands for `editor`: the editor itself, or the iframe it lives in. */
function hostOf(editor: HTMLElement): Element {
  try {
    return editor.ownerDocument.defaultView?.frameElement ?? editor;
  } catch {
    return editor;
  }
}

/** Inbound e-mails in the case feed (informed guess). */
const INBOUND = '.cuf-feed .cuf-feedItem[data-message-direction="inbound"]';

export default defineSite({
  id: 'salesforce',
  matches: ['*://*.lightning.force.com/*'],
  // The case feed or its publisher (informed guess).
  marker: '.cuf-feed, .cuf-publisher',
  // Non-iframe editors of the publisher: the Chatter post and call-log text areas (internal, informed guess).
  editor: '.cuf-publisher textarea, .cuf-publisher [contenteditable="true"]',
  // The Email action's CKEditor 4 iframe, in the publisher.
  editorFrame: '.cuf-publisher iframe.cke_wysiwyg_frame',
  // Only the Email tab writes to the customer; Post and Log a Call are internal.
  isInternalNote: (editor) => !hostOf(editor).closest('[data-publisher-tab="email"]'),
  customerMessage(doc) {
    // The feed lists the newest activity first (Lightning's default sort): the first inbound e-mail is the latest.
    return textOf(doc.querySelector(INBOUND)?.querySelector('.cuf-emailBody'));
  },
  customerName(doc) {
    // The case contact's name in the record's highlights panel (informed guess).
    return firstName(nameOf(doc.querySelector('[data-field="ContactId"] a, [data-field="ContactId"]')));
  },
  agentName(doc) {
    // The signed-in user's avatar button in the global header, its title (informed guess).
    return firstName(nameOf(doc.querySelector('.branding-userProfile-button'), 'title'));
  },
  channel: () => 'email',
});
