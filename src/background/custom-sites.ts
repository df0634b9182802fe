/**
 * The team's own helpdesk domains (settings `sites.customDomains`): the detector (the manifest's content script,
 * which loads the coach when the page has a reply editor: src/background/coach-loader.ts) is registered at run time
 * for each one the browser granted access to (an optional host permission, asked for by the options page when
 * the domain is added), and unregistered — with the permission given back — when the domain is removed.
 *
 * One reconcile step does it all, from what is true now (the settings in force, the permissions granted, the
 * scripts registered), so it is safe to run on start, on every settings change and on every permission change,
 * in any order: `persistAcrossSessions` keeps registrations over browser restarts, and a reconcile on start
 * repairs whatever changed while the service worker slept.
 */
import { browser } from 'wxt/browser';
import { HELPDESK_MATCHES } from '../content/hosts';
import { DETECTOR_FILE } from './coach-loader';
import { getSettings, watchSettings } from '../settings/store';

/** The detector WXT builds from entrypoints/detector.content.ts (the same file the manifest injects on helpdesks). */
export const CONTENT_SCRIPT_FILE = DETECTOR_FILE;
/** Registered scripts' ids: this prefix and the domain. */
export const SCRIPT_ID_PREFIX = 'warmline-custom-site:';

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/** The parts of `chrome.scripting` used here. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

interface Listenable {
  addListener(cb: () => void): void;
  removeListener(cb: () => void): void;
}

/** The parts of `chrome.permissions` used here. */
export interface PermissionsApi {
  contains(p: { origins: string[] }): Promise<boolean>;
  getAll(): Promise<{ origins?: string[] }>;
  remove(p: { origins: string[] }): Promise<boolean>;
  onAdded: Listenable;
  onRemoved: Listenable;
}

/**
 * The permission origins (and match patterns) for a custom domain: https and http, each covered by one of the
 * manifest's optional_host_permissions (`*://host/*` is covered by neither alone, and Chrome refuses to request
 * it). Ports are not part of match patterns.
 */
export const originsFor = (domain: string): string[] => {
  const host = domain.replace(/:\d+$/, '');
  return [`https://${host}/*`, `http://${host}/*`];
};
const scriptId = (domain: string) => `${SCRIPT_ID_PREFIX}${domain.replace(/:\d+$/, '')}`;

/** A granted origin that is a custom domain's (`https://host/*`, `http://host/*`) and not a built-in helpdesk's. */
const isCustomOrigin = (origin: string) => /^https?:\/\/[^/]+\/\*$/.test(origin) && !HELPDESK_MATCHES.includes(origin);

/**
 * Makes registrations and permissions follow `domains`: a script per granted domain; no script for a domain
 * that is gone or not granted; the permission of a domain that is gone (it had a script) given back.
 */
export async function reconcileCustomSites(domains: readonly string[], scripting: ScriptingApi, permissions: PermissionsApi): Promise<void> {
  const wanted = new Map<string, string[]>(); // script id → origins
  for (const d of domains) wanted.set(scriptId(d), originsFor(d));
  // Chrome hands registered patterns back sorted: compare as sets.
  const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...(b ?? [])].sort());

  const granted = new Set<string>();
  for (const [id, origins] of wanted) if (await permissions.contains({ origins }).catch(() => false)) granted.add(id);

  const registered = (await scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX));
  // Registered for a domain the settings no longer list: the team removed it.
  const gone = registered.filter((s) => !wanted.has(s.id));
  // Still listed, but the access was revoked, or the pattern or file is not the one wanted (a registration an
  // earlier version made for the whole content script, before the detector loaded the coach).
  const ungranted = registered.filter(
    (s) => wanted.has(s.id) && (!granted.has(s.id) || !same(s.matches, wanted.get(s.id)) || !same(s.js, [CONTENT_SCRIPT_FILE])),
  );
  const stale = [...gone, ...ungranted].map((s) => s.id);
  if (stale.length) await scripting.unregisterContentScripts({ ids: stale });

  const have = new Set(registered.map((s) => s.id).filter((id) => !stale.includes(id)));
  const missing = [...granted].filter((id) => !have.has(id));
  if (missing.length) {
    await scripting.registerContentScripts(
      missing.map((id) => ({
        id,
        matches: wanted.get(id)!,
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      })),
    );
  }

  // A removed domain's access goes back to the browser. Only for domains that had a script: an origin granted a
  // moment before its domain is saved (the options page asks first, then saves) must not be taken back.
  const wantedOrigins = new Set([...wanted.values()].flat());
  const unneeded = gone.flatMap((s) => s.matches ?? []).filter((o) => isCustomOrigin(o) && !wantedOrigins.has(o));
  if (unneeded.length) await permissions.remove({ origins: unneeded }).catch(() => false);
}

export interface CustomSitesDeps {
  scripting: ScriptingApi;
  permissions: PermissionsApi;
  /** The settings in force now. */
  getSettings(): Promise<{ sites?: { customDomains?: readonly string[] } }>;
  /** Calls back on every settings change; returns the unwatch function. */
  watchSettings(cb: (s: { sites?: { customDomains?: readonly string[] } }) => void): () => void;
  onError?(error: unknown): void;
}

/**
 * Keeps the registrations in step from now on (background start): reconciles once, then after every settings
 * or permission change, one reconcile at a time. Returns the function that stops listening.
 */
export function registerCustomSites(deps: CustomSitesDeps): { stop(): void; settled(): Promise<void> } {
  let queue: Promise<void> = Promise.resolve();
  const run = (domains?: readonly string[]) => {
    queue = queue
      .then(async () => {
        const list = domains ?? (await deps.getSettings()).sites?.customDomains ?? [];
        await reconcileCustomSites(list, deps.scripting, deps.permissions);
      })
      .catch((error: unknown) => (deps.onError ?? ((e) => console.warn('Warmline: custom domains', e)))(error));
    return queue;
  };
  const onPermissions = () => void run();
  deps.permissions.onAdded.addListener(onPermissions);
  deps.permissions.onRemoved.addListener(onPermissions);
  const unwatch = deps.watchSettings((s) => void run(s.sites?.customDomains ?? []));
  void run();
  return {
    stop() {
      unwatch();
      deps.permissions.onAdded.removeListener(onPermissions);
      deps.permissions.onRemoved.removeListener(onPermissions);
    },
    settled: () => queue,
  };
}

/** The match patterns of the custom domains registered now (for the take-over after an update: take-over.ts). */
export async function registeredCustomPatterns(scripting: Pick<ScriptingApi, 'getRegisteredContentScripts'>): Promise<string[]> {
  const registered = await scripting.getRegisteredContentScripts();
  return registered.filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX)).flatMap((s) => s.matches ?? []);
}

/** The background's one line: custom domains with the browser's own scripting and permissions APIs. */
export function startCustomSites(): { stop(): void; settled(): Promise<void> } {
  return registerCustomSites({
    scripting: browser.scripting as unknown as ScriptingApi,
    permissions: browser.permissions as unknown as PermissionsApi,
    getSettings: () => getSettings(),
    watchSettings: (cb) => watchSettings(cb),
  });
}
