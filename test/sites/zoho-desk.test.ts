// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import zohoDesk from '../../src/sites/zoho-desk';
import { byFixture, checkSite } from './check';

checkSite({
  site: zohoDesk,
  host: 'desk.zoho.com',
  channel: 'email',
  // "Comment" opens the comment editor (private by default).
  toNote() {
    document.querySelector<HTMLElement>('[data-id="commentEditor"]')!.hidden = false;
    return byFixture('note')!;
  },
});

it('zoho-desk: matches the EU and India data centres too', () => {
  for (const hostname of ['desk.zoho.eu', 'desk.zoho.in']) expect(zohoDesk.matches({ hostname } as Location, document)).toBe(true);
});
