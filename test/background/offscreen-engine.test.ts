import { describe, expect, it, vi } from 'vitest';
import { answerEngineMessages, offscreenEngine, OFFSCREEN_PATH, type OffscreenApi, type OffscreenRuntime } from '../../src/background/offscreen-engine';
import { ENSURE_ENGINE, READ_SETTINGS } from '../../src/content/engine-protocol';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

/** A browser with at most one offscreen document, as Chrome allows. */
function fakeChrome(opts: { slow?: boolean } = {}) {
  let open = false;
  const created: string[] = [];
  const offscreen: OffscreenApi = {
    async createDocument({ url }) {
      if (open) throw new Error('Only a single offscreen document may be created.');
      if (opts.slow) await new Promise((r) => setTimeout(r, 5));
      open = true;
      created.push(url);
    },
  };
  const runtime: OffscreenRuntime = {
    getURL: (p) => `chrome-extension://id/${p}`,
    getContexts: async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []),
  };
  return { offscreen, runtime, created, close: () => void (open = false) };
}

describe('offscreenEngine', () => {
  it('creates the engine document once, however many callers ask at the same time', async () => {
    const chrome = fakeChrome({ slow: true });
    const ensure = offscreenEngine(chrome.offscreen, chrome.runtime);
    await Promise.all([ensure(), ensure(), ensure()]);
    await ensure();
    expect(chrome.created).toEqual([OFFSCREEN_PATH]);
  });

  it('creates it again when it was closed (the browser tore it down)', async () => {
    const chrome = fakeChrome();
    const ensure = offscreenEngine(chrome.offscreen, chrome.runtime);
    await ensure();
    chrome.close();
    await ensure();
    expect(chrome.created).toHaveLength(2);
  });

  it('falls back to hasDocument where getContexts is missing, and rejects when creation truly fails', async () => {
    const offscreen: OffscreenApi = { createDocument: vi.fn(async () => Promise.reject(new Error('no'))), hasDocument: async () => false };
    const ensure = offscreenEngine(offscreen, { getURL: (p) => p });
    await expect(ensure()).rejects.toThrow('no');
  });
});

describe('answerEngineMessages', () => {
  const runtimeWith = () => {
    const listeners: ((m: unknown) => Promise<unknown> | undefined)[] = [];
    return {
      runtime: { onMessage: { addListener: (cb: (m: unknown) => Promise<unknown> | undefined) => void listeners.push(cb), removeListener: () => undefined } },
      send: (m: unknown) => listeners.map((l) => l(m)).find((x) => x !== undefined),
    };
  };

  it('answers the engine document with the settings and content scripts with the engine made sure of', async () => {
    const { runtime, send } = runtimeWith();
    const ensure = vi.fn(async () => undefined);
    answerEngineMessages(runtime, { ensure, readSettings: async () => DEFAULT_SETTINGS });
    await expect(send({ type: READ_SETTINGS })).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(send({ type: ENSURE_ENGINE })).resolves.toEqual({ ok: true });
    expect(ensure).toHaveBeenCalledTimes(1);
    expect(send({ type: 'warmline:get-state' })).toBeUndefined();
    expect(send('junk')).toBeUndefined();
  });

  it('says so when the engine could not be made', async () => {
    const { runtime, send } = runtimeWith();
    answerEngineMessages(runtime, { ensure: async () => Promise.reject(new Error('quota')), readSettings: async () => DEFAULT_SETTINGS });
    await expect(send({ type: ENSURE_ENGINE })).resolves.toEqual({ ok: false, error: 'Error: quota' });
  });
});
