import { describe, expect, it } from 'vitest';
import { answerCoachRequests, COACH_FILE, injectorFor, type CoachRequestRuntime, type MessageSender } from '../../src/background/coach-loader';

/** A runtime.onMessage with the listeners' answers, as the polyfill gives them (a promise or undefined). */
function fakeRuntime() {
  const listeners = new Set<(m: unknown, s: MessageSender) => Promise<unknown> | undefined>();
  const runtime: CoachRequestRuntime = {
    onMessage: { addListener: (cb) => void listeners.add(cb), removeListener: (cb) => void listeners.delete(cb) },
  };
  const send = (m: unknown, s: MessageSender) => [...listeners].map((l) => l(m, s)).find((a) => a !== undefined);
  return { runtime, send, listeners };
}

describe('injectorFor', () => {
  it('uses scripting.executeScript on the top frame with the file', async () => {
    const calls: unknown[] = [];
    const inject = injectorFor({ scripting: { executeScript: async (i) => void calls.push(i) }, tabs: { executeScript: async () => calls.push('tabs') } });
    await inject(7, COACH_FILE);
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['content-scripts/content.js'] }]);
  });

  it('falls back to MV2 tabs.executeScript (absolute path, top frame) without scripting', async () => {
    const calls: unknown[] = [];
    const inject = injectorFor({ tabs: { executeScript: async (tabId, d) => void calls.push([tabId, d]) } });
    await inject(3, COACH_FILE);
    expect(calls).toEqual([[3, { file: '/content-scripts/content.js', frameId: 0, runAt: 'document_idle' }]]);
  });

  it('rejects when the browser can inject nothing, and passes the browser’s refusal on', async () => {
    await expect(injectorFor({})(1, COACH_FILE)).rejects.toThrow(/inject no script/);
    const refusing = injectorFor({ scripting: { executeScript: () => Promise.reject(new Error('Cannot access contents of the page')) } });
    await expect(refusing(1, COACH_FILE)).rejects.toThrow(/Cannot access/);
  });
});

describe('answerCoachRequests', () => {
  it("injects the coach into the sender's tab and answers ok once it ran", async () => {
    const { runtime, send } = fakeRuntime();
    const injected: [number, string][] = [];
    answerCoachRequests(runtime, async (tabId, file) => void injected.push([tabId, file]));
    await expect(send({ type: 'warmline:load-coach' }, { tab: { id: 12 }, frameId: 0 })).resolves.toEqual({ ok: true });
    expect(injected).toEqual([[12, 'content-scripts/content.js']]);
  });

  it.each([
    ['no tab (an extension page)', {}],
    ['a frame, not the top one', { tab: { id: 12 }, frameId: 3 }],
    ['a negative tab id', { tab: { id: -1 }, frameId: 0 }],
  ])('refuses %s without injecting', async (_name, sender) => {
    const { runtime, send } = fakeRuntime();
    const injected: number[] = [];
    answerCoachRequests(runtime, async (tabId) => void injected.push(tabId));
    await expect(send({ type: 'warmline:load-coach' }, sender as MessageSender)).resolves.toEqual({ ok: false });
    expect(injected).toEqual([]);
  });

  it('answers ok: false when the injection fails, and reports the error', async () => {
    const { runtime, send } = fakeRuntime();
    const errors: unknown[] = [];
    answerCoachRequests(runtime, () => Promise.reject(new Error('No tab with id: 12')), (e) => errors.push(e));
    await expect(send({ type: 'warmline:load-coach' }, { tab: { id: 12 }, frameId: 0 })).resolves.toEqual({ ok: false });
    expect(String(errors[0])).toMatch(/No tab/);
  });

  it('leaves other messages (and junk) to other listeners, and stops listening when told', () => {
    const { runtime, send, listeners } = fakeRuntime();
    const stop = answerCoachRequests(runtime, async () => undefined);
    for (const m of [{ type: 'warmline:findings', count: 1 }, null, 'load', 42, { type: 'warmline:load-coach-x' }]) expect(send(m, { tab: { id: 1 } })).toBeUndefined();
    stop();
    expect(listeners.size).toBe(0);
  });
});
