// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import zendesk from '../../src/sites/zendesk';
import { byFixture, checkSite, loadFixture } from './check';

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

describe('zendesk: several open ticket tabs', () => {
  it("reads the customer of the ticket shown, not a hidden tab's", () => {
    loadFixture('zendesk');
    const main = document.querySelector('main')!;
    const other = main.cloneNode(true) as HTMLElement;
    other.querySelector('[data-fixture="latest-customer"]')!.textContent = 'Where is my invoice?';
    other.querySelectorAll('[data-test-id="omni-log-comment-user-link"]').forEach((a) => (a.textContent = 'Lee Park'));
    main.after(other); // the hidden tab comes last in the page
    // Only the shown pane has a layout box.
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
      return (main.contains(this) ? [new DOMRect(0, 0, 10, 10)] : []) as unknown as DOMRectList;
    });
    expect(zendesk.customerMessage(document)).toMatch(/^My order arrived broken/);
    expect(zendesk.customerName?.(document)).toBe('Dana');
    vi.restoreAllMocks();
  });
});
