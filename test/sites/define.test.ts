import { describe, expect, it } from 'vitest';
import { firstName, hostPattern } from '../../src/sites/define';

describe('hostPattern', () => {
  it.each([
    ['*://*.zendesk.com/*', 'acme.zendesk.com', true],
    ['*://*.zendesk.com/*', 'zendesk.com', true],
    ['*://*.zendesk.com/*', 'a.b.zendesk.com', true],
    ['*://*.zendesk.com/*', 'zendesk.com.evil.example', false],
    ['*://*.zendesk.com/*', 'notzendesk.com', false],
    ['*://mail.google.com/*', 'mail.google.com', true],
    ['*://mail.google.com/*', 'MAIL.GOOGLE.COM', true],
    ['*://mail.google.com/*', 'xmail.google.com', false],
  ])('%s matches %s: %s', (pattern, host, expected) => {
    expect(hostPattern(pattern).test(host)).toBe(expected);
  });
});

describe('firstName', () => {
  it.each([
    ['Dana Whitfield', 'Dana'],
    ['  Dana   Whitfield ', 'Dana'],
    ['Whitfield, Dana', 'Dana'],
    ['Dr. Dana Whitfield', 'Dana'],
    ['Seo-yeon Park', 'Seo-yeon'],
    ['José Álvarez', 'José'],
    ['dana.whitfield@example.net', undefined],
    ['', undefined],
    [undefined, undefined],
    ['123', undefined],
  ])('%j → %j', (full, expected) => {
    expect(firstName(full)).toBe(expected);
  });
});
