import { fakeBrowser } from './use-fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSettings, MANAGED_CACHE_KEY, MANAGED_WAIT_MS, watchSettings } from '../../src/settings/store';
import type { Settings } from '../../src/settings/schema';

const POLICY = { rules: { deflection: { level: 'hint' } } };

/** `storage.managed.get` answering only after `ms`, as Chrome's does right after the browser starts. */
function slowManaged(ms: number) {
  const real = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(((keys: unknown) =>
    new Promise((resolve) => setTimeout(() => resolve(real(keys as null)), ms))) as typeof fakeBrowser.storage.managed.get);
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('a slow policy read at browser start', () => {
  it('uses the cached policy instead of waiting, and keeps the cache current', async () => {
    await fakeBrowser.storage.managed.set(POLICY);
    await getSettings(); // a quick read fills the cache
    expect((await fakeBrowser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]).toEqual(POLICY);
    slowManaged(2_000);
    const started = Date.now();
    const settings = await getSettings();
    expect(Date.now() - started).toBeLessThan(MANAGED_WAIT_MS + 500);
    expect(settings.rules?.deflection?.level).toBe('hint');
  });

  it('with no cache yet, starts without a policy and puts the policy in force as soon as it answers', async () => {
    await fakeBrowser.storage.managed.set(POLICY);
    slowManaged(300);
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    const first = await getSettings();
    expect(first.rules?.deflection).toBeUndefined();
    await vi.waitFor(() => expect(seen.at(-1)?.rules?.deflection?.level).toBe('hint'), { timeout: 3_000 });
    stop();
  });
});
