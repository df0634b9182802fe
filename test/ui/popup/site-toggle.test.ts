// The module the popup writes and the content script reads (src/settings/site-toggle.ts).
import { fakeBrowser } from '../../background/use-fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import {
  getPausedUntil,
  getSiteState,
  isCoachingActive,
  isSiteEnabled,
  PAUSE_MS,
  pauseFor,
  resume,
  setSiteEnabled,
  siteEnabledIn,
  siteStateIn,
  siteKey,
  watchCoaching,
} from '../../../src/settings/site-toggle';

beforeEach(() => fakeBrowser.reset());

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('site toggle', () => {
  it.each([
    ['https://Acme.Zendesk.com/agent/tickets/1', 'acme.zendesk.com'],
    ['http://localhost:8080/x', 'localhost'],
    ['chrome://extensions', undefined],
    ['about:blank', undefined],
    [undefined, undefined],
    ['not a url', undefined],
  ])('siteKey(%s) = %s', (url, key) => expect(siteKey(url)).toBe(key));

  it('looks a host up: exact host with port, hostname, then the most specific *.domain', () => {
    const enabled = { '*.zendesk.com': false, '*.eu.zendesk.com': true, 'acme.zendesk.com': true, 'dev.local:8080': false };
    expect(siteEnabledIn(enabled, 'acme.zendesk.com')).toBe(true);
    expect(siteEnabledIn(enabled, 'beta.zendesk.com')).toBe(false);
    expect(siteEnabledIn(enabled, 'zendesk.com')).toBe(false);
    expect(siteEnabledIn(enabled, 'x.eu.zendesk.com')).toBe(true);
    expect(siteEnabledIn(enabled, 'dev.local:8080')).toBe(false);
    expect(siteEnabledIn(enabled, 'dev.local')).toBe(true);
    expect(siteEnabledIn(enabled, 'notzendesk.com')).toBe(true);
    expect(siteEnabledIn(undefined, 'acme.zendesk.com')).toBe(true);
  });

  it("lets a locked (policy) entry win over the agent's own, however specific", () => {
    const enabled = { '*.zendesk.com': false, 'acme.zendesk.com': true, 'beta.zendesk.com': true };
    const locks = new Set(['sites.enabled.*.zendesk.com']);
    expect(siteStateIn(enabled, 'acme.zendesk.com', locks)).toEqual({ enabled: false, locked: true });
    expect(siteStateIn(enabled, 'acme.zendesk.com')).toEqual({ enabled: true, locked: false });
    expect(siteStateIn(enabled, 'example.com', locks)).toEqual({ enabled: true, locked: false });
  });

  it('refuses to change a site the policy sets, and writes nothing', async () => {
    await fakeBrowser.storage.managed.set({ sites: { enabled: { 'acme.zendesk.com': true } } });
    await expect(setSiteEnabled('acme.zendesk.com', false)).rejects.toThrow(/policy/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await getSiteState('acme.zendesk.com')).toEqual({ enabled: true, locked: true });
  });

  it('writes the site into the settings and keeps the rest of them', async () => {
    const settings = { ...DEFAULT_SETTINGS, name: 'Team pack', rules: { deflection: { level: 'hint' as const } } };
    await fakeBrowser.storage.sync.set({ settings });
    await setSiteEnabled('Acme.Zendesk.com', false);
    expect(await isSiteEnabled('acme.zendesk.com')).toBe(false);
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings;
    expect(stored).toMatchObject({ name: 'Team pack', rules: { deflection: { level: 'hint' } }, sites: { enabled: { 'acme.zendesk.com': false } } });
    await setSiteEnabled('acme.zendesk.com', true);
    const after = (await fakeBrowser.storage.sync.get('settings')).settings as { sites: { enabled: object } };
    expect(after.sites.enabled).toEqual({});
  });

  it('pauses for an hour and resumes', async () => {
    const now = 1_800_000_000_000;
    expect(await pauseFor(undefined, now)).toBe(now + PAUSE_MS);
    expect(await getPausedUntil(now)).toBe(now + PAUSE_MS);
    expect(await getPausedUntil(now + PAUSE_MS)).toBe(0);
    expect(await isCoachingActive('acme.zendesk.com', now)).toBe(false);
    expect(await isCoachingActive('acme.zendesk.com', now + PAUSE_MS + 1)).toBe(true);
    await resume();
    expect(await isCoachingActive('acme.zendesk.com', now)).toBe(true);
  });

  it('treats a stored pause that is not a number as no pause', async () => {
    await fakeBrowser.storage.local.set({ pausedUntil: 'tomorrow' });
    expect(await getPausedUntil()).toBe(0);
  });

  it('tells the content script when coaching turns off and on, including when a pause runs out', async () => {
    const seen: boolean[] = [];
    const stop = watchCoaching('acme.zendesk.com', (active) => seen.push(active));
    await vi.waitFor(() => expect(seen).toEqual([true]));
    await setSiteEnabled('acme.zendesk.com', false);
    await vi.waitFor(() => expect(seen).toEqual([true, false]));
    await setSiteEnabled('acme.zendesk.com', true);
    await vi.waitFor(() => expect(seen).toEqual([true, false, true]));
    // A short pause, so its end comes during the test (one timer, no polling).
    await pauseFor(150);
    await vi.waitFor(() => expect(seen).toEqual([true, false, true, false]));
    await vi.waitFor(() => expect(seen).toEqual([true, false, true, false, true]), { timeout: 2000 });
    stop();
    await setSiteEnabled('acme.zendesk.com', false);
    await flush();
    expect(seen).toHaveLength(5);
  });

  it('leaves no timer behind when stopped during a pause', async () => {
    await pauseFor(100);
    const seen: boolean[] = [];
    const stop = watchCoaching('acme.zendesk.com', (active) => seen.push(active));
    await vi.waitFor(() => expect(seen).toEqual([false]));
    stop();
    await new Promise((r) => setTimeout(r, 250));
    expect(seen).toEqual([false]);
  });
});
