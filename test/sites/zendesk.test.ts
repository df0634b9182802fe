// @vitest-environment happy-dom
import zendesk from '../../src/sites/zendesk';
import { byFixture, checkSite } from './check';

checkSite({
  site: zendesk,
  host: 'acme.zendesk.com',
  channel: 'email',
  // The channel switcher's menu item "Internal note" relabels the switcher; the editor stays the same.
  toNote() {
    document.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!.setAttribute('aria-label', 'Internal note');
    return byFixture('reply')!;
  },
});
