import { fakeBrowser } from './use-fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockKey } from '../../src/settings/managed';
import { BACKUP_KEY, OVERFLOW_KEY } from '../../src/settings/quota';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import { getBackups, getSettings, loadSettingsState, saveSettings, SettingsSaveError, updateSettings, watchSettings } from '../../src/settings/store';
import { goodPack, withRules } from './packs';

const sync = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;
const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('settings store', () => {
  it('reads defaults when nothing is stored', async () => {
    const state = await loadSettingsState();
    expect(state.user).toEqual(DEFAULT_SETTINGS);
    expect(state.problems).toEqual([]);
    expect(state.storage).toEqual({ where: 'sync' });
  });

  it('saves to storage.sync and reads back the same settings', async () => {
    expect(await saveSettings(goodPack)).toEqual({ where: 'sync' });
    expect((await sync()).settings).toEqual(goodPack);
    expect(await getSettings()).toEqual(goodPack);
  });

  it('refuses invalid settings, naming the problem, and writes nothing', async () => {
    await saveSettings(goodPack);
    const bad = { ...goodPack, rules: { deflection: { level: 'loud' } } } as unknown as Settings;
    await expect(saveSettings(bad)).rejects.toThrow(SettingsSaveError);
    await expect(saveSettings(bad)).rejects.toThrow(/rules\.deflection\.level/);
    expect((await sync()).settings).toEqual(goodPack);
  });

  it('splits large settings over several sync items and reads them back whole', async () => {
    const big = withRules(12);
    expect(await saveSettings(big)).toEqual({ where: 'sync' });
    const items = await sync();
    expect(Object.keys(items).filter((k) => k.startsWith('settings.')).length).toBeGreaterThan(1);
    expect((await loadSettingsState()).user).toEqual(big);
  });

  it('removes stale chunks when settings shrink', async () => {
    await saveSettings(withRules(12));
    await saveSettings(goodPack);
    expect(Object.keys(await sync())).toEqual(['settings']);
    expect((await loadSettingsState()).user).toEqual(goodPack);
  });

  it('keeps what does not fit in sync in storage.local, never dropping it, and says so', async () => {
    const huge = withRules(100);
    const info = await saveSettings(huge);
    expect(info.where).toBe('sync+local');
    expect(info.note).toMatch(/custom rules did not fit in sync storage .* saved on this device only/);
    expect((await local())[OVERFLOW_KEY]).toMatchObject({ kind: 'customRules' });
    const state = await loadSettingsState();
    expect(state.user.customRules).toEqual(huge.customRules);
    expect(state.storage.where).toBe('sync+local');
    expect(state.storage.note).toMatch(/do not sync to your other browsers/);
    // Back under the quota: the overflow goes away.
    await saveSettings(goodPack);
    expect((await local())[OVERFLOW_KEY]).toBeUndefined();
    expect((await loadSettingsState()).storage).toEqual({ where: 'sync' });
  });

  it('saves to storage.local when sync refuses the write (quota), with a note', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const info = await saveSettings(goodPack);
    expect(info.where).toBe('local');
    expect(info.note).toContain('QUOTA_BYTES quota exceeded');
    const state = await loadSettingsState();
    expect(state.user).toEqual(goodPack);
    expect(state.storage.where).toBe('local');
  });

  it('migrates stored version 1 settings on read, keeping every setting', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, rules: { 'missing-thanks': { level: 'hint', phrases: { thanks: { add: ['ta'] } } } } } });
    const state = await loadSettingsState();
    expect(state.migratedFrom).toBe(1);
    expect(state.problems).toEqual([]);
    expect(state.user).toEqual({ version: 2, rules: { 'missing-thanks': { level: 'hint', phrases: { thanks: { add: ['ta'] } } } }, customRules: [], sites: { enabled: {}, customDomains: [] } });
  });

  it('never crashes on bad stored data: keeps what is valid, keeps the raw value aside, explains', async () => {
    const raw = { version: 2, rules: { deflection: { level: 'loud' }, 'missing-thanks': { level: 'hint' } }, customRules: 'oops' };
    await fakeBrowser.storage.sync.set({ settings: raw });
    const problems: string[] = [];
    const s = await getSettings((p) => problems.push(p));
    expect(s.rules).toEqual({ 'missing-thanks': { level: 'hint' } });
    expect(problems.join('\n')).toMatch(/stored settings had errors .*rules\.deflection\.level.* kept aside/);
    const backups = await getBackups();
    expect(backups).toHaveLength(1);
    expect(backups[0]!.raw).toEqual(raw);
    // Reading again does not pile up copies; the stored value itself is untouched until the next save.
    await getSettings();
    expect((await local())[BACKUP_KEY]).toHaveLength(1);
    expect((await sync()).settings).toEqual(raw);
  });

  it.each([['text', 'garbage'], ['a newer version', { version: 9, rules: {} }], ['an array', [1, 2]]])('survives %s in storage', async (_w, raw) => {
    await fakeBrowser.storage.sync.set({ settings: raw });
    const state = await loadSettingsState();
    expect(state.user).toEqual(DEFAULT_SETTINGS);
    expect(state.problems).toHaveLength(1);
    expect((await getBackups())[0]!.raw).toEqual(raw);
  });

  it('waits for missing chunks instead of treating half-synced data as bad', async () => {
    await fakeBrowser.storage.sync.set({ settings: { $chunks: 2, $length: 100 }, 'settings.0': '{"version":2,' });
    const state = await loadSettingsState();
    expect(state.complete).toBe(false);
    expect(state.problems[0]).toMatch(/missing part 2 of 2/);
    expect(await getBackups()).toEqual([]);
  });

  it('merges the managed policy over user settings and locks what it sets', async () => {
    await saveSettings(goodPack);
    await fakeBrowser.storage.managed.set({ rules: { deflection: { level: 'warning' } } });
    const state = await loadSettingsState();
    expect(state.user.rules!.deflection).toEqual({ level: 'off' });
    expect(state.effective.rules!.deflection).toEqual({ level: 'warning' });
    expect(state.locks.has(lockKey.level('deflection'))).toBe(true);
    expect((await getSettings()).rules!.deflection!.level).toBe('warning');
  });

  it('treats a browser without managed storage as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect((await loadSettingsState()).policy).toBeUndefined();
  });

  it('updateSettings changes the user settings only', async () => {
    await fakeBrowser.storage.managed.set({ rules: { deflection: { level: 'warning' } } });
    await updateSettings((s) => ({ ...s, name: 'Renamed' }));
    expect((await sync()).settings).toEqual({ ...DEFAULT_SETTINGS, name: 'Renamed' });
  });
});

describe('watchSettings', () => {
  it('calls back with the settings in force when they are saved, and stops when asked', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings(goodPack);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual(goodPack);
    await fakeBrowser.storage.managed.set({ rules: { deflection: { level: 'hint' } } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]!.rules!.deflection!.level).toBe('hint');
    stop();
    await saveSettings(DEFAULT_SETTINGS);
    await flush();
    expect(seen).toHaveLength(2);
  });

  it('ignores unrelated storage changes and changes that leave the settings as they were', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.sync.set({ siteToggles: { 'a.example': false } });
    await saveSettings(withRules(12));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await saveSettings(withRules(12));
    await flush();
    await flush();
    expect(seen).toHaveLength(1);
    stop();
  });

  it('reports problems through onProblem and still calls back with usable settings', async () => {
    const seen: Settings[] = [];
    const problems: string[] = [];
    const stop = watchSettings((s) => seen.push(s), (p) => problems.push(p));
    await fakeBrowser.storage.sync.set({ settings: { version: 2, rules: { deflection: { level: 'loud' } } } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.rules).toEqual({});
    expect(problems[0]).toMatch(/rules\.deflection\.level/);
    stop();
  });
});
