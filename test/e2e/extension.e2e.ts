/**
 * The extension itself in real Chromium: it loads, its content script is injected on a helpdesk host by the
 * manifest's own match pattern (the fixture server answers for fixtures.zendesk.com over plain http: that
 * host is not HSTS-preloaded), and it answers the popup's runtime message before any editor is focused.
 */
import { expect, it } from 'vitest';
import {
  FIXTURE_HOST,
  fixtureUrl,
  getState,
  openFixture,
  useEnvironment,
} from './harness';

const env = useEnvironment();

it('loads as an unpacked extension with a background service worker', () => {
  expect(env().browser.extensionId).toMatch(/^[a-p]{32}$/);
});

it(`serves the fixtures as http://${FIXTURE_HOST} (no HTTPS upgrade)`, async () => {
  const { browser, server } = env();
  const page = await openFixture(browser.context, server.port, 'contenteditable');
  expect(page.url()).toBe(fixtureUrl(server.port, 'contenteditable'));
  await page.close();
});

it('answers warmline:get-state on a helpdesk page before any editor is focused', async () => {
  const { browser, server } = env();
  const page = await openFixture(browser.context, server.port, 'contenteditable');
  try {
    await expect
      .poll(() => getState(browser.context, browser.extensionId).catch((error: Error) => error.message), {
        timeout: 8_000,
        interval: 200,
        message: 'the content script’s answer to warmline:get-state',
      })
      .toEqual({ findings: [], editor: false });
  } finally {
    await page.close();
  }
});
