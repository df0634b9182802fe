/**
 * Settings in extension storage: read (migrated, validated, merged with enterprise policy), saved within
 * storage.sync's quota, and watched. Invalid stored data never reaches the engine and is never lost: what is
 * valid is kept, the raw value is kept aside in local 'settings-backup', and the problem is reported.
 *
 * Layout (see quota.ts): sync 'settings' (+ 'settings.<i>' chunks), local 'settings-overflow' for what does
 * not fit in sync, local 'settings-backup' for bad values, storage.managed for the policy.
 */
import { browser } from 'wxt/browser';
import { applyPolicy, parsePolicy, type Locks, type ManagedPolicy } from './managed';
import { BACKUP_KEY, CHUNK_PREFIX, chunkKey, isManifest, joinChunks, OVERFLOW_KEY, planStorage, SETTINGS_KEY, type Overflow } from './quota';
import { salvageSettings } from './salvage';
import { CustomRuleSchema, DEFAULT_SETTINGS, normalize, parseSettings, type CustomRule, type Settings } from './schema';
import * as v from 'valibot';

export type SettingsProblem = (message: string) => void;

/** Where the user's settings live now, and the note to show when it is not simply storage.sync. */
export interface StorageInfo {
  where: 'sync' | 'sync+local' | 'local';
  note?: string;
}

export interface SettingsState {
  /** The team lead's own settings: what the options page edits and exports. */
  user: Settings;
  /** What the engine uses: the policy over the user's settings. */
  effective: Settings;
  policy: ManagedPolicy | undefined;
  locks: Locks;
  storage: StorageInfo;
  /** Problems with stored data or the policy, in words; empty when all is well. */
  problems: string[];
  /** Set when the stored settings were written by an older version and migrated on read. */
  migratedFrom?: number;
  /** False while sync storage holds a half-synced value: the last good settings stay in force. */
  complete: boolean;
}

export interface Backup {
  savedAt: string;
  errors: string[];
  raw: unknown;
}

const MAX_BACKUPS = 5;

/**
 * The last policy read (storage.local): Chrome's first `storage.managed` read after the browser starts waits for
 * its policy service, measured at about 2 s, and the first findings must not wait for it.
 */
export const MANAGED_CACHE_KEY = 'managed-policy-cache';
/** How long a read waits for the live policy before it uses the cached one. */
export const MANAGED_WAIT_MS = 100;

async function readLiveManaged(): Promise<unknown> {
  try {
    // Firefox throws when no policy is installed; Chrome returns {}.
    return await browser.storage.managed.get(null);
  } catch {
    return {};
  }
}

/**
 * The policy: the live one when it answers within MANAGED_WAIT_MS, else the cached one (none before the very
 * first read). A live answer that differs from the cache replaces it, and that change to storage.local makes
 * every watcher read the settings again, so a late policy is in force a moment later, never lost.
 */
async function readManaged(): Promise<ManagedPolicy | undefined> {
  const live = readLiveManaged();
  const cached = browser.storage.local.get(MANAGED_CACHE_KEY).then((got) => got[MANAGED_CACHE_KEY], () => undefined);
  void Promise.all([live, cached]).then(([raw, old]) => {
    if (JSON.stringify(raw) !== JSON.stringify(old)) return browser.storage.local.set({ [MANAGED_CACHE_KEY]: raw });
  }).catch(() => undefined);
  const timeout = new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), MANAGED_WAIT_MS));
  const first = await Promise.race([live, timeout]);
  return parsePolicy(first === 'slow' ? await cached : first);
}

async function readBackups(): Promise<Backup[]> {
  const got = (await browser.storage.local.get(BACKUP_KEY))[BACKUP_KEY];
  return Array.isArray(got) ? (got as Backup[]) : [];
}

/** Keeps a bad stored value aside (once per distinct value, newest first, at most five). */
async function keepAside(raw: unknown, errors: string[]): Promise<void> {
  const backups = await readBackups();
  const json = JSON.stringify(raw);
  if (backups.some((b) => JSON.stringify(b.raw) === json)) return;
  const next: Backup[] = [{ savedAt: new Date().toISOString(), errors, raw }, ...backups].slice(0, MAX_BACKUPS);
  await browser.storage.local.set({ [BACKUP_KEY]: next });
}

export async function getBackups(): Promise<Backup[]> {
  return readBackups();
}

