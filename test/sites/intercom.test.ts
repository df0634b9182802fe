// @vitest-environment happy-dom
import intercom from '../../src/sites/intercom';
import { byFixture, checkSite } from './check';

checkSite({
  site: intercom,
  host: 'app.intercom.com',
  channel: 'chat',
  // The Note tab: the tab is selected and the composer turns yellow (`o__note`); the editor stays the same.
  toNote() {
    document.querySelector('[data-intercom-target="reply-tab"]')!.classList.remove('o__selected');
    document.querySelector('[data-intercom-target="note-tab"]')!.classList.add('o__selected');
    document.querySelector('.conversation__text')!.classList.add('o__note');
    return byFixture('reply')!;
  },
});
