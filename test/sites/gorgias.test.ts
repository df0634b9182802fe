// @vitest-environment happy-dom
import gorgias from '../../src/sites/gorgias';
import { byFixture, checkSite } from './check';

checkSite({
  site: gorgias,
  host: 'acme.gorgias.com',
  channel: 'email',
  // Choosing "Internal note" as the message type: the reply area's one Draft.js editor writes a note.
  toNote() {
    document.querySelector('[data-reply-area]')!.setAttribute('data-message-type', 'internal-note');
    return byFixture('reply')!;
  },
});