function parseOverflow(raw: unknown): { overflow: Overflow | undefined; problems: string[] } {
  if (typeof raw !== 'object' || raw === null) return { overflow: undefined, problems: [] };
  const o = raw as Record<string, unknown>;
  const reason = typeof o.reason === 'string' ? o.reason : 'The settings did not fit in sync storage.';
  if (o.kind === 'all') {
    const s = salvageSettings(o.settings);
    return { overflow: { kind: 'all', settings: s.settings, reason }, problems: s.problems.map((p) => `settings kept on this device: ${p}`) };
  }
  if (o.kind === 'customRules' && Array.isArray(o.customRules)) {
    const rules: CustomRule[] = [];
    const problems: string[] = [];
    o.customRules.forEach((r, i) => {
      const p = v.safeParse(CustomRuleSchema, r);
      if (p.success) rules.push(p.output);
      else problems.push(`custom rule ${i + 1} kept on this device is invalid and was left out: ${p.issues[0]?.message ?? 'invalid'}`);
    });
    return { overflow: { kind: 'customRules', customRules: rules, reason }, problems };
  }
  return { overflow: undefined, problems: [] };
}

interface UserRead {
  user: Settings;
  storage: StorageInfo;
  problems: string[];
  migratedFrom?: number;
  complete: boolean;
}

async function readUser(): Promise<UserRead> {
  const local = await browser.storage.local.get(OVERFLOW_KEY);
  const { overflow, problems: overflowProblems } = parseOverflow(local[OVERFLOW_KEY]);
  if (overflow?.kind === 'all') {
    return { user: overflow.settings, storage: { where: 'local', note: `${overflow.reason} They are saved in this browser only (storage.local) and do not sync to your other browsers.` }, problems: overflowProblems, complete: true };
  }

  const sync = await browser.storage.sync.get(SETTINGS_KEY);
  let raw: unknown = sync[SETTINGS_KEY];
  const problems = [...overflowProblems];
  let complete = true;
  if (isManifest(raw)) {
    const keys = Array.from({ length: raw.$chunks }, (_, i) => chunkKey(i));
    const joined = joinChunks(raw, await browser.storage.sync.get(keys));
    if (joined.ok) raw = joined.value;
    else {
      // Chunks still arriving from another device: nothing is lost, the next change completes it.
      problems.push(`Settings are not readable yet: ${joined.error}. Defaults apply until sync completes.`);
      raw = undefined;
      complete = false;
    }
  } else if (typeof raw === 'object' && raw !== null && (raw as { $storedIn?: unknown }).$storedIn === 'local') {
    problems.push('Settings were saved on another device in its local storage only (too large for sync); this browser uses its own.');
    raw = undefined;
  }

  let user: Settings = DEFAULT_SETTINGS;
  let migratedFrom: number | undefined;
  if (raw !== undefined) {
    const s = salvageSettings(raw);
    user = s.settings;
    migratedFrom = s.migratedFrom;
    if (s.problems.length) {
      await keepAside(raw, s.problems);
      problems.push(
        `The stored settings had errors (${s.problems.join('; ')}). What was valid is in use; the stored value was kept aside unchanged (local 'settings-backup') and is replaced when you next save.`,
      );
    }
  }

  let storage: StorageInfo = { where: 'sync' };
  if (overflow?.kind === 'customRules' && overflow.customRules.length) {
    const n = normalize(user);
    const have = new Set(n.customRules.map((r) => r.id));
    const extra = overflow.customRules.filter((r) => !have.has(r.id));
    user = { ...n, customRules: [...n.customRules, ...extra] };
    storage = { where: 'sync+local', note: `${overflow.reason} They do not sync to your other browsers; remove or shorten custom rules to bring them back into sync.` };
  }
  return { user: normalize(user), storage, problems, migratedFrom, complete };
}

export async function loadSettingsState(): Promise<SettingsState> {
  const [read, policy] = await Promise.all([readUser(), readManaged()]);
  const { settings: effective, locks } = applyPolicy(read.user, policy);
  const problems = [...read.problems];
  if (policy?.problems.length) problems.push(`Your organisation's policy has errors; those parts are ignored: ${policy.problems.join('; ')}`);
  return {
    user: read.user,
    effective,
    policy,
    locks,
    storage: read.storage,
    problems,
    complete: read.complete,
    ...(read.migratedFrom ? { migratedFrom: read.migratedFrom } : {}),
  };
}

