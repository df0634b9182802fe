/**
 * Salesforce Service Cloud, Lightning Experience (`<my-domain>.lightning.force.com/lightning/r/Case/<id>/view`).
 *
 * Where the selectors come from: the case feed's Email action writes the body in CKEditor 4 inside an iframe
 * (CKEditor 4's documented DOM: `iframe.cke_wysiwyg_frame` whose `body` is the editable; Salesforce's rich text
 * areas use CKEditor, per Salesforce and CKEditor documentation). The publisher's other tabs — Post (Chatter,
 * seen by colleagues only) and Log a Call — are internal; Chatter's "Share an update" box is a Quill editor
 * (`div.ql-editor[contenteditable="true"]`) and feed items are `article.cuf-feedElement.cuf-feedItem` with
 * `data-id` and `data-type` (public Selenium/Playwright page objects for Lightning on GitHub, found with the code
 * search); an e-mail's feed item type is `EmailMessageEvent` (Salesforce's Chatter feed item types). The
 * direction attribute, the e-mail body, the publisher's tab markup and the names are informed guesses.
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

/** Inbound e-mails among the case feed's items (the direction attribute is an informed guess). */
const INBOUND = 'article.cuf-feedItem[data-type="EmailMessageEvent"][data-message-direction="inbound"]';

export default defineSite({
  id: 'salesforce',
  matches: ['*://*.lightning.force.com/*'],
  // A case feed item, or the publisher (informed guess: `cuf-publisher`).
  marker: 'article.cuf-feedItem, .cuf-publisher',
  // The publisher's other editors: Chatter's Quill box and the call log's text area (internal).
  editor: '.cuf-publisher .ql-editor[contenteditable="true"], .cuf-publisher textarea',
  // The Email action's CKEditor 4 iframe, in the publisher.
  editorFrame: '.cuf-publisher iframe.cke_wysiwyg_frame',
  // Only the Email tab writes to the customer; Post and Log a Call are internal.
  isInternalNote: (editor) => !hostOf(editor).closest('[data-publisher-tab="email"]'),
  customerMessage(doc) {
    // The e-mail body of an inbound e-mail item (informed guess: `cuf-emailBody`). The feed lists the newest activity first
    // (Lightning's default sort): the first inbound e-mail is the latest.
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
  // The Email action is the only public answer in the publisher.
  channel: () => 'email',
});
