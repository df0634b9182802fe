import { describe, expect, it } from 'vitest';
import {
  CONTENT_SCRIPT_FILE,
  reconcileCustomSites,
  registerCustomSites,
  type PermissionsApi,
  type RegisteredScript,
  type ScriptingApi,
} from '../../src/background/custom-sites';

/** In-memory chrome.scripting and chrome.permissions, with the browser's rules that matter here. */
function fakes(grantedAtStart: string[] = []) {
  const scripts = new Map<string, RegisteredScript>();
  const origins = new Set<string>(['*://*.zendesk.com/*', ...grantedAtStart]); // a required host permission is always there
  const listeners = { added: new Set<() => void>(), removed: new Set<() => void>() };
  const event = (set: Set<() => void>) => ({ addListener: (cb: () => void) => set.add(cb), removeListener: (cb: () => void) => set.delete(cb) });
  const scripting: ScriptingApi = {
    getRegisteredContentScripts: async () => [...scripts.values()],
    registerContentScripts: async (list) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    unregisterContentScripts: async (filter) => {
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
  };
  const permissions: PermissionsApi = {
    contains: async ({ origins: o }) => o.every((x) => origins.has(x)),
    getAll: async () => ({ origins: [...origins] }),
    remove: async ({ origins: o }) => {
      o.forEach((x) => origins.delete(x));
      listeners.removed.forEach((cb) => cb());
      return true;
    },
    onAdded: event(listeners.added),
    onRemoved: event(listeners.removed),
  };
  const grant = (...granted: string[]) => {
    granted.forEach((o) => origins.add(o));
    listeners.added.forEach((cb) => cb());
  };
  return { scripting, permissions, scripts, origins, grant };
}

describe('reconcileCustomSites', () => {
  it('registers the detector (which loads the coach when the page has a reply editor), not the coach itself', () => {
    expect(CONTENT_SCRIPT_FILE).toBe('content-scripts/detector.js');
  });

  it('replaces a registration of another file (an earlier version registered the whole content script)', async () => {
    const f = fakes(['https://help.acme.com/*', 'http://help.acme.com/*']);
    await f.scripting.registerContentScripts([
      { id: 'warmline-custom-site:help.acme.com', matches: ['https://help.acme.com/*', 'http://help.acme.com/*'], js: ['content-scripts/content.js'] },
    ]);
    await reconcileCustomSites(['help.acme.com'], f.scripting, f.permissions);
    expect([...f.scripts.values()].map((s) => s.js)).toEqual([[CONTENT_SCRIPT_FILE]]);
  });

  it('registers the content script for each granted custom domain, persisting across sessions', async () => {
    const f = fakes(['https://help.acme.com/*', 'http://help.acme.com/*']);
    await reconcileCustomSites(['help.acme.com', 'desk.other.org'], f.scripting, f.permissions);
    expect([...f.scripts.values()]).toEqual([
      {
        id: 'warmline-custom-site:help.acme.com',
        matches: ['https://help.acme.com/*', 'http://help.acme.com/*'],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  });

  it('is idempotent', async () => {
    const f = fakes(['https://help.acme.com/*', 'http://help.acme.com/*']);
    await reconcileCustomSites(['help.acme.com'], f.scripting, f.permissions);
    await reconcileCustomSites(['help.acme.com'], f.scripting, f.permissions);
    expect(f.scripts.size).toBe(1);
  });

  it('unregisters a removed domain and gives its permission back, never a built-in helpdesk’s', async () => {
    const f = fakes(['https://help.acme.com/*', 'http://help.acme.com/*', 'https://*.acme.org/*', 'http://*.acme.org/*']);
    await reconcileCustomSites(['help.acme.com', '*.acme.org'], f.scripting, f.permissions);
    expect(f.scripts.size).toBe(2);
    await reconcileCustomSites(['*.acme.org'], f.scripting, f.permissions);
    expect([...f.scripts.keys()]).toEqual(['warmline-custom-site:*.acme.org']);
    expect([...f.origins].sort()).toEqual(['*://*.zendesk.com/*', 'http://*.acme.org/*', 'https://*.acme.org/*']);
  });

  it('unregisters a domain whose permission the user revoked', async () => {
    const f = fakes(['https://help.acme.com/*', 'http://help.acme.com/*']);
    await reconcileCustomSites(['help.acme.com'], f.scripting, f.permissions);
    f.origins.delete('https://help.acme.com/*');
    await reconcileCustomSites(['help.acme.com'], f.scripting, f.permissions);
    expect(f.scripts.size).toBe(0);
  });

  it('drops the port: match patterns have none', async () => {
    const f = fakes(['https://localhost/*', 'http://localhost/*']);
    await reconcileCustomSites(['localhost:8080'], f.scripting, f.permissions);
    expect([...f.scripts.values()][0]?.matches).toEqual(['https://localhost/*', 'http://localhost/*']);
  });
});

describe('registerCustomSites', () => {
  it('follows settings changes and permission grants', async () => {
    const f = fakes();
    let onSettings: ((s: { sites?: { customDomains?: readonly string[] } }) => void) | undefined;
    const reg = registerCustomSites({
      scripting: f.scripting,
      permissions: f.permissions,
      getSettings: async () => ({ sites: { customDomains: [] } }),
      watchSettings: (cb) => ((onSettings = cb), () => (onSettings = undefined)),
    });
    await reg.settled();
    // The options page saves the domain, then the browser grants it (either order works).
    onSettings!({ sites: { customDomains: ['help.acme.com'] } });
    await reg.settled();
    expect(f.scripts.size).toBe(0);
    f.grant('https://help.acme.com/*', 'http://help.acme.com/*');
    // onAdded triggers a reconcile that reads the settings again: give getSettings the new list.
    onSettings!({ sites: { customDomains: ['help.acme.com'] } });
    await reg.settled();
    expect([...f.scripts.keys()]).toEqual(['warmline-custom-site:help.acme.com']);
    onSettings!({ sites: { customDomains: [] } });
    await reg.settled();
    expect(f.scripts.size).toBe(0);
    expect(f.origins.has('https://help.acme.com/*') || f.origins.has('http://help.acme.com/*')).toBe(false);
    reg.stop();
    expect(onSettings).toBeUndefined();
  });
});

describe('the order the options page works in', () => {
  it('keeps a permission granted a moment before its domain is saved', async () => {
    const f = fakes(['https://help.acme.com/*', 'http://help.acme.com/*']);
    await reconcileCustomSites([], f.scripting, f.permissions); // onAdded fired before the save
    expect(f.origins.has('https://help.acme.com/*') && f.origins.has('http://help.acme.com/*')).toBe(true);
    await reconcileCustomSites(['help.acme.com'], f.scripting, f.permissions); // the save
    expect(f.scripts.size).toBe(1);
  });
});

it('keeps a registration whose patterns the browser hands back in another order', async () => {
  const f = fakes(['https://help.acme.com/*', 'http://help.acme.com/*']);
  await reconcileCustomSites(['help.acme.com'], f.scripting, f.permissions);
  const s = f.scripts.get('warmline-custom-site:help.acme.com')!;
  s.matches = [...s.matches!].reverse();
  let registrations = 0;
  const register = f.scripting.registerContentScripts;
  f.scripting.registerContentScripts = async (list) => ((registrations += list.length), register(list));
  await reconcileCustomSites(['help.acme.com'], f.scripting, f.permissions);
  expect(registrations).toBe(0);
});