/** The settings in force (policy over user), for the engine. Problems are reported, never thrown. */
export async function getSettings(onProblem?: SettingsProblem): Promise<Settings> {
  try {
    const state = await loadSettingsState();
    for (const p of state.problems) onProblem?.(p);
    return state.effective;
  } catch (e) {
    onProblem?.(`Settings could not be read (${(e as Error).message}); using defaults.`);
    return DEFAULT_SETTINGS;
  }
}

export class SettingsSaveError extends Error {
  constructor(readonly errors: string[]) {
    super(`Settings not saved: ${errors.join('; ')}`);
  }
}

async function staleChunkKeys(keep: number): Promise<string[]> {
  const all = await browser.storage.sync.get(null);
  return Object.keys(all).filter((k) => k.startsWith(CHUNK_PREFIX) && Number(k.slice(CHUNK_PREFIX.length)) >= keep);
}

/**
 * Validates and saves the user's settings. Everything goes to storage.sync when it fits; what does not fit
 * (or everything, when sync refuses the write) goes to storage.local, and the result says so.
 * Throws SettingsSaveError (naming what is wrong) and writes nothing when the settings are invalid.
 */
export async function saveSettings(settings: Settings): Promise<StorageInfo> {
  const r = parseSettings(settings);
  if (!r.ok) throw new SettingsSaveError(r.errors);
  const clean = normalize(r.settings);
  const plan = planStorage(clean);
  try {
    await browser.storage.sync.set(plan.sync);
  } catch (e) {
    const reason = `Sync storage refused the settings (${(e as Error).message}).`;
    await browser.storage.local.set({ [OVERFLOW_KEY]: { kind: 'all', settings: clean, reason } satisfies Overflow });
    return { where: 'local', note: `${reason} They are saved in this browser only (storage.local) and do not sync to your other browsers.` };
  }
  const stale = await staleChunkKeys(plan.chunks);
  if (stale.length) await browser.storage.sync.remove(stale);
  if (plan.overflow) {
    await browser.storage.local.set({ [OVERFLOW_KEY]: plan.overflow });
    return plan.overflow.kind === 'all'
      ? { where: 'local', note: `${plan.overflow.reason} They are saved in this browser only (storage.local) and do not sync to your other browsers.` }
      : { where: 'sync+local', note: `${plan.overflow.reason} They do not sync to your other browsers.` };
  }
  if ((await browser.storage.local.get(OVERFLOW_KEY))[OVERFLOW_KEY] !== undefined) await browser.storage.local.remove(OVERFLOW_KEY);
  return { where: 'sync' };
}

/** Reads, changes and saves the user's settings (not the policy's). */
export async function updateSettings(change: (s: Settings) => Settings): Promise<StorageInfo> {
  const { user } = await loadSettingsState();
  return saveSettings(change(user));
}

const relevant = (changes: Record<string, unknown>, area: string) =>
  area === 'managed' ||
  (area === 'sync' && Object.keys(changes).some((k) => k === SETTINGS_KEY || k.startsWith(CHUNK_PREFIX))) ||
  (area === 'local' && (OVERFLOW_KEY in changes || MANAGED_CACHE_KEY in changes));

/**
 * Calls `cb` with the full settings state whenever the user's settings or the policy change. Half-synced
 * values are skipped (the last good state stays). Returns the function that stops watching.
 */
export function watchSettingsState(cb: (s: SettingsState) => void): () => void {
  let seq = 0;
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (!relevant(changes, area)) return;
    const mine = ++seq;
    void loadSettingsState().then(
      (state) => {
        if (!stopped && mine === seq && state.complete) cb(state);
      },
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

/**
 * Calls `cb` with the settings in force (policy over user, validated) whenever they change; returns the
 * function that stops watching. Problems go to `onProblem`; a change that leaves the settings as they were
 * (e.g. removing stale chunks) does not call `cb`.
 */
export function watchSettings(cb: (s: Settings) => void, onProblem?: SettingsProblem): () => void {
  let last: string | undefined;
  return watchSettingsState((state) => {
    for (const p of state.problems) onProblem?.(p);
    const json = JSON.stringify(state.effective);
    if (json === last) return;
    last = json;
    cb(state.effective);
  });
}

