// @vitest-environment happy-dom
import hubspot from '../../src/sites/hubspot';
import { byFixture, checkSite } from './check';

checkSite({
  site: hubspot,
  host: 'app.hubspot.com',
  channel: 'email',
  // The page opens on the Email tab (#email, as HubSpot keeps it in the URL).
  prepare: () => (location.hash = '#email'),
  // The Comment tab turns the composer's one editor into an internal comment, and the hash into #comment.
  toNote() {
    location.hash = '#comment';
    document.querySelector('[role="tab"][data-tab="email"]')!.setAttribute('aria-selected', 'false');
    document.querySelector('[role="tab"][data-tab="comment"]')!.setAttribute('aria-selected', 'true');
    return byFixture('reply')!;
  },
});
