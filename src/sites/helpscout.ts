/**
 * Help Scout (`secure.helpscout.net/conversation/<id>/<number>`).
 *
 * Where the selectors come from: Help Scout's reply editor is Redactor — a public support-copilot extension on
 * GitHub (caesarHQ/cx-copilot, found with the code search) selects the reply box by Redactor's classes
 * `redactor_redactor redactor_editor` and the reply action by `navReply`. Reply and Note open separate editors
 * (Help Scout's docs: "Add a note" opens a yellow note editor). A customer's thread is
 * `article.thread.customer` (id `thread-<id>`) with its text in `section.js-thread-content … section.messageBody`,
 * as a public Help Scout extension selects it (trentslutzky/helpscout-thread-hider). The `#replyForm` /
 * `#noteForm` wrappers, staff threads' classes and the name elements are informed guesses.
 */
import { defineSite, firstName, lastOf, nameOf, textOf } from './define';

export default defineSite({
  id: 'helpscout',
  matches: ['*://secure.helpscout.net/*'],
  // A thread of the conversation, or a Redactor editor of the conversation page.
  marker: 'article.thread, .redactor_editor',
  // Redactor's editable (class names from cx-copilot's selectors), reply and note alike.
  editor: '.redactor_editor[contenteditable="true"], .redactor-editor[contenteditable="true"]',
  // The note editor sits in the note form (informed guess: `#noteForm`, or a composer marked `is-note`).
  isInternalNote: (editor) => !!editor.closest('#noteForm, .is-note'),
  customerMessage(doc) {
    // The customer's latest thread, its message body (the thread hider's selectors).
    return textOf(lastOf(doc, 'article.thread.customer')?.querySelector('section.js-thread-content section.messageBody'));
  },
  customerName(doc) {
    // The customer's name in the conversation's customer sidebar (informed guess).
    return firstName(nameOf(doc.querySelector('#customerProfile .c-customer-name, .customer-name')));
  },
  agentName(doc) {
    // The signed-in user's name in the account menu (informed guess).
    return firstName(nameOf(doc.querySelector('#accountMenu [data-user-name]'), 'data-user-name'));
  },
  // A Beacon chat thread in the list (informed guess) makes it a chat; mailboxes are e-mail otherwise.
  channel: (doc) => (doc.querySelector('article.thread.chat') ? 'chat' : 'email'),
});
