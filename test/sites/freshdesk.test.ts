// @vitest-environment happy-dom
import freshdesk from '../../src/sites/freshdesk';
import { byFixture, checkSite } from './check';

checkSite({
  site: freshdesk,
  host: 'acme.freshdesk.com',
  channel: 'email',
  // "Add note" opens the note editor.
  toNote() {
    document.querySelector<HTMLElement>('[data-test-id="note-editor"]')!.hidden = false;
    return byFixture('note')!;
  },
});
