/**
 * Where coaching is on: turned off or on per site from the toolbar popup, and paused everywhere for a while.
 * Small on purpose, so the content script can import it without the options page.
 *
 *   settings → sites.enabled        { <domain>: boolean }   the settings' per-site switch (schema.ts, read and
 *                                                           saved through store.ts); a site is on unless an
 *                                                           entry says false. The popup writes the page's
 *                                                           hostname; a team lead or the policy may also write
 *                                                           `*.example.com` (that domain and its subdomains);
 *                                                           what the policy sets is locked.
 *   local:pausedUntil               number                  epoch milliseconds; coaching is paused everywhere
 *                                                           until then (local: a pause is about this machine, now)
 *
 * Content script: `const stop = watchCoaching(location.host, (active) => …); ctx.onInvalidated(stop);`
 * (called at once with the current state, then on every change, including the end of a pause), or a one-off
 * `await isCoachingActive(location.host)`.
 */
import { storage } from 'wxt/utils/storage';
import { lockKey } from './managed';
import { normalize } from './schema';
import { loadSettingsState, saveSettings, watchSettingsState } from './store';

export const PAUSED_UNTIL_KEY = 'local:pausedUntil' as const;
export const PAUSE_MS = 60 * 60 * 1000;

const pausedItem = storage.defineItem<unknown>(PAUSED_UNTIL_KEY, { fallback: 0 });

/** The key for a site: the page's hostname, lower case; undefined for pages that are not http(s). */
export function siteKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeHost(u.hostname) : undefined;
  } catch {
    return undefined;
  }
}

function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

export interface SiteState {
  /** Whether Warmline coaches on the site. */
  enabled: boolean;
  /** Set by the organisation's policy (storage.managed): the agent cannot change it. */
  locked: boolean;
}

/**
 * Whether `host` (a hostname, optionally with `:port`) is on in a `sites.enabled` map: the exact host with its
 * port, then the exact hostname, then the most specific `*.domain` entry covering it; on when none says.
 * An entry the policy locks (`locks` has `sites.enabled.<key>`) wins over the agent's own entries.
 */
export function siteStateIn(
  enabled: Readonly<Record<string, boolean>> | undefined,
  host: string,
  locks: ReadonlySet<string> = new Set(),
): SiteState {
  const withPort = normalizeHost(host);
  const hostname = withPort.replace(/:\d+$/, '');
  const matches: { key: string; on: boolean; rank: number }[] = [];
  for (const [key, on] of Object.entries(enabled ?? {})) {
    if (key === withPort) matches.push({ key, on, rank: Infinity });
    else if (key === hostname) matches.push({ key, on, rank: Number.MAX_SAFE_INTEGER });
    else if (key.startsWith('*.')) {
      const domain = key.slice(2);
      if (hostname === domain || hostname.endsWith(`.${domain}`)) matches.push({ key, on, rank: domain.length });
    }
  }
  const best = (list: typeof matches) => list.reduce<(typeof matches)[number] | undefined>((a, b) => (!a || b.rank > a.rank ? b : a), undefined);
  const locked = best(matches.filter((m) => locks.has(lockKey.site(m.key))));
  if (locked) return { enabled: locked.on, locked: true };
  return { enabled: best(matches)?.on ?? true, locked: false };
}

/** `siteStateIn(…).enabled`, for callers that have only the settings in force. */
export function siteEnabledIn(enabled: Readonly<Record<string, boolean>> | undefined, host: string): boolean {
  return siteStateIn(enabled, host).enabled;
}

export async function getSiteState(host: string): Promise<SiteState> {
  const state = await loadSettingsState();
  return siteStateIn(state.effective.sites?.enabled, host, state.locks);
}

export async function isSiteEnabled(host: string): Promise<boolean> {
  return (await getSiteState(host)).enabled;
}

/**
 * Turns coaching on or off for one site (its hostname) in the agent's own settings. Turning a site back on
 * removes its entry, or writes `true` when a team's `*.domain` entry would keep it off. Throws, writing
 * nothing, when the policy locks the site or the settings are still arriving from sync.
 */
export async function setSiteEnabled(host: string, on: boolean): Promise<void> {
  const state = await loadSettingsState();
  if (!state.complete) throw new Error('The settings are still syncing; try again in a moment.');
  const withPort = normalizeHost(host);
  const hostname = withPort.replace(/:\d+$/, '');
  if (siteStateIn(state.effective.sites?.enabled, withPort, state.locks).locked)
    throw new Error(`Your organisation's policy sets coaching on ${hostname}.`);
  const user = normalize(state.user);
  const enabled = { ...user.sites.enabled };
  const inForce = { ...(state.effective.sites?.enabled ?? {}) };
  for (const key of [withPort, hostname]) {
    delete enabled[key];
    delete inForce[key];
  }
  if (siteStateIn(inForce, hostname, state.locks).enabled !== on) enabled[hostname] = on;
  await saveSettings({ ...user, sites: { ...user.sites, enabled } });
}

function parsePausedUntil(raw: unknown): number {
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : 0;
}

/** When the pause ends (epoch ms), or 0 when not paused. */
export async function getPausedUntil(now: number = Date.now()): Promise<number> {
  const until = parsePausedUntil(await pausedItem.getValue());
  return until > now ? until : 0;
}

/** Pauses coaching everywhere for `ms` (an hour by default); returns when the pause ends. */
export async function pauseFor(ms: number = PAUSE_MS, now: number = Date.now()): Promise<number> {
  const until = now + ms;
  await pausedItem.setValue(until);
  return until;
}

export async function resume(): Promise<void> {
  await pausedItem.removeValue();
}

/** Whether the content script should coach on `host` now: the site is on and coaching is not paused. */
export async function isCoachingActive(host: string, now: number = Date.now()): Promise<boolean> {
  const [enabled, until] = await Promise.all([isSiteEnabled(host), getPausedUntil(now)]);
  return enabled && until === 0;
}

/**
 * Calls `cb(active)` once with the current state, then whenever coaching on `host` turns on or off: a site
 * switch, a pause, a resume, or the pause running out (one timer, no polling). Returns the function that
 * stops watching; call it on teardown (e.g. `ctx.onInvalidated(stop)`).
 */
export function watchCoaching(host: string, cb: (active: boolean) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: boolean | undefined;
  let stopped = false;
  const check = async () => {
    const now = Date.now();
    const [enabled, until] = await Promise.all([isSiteEnabled(host), getPausedUntil(now)]);
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = until > 0 ? setTimeout(() => void check(), Math.min(until - now + 50, 2 ** 31 - 1)) : undefined;
    const active = enabled && until === 0;
    if (active !== last) {
      last = active;
      cb(active);
    }
  };
  const unwatchSettings = watchSettingsState(() => void check());
  const unwatchPause = pausedItem.watch(() => void check());
  void check();
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    unwatchSettings();
    unwatchPause();
  };
}
