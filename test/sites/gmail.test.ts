// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { coachesEditor } from '../../src/content/site';
import gmail from '../../src/sites/gmail';
import { byFixture, checkSite, loadFixture } from './check';

// Gmail has no internal notes: a second compose window is another public reply.
describe('gmail: no internal notes', () => {
  it('coaches every compose body', () => {
    loadFixture('gmail');
    const reply = byFixture('reply')!;
    expect(gmail.isInternalNote?.(reply)).toBe(false);
    expect(coachesEditor(gmail, reply, {})).toBe(true);
  });
  it('reads the customer from the sender who is not the signed-in account', () => {
    loadFixture('gmail');
    document.querySelector('a[aria-label^="Google Account:"]')!.setAttribute('aria-label', 'Google Account: Dana Whitfield\n(dana.whitfield@example.net)');
    expect(gmail.customerMessage(document)).toBe('Thanks Dana, it ships tomorrow.');
    expect(gmail.customerName?.(document)).toBe('Sam');
  });
});

checkSite({ site: gmail, host: 'mail.google.com', channel: 'email' });
