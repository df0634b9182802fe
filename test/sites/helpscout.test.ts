// @vitest-environment happy-dom
import helpscout from '../../src/sites/helpscout';
import { byFixture, checkSite } from './check';

checkSite({
  site: helpscout,
  host: 'secure.helpscout.net',
  channel: 'email',
  // "Note" shows the note form and its own editor.
  toNote() {
    document.getElementById('noteForm')!.hidden = false;
    return byFixture('note')!;
  },
});
